"""Comparison words read within their own clause, end to end on made-up sentences: "and" opening a clause about
another measure keeps its comparison to itself; consistent pairs pass, contradicted ones warn."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import run_checks
from tests.engine.test_checks_changes import PASS, WARN, verdicts


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
