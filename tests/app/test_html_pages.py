"""Web pages stored as articles: metadata and tables kept, the stored date used by the checks, tables shown."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.importing import store_document
from claims.models import Article, CheckResult
from claims.pipeline import check_article
from factcheck.documents import read_document

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def stored(name: str, html: str | None = None, **metadata) -> Article:
    data = (PAGES / name).read_bytes() if html is None else html.encode()
    article, _ = store_document(Article, read_document(data, name=name), **metadata)
    return article


def results(article: Article, check: str) -> list[CheckResult]:
    run = check_article(article)
    return list(run.results.filter(check_name=check))


def test_importing_a_page_file_stores_its_metadata_and_tables():
    out = io.StringIO()
    call_command("import_article", str(PAGES / "council-budget.html"), stdout=out)
    article = Article.objects.get()
    assert article.title == "Millbrook council passes a leaner budget for the coming year"
    assert (article.author, article.site_name) == ("Priya Lindqvist", "Valley Courier")
    assert article.published == dt.date(2024, 11, 6)
    assert article.canonical_url == "https://valley-courier.example/local/millbrook-budget"
    [table] = article.tables
    for cell in table["cells"]:
        assert article.body[cell["span"][0] : cell["span"][1]] == cell["text"]


def test_a_table_claim_is_stored_with_its_headers_and_a_wrong_total_is_flagged():
    article = stored("council-budget.html")
    [wrong, right] = sorted(results(article, "table_total"), key=lambda r: r.status)
    assert (wrong.status, wrong.severity) == ("fail", "warning")
    assert "Total spending" in wrong.message and "4,935" in wrong.message
    assert right.status == "pass"
    total = article.claims.get(surface="5,035")
    assert (total.subject, total.period) == ("Millbrook town budget", "2025")
    assert total.reading["measure"] == "expenses"
    assert set(wrong.claims.values_list("surface", flat=True)) == {"2,140", "865", "1,410", "520", "5,035"}


def test_the_prose_is_checked_against_the_table():
    [finding] = results(stored("council-budget.html"), "percent_change")
    assert (finding.status, finding.severity) == ("fail", "warning")
    assert "4,715 -> 5,035" in finding.message and "+4%" in finding.message
    assert "“Total spending” row" in finding.pairing


def test_the_time_window_check_counts_from_the_stored_publication_date():
    [finding] = results(stored("jobs-report.html"), "time_window")
    assert finding.status == "pass"
    assert "publication date" in finding.message


def test_without_a_known_date_the_time_window_is_indeterminate_never_a_failure():
    # The same page without its date: "now" is only guessed from the latest year printed (2014).
    html = (PAGES / "jobs-report.html").read_text(encoding="utf-8").replace('"datePublished": "2015-06-05",', "")
    article = stored("jobs-report.html", html)
    assert article.published is None
    [finding] = results(article, "time_window")
    assert (finding.status, finding.severity) == ("indeterminate", "info")
    assert "the article's date is not known" in finding.message


def test_a_date_given_by_hand_wins_over_the_page():
    html = (PAGES / "jobs-report.html").read_text(encoding="utf-8")
    article = stored("jobs-report.html", html, published=dt.date(2014, 6, 5))
    assert article.published == dt.date(2014, 6, 5)
    [finding] = results(article, "time_window")
    assert finding.status != "pass"  # six years and two months since April 2008: not "more than seven"


def test_check_article_on_a_page_file_takes_the_page_date_and_tables():
    out = io.StringIO()
    try:
        call_command("check_article", str(PAGES / "council-budget.html"), "--format=json", stdout=out)
    except CommandError as exc:
        assert exc.returncode == 1
    payload = json.loads(out.getvalue())
    checks = {(f["check"], f["status"], f["severity"]) for f in payload["findings"]}
    assert ("table_total", "fail", "warning") in checks and ("percent_change", "fail", "warning") in checks
    out = io.StringIO()
    call_command("check_article", str(PAGES / "jobs-report.html"), "--format=json", stdout=out)
    [window] = [f for f in json.loads(out.getvalue())["findings"] if f["check"] == "time_window"]
    assert window["status"] == "pass"


def test_the_article_page_shows_tables_as_tables_and_keeps_the_body_read_only(admin_client):
    html = (PAGES / "harbour-results.html").read_text(encoding="utf-8").replace("Freight", "Freight &lt;b&gt;x")
    article = stored("harbour-results.html", html)
    page = admin_client.get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    assert '<table class="page-table">' in page
    assert "<caption>Harbourline Ferries, fourth-quarter results (in millions of dollars)</caption>" in page
    assert "<th>Q4 2024</th>" in page and "<th>Total revenue</th><td>58.6</td><td>54.0</td>" in page
    assert "<th>Freight &lt;b&gt;x</th>" in page  # the page's text is escaped, never markup
    assert 'name="body"' not in page  # the stored text cannot be edited: every claim points into it
