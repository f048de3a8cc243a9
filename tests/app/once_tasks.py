"""A task for tests/app/test_workers_exactly_once.py, in a module the db_worker processes can import.

It checks one article with no guard against a second delivery (unlike ``claims.tasks.run_job``,
which skips a finished job), so a task run twice would leave two runs on its article.
"""

from __future__ import annotations

import os

from django.tasks import task

from claims.models import Article
from claims.pipeline import check_article


@task
def check_once(article_id: int) -> int:
    """Check the article; return the id of the process that ran it, so the test can see who ran what."""
    check_article(Article.objects.get(pk=article_id))
    return os.getpid()
