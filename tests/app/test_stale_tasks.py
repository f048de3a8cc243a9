"""A task whose worker was killed outright shows as failed ("the worker stopped") and can be retried;
a task whose worker is alive and beating stays running."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

import claims.stale_jobs
from claims.models import BackgroundJob, JobKind, JobState
from claims.roles import REVIEWER
from claims.stale_jobs import fail_abandoned, this_worker
from claims.tasks import run_job
from tests.app.test_admin_queue import client_for, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def reviewer():
    return make_user("rita", REVIEWER)


def running_job(user, worker: str, last_beat_seconds_ago: float = 0) -> BackgroundJob:
    beat = timezone.now() - timedelta(seconds=last_beat_seconds_ago)
    return BackgroundJob.objects.create(
        kind=JobKind.CHECK, requested_by=user, params={"article_ids": []}, state=JobState.RUNNING,
        started_at=beat, heartbeat_at=beat, worker=worker, attempts=1,
    )  # fmt: skip


def page(client, job: BackgroundJob) -> str:
    return client.get(reverse("admin:claims_backgroundjob_change", args=[job.pk])).content.decode()


def test_a_worker_killed_with_sigkill_leaves_a_failed_task_not_a_running_one(reviewer) -> None:
    # A stand-in worker process on this host, killed the way `kill -9` kills a db_worker: it writes nothing.
    worker = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        job = running_job(reviewer, f"{socket.gethostname()}:{worker.pid}")
        client = client_for(reviewer)
        assert '<strong id="job-state">Running</strong>' in page(client, job)
        worker.kill()
        worker.wait()
        html = page(client, job)
    finally:
        worker.kill()
        worker.wait()
    job.refresh_from_db()
    assert job.state == JobState.FAILED and job.finished_at is not None
    assert job.error.startswith(f"The worker stopped (its process {socket.gethostname()}:{worker.pid} has ended)")
    assert '<strong id="job-state">Failed</strong>' in html and "Retry this task" in html
    polled = client.get(reverse("api:job", kwargs={"job_id": job.pk})).json()
    assert polled["state"] == "failed" and "worker stopped" in polled["error"]


def test_a_silent_worker_on_another_host_is_given_up_after_the_limit(reviewer, settings) -> None:
    settings.FACTCHECK_TASK_STALE_SECONDS = 300
    quiet = running_job(reviewer, "other-machine:4242", last_beat_seconds_ago=299)
    gone = running_job(reviewer, "other-machine:4243", last_beat_seconds_ago=301)
    client_for(reviewer).get(reverse("admin:claims_backgroundjob_changelist"))
    quiet.refresh_from_db()
    gone.refresh_from_db()
    assert quiet.state == JobState.RUNNING
    assert gone.state == JobState.FAILED and "silent for more than 300 seconds" in gone.error


def test_a_live_worker_is_left_running(reviewer) -> None:
    job = running_job(reviewer, this_worker())
    assert fail_abandoned() == 0
    job.refresh_from_db()
    assert job.state == JobState.RUNNING and job.error == ""


def test_a_failed_task_is_retried_from_its_page_and_from_the_list(reviewer) -> None:
    job = running_job(reviewer, "other-machine:1", last_beat_seconds_ago=10_000)
    client = client_for(reviewer)
    assert "Retry this task" in page(client, job)  # marked failed on the way
    response = client.post(reverse("admin:claims_backgroundjob_retry", args=[job.pk]), follow=True)
    assert response.status_code == 200
    job.refresh_from_db()
    # Tests run tasks at once (tests/app/conftest.py): the retry has already run it.
    assert job.state == JobState.DONE and job.error == "" and job.attempts == 2
    assert job.summary == "Checked 0 of 0 article(s)" and job.worker == this_worker()
    other = running_job(reviewer, "other-machine:2", last_beat_seconds_ago=10_000)
    fail_abandoned()
    response = client.post(
        reverse("admin:claims_backgroundjob_changelist"),
        {"action": "retry_tasks", "_selected_action": [other.pk, job.pk]},
        follow=True,
    )
    other.refresh_from_db()
    assert other.state == JobState.DONE and "Queued 1 failed task(s) again." in response.content.decode()


def test_someone_elses_task_cannot_be_retried(reviewer) -> None:
    job = running_job(make_user("rob", REVIEWER), "other-machine:1", last_beat_seconds_ago=10_000)
    fail_abandoned()
    client_for(reviewer).post(reverse("admin:claims_backgroundjob_retry", args=[job.pk]))
    job.refresh_from_db()
    assert job.state == JobState.FAILED


@pytest.mark.django_db(transaction=True)
def test_a_running_task_beats_while_its_work_is_busy(reviewer, monkeypatch) -> None:
    # transaction=True: the heartbeat thread writes through its own connection, which must see the job.
    monkeypatch.setattr(claims.stale_jobs, "HEARTBEAT_SECONDS", 0.05)
    job = BackgroundJob.objects.create(kind=JobKind.CHECK, requested_by=reviewer, params={})
    beats = []

    def slow_work(job: BackgroundJob, progress) -> str:
        first = BackgroundJob.objects.get(pk=job.pk).heartbeat_at
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:  # no progress reported: only the thread can move the time
            time.sleep(0.05)
            now = BackgroundJob.objects.get(pk=job.pk).heartbeat_at
            if now > first:
                beats.append(now)
                break
        return "slept"

    assert run_job(job.pk, slow_work) == "slept"
    assert beats, "no heartbeat was written while the work ran"
