"""run_checks --workers N: each worker stores its own batches through its own connection.

The command hands out batches of article ids and reports them in id order; the workers read,
extract, check and store. A failing article among stored ones is recorded as a failed run with
its error and its batch goes on, with any number of workers; several workers writing one SQLite
file wait their turn instead of failing. These run on a file database in real processes (the
test database in memory cannot be opened by the workers), and on PostgreSQL also in this process,
where the workers open the test database by name.
"""

from __future__ import annotations

import io
import json
import sqlite3
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command

from claims.models import Article, CheckRun, RunStatus
from tests.app import faulty_engine, worker_driver
from tests.app.file_database import manage, migrated_database

COMPANIES = ["Harrowgate Mills", "Pell Ceramics", "Tundra Freight", "Vosk Analytics", "Marrable Foods"]
ARTICLES = 7
BAD = 4  # the article (counted from 1) whose extraction fails


def article_text(number: int) -> str:
    company = COMPANIES[number % len(COMPANIES)]
    text = (
        f"{company} said sales rose {number + 4} percent to ${100 + number + 4} million from ${100} million "
        f"in 2023. It now employs {250 + number} people at {2 + number % 3} sites."
    )
    return text + (" FAULT" if number == BAD else "")


def run_driver(database: Path, fault: bool, *args: str, workers_store: bool = True) -> dict:
    return worker_driver.run_driver(database, fault, "run_checks", "--all", *args, workers_store=workers_store)


def stored_database(tmp_path: Path, name: str) -> Path:
    database = migrated_database(tmp_path, name)
    folder = tmp_path / f"{name}-articles"
    folder.mkdir()
    for number in range(1, ARTICLES + 1):
        (folder / f"article-{number}.txt").write_text(article_text(number) + "\n")
    imported = manage(database, "import_article", str(folder))
    assert imported.returncode == 0, imported.stderr
    return database


def stored_rows(database: Path) -> dict[int, tuple]:
    """Per article: its runs' statuses and counts, its claims, and its results with their claims."""
    with sqlite3.connect(database) as db:
        rows: dict[int, tuple] = {}
        for (article,) in db.execute("SELECT id FROM claims_article ORDER BY id"):
            runs = db.execute(
                "SELECT status, claims_found, numbers_checked, passed, failed, indeterminate, error IS NOT NULL "
                "FROM claims_checkrun WHERE article_id = ? ORDER BY id", (article,),
            ).fetchall()  # fmt: skip
            claims = db.execute(
                'SELECT start, "end", surface, value, unit, priority FROM claims_claim WHERE article_id = ? '
                "ORDER BY start", (article,),
            ).fetchall()  # fmt: skip
            results = db.execute(
                "SELECT r.check_name, r.status, r.severity, r.message, "
                "(SELECT group_concat(c.start) FROM claims_checkresult_claims t JOIN claims_claim c "
                " ON c.id = t.claim_id WHERE t.checkresult_id = r.id) "
                "FROM claims_checkresult r JOIN claims_checkrun u ON u.id = r.run_id WHERE u.article_id = ? "
                "ORDER BY r.check_name, r.message", (article,),
            ).fetchall()  # fmt: skip
            rows[article] = (runs, claims, results)
    db.close()
    return rows


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver workers")
def test_workers_store_their_batches_and_a_failing_article_leaves_a_failed_run(tmp_path: Path):
    database = stored_database(tmp_path, "workers.sqlite3")
    result = run_driver(database, True, "--workers", "2", "--json")
    assert result["code"] == 2
    assert result["message"].startswith(f"1 of {ARTICLES} articles could not be checked: {BAD} ")
    lines = [json.loads(line) for line in result["lines"]]
    assert [line["article"] for line in lines] == list(range(1, ARTICLES + 1))
    assert [line["status"] for line in lines] == ["failed" if n == BAD else "finished" for n in lines_numbers()]
    assert faulty_engine.FAULT in lines[BAD - 1]["error"] and "OverflowError" in lines[BAD - 1]["error"]
    rows = stored_rows(database)
    runs, claims, results = rows[BAD]
    assert len(runs) == 1 and runs[0][0] == RunStatus.FAILED and not claims and not results
    for number in lines_numbers():
        if number != BAD:
            runs, claims, results = rows[number]
            assert [run[0] for run in runs] == [RunStatus.FINISHED] and claims and results
            assert runs[0][1:6] == tuple(lines[number - 1][f] for f in COUNTED)


