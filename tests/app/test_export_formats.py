"""export_audit: every format's contract on the seed article with its 61% finding."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from django.core.management import CommandError, call_command

from tests.app.test_export_seed import SIXTY_ONE, build_seed
from tests.conftest import REPO

pytestmark = pytest.mark.django_db


def export(*args: str) -> str:
    out = io.StringIO()
    call_command("export_audit", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def test_json_validates_against_the_printed_schema():
    seed = build_seed()
    schema = json.loads(export("--schema"))
    report = json.loads(export("--format", "json"))
    jsonschema.validate(report, schema)
    assert report["version"] == "1.1"
    [article] = report["articles"]
    assert article["id"] == seed.article.pk
    assert article["coverage"] == {"numbers_found": 14, "numbers_checked": 9, "ratio": round(9 / 14, 4)}
    fail = next(r for r in article["results"] if r["status"] == "fail")
    assert fail["message"] == SIXTY_ONE
    assert fail["quoted"] == ["61 percent", "$144", "$85"]
    assert fail["engine_version"] and fail["tolerance"]
    assert {r["status"] for r in article["results"]} == {"pass", "fail", "indeterminate"}
    claim = next(c for c in article["claims"] if c["surface"] == "61 percent")
    assert claim["result_ids"] == [fail["id"]]
    assert claim["reviews"][0]["reviewer"] == "rita"
    assert claim["evidence"][0]["passage"] == "$89.10"
    assert {h["model"] for h in claim["history"]} == {"claim", "review", "evidence"}
    assert any(h["action"] == "changed" and "status" in h["changes"] for h in claim["history"])
    assert report["counts"]["results_by_status"] == {"fail": 1, "indeterminate": 1, "pass": 1}


def test_json_reproduces_each_result_from_the_body_alone():
    build_seed()
    report = json.loads(export())
    article = report["articles"][0]
    for result in article["results"]:
        for (start, end), quoted in zip(result["spans"], result["quoted"], strict=True):
            assert article["body"][start:end] == quoted
    for claim in article["claims"]:
        assert article["body"][claim["span"][0] : claim["span"][1]] == claim["surface"]


def test_csv_has_one_row_per_claim():
    seed = build_seed()
    rows = list(csv.DictReader(io.StringIO(export("--format", "csv"))))
    assert len(rows) == len(seed.claims)
    row = next(r for r in rows if r["surface"] == "61 percent")
    assert (row["status"], row["verdict"], row["reviewer"]) == ("reviewed", "inaccurate", "rita")
    assert row["results_fail"] == "1" and row["failed_checks"] == "percent_change"
    assert SIXTY_ONE in row["failure_messages"]


def test_findings_csv_has_one_row_per_result():
    build_seed()
    rows = list(csv.DictReader(io.StringIO(export("--findings"))))
    assert sorted(r["status"] for r in rows) == ["fail", "indeterminate", "pass"]
    fail = next(r for r in rows if r["status"] == "fail")
    assert fail["message"] == SIXTY_ONE
    assert json.loads(fail["computed"])["implied_prior"] == 89.44
    assert json.loads(fail["quoted"]) == ["61 percent", "$144", "$85"]


def test_status_filter_keeps_only_matching_claims_and_their_results():
    build_seed()
    report = json.loads(export("--status", "reviewed"))
    [article] = report["articles"]
    assert [c["surface"] for c in article["claims"]] == ["61 percent"]
    assert [r["check"] for r in article["results"]] == ["percent_change"]


def test_claimreview_has_the_required_fields():
    seed = build_seed()
    reviews = json.loads(export("--format", "claimreview", "--base-url", "https://factcheck.example/"))
    assert len(reviews) == 1  # only the reviewed claim
    review = reviews[0]
    assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == " ".join(seed.claims["61"].text.split())  # the whole sentence, never cut
    assert review["reviewRating"]["alternateName"] == "Inaccurate"
    assert review["url"] == f"https://factcheck.example/claims/{seed.claims['61'].pk}"
    assert review["author"]["name"] and review["datePublished"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["appearance"] == {
        "@type": "CreativeWork",
        "headline": seed.article.title,
        "url": "https://news.example/alibaba",
        "datePublished": "2025-02-24",
    }


def test_markdown_report(tmp_path: Path):
    build_seed()
    path = tmp_path / "report.md"
    call_command("export_audit", "--format", "md", "--output", str(path), stderr=io.StringIO())
    text = path.read_text()
    assert text.startswith("# Fact-check report")
    assert "Percent change" in text and "percent_change" not in text  # check names as titles
    assert "89.44" in text and "rita" in text


def test_html_is_self_contained_and_colour_coded():
    seed = build_seed()
    page = export("--format", "html")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    for external in ("<link", "<script", "src=", "@import", "url("):
        assert external not in page, external
    assert f'id="claim-{seed.claims["61"].pk}"' in page
    assert f'class="hl fail" id="text-{seed.claims["61"].pk}"' in page
    assert 'class="hl pass"' in page
    assert "$89.44 a month ago" in page


@pytest.mark.skipif(subprocess.run(["which", "pdftotext"], capture_output=True).returncode, reason="no poppler")
def test_pdf_text_has_the_61_percent_finding_and_renders(tmp_path: Path):
    build_seed()
    pdf = tmp_path / "report.pdf"
    call_command("export_audit", "--format", "pdf", "--output", str(pdf), stderr=io.StringIO())
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert "implies $89.44 a month ago" in flat
    assert "up 61%" in flat
    assert "Page 1 of" in flat
    subprocess.run(["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    [png] = tmp_path.glob("page*.png")
    assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 1000


def test_usage_errors_exit_2_with_one_line(tmp_path: Path):
    build_seed()
    for args, message in [
        (["--since", "yesterday"], "--since 'yesterday' is not a date"),
        (["--article", "999"], "no article with id 999"),
        (["--findings", "--format", "json"], "--findings is a CSV export"),
        (["--output", str(tmp_path / "missing" / "x.json")], "no such directory"),
        (["--output", str(tmp_path)], "is a directory"),
    ]:
        with pytest.raises(CommandError, match=message) as caught:
            export(*args)
        assert caught.value.returncode == 2
        assert "\n" not in str(caught.value)


def test_a_failed_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    build_seed()
    target = tmp_path / "report.json"
    target.write_text("previous")

    def broken(*args, **kwargs):
        yield "{"
        raise RuntimeError("disk on fire")

    from claims.exports import formats

    monkeypatch.setitem(formats.FORMATS, "json", formats.FORMATS["json"].__class__("json", "JSON", "json", "x", broken))
    with pytest.raises(RuntimeError):
        export("--output", str(target))
    assert target.read_text() == "previous"
    assert list(tmp_path.iterdir()) == [target]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    build_seed()
    terminal = _Terminal()
    monkeypatch.setattr("sys.stderr", terminal)
    call_command("export_audit", "--format", "csv", "--output", str(tmp_path / "a.csv"), stderr=io.StringIO())
    assert "0/4" in terminal.getvalue() and "claims/s" in terminal.getvalue()  # a bar over the 4 claims
    piped = io.StringIO()
    monkeypatch.setattr("sys.stderr", piped)
    call_command("export_audit", "--format", "csv", "--output", str(tmp_path / "b.csv"), stderr=io.StringIO())
    assert piped.getvalue() == ""


def test_command_line_usage_error_is_one_line_and_exit_2():
    result = subprocess.run(
        [sys.executable, "manage.py", "export_audit", "--since", "last-week"],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["export_audit: --since 'last-week' is not a date (use YYYY-MM-DD)"]
