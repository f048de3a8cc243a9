"""Article, source and reviewer text can never run or inject anything in an HTML or PDF report."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.utils import timezone

from claims.models import Article, CheckResult, CheckRun, Review
from factcheck.quantity import QuantityKind
from sources.models import Evidence, Source
from tests.app.test_export_seed import EVIL_TITLE, SCRIPT, make_claim

pytestmark = pytest.mark.django_db
HAS_POPPLER = subprocess.run(["which", "pdftotext"], capture_output=True).returncode == 0


@pytest.fixture
def hostile() -> Article:
    body = f"Acme {SCRIPT} said revenue rose 8 percent to $38 billion.\nIt has 1,200 staff <b>today</b>.\n"
    article = Article.objects.create(
        title=f"Acme {SCRIPT}", url="javascript:alert(2)", publisher=EVIL_TITLE, body=body, content_hash="h" * 64
    )
    claim = make_claim(article, "8 percent", 8, "percent", QuantityKind.PERCENT)
    now = timezone.now()
    run = CheckRun.objects.create(article=article, engine_version="0.1.0", started_at=now, finished_at=now)
    result = CheckResult.objects.create(
        run=run, check_name="percent_change", status="fail", severity="error",
        message=f"{EVIL_TITLE} vs {SCRIPT}", computed={"note": SCRIPT}, spans=[[claim.start, claim.end]],
    )  # fmt: skip
    result.claims.set([claim])
    source = Source.objects.create(
        title=EVIL_TITLE, url="javascript:alert(3)", body=f"x {SCRIPT} 8%", content_hash="e" * 64
    )
    Evidence.objects.create(claim=claim, source=source, start=2, end=2 + len(SCRIPT), score=50, stance="mentions")
    reviewer = User.objects.create_user(username="x<script>", password="x")
    Review.objects.create(claim=claim, reviewer=reviewer, verdict="accurate", rationale=f"{SCRIPT}{EVIL_TITLE}")
    return article


def test_html_escapes_article_source_and_reviewer_text(hostile: Article):
    out = io.StringIO()
    call_command("export_audit", "--format", "html", stdout=out)
    page = out.getvalue()
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;today&lt;/b&gt;" in page
    assert not re.search(r'href="\s*javascript:', page, re.IGNORECASE)


@pytest.mark.skipif(not HAS_POPPLER, reason="pdftotext (poppler-utils) is not installed")
def test_pdf_shows_hostile_text_literally(hostile: Article, tmp_path: Path):
    pdf = tmp_path / "hostile.pdf"
    call_command("export_audit", "--format", "pdf", "--output", str(pdf), stderr=io.StringIO())
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert SCRIPT in flat
    assert EVIL_TITLE in flat
    assert "<b>today</b>" in flat


def test_markdown_escapes_article_source_and_reviewer_text(hostile: Article):
    from markdown_it import MarkdownIt

    out = io.StringIO()
    call_command("export_audit", "--format", "md", stdout=out)
    text = out.getvalue()
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    # Markdown passes raw HTML through: escaped text must come out as text, never as a tag.
    assert "<script" not in rendered.lower() and "<img" not in rendered.lower() and "<b>" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered
    assert 'href="javascript:' not in rendered.lower()