COUNTED = ["claims_found", "numbers_checked", "passed", "failed", "indeterminate"]


def lines_numbers() -> range:
    return range(1, ARTICLES + 1)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver workers")
def test_workers_store_the_same_rows_as_the_command_alone(tmp_path: Path):
    alone, workers = stored_database(tmp_path, "alone.sqlite3"), stored_database(tmp_path, "workers.sqlite3")
    here = run_driver(alone, False, "--json", workers_store=False)
    there = run_driver(workers, False, "--workers", "2", "--json")
    assert here["code"] == there["code"] == 0
    assert [json.loads(line)["article"] for line in there["lines"]] == list(lines_numbers())
    assert stored_rows(alone) == stored_rows(workers)
    # A second run by the workers supersedes the first, as in this process.
    again = run_driver(workers, False, "--workers", "2")
    assert again["code"] == 0 and len(again["lines"]) == ARTICLES
    with sqlite3.connect(workers) as db:
        current = db.execute("SELECT COUNT(*) FROM claims_checkrun WHERE superseded_at IS NULL").fetchone()[0]
        total = db.execute("SELECT COUNT(*) FROM claims_checkrun").fetchone()[0]
    db.close()
    assert (current, total) == (ARTICLES, 2 * ARTICLES)


@pytest.mark.postgres
@pytest.mark.skipif(
    "postgresql" not in django_settings.DATABASES["default"]["ENGINE"],
    reason="the workers open this test's database by name: PostgreSQL only (set DATABASE_URL=postgres://...)",
)
def test_workers_store_in_the_test_database_on_postgresql(transactional_db, monkeypatch):
    articles = [
        Article.objects.create(title=f"Article {n}", body=article_text(n) + "\n", content_hash=f"{n}" * 64)
        for n in lines_numbers()
    ]
    worker_driver.small_batches(fault=True, workers_store=True, monkeypatch=monkeypatch)
    out = io.StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("run_checks", "--all", "--workers", "2", "--json", stdout=out)
    assert caught.value.returncode == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [line["article"] for line in lines] == [article.pk for article in articles]
    bad = articles[BAD - 1]
    assert CheckRun.objects.get(article=bad).status == RunStatus.FAILED and not bad.claims.exists()
    for article in articles:
        if article != bad:
            run = CheckRun.objects.get(article=article)
            assert run.status == RunStatus.FINISHED and article.claims.exists() and run.results.exists()


SOURCE = (
    "Annual review. {company} reported sales of ${sales} million for 2024, up {growth} percent on the year, "
    "and said it employed {staff} people at the end of the year."
)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver workers")
def test_link_sources_workers_store_the_same_links_as_the_command_alone(tmp_path: Path):
    databases = []
    for name in ("alone.sqlite3", "workers.sqlite3"):
        database = stored_database(tmp_path, name)
        for number, company in enumerate(COMPANIES):
            path = tmp_path / f"{name}-source-{number}.txt"
            path.write_text(SOURCE.format(company=company, sales=104 + number, growth=4 + number, staff=250 + number))
            assert manage(database, "import_source", str(path)).returncode == 0
        assert manage(database, "run_checks", "--all").returncode in (0, 2)
        databases.append(database)
    alone = manage(databases[0], "link_sources", "--all", "--json")
    workers = manage(databases[1], "link_sources", "--all", "--json", "--workers", "2")
    assert alone.returncode == workers.returncode == 0, workers.stderr
    assert [json.loads(line)["article"] for line in workers.stdout.splitlines()] == list(lines_numbers())
    assert alone.stdout == workers.stdout and sum(json.loads(line)["links"] for line in alone.stdout.splitlines())

    def links(database: Path) -> list[tuple]:
        with sqlite3.connect(database) as db:
            rows = db.execute(
                "SELECT c.article_id, c.start, e.source_id, e.start, e.end, e.stance, e.score FROM sources_evidence e "
                "JOIN claims_claim c ON c.id = e.claim_id ORDER BY 1, 2, 3, 4"
            ).fetchall()
        db.close()
        return rows

    assert links(databases[0]) == links(databases[1])
