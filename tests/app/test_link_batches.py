"""link_sources works a batch of articles at a time: the same links as one article at a time, and a
number of queries that does not grow with the articles in a batch."""

from __future__ import annotations

import hashlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import sources.linking
from claims.models import Article
from claims.pipeline import analyse, save_analysis
from sources.linking import link_article, link_articles
from sources.models import Evidence, Source

pytestmark = pytest.mark.django_db

FILING = (
    "Annual report of Harlow Kettle Works. Harlow Kettle Works had revenue of $412 million in 2024. "
    "Harlow Kettle Works employed 2,300 people at the end of 2024. "
    "Ombra Freight reported revenue of $95 million in 2024."
)


def article(number: int) -> Article:
    revenue = 412 if number % 2 else 400 + number
    text = (
        f"Harlow Kettle Works said revenue was ${revenue} million in 2024, note {number}. "
        f"Ombra Freight had revenue of ${90 + number} million in 2024."
    )
    stored = Article.objects.create(
        title=f"Note {number}", body=text, content_hash=hashlib.sha256(text.encode()).hexdigest()
    )
    save_analysis(stored, analyse(text))
    return stored


def snapshot() -> list[tuple]:
    return sorted(Evidence.objects.values_list("claim_id", "source_id", "start", "end", "stance", "score", "quote"))


@pytest.fixture
def filing() -> Source:
    return Source.objects.create(
        title="Harlow Kettle Works annual report", body=FILING, content_hash=hashlib.sha256(FILING.encode()).hexdigest()
    )


def test_batches_link_as_one_article_at_a_time(filing, monkeypatch):
    articles = [article(n) for n in range(5)]
    for each in articles:
        link_article(each, [filing])
    one_by_one = snapshot()
    assert one_by_one, "the made-up filing should support or contradict some claims"
    monkeypatch.setattr(sources.linking, "ARTICLES_PER_BATCH", 2)  # 5 articles: batches of 2, 2 and 1
    made = list(link_articles([a.pk for a in articles], [filing]))
    assert [article_id for article_id, _ in made] == [a.pk for a in articles]
    assert snapshot() == one_by_one
    assert sum(len(links) for _, links in made) == len(one_by_one)


def test_queries_do_not_grow_with_the_articles_in_a_batch(filing):
    few, many = [article(n) for n in range(2)], [article(n) for n in range(2, 10)]
    counts = []
    for group in (few, many):
        with CaptureQueriesContext(connection) as captured:
            list(link_articles([a.pk for a in group], [filing]))
        counts.append(len(captured.captured_queries))
    assert counts[0] == counts[1], counts
