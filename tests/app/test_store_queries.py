"""Storing a run costs a fixed number of queries, whatever the number of claims in the article."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from claims.models import Article
from claims.pipeline import ArticleText, analyse, analyse_and_check, save_analysis

pytestmark = pytest.mark.django_db

SENTENCE = (
    "Firm {n} said its sales rose {p} percent to ${b} million from ${a} million in 2024, and it hired {h} people."
)


def article_text(sentences: int) -> str:
    return " ".join(SENTENCE.format(n=n, p=10 + n % 7, b=110 + n, a=100 + n, h=40 + n) for n in range(sentences)) + "\n"


def stored(sentences: int) -> Article:
    text = article_text(sentences)
    return Article.objects.create(title=f"{sentences} sentences", body=text, content_hash=f"{sentences:064d}")


def queries_to_store(article: Article, *, prepared: bool) -> tuple[int, int]:
    text = ArticleText(article.pk, article.body)
    analysis = analyse_and_check(text) if prepared else analyse(article.body)
    with CaptureQueriesContext(connection) as captured:
        save_analysis(article, analysis)
    return len(captured.captured_queries), article.claims.count()


@pytest.mark.parametrize("prepared", [False, True], ids=["checks-in-the-run", "checks-in-a-worker"])
@pytest.mark.parametrize("rerun", [False, True], ids=["first-run", "rerun"])
def test_queries_do_not_grow_with_the_claims(prepared, rerun):
    small, large = stored(2), stored(40)
    if rerun:
        for article in (small, large):
            save_analysis(article, analyse(article.body))
    few, few_claims = queries_to_store(small, prepared=prepared)
    many, many_claims = queries_to_store(large, prepared=prepared)
    assert many_claims >= 10 * few_claims > 0
    # SQLite caps the parameters of one statement, so a large insert may take one extra batch.
    assert many - few <= 2, (few, many)


def test_a_run_prepared_in_a_worker_stores_the_same_as_one_checked_here():
    here, there = stored(6), stored(7)
    there.body, there.content_hash = here.body, "f" * 64
    Article.objects.filter(pk=there.pk).update(body=here.body)
    save_analysis(here, analyse(here.body))
    save_analysis(there, analyse_and_check(ArticleText(there.pk, there.body)))

    def stored_run(article: Article) -> list:
        run = article.check_runs.get()
        results = run.results.order_by("pk").values_list("check_name", "status", "severity", "message")
        claims = article.claims.order_by("start").values_list("start", "end", "surface", "priority")
        return [list(results), list(claims), run.passed, run.failed, run.indeterminate, run.numbers_checked]

    assert stored_run(here) == stored_run(there)
