"""A margin of error printed beside an estimate ("48,300 (± 700)", "52% (+/- 2 points)", "a margin of error of 3
points") bounds that estimate and is no level of its own: a move or a comparison is read between the estimate and
the other figure, never from the margin."""

from __future__ import annotations

import pytest

from factcheck.relations.comparisons_compared import find as compared
from tests.engine.test_checks_changes import ERROR, PASS, WARN, figure_pairs, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the estimate, not its margin, is the level the move ends on
        ("Lakeshire's resident count was put at 48,300 (± 700) for 2024, up from 46,900 a year earlier.", {PASS}),
        ("Lakeshire's resident count was put at 48,300 (± 700) for 2024, down from 46,900 a year earlier.", {ERROR}),
        ("Backing for the tram plan reached 52% (+/- 2 points), up from 47% in spring.", {PASS}),
        ("Turnout at Orrin polls was 61.5% (±1.8), up from 58% last time.", {PASS}),
        ("Turnout at Orrin polls was 61.5% (±1.8), down from 58% last time.", {WARN, ERROR}),
    ],
)  # fmt: skip
def test_a_margin_of_error_is_not_the_end_of_a_move(text: str, expected: set) -> None:
    found = verdicts(text, "direction")
    assert found and found <= expected


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Graduate arrivals were estimated at 12,800 (± 400) in the year, compared with 13,900 in the year before.",
         {("12,800", "13,900")}),
        ("Rough sleeping ran at 31.5 per 10,000 households, compared with 28.2 in 2019.", {("31.5", "28.2")}),
        # the margin alone, with no estimate in the clause: nothing is compared
        ("Pollsters allow ± 3 points, compared with 4 points in older surveys.", set()),
    ],
)  # fmt: skip
def test_compared_with_skips_margins_and_denominators(text: str, pairs: set) -> None:
    assert figure_pairs(compared, text) == pairs
