"""The reports an editor hands up: problems first, then the annotated article, then the audit trail.

The example article goes through the real pipeline (import, link, check), a reviewer gives a verdict
and an editor signs it off through claims.review, as in the admin, so the reports are tested on what
a newsroom would export.
"""

from __future__ import annotations

import html
import io
import re
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

from claims.importing import parse_document, read_input, store_document
from claims.models import Article, Claim, ClaimStatus, Verdict
from claims.pipeline import check_article
from claims.review import record_verdict, sign_off
from claims.roles import EDITOR, REVIEWER
from sources.models import Source, SourceKind
from tests.app.test_admin_queue import make_user
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.django_db
HAS_POPPLER = subprocess.run(["which", "pdfinfo"], capture_output=True).returncode == 0
REASONS = "The shares were about $89 a month ago: the rise since then is not 61%, and 69% is since January."
NOTE = "Checked the closing prices again; agreed."


@pytest.fixture(autouse=True)
def quick_passwords(settings) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


def store(model, path: Path, **fields):
    data, name = read_input(str(path))
    obj, _ = store_document(model, parse_document(data, name), publisher="Example News", **fields)
    return obj


@pytest.fixture
def example() -> Article:
    """The example article, checked and linked as `make run` does, with its 61% claim judged and signed off."""
    sources = [store(Source, path, kind=SourceKind.PRIMARY) for path in sorted((EXAMPLES / "sources").glob("*.html"))]
    article = store(Article, EXAMPLES / "alibaba-ai-investment.md")
    check_article(article, link_to=sources)
    claim = Claim.objects.get(article=article, surface="61 percent")
    reviewer, editor = make_user("rita", REVIEWER), make_user("ed", EDITOR)
    claim = record_verdict(claim, user=reviewer, verdict=Verdict.INACCURATE, rationale=REASONS,
                           loaded_version=claim.version)  # fmt: skip
    claim = sign_off(claim, user=editor, loaded_version=claim.version, note=NOTE)
    assert claim.status == ClaimStatus.REVIEWED
    return article


def export(*args: str) -> str:
    out = io.StringIO()
    call_command("export_audit", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def text_of(page: str) -> str:
    """What a reader sees: no style sheet, inline tags dropped, block tags as spaces, entities decoded."""
    page = re.sub(r"<style>.*?</style>", " ", page, flags=re.DOTALL)
    page = re.sub(r"</?(b|span|a|mark|code)\b[^>]*>", "", page)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_html_leads_with_the_problems_then_the_text_then_the_audit_trail(example: Article):
    page = export("--format", "html")
    body = page[page.index("<body>") :]
    first_section = re.search(r'<section class="(\w+)"', body[body.index('<section class="article"') + 1 :])
    assert first_section and first_section.group(1) == "problems"
    words = text_of(body)
    order = ["Problems found", "Verdicts", "Corrections needed", "The article, annotated", "Appendix: audit trail",
             "SHA-256", example.content_hash]  # fmt: skip
    positions = [words.index(item) for item in order]
    assert positions == sorted(positions), list(zip(order, positions, strict=True))
    problems = words[: words.index("Verdicts")]
    assert "$85 per share (the start of 2025) -> $144 per share is +69.4%; the article says +61%" in problems
    assert "Read as stated" not in problems  # the rest of the message waits for the appendix


def test_the_verdict_shows_who_gave_it_who_signed_it_off_and_its_own_reasons(example: Article):
    words = text_of(export("--format", "html"))
    first_part = words[: words.index("The article, annotated")]
    assert "Inaccurate, given by rita, signed off by ed" in first_part
    verdicts = first_part[first_part.index("Verdicts") : first_part.index("Corrections needed")]
    assert REASONS in verdicts and NOTE not in verdicts  # the verdict's reasons, not the sign-off note
    corrections = first_part[first_part.index("Corrections needed") :]
    assert "“61 percent” is inaccurate" in corrections and REASONS in corrections
    appendix = words[words.index("Appendix: audit trail") :]
    assert REASONS in appendix and NOTE in appendix  # every review as written stays in the audit trail


def test_unchecked_figures_are_plain_and_there_is_no_raw_json(example: Article):
    page = export("--format", "html")
    unchecked = Claim.objects.filter(article=example, results__isnull=True)
    checked = Claim.objects.filter(article=example, results__isnull=False).distinct()
    assert unchecked.exists() and checked.exists()
    for claim in unchecked:
        assert f'id="text-{claim.pk}"' not in page
    for claim in checked:
        assert f'id="text-{claim.pk}"' in page
    assert '{"' not in page and "<pre" not in page
    assert "price_change" not in text_of(page[: page.index("Appendix: audit trail")])


@pytest.mark.skipif(not HAS_POPPLER, reason="pdfinfo and pdftotext (poppler-utils) are not installed")
def test_the_example_pdf_is_at_most_four_pages_and_its_first_page_names_the_61_percent_finding(
    example: Article, tmp_path: Path
):
    pdf = tmp_path / "report.pdf"
    call_command("export_audit", "--article", str(example.pk), "--format", "pdf", "--output", str(pdf),
                 stderr=io.StringIO())  # fmt: skip
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.MULTILINE).group(1))
    assert 1 <= pages <= 4, info
    first = subprocess.run(["pdftotext", "-f", "1", "-l", "1", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    flat = " ".join(first.split())
    assert "Problems found" in flat
    assert "+69.4%" in flat and "+61%" in flat and "61 percent" in flat
    assert "Inaccurate" in flat and "signed off by ed" in flat
    assert example.content_hash not in flat  # the fingerprint is in the appendix, not on the first page


def test_markdown_has_the_same_order_and_escapes_only_what_it_must(example: Article):
    text = export("--format", "md")
    order = ["### Problems found", "### Verdicts", "### Corrections needed", "### The article, annotated",
             "# Appendix: audit trail", "SHA-256"]  # fmt: skip
    positions = [text.index(item) for item in order]
    assert positions == sorted(positions)
    assert "**$85 per share (the start of 2025) -> $144 per share is +69.4%; the article says +61%" in text
    assert "**61 percent** (✗)" in text
    assert "export_audit (engine" in text and "export\\_audit" not in text and "\\(" not in text
    assert "U.S.-listed" in text and "\\-" not in text
