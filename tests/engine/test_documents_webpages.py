"""Reading web pages: the article body without the page's boilerplate, its metadata, and its tables' cells."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from factcheck.documents import SourceFormat, read_document

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def page(name: str):
    return read_document((PAGES / name).read_bytes(), name=name)


# Every paragraph of each made-up article, and bits of every kind of boilerplate around it.
BODY = {
    "harbour-results.html": (
        [
            "Harbourline Ferries said on Friday that its fourth-quarter revenue rose 8% from a year earlier",
            "The operator carried more vehicles than in any quarter since it bought its two newest vessels",
            "Chief executive Tomasz Ferreira-Lund told analysts",
            "The shares closed 3 percent higher after the results were published",
            "Passenger fares | 31.0 | 29.5",
            "Total revenue | 58.6 | 54.0",
        ],
        ["cookies", "Weather", "Search the Gazette", "garden furniture", "Related stories", "Port fees",
         "6am sailing", "Prices went up 25%", "Win a cruise", "Privacy policy", "Share on social", "dataLayer"],
    ),
    "council-budget.html": (
        [
            "Millbrook's town council voted five to two on Tuesday night",
            "Total spending rose 4% from the year before",
            "The plan keeps the library open on Saturdays",
            "Councillor Hedda Marsh, who voted against the plan",
            "Roads and transport | 2,140 | 1,980",
        ],
        ["Subscribe for $1 a week", "Obituaries", "Refinance your home", "More from Local", "Library to trial",
         "inbox every morning", "Join the discussion", "8.15am", "A 10% rise in my property tax", "14 Mill Lane"],
    ),
    "jobs-report.html": (
        [
            "The unemployment rate in the Eastmoor region fell to 4.9% in May",
            "Employers added 6,200 jobs during the month",
            "The office revised its figure for 2014 as a whole",
            "Economists at two local banks said they expected the rate to stay below 5%",
        ],
        ["This site uses cookies", "Politics", "Most read", "Ten things to do", "Bus fares",
         "still looking after 14 months", "Tweet", "Northern Ledger Media"],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", sorted(BODY))
def test_the_body_holds_every_paragraph_and_none_of_the_boilerplate(name):
    document = page(name)
    present, absent = BODY[name]
    assert document.format is SourceFormat.HTML
    for text in present:
        assert text in document.text
    for text in absent:
        assert text not in document.text, text


@pytest.mark.parametrize(
    ("name", "title", "author", "site", "published", "canonical"),
    [
        (
            "harbour-results.html",
            "Harbourline Ferries lifts revenue as summer crossings climb",
            "Mirela Okonkwo-Haas",
            "The Lantern Gazette",
            dt.date(2025, 2, 14),
            "https://lantern-gazette.example/business/2025/02/harbourline-ferries-results",
        ),
        (
            "council-budget.html",
            "Millbrook council passes a leaner budget for the coming year",
            "Priya Lindqvist",
            "Valley Courier",
            dt.date(2024, 11, 6),
            "https://valley-courier.example/local/millbrook-budget",
        ),
        (
            "jobs-report.html",
            "Jobless rate in Eastmoor falls to lowest since 2008",
            "Callum Adeyemi-Ross",
            "Northern Ledger",
            dt.date(2015, 6, 5),
            "https://northern-ledger.example/economy/eastmoor-jobs-may",
        ),
    ],
)
def test_title_author_site_date_and_address_come_from_the_page(name, title, author, site, published, canonical):
    document = page(name)
    assert document.title == title
    assert (document.meta.author, document.meta.site_name) == (author, site)
    assert document.meta.published == published
    assert document.meta.canonical_url == canonical


def test_a_page_without_a_date_has_none_rather_than_a_guess():
    html = (PAGES / "jobs-report.html").read_text(encoding="utf-8").replace('"datePublished": "2015-06-05",', "")
    document = read_document(html.encode(), name="a.html")
    assert document.meta.published is None
    assert "Employers added 6,200 jobs" in document.text


@pytest.mark.parametrize("name", ["harbour-results.html", "council-budget.html"])
def test_every_table_cell_points_at_its_own_text(name):
    document = page(name)
    assert document.tables
    for table in document.tables:
        for cell in table.cells:
            assert document.text[cell.span[0] : cell.span[1]] == cell.text
        assert document.text[table.span[0] : table.span[1]].endswith(table.rows[-1][-1].text)


def test_table_rows_are_lines_with_cells_parted_by_bars():
    text = page("council-budget.html").text
    assert "\nMillbrook town budget (thousands of dollars)\nDepartment | 2025 | 2024\n" in text


def test_user_text_in_a_page_is_kept_as_text_and_scripts_never_run():
    html = """<html><head><title>Port &lt;news&gt;</title><script>alert("$9 billion")</script></head><body>
    <article><p>The port said its cargo rose 7% to 1.2 million tonnes, a figure &lt;b&gt;unchanged&lt;/b&gt; since
    the spring and well ahead of the forecasts that analysts had made at the start of the year.</p></article>
    </body></html>"""
    document = read_document(html.encode(), name="a.html")
    assert "cargo rose 7% to 1.2 million tonnes" in document.text
    assert "<b>unchanged</b>" in document.text  # escaped markup in the page is the page's text
    assert "$9 billion" not in document.text
    assert document.title == "Port <news>"


def test_a_fragment_trafilatura_finds_no_article_in_is_still_read_whole():
    document = read_document(b"<html><body><ul><li>194,000 employees</li></ul></body></html>", name="a.html")
    assert "194,000 employees" in document.text
