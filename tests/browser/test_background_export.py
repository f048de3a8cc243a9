"""An export started from the admin, in a real browser: the action returns at once with a link to
its task; the task's page shows it waiting, then its progress as a worker (db_worker, run here
in-process) makes the file; the finished file downloads. Screenshots under test-artifacts/browser/."""

from __future__ import annotations

import csv
import io
import time
from pathlib import Path

import pytest

from claims.models import BackgroundJob, JobState
from tests.app.test_tasks import run_worker
from tests.browser.conftest import log_in, shot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def test_export_from_the_admin_runs_in_the_background_and_downloads(
    chromium, live_server, seed, settings, tmp_path, artifacts: Path
) -> None:
    settings.TASKS = DATABASE  # the worker, not the request, runs the task
    settings.VAR_DIR = tmp_path
    article = seed["article"]
    page = log_in(chromium, live_server, "rita", "/admin/claims/article/")
    page.locator(f"input[name=_selected_action][value='{article.pk}']").check()
    page.select_option("select[name=action]", "audit_export_csv")
    started = time.monotonic()
    page.click("button[name=index]")
    page.wait_for_load_state()
    answered_in = time.monotonic() - started
    shot(page, artifacts, "01-started")
    message = page.locator(".messagelist").inner_text()
    assert "started in the background" in message, message
    job = BackgroundJob.objects.get()
    assert job.state == JobState.QUEUED and not job.file  # the request did not do the work
    print(f"the export action answered in {answered_in:.2f} s; the report is made afterwards")

    page.get_by_role("link", name="Follow its progress").click()
    page.wait_for_load_state()
    shot(page, artifacts, "02-waiting")
    assert page.locator("#job-state").inner_text() == "Waiting for a worker"
    assert page.locator("#job-progress").get_attribute("value") == "0"
    assert page.locator("#job-file").is_hidden()

    run_worker()
    job.refresh_from_db()
    claims = article.claims.count()
    assert (job.state, job.done, job.total) == (JobState.DONE, claims, claims)

    # The page polls the API and shows the outcome without being reloaded.
    page.locator("#job-state", has_text="Done").wait_for()
    assert page.locator("#job-progress").get_attribute("value") == str(claims)
    assert page.locator("#job-count").inner_text() == f"{claims} of {claims}"
    shot(page, artifacts, "03-done")
    with page.expect_download() as info:
        page.click("#job-download")
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(rows) == claims and {row["article_id"] for row in rows} == {str(article.pk)}
    page.context.close()
