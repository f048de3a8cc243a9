"""changes: a percentage that restates a move in units ("up 180 points, or 1.5 percent") is read on that move and
its start, when the clause gives both ends as well.

All sentences are made up (made-up indexes, firms and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


def percent_roles(text: str) -> list[list[str]]:
    report = check_text(text)
    return [sorted(m.role for m in r.members) for r in report.relations if r.kind.value == "percent_change"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Delmar 40 index closed at 12,480.50, up 180.50 points or 1.47 percent against its previous close of "
         "12,300.00.", {PASS}),
        ("The Delmar 40 index closed at 12,480.50, up 180.50 points or 2.47 percent against its previous close of "
         "12,300.00.", {WARN}),
        ("Orvane stock fell $2.40, or 4.8 percent, to $47.60 from $50.00.", {PASS}),
        ("Orvane stock fell $2.40, or 5.8 percent, to $47.60 from $50.00.", {WARN}),
        ("The Tarro index slipped 95 points, or 0.95 per cent, to settle at 9,905 against the previous close of "
         "10,000.", {PASS}),
        ("Brelford Mining shares jumped 2.1 percent, or 45 pence, to 2,190 pence, compared with a close of 2,145 "
         "pence on Monday.", {PASS}),
        ("Brelford Mining shares jumped 3.1 percent, or 45 pence, to 2,190 pence, compared with a close of 2,145 "
         "pence on Monday.", {WARN}),
    ],
)  # fmt: skip
def test_a_percentage_restating_the_move(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected
    assert percent_roles(text) == [["change", "delta", "from"]]


@pytest.mark.parametrize(
    "text",
    [
        # the move in units is per share, the levels are totals: the percentage stays on the two levels
        "Net income at Orvane rose 12 percent, or 30 cents a share, to $280 million from $250 million.",
        # no move in units: both ends
        "Orvane stock fell 4.8 percent to $47.60 from $50.00.",
    ],
)
def test_the_two_ends_when_no_move_in_units_fits(text: str) -> None:
    assert percent_roles(text) == [["change", "from", "to"]]


def test_a_percentage_in_another_clause_is_not_the_move() -> None:
    text = "The Delmar 40 index rose 180 points to 12,480 from 12,300, and the broader Vessa index gained 1.9 percent."
    assert percent_roles(text) == []
