"""Figures in a page's tables: read from their headers, summed against their total row, compared with the prose."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.claim import Metric
from factcheck.documents import Document, read_document
from factcheck.extraction import extract_claims
from factcheck.finding import Severity, Status
from factcheck.runner import CheckReport, run_checks
from factcheck.tables import layout, read_table_claims

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


AFTER = "Analysts said the figures were broadly in line with what the company had signalled in the autumn."


def page_with(prose: str, rows: list[list[str]], after: str = "") -> Document:
    """A made-up news page: a paragraph, a table, another paragraph; the first row is the header."""
    head = "".join(f"<th>{cell}</th>" for cell in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows[1:])
    html = f"""<html><head><title>Results</title></head><body><nav><a href="/">Home</a></nav><article>
    <h1>Quarterly results of a made-up company</h1>
    <p>{prose}</p>
    <table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>
    <p>{after or AFTER}</p>
    <p>The company will publish its full annual report, with the accounts of each of its divisions, next month.</p>
    </article></body></html>"""
    document = read_document(html.encode(), name="page.html")
    assert document.tables, "the test page must keep its table"
    return document


def checked(document: Document, published=None) -> CheckReport:
    claims = read_table_claims(extract_claims(document.text), document.tables)
    return run_checks(document.text, claims, sources={"tables": document.tables, "published": published})


def findings(report: CheckReport, check: str):
    return [f for f in report.findings if f.check == check]


RESULTS = [["", "Q4 2024", "Q4 2023"], ["Ticket sales", "40.0", "35.0"], ["Licensing", "12.0", "13.0"],
           ["Total revenue", "52.0", "48.0"]]  # fmt: skip


def test_a_figure_in_a_table_takes_its_row_as_measure_and_its_column_as_period():
    document = page_with("Brightwater Studios said its revenue rose 8% in the fourth quarter.", RESULTS)
    claims = {c.quantity.text: c for c in read_table_claims(extract_claims(document.text), document.tables)}
    total = claims["52.0"]
    assert total.measure == "revenue" and total.metric == Metric.REVENUE
    assert total.period is not None and (total.period.year, total.period.quarter) == (2024, 4)
    assert document.text[total.period.span[0] : total.period.span[1]] == "Q4 2024"
    assert claims["13.0"].measure == "licensing" and claims["13.0"].period.year == 2023
    assert claims["8%"].measure == "revenue"  # prose keeps its own reading


def test_layout_reads_header_rows_row_headers_and_a_caption_row():
    document = read_document((PAGES / "council-budget.html").read_bytes(), name="a.html")
    shape = layout(document.tables[0])
    assert shape.header_rows == 2  # the caption row and "Department | 2025 | 2024"
    assert shape.row_headers
    assert shape.title == "Millbrook town budget (thousands of dollars)"
    assert shape.column_header(1).text == "2025"
    assert shape.column_header(0).text == "Department"  # not the caption above it
    assert [shape.is_total(r[0].row) for r in shape.body()] == [False, False, False, False, True]


@pytest.mark.parametrize(
    ("prose", "status", "severity"),
    [
        ("Brightwater Studios said its fourth-quarter revenue rose 8% from a year earlier.", Status.PASS,
         Severity.INFO),
        ("Brightwater Studios said its fourth-quarter revenue rose 15% from a year earlier.", Status.FAIL,
         Severity.WARNING),
        ("Brightwater Studios said its fourth-quarter revenue fell 8% from a year earlier.", Status.FAIL,
         Severity.ERROR),
    ],
)  # fmt: skip
def test_a_change_in_the_prose_is_checked_against_the_table(prose, status, severity):
    report = checked(page_with(prose, RESULTS))
    [finding] = findings(report, "percent_change")
    assert (finding.status, finding.severity) == (status, severity)
    assert "Total revenue" in finding.pairing
    assert "48.0 -> 52.0" in finding.message


@pytest.mark.parametrize(
    ("prose", "certain"),
    [
        ("Brightwater Studios said its revenue rose 15% from the previous quarter.", True),
        ("Brightwater Studios said its revenue rose 15% from a year earlier.", False),
    ],
)
def test_the_columns_compared_are_as_far_apart_as_the_prose_says(prose, certain):
    rows = [["", "Q4 2024", "Q3 2024"], ["Ticket sales", "40.0", "35.0"], ["Licensing", "12.0", "13.0"],
            ["Total revenue", "52.0", "48.0"]]  # fmt: skip
    [finding] = findings(checked(page_with(prose, rows)), "percent_change")
    assert "48.0 -> 52.0" in finding.message
    assert (finding.severity == Severity.WARNING) is certain
    assert any("no column of the table is that far before" in u for u in finding.uncertain) is not certain


def test_a_change_of_another_measure_is_not_paired_with_the_table():
    report = checked(page_with("Brightwater Studios said its staff costs rose 15% from a year earlier.", RESULTS))
    assert findings(report, "percent_change") == []


def test_two_rows_naming_the_measure_leave_the_pairing_uncertain():
    rows = [*RESULTS, ["Revenue", "52.0", "44.0"]]
    report = checked(page_with("Brightwater Studios said its fourth-quarter revenue rose 15%.", rows))
    [finding] = findings(report, "percent_change")
    assert finding.status == Status.INDETERMINATE and finding.severity == Severity.INFO
    assert any("could also fit" in reason for reason in finding.uncertain)


def test_another_subject_named_in_the_prose_leaves_the_pairing_uncertain():
    prose = "Rival firm Coldharbour Pictures said its fourth-quarter revenue rose 15% from a year earlier."
    document = page_with(prose, [["Brightwater Studios, results", "", ""], *RESULTS])
    [finding] = findings(checked(document), "percent_change")
    assert finding.severity == Severity.INFO and finding.status != Status.PASS


@pytest.mark.parametrize(
    ("total", "status", "severity"),
    [("52.0", Status.PASS, Severity.INFO), ("55.0", Status.FAIL, Severity.WARNING)],
)
def test_the_rows_of_a_table_are_summed_against_its_total_row(total, status, severity):
    rows = [*RESULTS[:-1], ["Total revenue", total, "48.0"]]
    report = checked(page_with("Brightwater Studios published its results on Thursday.", rows))
    by_column = {f.message.split(":", 1)[0]: f for f in findings(report, "table_total")}
    assert set(by_column) == {"Q4 2024", "Q4 2023"}
    assert (by_column["Q4 2024"].status, by_column["Q4 2024"].severity) == (status, severity)
    assert by_column["Q4 2023"].status == Status.PASS


def test_the_sum_allows_for_rounding_of_each_cell():
    rows = [["", "2024"], ["North", "1.4"], ["South", "1.4"], ["East", "1.4"], ["Total", "4.3"]]
    [finding] = findings(checked(page_with("The made-up chain reported sales by region.", rows)), "table_total")
    assert finding.status == Status.PASS and finding.within_rounding


@pytest.mark.parametrize(
    "rows",
    [
        # percentages and changes do not add up down a column
        [["", "Share"], ["North", "40%"], ["South", "35%"], ["Total", "80%"]],
        [["", "Change on year"], ["North", "4.0"], ["South", "3.5"], ["Total", "9.0"]],
        # a row with no figure cannot be summed
        [["", "2024"], ["North", "4.0"], ["South", "n/a"], ["Total", "9.0"]],
        # no total row
        [["", "2024"], ["North", "4.0"], ["South", "3.5"], ["West", "9.0"]],
    ],
)
def test_columns_that_do_not_add_up_are_not_summed(rows):
    report = checked(page_with("The made-up chain reported its figures by region.", rows))
    assert findings(report, "table_total") == []


def test_the_budget_page_flags_its_wrong_total_and_the_prose_that_disagrees_with_its_table():
    document = read_document((PAGES / "council-budget.html").read_bytes(), name="a.html")
    report = checked(document, document.meta.published)
    warnings = {f.check: f for f in report.problems()}
    assert set(warnings) == {"percent_change", "table_total"}
    assert "4,935" in warnings["table_total"].message and "5,035" in warnings["table_total"].message
    assert "4,715 -> 5,035" in warnings["percent_change"].message


def test_plain_text_without_tables_gets_no_table_relations():
    text = "Revenue | 52.0 | 48.0\nTotal revenue rose 15% from a year earlier."
    report = run_checks(text, extract_claims(text))
    assert findings(report, "table_total") == []
    assert all("table" not in (f.pairing or "") for f in report.findings)
