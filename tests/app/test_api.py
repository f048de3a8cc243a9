"""The HTTP API through the test client: every endpoint's happy path, and who it refuses.

Tasks run at once here (tests/app/conftest.py); tests/app/test_tasks.py runs them through the worker.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from claims.api.tokens import create_token, revoke
from claims.models import ApiToken, Article, BackgroundJob, Claim, ClaimStatus, Review
from claims.roles import EDITOR, REVIEWER
from tests.app.test_admin_queue import build_queue, make_user

pytestmark = pytest.mark.django_db

# Made-up sentences: a change that adds up, and one that does not.
TEXT = (
    "Harbourview Ferries carried 4.2 million passengers in 2024, up 5% from 4.0 million in 2023.\n\n"
    "Its revenue rose 50% to $30 million from $25 million."
)


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def token_client(user) -> Client:
    _, key = create_token(user, "newsroom system")
    return Client(headers={"Authorization": f"Bearer {key}"})


def post(client: Client, path: str, payload: dict | None = None):
    return client.post(path, json.dumps(payload or {}), content_type="application/json")


def error_of(response) -> dict:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "details"}, body
    return body["error"]


@pytest.fixture
def reviewer():
    return make_user("rita", REVIEWER)


@pytest.fixture
def editor():
    return make_user("edna", EDITOR)


@pytest.fixture
def article(reviewer) -> Article:
    response = post(token_client(reviewer), "/api/articles", {"text": TEXT, "title": "Ferries"})
    assert response.status_code == 202, response.content
    return Article.objects.get(pk=response.json()["article_id"])


def test_check_returns_the_same_json_as_check_article(reviewer, tmp_path) -> None:
    response = post(token_client(reviewer), "/api/check", {"text": TEXT})
    assert response.status_code == 200, response.content
    path = tmp_path / "ferries.txt"
    path.write_text(TEXT, encoding="utf-8")
    out = io.StringIO()
    with pytest.raises(CommandError):  # exit 1: a finding at the warning level
        call_command("check_article", str(path), "--format", "json", stdout=out)
    command = json.loads(out.getvalue())
    del command["article"]["path"]
    assert response.json() == command
    assert any(f["status"] == "fail" for f in command["findings"])  # the 50% is wrong: $25m -> $30m is +20%
    assert Article.objects.count() == 0  # nothing stored


def test_submit_text_then_read_status_claims_findings_relations_and_evidence(reviewer) -> None:
    client = token_client(reviewer)
    job = post(client, "/api/articles", {"text": TEXT, "title": "Ferries", "published": "2025-01-10"}).json()
    assert (job["kind"], job["state"]) == ("import", "done")
    polled = client.get(job["url"]).json()
    article_id = polled["article_id"]
    assert polled["summary"].startswith(f"Stored article {article_id}")
    article = client.get(f"/api/articles/{article_id}").json()
    assert (article["title"], article["status"], article["published"]) == ("Ferries", "checked", "2025-01-10")
    claims = client.get(f"/api/articles/{article_id}/claims").json()
    assert {c["surface"] for c in claims} >= {"50%", "$30 million", "$25 million"}
    findings = client.get(f"/api/articles/{article_id}/findings").json()
    failed = [f for f in findings if f["status"] == "fail"]
    assert failed and all(f["why"] for f in failed)
    assert set(failed[0]["claims"]) <= {c["id"] for c in claims}
    relations = client.get(f"/api/articles/{article_id}/relations").json()
    assert relations and all("kind" in r for r in relations)
    assert client.get(f"/api/articles/{article_id}/evidence").json() == []
    assert BackgroundJob.objects.get(pk=job["id"]).params.get("text") is None  # the article keeps the text


def test_submit_a_web_page_by_url(reviewer, settings, live_server) -> None:
    from django.http import HttpResponse
    from django.urls import path

    settings.FACTCHECK_FETCH_PRIVATE_ADDRESSES = True
    page = f"<html><head><title>Ferry figures</title></head><body><article><p>{TEXT}</p></article></body></html>"
    from factcheck.urls import urlpatterns

    served = [path("page/", lambda r: HttpResponse(page, content_type="text/html")), *urlpatterns]
    urls = type("Urls", (), {"urlpatterns": served})
    settings.ROOT_URLCONF = urls
    job = post(token_client(reviewer), "/api/articles", {"url": f"{live_server.url}/page/"})
    assert job.status_code == 202
    body = job.json()
    assert body["state"] == "done", body
    assert Article.objects.get(pk=body["article_id"]).title == "Ferry figures"


@pytest.mark.parametrize(
    ("payload", "status"),
    [
        ({}, 422),
        ({"text": TEXT, "url": "https://example.org/a"}, 422),
        ({"url": "ftp://example.org/a"}, 422),
        ({"text": "\x00\x01 binary"}, 422),
        ({"text": 5}, 422),
    ],
)
def test_bad_submissions_store_nothing(reviewer, payload, status) -> None:
    response = post(token_client(reviewer), "/api/articles", payload)
    assert response.status_code == status, response.content
    assert error_of(response)["code"] == "invalid"
    assert (Article.objects.count(), BackgroundJob.objects.count()) == (0, 0)


def test_size_limit_is_413(reviewer, settings) -> None:
    settings.FACTCHECK_MAX_IMPORT_BYTES = 100
    client = token_client(reviewer)
    for path in ("/api/articles", "/api/check"):
        response = post(client, path, {"text": "x" * 101})
        assert response.status_code == 413
        assert error_of(response)["code"] == "too_large"
    assert Article.objects.count() == 0


def test_body_over_the_request_limit_is_413(reviewer, settings) -> None:
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
    response = post(token_client(reviewer), "/api/check", {"text": "y" * 5000})
    assert response.status_code == 413
    assert error_of(response)["code"] == "too_large"


def test_unreadable_json_is_400_in_the_error_shape(reviewer) -> None:
    response = token_client(reviewer).post("/api/check", "{not json", content_type="application/json")
    assert response.status_code == 400
    assert error_of(response)["code"] == "bad_request"


def test_unknown_article_is_404(reviewer) -> None:
    response = token_client(reviewer).get("/api/articles/999999")
    assert response.status_code == 404
    assert error_of(response)["message"] == "No article with id 999999."


def test_queue_uses_the_admins_filters_and_order(reviewer) -> None:
    queue = build_queue(45)
    client = token_client(reviewer)
    page = client.get("/api/queue", {"per_page": 10}).json()
    ordered = list(Claim.objects.order_by("-priority", "pk").values_list("pk", flat=True)[:10])
    assert [row["id"] for row in page["results"]] == ordered and page["has_next"]
    one = queue.articles[1].pk
    rows = client.get("/api/queue", {"article": one, "per_page": 200}).json()["results"]
    assert {r["article_id"] for r in rows} == {one} and len(rows) == Claim.objects.filter(article_id=one).count()
    errors = client.get("/api/queue", {"severity": "error", "per_page": 200}).json()["results"]
    assert errors and all(r["worst"] == "Failed (error)" for r in errors)
    Claim.objects.filter(pk=ordered[0]).update(status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    mine = client.get("/api/queue", {"assignee": "mine"}).json()["results"]
    assert [r["id"] for r in mine] == [ordered[0]]
    assert client.get("/api/queue", {"status": "reviewed"}).json()["results"] == []
    assert client.get("/api/queue", {"status": "nonsense"}).status_code == 422


def test_verdict_is_recorded_as_the_tokens_user_with_locking_and_signoff(reviewer, editor, article) -> None:
    claim = article.claims.order_by("start").first()
    as_rita, as_edna = token_client(reviewer), token_client(editor)
    stale = claim.version
    done = post(
        as_rita, f"/api/claims/{claim.pk}/verdict", {"verdict": "inaccurate", "rationale": "Sum.", "version": stale}
    )
    assert done.status_code == 200, done.content
    assert (done.json()["status"], done.json()["version"]) == ("awaiting_signoff", stale + 1)
    review = Review.objects.get(claim=claim)
    assert review.reviewer == reviewer
    assert Claim.objects.get(pk=claim.pk).history.latest().history_user == reviewer
    again = post(
        as_edna, f"/api/claims/{claim.pk}/verdict", {"verdict": "accurate", "rationale": "No.", "version": stale}
    )
    assert again.status_code == 409
    error = error_of(again)
    assert error["code"] == "edit_conflict" and error["details"]["current"]["version"] == stale + 1
    own = post(as_rita, f"/api/claims/{claim.pk}/signoff", {"version": stale + 1})
    assert own.status_code == 403  # a reviewer's role has no sign-off
    signed = post(as_edna, f"/api/claims/{claim.pk}/signoff", {"version": stale + 1, "note": "Checked."})
    assert signed.status_code == 200 and signed.json()["status"] == "reviewed"
    assert Review.objects.filter(claim=claim).count() == 2


def test_an_editor_cannot_sign_off_their_own_verdict(editor, article) -> None:
    claim = article.claims.first()
    client = token_client(editor)
    post(client, f"/api/claims/{claim.pk}/verdict", {"verdict": "misleading", "rationale": "Odd.", "version": 1})
    refused = post(client, f"/api/claims/{claim.pk}/signoff", {"version": 2})
    assert refused.status_code == 409
    assert error_of(refused)["code"] == "not_allowed_now"
    assert Claim.objects.get(pk=claim.pk).status == ClaimStatus.AWAITING_SIGNOFF


def test_blank_rationale_is_refused(reviewer, article) -> None:
    claim = article.claims.first()
    response = post(
        token_client(reviewer),
        f"/api/claims/{claim.pk}/verdict",
        {"verdict": "accurate", "rationale": "  ", "version": 1},
    )
    assert response.status_code == 422
    assert not Review.objects.exists()


@pytest.mark.parametrize("fmt", ["csv", "json", "md"])
def test_export_then_poll_then_download(reviewer, article, fmt) -> None:
    client = token_client(reviewer)
    job = post(client, "/api/exports", {"format": fmt, "article_ids": [article.pk]})
    assert job.status_code == 202
    body = client.get(job.json()["url"]).json()
    assert body["state"] == "done" and body["done"] == body["total"] == article.claims.count()
    download = client.get(body["file_url"])
    content = b"".join(download.streaming_content).decode()
    assert download["Content-Disposition"].startswith("attachment")
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(content)))) == article.claims.count()
    elif fmt == "json":
        assert json.loads(content)["articles"][0]["id"] == article.pk
    else:
        assert "Ferries" in content


def test_export_of_an_unknown_article_is_refused(reviewer) -> None:
    response = post(token_client(reviewer), "/api/exports", {"format": "csv", "article_ids": [424242]})
    assert response.status_code == 422 and "424242" in error_of(response)["message"]
    assert not BackgroundJob.objects.exists()


def test_someone_elses_task_is_not_found(reviewer, editor, article) -> None:
    job = post(token_client(reviewer), "/api/exports", {"format": "csv"}).json()
    assert token_client(editor).get(job["url"]).status_code == 404
    assert token_client(editor).get(job["file_url"]).status_code == 404


def test_recheck_and_link_run_as_tasks(reviewer, article) -> None:
    client = token_client(reviewer)
    runs = article.check_runs.count()
    job = post(client, f"/api/articles/{article.pk}/checks").json()
    assert job["state"] == "done" and article.check_runs.count() == runs + 1
    linked = post(client, f"/api/articles/{article.pk}/links", {}).json()
    assert linked["state"] == "done" and linked["summary"].startswith("Linked 1 article(s) to 0 source(s)")
    assert post(client, f"/api/articles/{article.pk}/links?source_ids=999").status_code == 422


def test_session_auth_needs_csrf_on_writes(reviewer) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(reviewer)
    assert client.get("/api/queue").status_code == 200
    refused = post(client, "/api/check", {"text": TEXT})
    assert refused.status_code == 403 and "CSRF" in error_of(refused)["message"]
    client.get("/admin/")  # sets the CSRF cookie, as the admin's pages do
    token = client.cookies["csrftoken"].value
    allowed = client.post(
        "/api/check", json.dumps({"text": TEXT}), content_type="application/json", headers={"X-CSRFToken": token}
    )
    assert allowed.status_code == 200


def test_token_use_is_noted_and_a_revoked_token_is_refused(reviewer) -> None:
    token, key = create_token(reviewer, "cms")
    client = Client(headers={"Authorization": f"Bearer {key}"})
    assert client.get("/api/queue").status_code == 200
    token.refresh_from_db()
    assert token.last_used_at is not None
    assert ApiToken.objects.get(pk=token.pk).key_hash != key and key not in str(ApiToken.objects.values().get())
    revoke(token)
    assert client.get("/api/queue").status_code == 401


def test_openapi_and_docs_are_served(reviewer) -> None:
    schema = Client().get("/api/openapi.json").json()
    assert {"/api/check", "/api/articles", "/api/queue", "/api/exports", "/api/tasks/{job_id}"} <= set(schema["paths"])
    assert Client().get("/api/docs").status_code == 200


# ----- who is refused, endpoint by endpoint ----------------------------------------------------


@dataclass(frozen=True)
class Call:
    method: str
    path: str
    payload: dict | None = None


def calls(article: Article, job: BackgroundJob) -> list[Call]:
    claim = article.claims.first()
    return [
        Call("post", "/api/check", {"text": TEXT}),
        Call("post", "/api/articles", {"text": TEXT + " Again."}),
        Call("get", f"/api/articles/{article.pk}"),
        Call("get", f"/api/articles/{article.pk}/claims"),
        Call("get", f"/api/articles/{article.pk}/findings"),
        Call("get", f"/api/articles/{article.pk}/relations"),
        Call("get", f"/api/articles/{article.pk}/evidence"),
        Call("post", f"/api/articles/{article.pk}/checks"),
        Call("post", f"/api/articles/{article.pk}/links", {}),
        Call("get", "/api/queue"),
        Call("get", f"/api/claims/{claim.pk}"),
        Call("post", f"/api/claims/{claim.pk}/verdict", {"verdict": "accurate", "rationale": "Fine.", "version": 1}),
        Call("post", f"/api/claims/{claim.pk}/signoff", {"version": 1}),
        Call("post", "/api/exports", {"format": "csv"}),
        Call("get", f"/api/tasks/{job.pk}"),
        Call("get", f"/api/tasks/{job.pk}/file"),
    ]


def send(client: Client, call: Call):
    if call.method == "get":
        return client.get(call.path)
    return post(client, call.path, call.payload)


def test_every_endpoint_refuses_no_token_a_revoked_token_and_the_wrong_role(reviewer, article) -> None:
    job = BackgroundJob.objects.get(kind="import")
    nobody = make_user("intern", None)  # staff, but no review role
    # The intern's own task, so a refusal of it is the role's, not that the task is someone else's.
    BackgroundJob.objects.filter(pk=job.pk).update(requested_by=nobody)
    revoked_token, revoked_key = create_token(reviewer, "old")
    revoke(revoked_token)
    clients: dict[str, tuple[Client, int]] = {
        "no token": (Client(), 401),
        "a malformed token": (Client(headers={"Authorization": "Bearer nonsense"}), 401),
        "a revoked token": (Client(headers={"Authorization": f"Bearer {revoked_key}"}), 401),
        "no role": (token_client(nobody), 403),
    }
    before = (Article.objects.count(), BackgroundJob.objects.count(), Review.objects.count())
    for call in calls(article, job):
        for who, (client, status) in clients.items():
            response = send(client, call)
            assert response.status_code == status, f"{call.method} {call.path} with {who}: {response.status_code}"
            error_of(response)
    assert (Article.objects.count(), BackgroundJob.objects.count(), Review.objects.count()) == before


def test_an_inactive_users_token_is_refused(reviewer) -> None:
    client = token_client(reviewer)
    reviewer.is_active = False
    reviewer.save()
    assert client.get("/api/queue").status_code == 401


def test_reviewer_can_call_every_endpoint_but_signoff(reviewer, editor, article) -> None:
    job = post(token_client(reviewer), "/api/exports", {"format": "csv"}).json()
    job_row = BackgroundJob.objects.get(pk=job["id"])
    client = token_client(reviewer)
    for call in calls(article, job_row):
        response = send(client, call)
        expected = 403 if call.path.endswith("/signoff") else None
        if expected:
            assert response.status_code == expected
        else:
            assert response.status_code in (200, 202), f"{call.path}: {response.status_code} {response.content[:200]}"
