"""Index moves and share prices quoted to two decimals are often printed as whole numbers with the decimals dropped
("ended 31 points lower at 4,212" for a fall of 31.9 points to 4,212.6). A miss that only such dropped decimals
explain is indeterminate; a miss they cannot explain, figures printed with their decimals, headcounts (which have no
decimals to drop) and small moves (where one unit is a large part of the move) still warn.

All sentences are made up (made-up indexes, companies and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # whole-number points and level, a two-decimal percentage just past their rounding
        ("The Marlow 40 ended 31 points lower at 4,212, a drop of 0.75%.", {QUIET}),
        ("The Corran index went from 9,675 points to 9,804 points, a rise of 1.35%.", {QUIET}),
        # consistent once rounded: still a pass
        ("The Marlow 40 ended 31 points lower at 4,212, a drop of 0.73%.", {PASS}),
        # off by more than any dropped decimal
        ("The Marlow 40 ended 31 points lower at 4,212, a drop of 0.95%.", {WARN}),
        ("Brisk buying lifted the Corran index 129 points higher to 9,804, a gain of 1.35%.", {WARN}),
        # the decimals are printed, so none were dropped
        ("The Marlow 40 ended 31.40 points lower at 4,212.35, a drop of 0.75%.", {WARN}),
        ("The Corran index went from 9,675.00 points to 9,804.00 points, a rise of 1.35%.", {WARN}),
        # a headcount has no decimals to drop
        ("Headcount at the plant went from 9,675 to 9,804, a rise of 1.35%.", {WARN}),
        ("The chain ended the year 31 stores lower at 4,212, a drop of 0.75%.", {WARN}),
        # a move of two dollars: one dropped unit would be half the move, so it excuses nothing
        ("Vellum Foods shares ended at $27, down $2 or 9.5% on the session.", {WARN}),
    ],
)
def test_whole_numbers_that_may_have_dropped_decimals(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected
