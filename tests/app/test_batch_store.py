"""claims.batch_store: articles with no claims yet are stored a batch at a time, exactly as save_analysis stores
them one by one; every other article, and a batch where something fails, goes through save_analysis."""

from __future__ import annotations

import datetime
import hashlib

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import claims.pipeline
from claims.batch_checks import store_batch
from claims.batch_store import store_new
from claims.models import Article, CheckResult, Claim, RunStatus
from claims.pipeline import ArticleText, analyse, analyse_and_check, save_analysis
from sources.linking import current_corpus
from sources.models import Evidence, Source

pytestmark = pytest.mark.django_db

FILING = "Brellow Tiles had revenue of $240 million in 2024 and employed 1,300 people."


def text(number: int) -> str:
    # Made-up figures: some checks pass, some fail, and the filing agrees with some of them.
    return (
        f"Brellow Tiles said revenue was ${240 + number % 3} million in 2024, up {30 + number} percent from "
        f"$200 million in 2023 (note {number}). It employed 1,300 people. Its shares rose 12% to $56 from $50 "
        f"last month, and its rivals hold 41%, 33% and {20 + number}% of the market."
    )


def article(number: int, body: str | None = None) -> Article:
    body = body or text(number)
    return Article.objects.create(
        title=f"Note {number}", body=body, content_hash=hashlib.sha256(f"{number}{body}".encode()).hexdigest()
    )


def analysed(articles: list[Article], link: bool = False) -> list[tuple[Article, object]]:
    return [(a, analyse_and_check(ArticleText(a.pk, a.body, a.tables or [], a.published), link=link)) for a in articles]


def snapshot(article: Article) -> tuple:
    """Everything stored of the article's current run, named by offsets rather than keys."""
    run = article.check_runs.get(superseded_at__isnull=True)
    skip = {"id", "article", "created_at", "updated_at", "assignee"}
    claim_columns = [f.attname for f in Claim._meta.concrete_fields if f.name not in skip]
    claims = sorted(tuple(str(v) for v in row) for row in article.claims.values_list(*claim_columns))
    result_columns = [f.attname for f in CheckResult._meta.concrete_fields if f.name not in {"id", "run"}]
    results = sorted(
        (*(str(getattr(r, name)) for name in result_columns), tuple(sorted(c.start for c in r.claims.all())))
        for r in run.results.all()
    )
    links = sorted(
        Evidence.objects.filter(claim__article=article).values_list(
            "claim__start", "source_id", "start", "end", "stance", "score", "quote", "comparison", "linked_by"
        )
    )
    counts = (run.status, run.engine_version, run.claims_found, run.numbers_checked, run.passed, run.failed,
              run.indeterminate, run.error)  # fmt: skip
    return counts, claims, results, [tuple(map(str, link)) for link in links]


def same_text_twice(number: int) -> tuple[Article, Article]:
    one = article(number)
    return one, article(number + 1000, one.body)


@pytest.mark.parametrize("linked", [False, True], ids=["no-sources", "linked"])
def test_a_batch_stores_what_save_analysis_stores(linked):
    sources = (
        [Source.objects.create(title="Filing", body=FILING, content_hash=hashlib.sha256(FILING.encode()).hexdigest())]
        if linked
        else []
    )
    pairs = [same_text_twice(n) for n in range(3)]
    for one, _ in pairs:
        save_analysis(one, analyse_and_check(ArticleText(one.pk, one.body), link=linked), sources or None)
    link_to = current_corpus()[0] if linked else None
    stored = store_new([(a.pk, analysis) for a, analysis in analysed([b for _, b in pairs], link=linked)], link_to)

    assert sorted(stored) == sorted(b.pk for _, b in pairs)
    for one, other in pairs:
        assert snapshot(other) == snapshot(one)
        assert stored[other.pk].pk == other.check_runs.get().pk
    if linked:
        assert Evidence.objects.filter(claim__article=pairs[0][1]).exists(), "the filing should be linked"
    assert any(status == "fail" for *_, results, _ in [snapshot(b) for _, b in pairs] for status in
               [r[1] for r in results])  # fmt: skip


def test_only_articles_without_claims_whose_text_is_as_checked_are_stored_here():
    fresh, rerun, redated = article(1), article(2), article(3)
    save_analysis(rerun, analyse(rerun.body))
    done = analysed([fresh, rerun, redated])
    Article.objects.filter(pk=redated.pk).update(published=datetime.date(2025, 3, 1))

    stored = store_new([(a.pk, analysis) for a, analysis in done])

    assert list(stored) == [fresh.pk]
    assert not redated.claims.exists(), "left for save_analysis, which checks again with the new date"
    assert rerun.check_runs.count() == 1


def test_the_command_stores_the_rest_one_at_a_time(monkeypatch):
    fresh, rerun = article(4), article(5)
    save_analysis(rerun, analyse(rerun.body))
    one_at_a_time = []

    def counted(article, *args, **kwargs):
        one_at_a_time.append(article.pk)
        return save_analysis(article, *args, **kwargs)

    monkeypatch.setattr(claims.pipeline, "save_analysis", counted)
    failed_extraction = (Article(pk=article(6).pk), ValueError("made-up failure"))
    runs = store_batch([*analysed([fresh, rerun]), failed_extraction])

    assert one_at_a_time == [rerun.pk]
    assert [run.status for _, run in runs] == [RunStatus.FINISHED, RunStatus.FINISHED, RunStatus.FAILED]
    assert [article.pk for article, _ in runs] == [fresh.pk, rerun.pk, failed_extraction[0].pk]
    assert rerun.check_runs.filter(superseded_at__isnull=True).get() == runs[1][1]


def test_a_span_that_does_not_quote_its_text_fails_that_article_alone():
    good, bad = article(7), article(8)
    done = analysed([good, bad])
    reading = done[1][1].readings[0]
    # A reading whose figure is not what the text holds at its offsets: never stored.
    shifted = reading.model_copy(update={"span": (reading.span[0] + 1, reading.span[1] + 1)})
    done[1][1].readings[0] = shifted

    assert store_new([(a.pk, analysis) for a, analysis in done]) == {}
    runs = dict(store_batch(done))
    assert runs[good].status == RunStatus.FINISHED and good.claims.exists()
    assert runs[bad].status == RunStatus.FAILED and "not" in runs[bad].error
    assert not bad.claims.exists()


def test_the_statements_do_not_grow_with_the_articles():
    def statements(count: int, first: int) -> int:
        done = analysed([article(first + n) for n in range(count)])
        with CaptureQueriesContext(connection) as captured:
            assert len(store_new([(a.pk, analysis) for a, analysis in done])) == count
        return len(captured.captured_queries)

    assert statements(12, 100) - statements(2, 200) <= 2  # SQLite may split a large insert in two
