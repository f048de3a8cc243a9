"""Comparison words read within their own clause, end to end on made-up sentences: "and" opening a clause about
another measure keeps its comparison to itself; consistent pairs pass, contradicted ones warn."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import run_checks
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


def _paired(text: str, first: str, second: str) -> bool:
    """Whether any relation joins the figures printed as ``first`` and ``second``."""
    claims = extract_claims(text)
    shown = {c.id: text[c.span[0] : c.span[1]] for c in claims}
    report = run_checks(text, claims)
    return any({first, second} <= {shown.get(m.claim) for m in r.members} for r in report.relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one subject, one measure, two verbs: the second verb's comparison is of the first figure
        ("Tarvo's revenue was $46 million and topped the forecast of $40 million.", {PASS}),
        ("Tarvo's revenue was $36 million and topped the forecast of $40 million.", {WARN}),
        ("Tarvo's revenue was $36 million, which topped the forecast of $40 million.", {WARN}),
        ("Pell Mining's output was 36,000 tonnes and was above the 40,000 tonnes it planned.", {WARN}),
        # the clause after "and" names the same measure again
        ("Pell's sales rose 5% to $36 million and sales also topped the forecast of $40 million.", {WARN}),
    ],
)
def test_one_measure_across_and_still_pairs(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        # a share price, then a clause about profit: the estimate is profit's
        ("Shares of Vexo were $46 and profit was 15% above the forecast of $40 million.", "$46", "$40 million"),
        ("Shares of Vexo were $46 and profit topped the forecast of $40 million.", "$46", "$40 million"),
        ("Shares of Vexo were $46 and revenue was more than the $40 million expected.", "$46", "$40 million"),
        # a line crossed, and a comparative, in the second clause
        ("Shares of Vexo closed at $46 and profit was above $40 million.", "$46", "$40 million"),
        ("Shares of Vexo were $46 and profit was higher than the $40 million of last year.", "$46", "$40 million"),
        ("Vexo's revenue was $46 million and profit was higher than the $40 million of last year.", "$46 million",
         "$40 million"),
        # counts of two measures
        ("Orin sold 46,000 cars and exports were higher than the 40,000 of last year.", "46,000 cars", "40,000"),
        ("Orin's payroll was 3,100 workers and deliveries came in below the 3,000 planned.", "3,100 workers",
         "3,000"),
    ],
)  # fmt: skip
def test_a_clause_about_another_measure_is_not_paired(text: str, first: str, second: str) -> None:
    assert not _paired(text, first, second)
    assert WARN not in verdicts(text, "comparison")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a figure run straight into the comparison word, far smaller than the mark: how far off, not the result
        ("Corvane's net income was $4 million above the $50 million analysts expected.", set()),
        ("Corvane's net income came in $4 million short of the $50 million analysts expected.", set()),
        ("Earnings per share at Corvane came in 3 cents above the $1.10 forecast.", set()),
        ("Lodder shipped 900 units below the 12,000 it had planned.", set()),
        # the result itself, set off by a comma: compared with the mark
        ("Corvane's net income was $54 million, above the $50 million analysts expected.", {PASS}),
        ("Corvane's net income was $44 million, above the $50 million analysts expected.", {WARN}),
        ("Corvane earned $1.02 a share, above the $1.10 forecast.", {WARN}),
    ],
)
def test_a_bare_gap_is_not_compared_with_its_mark(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short noun phrase names the figure compared with, after "of"
        ("Velm's vacancy rate was 5.1%, above the regional mean of 4.5%.", {PASS}),
        ("Velm's vacancy rate was 4.1%, above the regional mean of 4.5%.", {WARN}),
        ("Rent growth in Corvia was 2.6% in June, below the long-run target rate of 2%.", {WARN}),
        ("Rent growth in Corvia was 1.1% in June, below the long-run target rate of 2%.", {PASS}),
        # two moves in units, compared by size
        ("Staff numbers at Velm rose by 8,400 in the quarter, more than the typical quarterly rise of 6,000.", {PASS}),
        ("Staff numbers at Velm rose by 4,400 in the quarter, more than the typical quarterly rise of 6,000.", {WARN}),
        ("Staff numbers at Velm fell by 1,000 in the quarter, more than the typical quarterly drop of 2,000.", {WARN}),
        # a second predicate of the same subject
        ("Velm's vacancy rate was 5.1% and was above the region's mean of 4.5%.", {PASS}),
    ],
)
def test_a_noun_phrase_between_the_comparative_and_its_figure(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause, not a noun phrase, between the comparative and the figure
        "Inflation in Corvia was 2.6% in June, below the level the bank targeted in 2019 of 2%.",
        "Inflation in Corvia was 2.6% in June, below what the bank had said of 3%.",
        "Velm's vacancy rate was 5.1%, above the regional mean for all of the other towns of 5.5%.",
        # a bracketed aside before the comparative is not the figure compared
        "Hiring at Velm peaked on Tuesday (+41) and stayed above the typical daily rise of 44.",
        # two falls in words of level: sizes or signed values, unsure
        "Staff numbers at Velm fell by 1,000 in the quarter, lower than the typical quarterly drop of 2,000.",
    ],
)
def test_look_alikes_of_a_noun_phrase_stay_quiet(text: str) -> None:
    assert WARN not in verdicts(text, "comparison")


_RECEIPTS = (
    "Orvia's savings ratio climbed from {start} of income in {year} to 9.2% in 2023, its best reading since 2008 and "
    "above the mean of the last four decades (7.1%){tail}."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition dated by "since", then "and" with a second description of the same figure
        (_RECEIPTS.format(start="7.6%", year="2022", tail=""), {PASS}),
        ("Orvia's savings ratio was 6.2% of income in 2023, its best reading since 2008 and above the mean of the "
         "last four decades (7.1%).", {WARN}),
        ("Orvia's jobless rate fell to 4.9% in May, the lowest since March 2001 and below the 4.4% average of the "
         "decade.", {WARN}),
        # "for a second straight year": the start, dated the year before, is above the average too
        (_RECEIPTS.format(start="7.6%", year="2022", tail=" for a second straight year"), {PASS}),
        # one relation holds both years against the mean: the broken start makes it warn
        (_RECEIPTS.format(start="5.6%", year="2022", tail=" for a second straight year"), {WARN}),
        # the start is not the year before: the reading is unsure
        (_RECEIPTS.format(start="5.6%", year="2019", tail=" for a second straight year"), {PASS, QUIET}),
        # no "in a row": the start is not compared
        (_RECEIPTS.format(start="5.6%", year="2022", tail=""), {PASS}),
    ],
)  # fmt: skip
def test_a_second_description_and_a_second_year(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_a_move_since_a_date_is_not_an_apposition() -> None:
    text = "Orvia's jobless rate fell to 4.9% in May from 5.2% since January and below the 4.4% average of the decade."
    assert verdicts(text, "comparison") == set()
