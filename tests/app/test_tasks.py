"""Background tasks: enqueued by the admin and the API, run by the database worker (db_worker) in-process;
a failure is reported and leaves nothing half-written; a passing database error is retried."""

from __future__ import annotations

import json
import signal

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.test import Client
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

import claims.tasks
from claims.api.tokens import create_token, hash_key
from claims.models import ApiToken, Article, BackgroundJob, CheckRun, Claim, JobState
from claims.roles import REVIEWER
from tests.app.conftest import DATABASE
from tests.app.test_admin_queue import client_for, make_user
from tests.app.test_api import TEXT, post, token_client


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def reviewer():
    return make_user("rita", REVIEWER)


def run_worker() -> None:
    """db_worker in this process until the queue is empty; its signal handlers are put back afterwards
    (it installs its own for SIGINT and SIGTERM and leaves them, which would swallow a Ctrl-C of pytest)."""
    signals = [signal.SIGINT, signal.SIGTERM, signal.SIGQUIT]
    saved = {number: signal.getsignal(number) for number in signals}
    try:
        call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)
    finally:
        for number, handler in saved.items():
            signal.signal(number, handler)


@pytest.mark.django_db(transaction=True)
def test_submitted_article_waits_for_the_worker_then_is_stored(reviewer, settings) -> None:
    settings.TASKS = DATABASE
    client = token_client(reviewer)
    job = post(client, "/api/articles", {"text": TEXT, "title": "Ferries"}).json()
    assert job["state"] == "queued" and Article.objects.count() == 0
    assert DBTaskResult.objects.get(id=BackgroundJob.objects.get(pk=job["id"]).task_id).status == "READY"
    run_worker()
    polled = client.get(job["url"]).json()
    assert polled["state"] == "done", polled
    article = Article.objects.get(pk=polled["article_id"])
    assert article.check_runs.filter(status="finished").count() == 1
    assert DBTaskResult.objects.get(id=BackgroundJob.objects.get(pk=job["id"]).task_id).status == "SUCCESSFUL"


@pytest.mark.django_db(transaction=True)
def test_admin_export_returns_at_once_and_the_worker_makes_the_file(reviewer, settings) -> None:
    settings.TASKS = DATABASE
    client = token_client(reviewer)
    post(client, "/api/articles", {"text": TEXT})
    run_worker()
    article = Article.objects.get()
    admin = client_for(reviewer)
    response = admin.post(
        reverse("admin:claims_article_changelist"),
        {"action": "audit_export_csv", "_selected_action": [article.pk]},
        follow=True,
    )
    job = BackgroundJob.objects.get(kind="export")
    assert job.state == JobState.QUEUED and not job.file
    assert reverse("admin:claims_backgroundjob_change", args=[job.pk]) in response.content.decode()
    page = admin.get(reverse("admin:claims_backgroundjob_change", args=[job.pk])).content.decode()
    assert "Waiting for a worker" in page and 'id="job-file" hidden' in page
    run_worker()
    job.refresh_from_db()
    assert job.state == JobState.DONE and job.done == job.total == article.claims.count()
    page = admin.get(reverse("admin:claims_backgroundjob_change", args=[job.pk])).content.decode()
    assert 'id="job-file" hidden' not in page
    download = admin.get(reverse("api:job_file", kwargs={"job_id": job.pk}))
    lines = b"".join(download.streaming_content).decode().strip().splitlines()
    assert len(lines) == 1 + article.claims.count()


@pytest.mark.django_db
def test_rerun_action_starts_a_task_and_links_to_it(reviewer) -> None:
    post(token_client(reviewer), "/api/articles", {"text": TEXT})
    article = Article.objects.get()
    runs = article.check_runs.count()
    response = client_for(reviewer).post(
        reverse("admin:claims_claim_changelist"),
        {"action": "rerun_checks", "_selected_action": [article.claims.first().pk]},
        follow=True,
    )
    job = BackgroundJob.objects.get(kind="check")
    assert job.params == {"article_ids": [article.pk]} and job.requested_by == reviewer
    assert job.state == JobState.DONE and article.check_runs.count() == runs + 1
    assert reverse("admin:claims_backgroundjob_change", args=[job.pk]) in response.content.decode()


@pytest.mark.django_db
def test_a_failed_import_stores_nothing_and_says_why(reviewer, monkeypatch) -> None:
    import claims.pipeline

    def broken(*args, **kwargs):
        raise ValueError("the engine tripped over a table")

    monkeypatch.setattr(claims.pipeline, "save_analysis", broken)
    job = post(token_client(reviewer), "/api/articles", {"text": TEXT}).json()
    assert job["state"] == "failed" and job["error"] == "the engine tripped over a table"
    assert (Article.objects.count(), Claim.objects.count(), CheckRun.objects.count()) == (0, 0, 0)
    assert job["attempts"] == 1  # not a passing database error: not tried again


