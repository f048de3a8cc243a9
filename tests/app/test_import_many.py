"""import_article with several files or a folder, in one process, and --check in the same step."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims import batch_checks
from claims.models import Article, CheckRun, RunStatus
from sources.models import Evidence, Source
from tests.app.file_database import MANAGE, command_env, migrated_database
from tests.conftest import REPO

pytestmark = pytest.mark.django_db

TEXTS = {
    "a-harbour.txt": "Harbour Ferries said ticket sales rose 10 percent to $110 million from $100 million.\n",
    "b-quarry.txt": "Quarry Mills hired 40 people, a rise of 8 percent on the 500 it had.\n",
    "c-orchard.txt": "Orchard Bank's profit fell 5 percent to $19 million from $20 million.\n",
}


def run(*args: str) -> tuple[str, CommandError | None]:
    out = io.StringIO()
    try:
        call_command("import_article", *args, stdout=out, stderr=io.StringIO())
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


def folder(tmp_path: Path, extra: dict[str, bytes] | None = None) -> Path:
    where = tmp_path / "articles"
    where.mkdir(parents=True)
    for name, text in TEXTS.items():
        (where / name).write_text(text, encoding="utf-8")
    for name, data in (extra or {}).items():
        (where / name).write_bytes(data)
    return where


@pytest.mark.parametrize("given", ["folder", "paths"])
def test_several_files_import_in_one_step_with_one_summary_line(tmp_path, given):
    where = folder(tmp_path)
    args = [str(where)] if given == "folder" else [str(where / name) for name in TEXTS]
    output, error = run(*args)
    assert error is None
    assert output.strip() == "3 files: 3 imported, 0 already imported, 0 failed"
    assert sorted(a.body for a in Article.objects.all()) == sorted(text.strip() for text in TEXTS.values())
    output, _ = run(*args)
    assert output.strip() == "3 files: 0 imported, 3 already imported, 0 failed"
    assert Article.objects.count() == 3


def test_a_bad_file_is_named_and_the_others_are_kept(tmp_path):
    where = folder(tmp_path, {"b2-latin1.txt": "Sales rose to €4 billion".encode("cp1252"), ".hidden.txt": b"\xff"})
    output, error = run(str(where), "--json")
    assert error is not None and error.returncode == 2
    assert str(error).startswith("4 files: 3 imported, 0 already imported, 1 failed (")
    assert "b2-latin1.txt" in str(error) and "\n" not in str(error)
    lines = [json.loads(line) for line in output.splitlines()]
    assert [Path(line["path"]).name for line in lines] == ["a-harbour.txt", "b-quarry.txt", "b2-latin1.txt",
                                                           "c-orchard.txt"]  # fmt: skip
    assert "not valid UTF-8" in lines[2]["error"]
    assert Article.objects.count() == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--title=One title"], "--title names one article"), (["-"], "standard input (-) cannot be imported")],
)
def test_options_for_one_file_are_refused_with_several(tmp_path, args, message):
    where = folder(tmp_path)
    _, error = run(str(where / "a-harbour.txt"), str(where / "b-quarry.txt"), *args)
    assert error is not None and error.returncode == 2 and message in str(error)
    assert Article.objects.count() == 0


def test_check_stores_extracts_links_and_checks_each_new_article(tmp_path):
    source = Source.objects.create(
        title="Harbour Ferries annual report", body="Harbour Ferries ticket sales were $110 million.",
        content_hash="f" * 64,
    )  # fmt: skip
    output, error = run(str(folder(tmp_path)), "--check", "--json")
    assert error is None
    lines = [json.loads(line) for line in output.splitlines()]
    assert [line["status"] for line in lines] == ["finished"] * 3
    for line in lines:
        run_row = CheckRun.objects.get(pk=line["run"])
        assert run_row.article_id == line["id"] and run_row.claims_found == line["claims_found"] > 0
    # Linked in the same step: the ferry article's sales figure found its source passage.
    assert Evidence.objects.filter(source=source, claim__surface="$110 million", stance="supports").exists()
    # Again: nothing new is stored or checked.
    output, error = run(str(folder(tmp_path / "again")), "--check")
    assert error is None and output.strip() == "3 files: 0 imported, 3 already imported, 0 checked, 0 failed"
    assert CheckRun.objects.count() == 3


def test_check_on_one_file_prints_the_run(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(TEXTS["c-orchard.txt"])
    output, error = run(str(path), "--check")
    article = Article.objects.get()
    run_row = CheckRun.objects.get(article=article)
    assert error is None
    assert output.splitlines()[0].startswith(f"Imported article {article.pk}: ")
    assert output.splitlines()[1] == (
        f"article {article.pk}: run {run_row.pk}: {run_row.passed} passed, {run_row.failed} failed, "
        f"{run_row.indeterminate} indeterminate; {run_row.numbers_checked} of {run_row.claims_found} numbers checked"
    )


def test_a_file_the_checks_fail_on_is_stored_named_and_the_others_go_on(tmp_path, monkeypatch):
    real = batch_checks.extract_claims

    def extract(text: str):
        if "Quarry" in text:
            raise OverflowError("int too large to convert to float")
        return real(text)

    monkeypatch.setattr(batch_checks, "extract_claims", extract)
    err = io.StringIO()
    with pytest.raises(CommandError) as caught:
        call_command("import_article", str(folder(tmp_path)), "--check", stdout=io.StringIO(), stderr=err)
    error = caught.value
    assert error.returncode == 2
    assert str(error).startswith("3 files: 3 imported, 0 already imported, 2 checked, 1 failed (")
    quarry = Article.objects.get(body__startswith="Quarry")
    assert err.getvalue().splitlines() == [
        f"import_article: {tmp_path / 'articles' / 'b-quarry.txt'}: stored as article {quarry.pk}, but the checks "
        "failed: int too large to convert to float (OverflowError)"
    ]
    assert CheckRun.objects.get(article=quarry).status == RunStatus.FAILED
    assert CheckRun.objects.filter(status=RunStatus.FINISHED).count() == 2


def test_a_folder_in_a_real_process(tmp_path):
    database = migrated_database(tmp_path)
    where = folder(tmp_path, {"d-bad.txt": b"\xff\xfe"})
    done = subprocess.run(
        [*MANAGE, "import_article", str(where), "--check"], env=command_env(database), cwd=REPO,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        f"import_article: {where / 'd-bad.txt'}: not valid UTF-8: byte 0xff at offset 0 (invalid start byte)",
        f"import_article: 4 files: 3 imported, 0 already imported, 3 checked, 1 failed ({where / 'd-bad.txt'})",
    ]


def test_a_text_given_twice_and_one_stored_before_are_each_reported_as_already_imported(tmp_path):
    where = folder(tmp_path)
    (where / "d-again.txt").write_text(TEXTS["a-harbour.txt"], encoding="utf-8")
    run(str(where / "c-orchard.txt"))
    output, error = run(str(where), "--json")
    assert error is None
    entries = [json.loads(line) for line in output.splitlines()]
    assert [(Path(e["path"]).name, e["created"]) for e in entries] == [
        ("a-harbour.txt", True), ("b-quarry.txt", True), ("c-orchard.txt", False), ("d-again.txt", False),
    ]  # fmt: skip
    assert entries[3]["id"] == entries[0]["id"]
    assert Article.objects.count() == 3


def test_texts_stored_by_another_process_meanwhile_are_taken_as_already_imported(tmp_path, monkeypatch):
    from claims import importing

    where = folder(tmp_path)
    theirs = (where / "b-quarry.txt").read_text(encoding="utf-8").strip()
    Article.objects.create(title="theirs", body=theirs, content_hash=hashlib.sha256(theirs.encode()).hexdigest())
    # Stored after the lookup: the insert of the batch then meets it and fails (a unique content hash).
    monkeypatch.setattr(importing, "stored_rows", lambda model, hashes: {})
    output, error = run(str(where), "--json")
    assert error is None
    assert [json.loads(line)["created"] for line in output.splitlines()] == [True, False, True]
    assert Article.objects.count() == 3
    assert Article.objects.get(body=theirs).title == "theirs"


def test_a_folder_larger_than_a_batch_is_stored_whole(tmp_path, monkeypatch):
    from claims.management.commands import import_article

    monkeypatch.setattr(import_article, "FILES_PER_BATCH", 2)
    where = folder(tmp_path, {"d-bad.txt": b"\xff\xfe\x00"})
    (where / "e-again.txt").write_text(TEXTS["b-quarry.txt"], encoding="utf-8")
    _, error = run(str(where))
    assert error is not None and str(error).startswith("5 files: 3 imported, 1 already imported, 1 failed (")
    assert Article.objects.count() == 3
