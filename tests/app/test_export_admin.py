"""Audit exports from the admin: actions on claims and articles, and the article page's links."""

from __future__ import annotations

import json
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from claims.exports.admin import ADMIN_FORMATS
from tests.app.test_export_seed import SIXTY_ONE, build_seed
from tests.conftest import REPO

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client_() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser("boss", password="x"))
    return client


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def finished_file(client: Client, response) -> bytes:
    """The action's answer links to its task; tasks run at once here (tests/app/conftest.py)."""
    from claims.models import BackgroundJob

    assert response.status_code == 302, response.content[:500]
    job = BackgroundJob.objects.get()
    assert job.state == "done", job.error
    page = client.get(response["Location"]).content.decode()
    assert reverse("admin:claims_backgroundjob_change", args=[job.pk]) in page
    download = client.get(reverse("api:job_file", kwargs={"job_id": job.pk}))
    assert download.status_code == 200
    return body(download)


def test_claim_action_exports_the_selected_claims(admin_client_: Client):
    seed = build_seed()
    picked = [seed.claims["61"].pk, seed.claims["144"].pk]
    response = admin_client_.post(
        reverse("admin:claims_claim_changelist"),
        {"action": "audit_export_json", "_selected_action": picked},
    )
    report = json.loads(finished_file(admin_client_, response))
    assert sorted(c["id"] for c in report["articles"][0]["claims"]) == sorted(picked)


def test_article_action_exports_csv(admin_client_: Client):
    seed = build_seed()
    response = admin_client_.post(
        reverse("admin:claims_article_changelist"),
        {"action": "audit_export_csv", "_selected_action": [seed.article.pk]},
    )
    assert finished_file(admin_client_, response).decode().count("\n") == 1 + len(seed.claims)


def test_article_page_links_to_every_export(admin_client_: Client):
    seed = build_seed()
    page = admin_client_.get(reverse("admin:claims_article_change", args=[seed.article.pk])).content.decode()
    for name in ADMIN_FORMATS:
        assert reverse("claims_exports:article", args=[seed.article.pk, name]) in page
    template = (REPO / "claims/templates/claims/report/admin_article_change_form.html").read_text()
    assert sorted(re.findall(r"original\.pk '(\w+)'", template)) == sorted(ADMIN_FORMATS)


def test_article_view_serves_html_and_pdf(admin_client_: Client):
    seed = build_seed()
    html = admin_client_.get(reverse("claims_exports:article", args=[seed.article.pk, "html"]))
    assert html.status_code == 200 and SIXTY_ONE.split(";")[0] in body(html).decode()
    pdf = admin_client_.get(reverse("claims_exports:article", args=[seed.article.pk, "pdf"]))
    assert pdf["Content-Type"] == "application/pdf" and body(pdf).startswith(b"%PDF")


def test_article_view_needs_staff_and_permission():
    seed = build_seed()
    url = reverse("claims_exports:article", args=[seed.article.pk, "json"])
    assert Client().get(url).status_code == 302  # to the admin login
    staff = Client()
    staff.force_login(User.objects.create_user("intern", password="x", is_staff=True))
    assert staff.get(url).status_code == 403


def test_article_view_rejects_unknown_format_and_article(admin_client_: Client):
    seed = build_seed()
    assert admin_client_.get(reverse("claims_exports:article", args=[seed.article.pk, "docx"])).status_code == 404
    assert admin_client_.get(reverse("claims_exports:article", args=[999, "json"])).status_code == 404


def test_claimreview_without_a_public_address_is_refused_in_words(admin_client_: Client, settings):
    from claims.models import BackgroundJob

    settings.FACTCHECK_PUBLIC_URL = ""
    seed = build_seed()
    action = admin_client_.post(
        reverse("admin:claims_article_changelist"),
        {"action": "audit_export_claimreview", "_selected_action": [seed.article.pk]},
        follow=True,
    )
    assert "FACTCHECK_PUBLIC_URL" in action.content.decode()
    assert not BackgroundJob.objects.exists()
    button = admin_client_.get(reverse("claims_exports:article", args=[seed.article.pk, "claimreview"]), follow=True)
    assert button.redirect_chain[0][0] == reverse("admin:claims_article_change", args=[seed.article.pk])
    assert "FACTCHECK_PUBLIC_URL" in button.content.decode()


def test_claimreview_with_a_public_address_is_made(admin_client_: Client, settings):
    settings.FACTCHECK_PUBLIC_URL = "https://checks.example.org"
    seed = build_seed()
    made = admin_client_.get(reverse("claims_exports:article", args=[seed.article.pk, "claimreview"]))
    assert made.status_code == 200
    assert "https://checks.example.org/claims/" in body(made).decode()


def test_article_page_buttons_start_a_task_and_open_its_page(admin_client_: Client):
    from claims.models import BackgroundJob

    seed = build_seed()
    page = admin_client_.get(reverse("admin:claims_article_change", args=[seed.article.pk])).content.decode()
    assert f'<form method="post" action="{reverse("claims_exports:article", args=[seed.article.pk, "pdf"])}"' in page
    response = admin_client_.post(reverse("claims_exports:article", args=[seed.article.pk, "pdf"]))
    job = BackgroundJob.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse(
        "admin:claims_backgroundjob_change", args=[job.pk]
    )
    assert finished_file(admin_client_, response).startswith(b"%PDF")
