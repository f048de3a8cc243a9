"""run_checks over many articles: a failing article is recorded as failed and the batch goes on;
worker processes never outlive the command."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims import batch_checks, pipeline
from claims.exports.loader import current_runs
from claims.models import Article, CheckRun, RunStatus
from claims.pipeline import CheckFailed, check_article
from tests.app.file_database import MANAGE, command_env, manage, migrated_database
from tests.conftest import REPO

TEXTS = [
    "Acme's sales rose 10 percent to $110 million from $100 million in 2024.\n",
    "Globex hired 40 people, a rise of 8 percent on the 500 it had. FAULT\n",
    "Initech's profit fell 5 percent to $19 million from $20 million.\n",
]
FAULT = "int too large to convert to float"


def faulty(real):
    """The real engine step, except on a text marked FAULT, where it fails as a crash in the engine would."""

    def step(text: str, *args, **kwargs):
        if "FAULT" in text:
            raise OverflowError(FAULT)
        return real(text, *args, **kwargs)

    return step


@pytest.fixture
def articles(db) -> list[Article]:
    return [
        Article.objects.create(title=f"Article {i}", body=text, content_hash=f"{i}" * 64)
        for i, text in enumerate(TEXTS)
    ]


def run_checks(*args: str) -> tuple[str, CommandError | None]:
    out = io.StringIO()
    try:
        call_command("run_checks", *args, stdout=out)
    except CommandError as error:
        return out.getvalue(), error
    return out.getvalue(), None


@pytest.mark.parametrize("where", ["extraction", "checks"])
def test_a_failing_article_is_recorded_as_failed_and_the_others_are_checked(articles, monkeypatch, where):
    good, bad, last = articles
    if where == "extraction":
        monkeypatch.setattr(batch_checks, "extract_claims", faulty(batch_checks.extract_claims))
    else:  # after the claims are stored, inside the run's transaction
        monkeypatch.setattr(pipeline, "run_checks", faulty(pipeline.run_checks))
    output, error = run_checks("--all", "--json")
    assert error is not None and error.returncode == 2
    assert str(error).startswith("1 of 3 articles could not be checked: ")
    assert str(error).split(": ")[1].split(" ")[0] == str(bad.pk)
    lines = [json.loads(line) for line in output.splitlines()]
    assert [line["article"] for line in lines] == [good.pk, bad.pk, last.pk]
    assert [line["status"] for line in lines] == ["finished", "failed", "finished"]
    failed = CheckRun.objects.get(article=bad)
    assert failed.status == RunStatus.FAILED and FAULT in failed.error and "OverflowError" in failed.error
    assert lines[1]["error"] == failed.error
    # Nothing of the failed run was stored: no claims, no results.
    assert not bad.claims.exists() and not failed.results.exists()
    for article in (good, last):
        run = CheckRun.objects.get(article=article)
        assert run.status == RunStatus.FINISHED and article.claims.exists() and run.results.exists()


def test_a_failed_run_leaves_the_last_finished_run_current_until_a_new_one_finishes(articles, monkeypatch):
    bad = articles[1]
    _, error = run_checks(str(bad.pk))
    assert error is None
    finished = CheckRun.objects.get(article=bad)
    claims_before = set(bad.claims.values_list("pk", flat=True))
    monkeypatch.setattr(batch_checks, "extract_claims", faulty(batch_checks.extract_claims))
    output, error = run_checks(str(bad.pk))
    assert error is not None and error.returncode == 2
    assert "failed: The checks stopped on this article" in output
    assert current_runs([bad.pk])[bad.pk] == finished
    assert set(bad.claims.values_list("pk", flat=True)) == claims_before
    monkeypatch.undo()
    run_checks(str(bad.pk))
    newest = CheckRun.objects.filter(article=bad).order_by("-pk").first()
    assert current_runs([bad.pk])[bad.pk] == newest and newest.status == RunStatus.FINISHED
    assert list(CheckRun.objects.filter(article=bad, superseded_at__isnull=True)) == [newest]


def test_check_article_records_a_failed_run_and_says_so(articles, monkeypatch):
    monkeypatch.setattr(pipeline, "extract_claims", faulty(pipeline.extract_claims))
    with pytest.raises(CheckFailed) as caught:
        check_article(articles[1])
    assert caught.value.run.status == RunStatus.FAILED and FAULT in str(caught.value)
    assert check_article(articles[0]).status == RunStatus.FINISHED


def test_check_article_save_reports_a_failed_run_in_one_line(db, tmp_path: Path, monkeypatch):
    path = tmp_path / "fault.txt"
    path.write_text(TEXTS[1])
    monkeypatch.setattr(pipeline, "extract_claims", faulty(pipeline.extract_claims))
    with pytest.raises(CommandError) as caught:
        call_command("check_article", str(path), "--save", stdout=io.StringIO())
    article = Article.objects.get()
    assert caught.value.returncode == 2
    assert (
        str(caught.value) == f"{path}: stored as article {article.pk}, but the checks failed: {FAULT} (OverflowError)"
    )
    assert CheckRun.objects.get(article=article).status == RunStatus.FAILED


# ----- workers die with the command ----------------------------------------------------------------


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid``, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def wait_for(condition, seconds: float) -> bool:
    # A deadline on waiting, not a measure of speed: the test only needs the state to be reached.
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return condition()


def dense_article(seed: int, sentences: int = 1500) -> str:
    return " ".join(
        f"Unit {seed}-{i} sales rose {i % 90 + 1} percent to ${i % 900 + 10} million from ${i % 700 + 5} million."
        for i in range(sentences)
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
def test_workers_die_when_the_command_is_killed(tmp_path: Path):
    database = migrated_database(tmp_path)
    for seed in range(4):
        path = tmp_path / f"dense-{seed}.txt"
        path.write_text(dense_article(seed))
        assert manage(database, "import_article", str(path)).returncode == 0
    command = subprocess.Popen(
        [*MANAGE, "run_checks", "--all", "--workers", "2"], env=command_env(database), cwd=REPO,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    seen: set[int] = set()

    def workers_started() -> bool:
        seen.update(descendants(command.pid))
        return len(seen) >= 4  # the forkserver, the resource tracker and the two workers

    try:
        assert wait_for(workers_started, 120), seen
        assert command.poll() is None, "the command finished before it could be killed"
        os.kill(command.pid, signal.SIGKILL)
        command.wait()
        assert wait_for(lambda: not any(alive(pid) for pid in seen), 30), [p for p in seen if alive(p)]
    finally:
        for pid in seen:  # only the processes this test started
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
        if command.poll() is None:
            command.kill()
