"""run_checks --link: each article linked to the current sources as it is extracted, its checks run with those
links, and everything stored at once. The stored claims, links and results are the ones linking at store time
gives (``check_article`` with ``link_to``, what ``import_article --check`` does), in this process, with one
worker and with workers that store; a reviewer's link on a claim checked before is kept."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import sys
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

import claims.pipeline
import sources.linking
from claims.models import Article, CheckRun, Claim
from claims.pipeline import check_article
from factcheck.runner import run_checks
from sources.models import Evidence, Source
from tests.app.file_database import manage, migrated_database

# Made-up companies and figures: some agree with the filings, some do not.
FILINGS = {
    "Quillon Pumps annual filing": "Quillon Pumps had revenue of $318 million in 2024 and employed 1,900 people.",
    "Tessaly Dairies results": "Tessaly Dairies reported sales of $77 million in 2024, up 6 percent on 2023.",
}


def article_text(number: int) -> str:
    revenue = 318 if number % 2 else 300 + number
    return (
        f"Quillon Pumps said revenue was ${revenue} million in 2024 (note {number}), and it employed 1,900 people. "
        f"Tessaly Dairies had sales of ${70 + number} million in 2024, up {4 + number % 3} percent on 2023."
    )


def snapshot(article: Article) -> tuple:
    """The article's current claims, links and results, named by offsets rather than keys."""
    run = article.check_runs.get(superseded_at__isnull=True)
    claims = sorted(article.claims.values_list("start", "end", "surface", "priority"))
    links = sorted(
        Evidence.objects.filter(claim__article=article).values_list(
            "claim__start", "source__title", "start", "end", "stance", "score", "quote", "linked_by"
        )
    )
    results = sorted(
        (r.check_name, r.status, r.severity, r.message, tuple(sorted(c.start for c in r.claims.all())))
        for r in run.results.all()
    )
    counts = (run.status, run.claims_found, run.numbers_checked, run.passed, run.failed, run.indeterminate)
    return counts, claims, links, results


def stored(number: int) -> Article:
    text = article_text(number)
    return Article.objects.create(
        title=f"Note {number}", body=text, content_hash=hashlib.sha256(text.encode()).hexdigest()
    )


def forget_checks(article: Article) -> None:
    article.claims.all().delete()
    article.check_runs.all().delete()


@pytest.fixture
def filings() -> list[Source]:
    return [
        Source.objects.create(title=title, body=body, content_hash=hashlib.sha256(body.encode()).hexdigest())
        for title, body in FILINGS.items()
    ]


@pytest.mark.django_db
def test_linking_as_extracted_stores_what_linking_at_store_time_stores(filings, monkeypatch):
    articles = [stored(n) for n in range(4)]
    for article in articles:
        check_article(article, link_to=filings)
    at_store_time = [snapshot(article) for article in articles]
    assert all(links for _, _, links, _ in at_store_time), "each made-up article should be linked to a filing"
    assert any(check == "source_agreement" and status == "fail" for *_, results in at_store_time
               for check, status, *_ in results), "some figures should disagree with the filings"  # fmt: skip
    for article in articles:
        forget_checks(article)

    def at_store_time_again(*args: object) -> None:
        raise AssertionError("new claims linked as they were extracted are not linked again at store time")

    monkeypatch.setattr(sources.linking, "link_article", at_store_time_again)
    call_command("run_checks", "--all", "--link", stdout=io.StringIO())
    assert [snapshot(article) for article in articles] == at_store_time


@pytest.mark.django_db
def test_without_link_no_evidence_is_made(filings):
    article = stored(1)
    call_command("run_checks", str(article.pk), stdout=io.StringIO())
    assert not Evidence.objects.exists()
    assert not article.check_runs.get().results.filter(check_name="source_agreement").exists()


@pytest.mark.django_db
def test_no_sources_checks_once_without_evidence(monkeypatch):
    article = stored(2)
    calls = []

    def counted(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return run_checks(*args, **kwargs)

    monkeypatch.setattr(claims.pipeline, "run_checks", counted)
    call_command("run_checks", str(article.pk), "--link", stdout=io.StringIO())
    assert article.claims.exists() and not Evidence.objects.exists()
    assert len(calls) == 1, "with nothing to link, the report made with the extraction is the one stored"


@pytest.mark.django_db
def test_a_reviewers_link_survives_a_linked_run_again(filings):
    article = stored(3)
    call_command("run_checks", str(article.pk), "--link", stdout=io.StringIO())
    claim = article.claims.order_by("start").first()
    reviewer = User.objects.create_user("reviewer-link")
    body = filings[1].body
    manual = Evidence.objects.create(
        claim=claim, source=filings[1], start=0, end=len(body), score=50.0, stance="mentions", linked_by=reviewer
    )
    automatic_before = set(
        Evidence.objects.filter(claim__article=article, linked_by__isnull=True).values_list("claim__start", "start")
    )
    call_command("run_checks", str(article.pk), "--link", stdout=io.StringIO())
    assert Evidence.objects.filter(pk=manual.pk, linked_by=reviewer).exists()
    automatic_after = set(
        Evidence.objects.filter(claim__article=article, linked_by__isnull=True).values_list("claim__start", "start")
    )
    assert automatic_after == automatic_before
    assert CheckRun.objects.filter(article=article, superseded_at__isnull=True).count() == 1
    assert Claim.objects.filter(pk=claim.pk).exists()


def file_rows(database: Path) -> list[tuple]:
    with sqlite3.connect(database) as db:
        claims = db.execute(
            'SELECT article_id, start, "end", surface, priority FROM claims_claim ORDER BY 1, 2'
        ).fetchall()
        links = db.execute(
            "SELECT c.article_id, c.start, e.source_id, e.start, e.end, e.stance, e.score FROM sources_evidence e "
            "JOIN claims_claim c ON c.id = e.claim_id ORDER BY 1, 2, 3, 4"
        ).fetchall()
        results = db.execute(
            "SELECT u.article_id, r.check_name, r.status, r.message FROM claims_checkresult r "
            "JOIN claims_checkrun u ON u.id = r.run_id ORDER BY 1, 2, 3, 4"
        ).fetchall()
    db.close()
    return [claims, links, results]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver workers")
def test_workers_link_as_the_command_alone_does(tmp_path: Path):
    rows = {}
    for workers in ("0", "1", "2"):
        database = migrated_database(tmp_path, f"link-{workers}.sqlite3")
        for number, (title, body) in enumerate(FILINGS.items()):
            path = tmp_path / f"filing-{workers}-{number}.txt"
            path.write_text(body)
            assert manage(database, "import_source", str(path), "--title", title).returncode == 0
        folder = tmp_path / f"articles-{workers}"
        folder.mkdir()
        for number in range(5):
            (folder / f"note-{number}.txt").write_text(article_text(number) + "\n")
        assert manage(database, "import_article", str(folder)).returncode == 0
        args = ["run_checks", "--all", "--link"] + (["--workers", workers] if workers != "0" else [])
        result = manage(database, *args)
        assert result.returncode == 0, result.stderr
        rows[workers] = file_rows(database)
    assert rows["0"][1], "the made-up articles should be linked to the filings"
    assert rows["1"] == rows["0"]
    assert rows["2"] == rows["0"]
