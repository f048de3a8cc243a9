"""import_article FOLDER --check --workers N: the articles are checked by workers while later files are imported.

The command imports the files a batch at a time and hands the new articles' ids to the workers as it goes
(as run_checks --workers does with stored ones); each file's line comes out in the order of the files, once
its run is stored. What is stored is what the command stores alone. These run on a file database in real
processes (the test database in memory cannot be opened by the workers), and on PostgreSQL also in this
process, where the workers open the test database by name.
"""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import CommandError, call_command

from claims.models import Article, CheckRun, RunStatus
from tests.app import faulty_engine, worker_driver
from tests.app.file_database import manage, migrated_database, row_counts
from tests.app.test_workers_store import ARTICLES, BAD, article_text, stored_rows


def run_driver(database: Path, fault: bool, *args: str, workers_store: bool = False) -> dict:
    return worker_driver.run_driver(database, fault, "import_article", *args, workers_store=workers_store)


def articles_folder(tmp_path: Path) -> Path:
    """ARTICLES articles, a file that is not text, and the first article's text again under another name."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(1, ARTICLES + 1):
        (folder / f"article-{number}.txt").write_text(article_text(number) + "\n")
    (folder / "article-5a.txt").write_bytes(b"\xff\xfe")
    (folder / "article-9.txt").write_text(article_text(1) + "\n")
    return folder


def file_names(lines: list[dict]) -> list[str]:
    return [Path(line["path"]).name for line in lines]


IN_ORDER = [f"article-{n}.txt" for n in range(1, 6)] + ["article-5a.txt", "article-6.txt", "article-7.txt",
                                                         "article-9.txt"]  # fmt: skip


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver workers")
def test_workers_check_a_folder_as_it_is_imported_and_store_what_the_command_stores_alone(tmp_path: Path):
    folder = articles_folder(tmp_path)
    alone = run_driver(migrated_database(tmp_path, "alone.sqlite3"), False, str(folder), "--check", "--json")
    workers = run_driver(
        migrated_database(tmp_path, "workers.sqlite3"), False, str(folder), "--check", "--workers", "2", "--json",
        workers_store=True,
    )  # fmt: skip
    assert alone["code"] == workers["code"] == 2
    assert alone["message"] == workers["message"]
    assert workers["message"].startswith(f"{ARTICLES + 2} files: {ARTICLES} imported, 1 already imported, ")
    assert alone["errors"] == workers["errors"] and len(workers["errors"]) == 1
    assert "article-5a.txt: not valid UTF-8" in workers["errors"][0]
    lines = [json.loads(line) for line in workers["lines"]]
    # The same entries (the runs' ids aside: two workers commit in either order).
    assert [json.loads(line) | {"run": 0} for line in alone["lines"]] == [line | {"run": 0} for line in lines]
    # In the order of the files; each new article checked once, the text given twice reported without a run.
    assert file_names(lines) == IN_ORDER
    assert [line.get("status") for line in lines] == ["finished"] * 5 + [None] + ["finished"] * 2 + [None]
    assert "not valid UTF-8" in lines[5]["error"]
    assert lines[-1]["id"] == lines[0]["id"] and not lines[-1]["created"] and "run" not in lines[-1]
    assert stored_rows(tmp_path / "alone.sqlite3") == stored_rows(tmp_path / "workers.sqlite3")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forkserver workers")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_an_article_the_checks_fail_on_is_named_and_the_others_are_checked(tmp_path: Path, workers: str):
    database = migrated_database(tmp_path)
    result = run_driver(database, True, str(articles_folder(tmp_path)), "--check", "--workers", workers)
    assert result["code"] == 2
    assert result["message"].startswith(f"{ARTICLES + 2} files: {ARTICLES} imported, 1 already imported, "
                                        f"{ARTICLES - 1} checked, 2 failed (")  # fmt: skip
    bad_file = f"article-{BAD}.txt"
    assert [line.split(": ")[1].rsplit("/", 1)[1] for line in result["errors"]] == [bad_file, "article-5a.txt"]
    assert f"stored as article {BAD}, but the checks failed: " in result["errors"][0]
    assert faulty_engine.FAULT in result["errors"][0] and result["errors"][0].endswith("(OverflowError)")
    rows = stored_rows(database)
    assert rows[BAD][0][0][0] == RunStatus.FAILED and not rows[BAD][1]
    assert all(rows[n][0][0][0] == RunStatus.FINISHED and rows[n][1] for n in rows if n != BAD)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--workers", "2"], "--workers checks articles: give it with --check"),
        (["--check", "--workers", "0"], "--workers must be at least 1"),
    ],
)
def test_workers_without_checks_are_refused_and_nothing_is_stored(tmp_path: Path, args: list[str], says: str):
    database = migrated_database(tmp_path)
    before = row_counts(database)
    result = manage(database, "import_article", str(articles_folder(tmp_path)), *args)
    assert result.returncode == 2
    assert result.stderr.strip() == f"import_article: {says}"
    assert row_counts(database) == before


@pytest.mark.postgres
@pytest.mark.skipif(
    "postgresql" not in django_settings.DATABASES["default"]["ENGINE"],
    reason="the workers open this test's database by name: PostgreSQL only (set DATABASE_URL=postgres://...)",
)
def test_workers_check_the_imported_articles_in_the_test_database_on_postgresql(
    transactional_db, monkeypatch, tmp_path: Path
):
    worker_driver.small_batches(fault=True, workers_store=True, monkeypatch=monkeypatch)
    out = io.StringIO()
    with pytest.raises(CommandError) as caught:
        call_command(
            "import_article", str(articles_folder(tmp_path)), "--check", "--workers", "2", "--json",
            stdout=out, stderr=io.StringIO(),
        )  # fmt: skip
    assert caught.value.returncode == 2
    lines = [json.loads(line) for line in out.getvalue().splitlines()]
    assert file_names(lines) == IN_ORDER
    bad = Article.objects.get(body__contains="FAULT")
    assert CheckRun.objects.get(article=bad).status == RunStatus.FAILED and not bad.claims.exists()
    for article in Article.objects.exclude(pk=bad.pk):
        run = CheckRun.objects.get(article=article)
        assert run.status == RunStatus.FINISHED and article.claims.exists() and run.results.exists()