@pytest.mark.django_db
def test_a_submitted_article_is_linked_to_current_sources_only(reviewer) -> None:
    from sources.models import Evidence, Source

    said = "Harbourview Ferries carried 4.2 million passengers in 2024, against 4.0 million in 2023."
    old = Source.objects.create(title="Ferry statistics", body=said, content_hash="1" * 64)
    new = Source.objects.create(
        title="Ferry statistics", body=said + " Figures revised in March.", content_hash="2" * 64, revision_of=old
    )
    job = post(token_client(reviewer), "/api/articles", {"text": TEXT}).json()
    assert job["state"] == "done", job
    linked = set(Evidence.objects.values_list("source_id", flat=True))
    assert linked == {new.pk}, "the replaced revision is not linked, its newer text is"


@pytest.mark.django_db
def test_a_passing_database_error_is_retried(reviewer, monkeypatch, settings) -> None:
    settings.FACTCHECK_TASK_ATTEMPTS = 3
    monkeypatch.setattr(claims.tasks.time, "sleep", lambda seconds: None)
    real = claims.tasks._link
    calls: list[int] = []

    def flaky(job, progress):
        calls.append(job.pk)
        if len(calls) == 1:
            raise OperationalError("database is locked")
        return real(job, progress)

    monkeypatch.setitem(claims.tasks.WORK, "link", flaky)
    post(token_client(reviewer), "/api/articles", {"text": TEXT})
    article = Article.objects.get()
    job = post(token_client(reviewer), f"/api/articles/{article.pk}/links").json()
    assert (job["state"], job["attempts"], len(calls)) == ("done", 2, 2)


@pytest.mark.django_db
def test_a_database_error_that_persists_fails_the_job(reviewer, monkeypatch, settings) -> None:
    settings.FACTCHECK_TASK_ATTEMPTS = 2
    monkeypatch.setattr(claims.tasks.time, "sleep", lambda seconds: None)

    def always(job, progress):
        raise OperationalError("database is locked")

    monkeypatch.setitem(claims.tasks.WORK, "check", always)
    post(token_client(reviewer), "/api/articles", {"text": TEXT})
    job = post(token_client(reviewer), f"/api/articles/{Article.objects.get().pk}/checks").json()
    assert (job["state"], job["attempts"], job["error"]) == ("failed", 2, "database is locked")


@pytest.mark.django_db
def test_a_job_delivered_twice_runs_once(reviewer) -> None:
    job = post(token_client(reviewer), "/api/articles", {"text": TEXT}).json()
    assert claims.tasks.run_job(job["id"], claims.tasks.WORK["import"]) == "nothing to do"
    assert BackgroundJob.objects.get(pk=job["id"]).attempts == 1


@pytest.mark.django_db
def test_admin_makes_a_token_shows_it_once_and_stores_only_its_hash(reviewer) -> None:
    admin = client_for(reviewer)
    response = admin.post(reverse("admin:claims_apitoken_add"), {"name": "CMS"})
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    token = ApiToken.objects.get()
    key = response.context["key"]
    assert token.user == reviewer and token.key_hash == hash_key(key) and key.startswith(token.prefix)
    listing = admin.get(reverse("admin:claims_apitoken_changelist")).content.decode()
    assert key not in listing and token.prefix in listing
    api = Client(headers={"Authorization": f"Bearer {key}"})
    assert api.get("/api/queue").status_code == 200
    admin.post(reverse("admin:claims_apitoken_changelist"), {"action": "revoke_tokens", "_selected_action": [token.pk]})
    assert ApiToken.objects.get().revoked_at is not None
    assert api.get("/api/queue").status_code == 401


@pytest.mark.django_db
def test_people_see_only_their_own_tokens_and_tasks(reviewer) -> None:
    other = make_user("rob", REVIEWER)
    create_token(other, "theirs")
    post(token_client(other), "/api/exports", {"format": "csv"})
    admin = client_for(reviewer)
    assert "theirs" not in admin.get(reverse("admin:claims_apitoken_changelist")).content.decode()
    job = BackgroundJob.objects.get(kind="export")
    assert admin.get(reverse("admin:claims_backgroundjob_change", args=[job.pk])).status_code == 302
    intern = client_for(make_user("intern", None))
    assert intern.get(reverse("admin:claims_apitoken_add")).status_code == 403
    assert json.loads(Client().get(f"/api/tasks/{job.pk}").content)["error"]["code"] == "not_authenticated"
