"""A figure and a percentage followed by a noun of movement ("a $210 million or 9.6 percent, jump in sales") are
one move in two units: the figure stated before them ("a combined gross of $2.4 billion") is the level the move
reached, not a whole the percentage is a share of. A part, its share and its whole with no such noun are still
checked as a share."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    "text",
    [
        "The circuit's venues posted a combined gross of $2.4 billion, a $210 million or 9.6 percent, rise on 2024.",
        "Gate receipts totalled 61 million euros, a 4 million euro, or 7 percent, rise on the season before.",
        "The box office of the Lantern Theatre made $3.2 million, a $0.3 million (10%) increase on last winter.",
    ],
)
def test_a_move_in_two_units_is_not_a_share(text: str) -> None:
    assert not [f for f in check_text(text).findings if f.check == "part_share"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The chain closed 45 of its 300 cinemas, or 15%, in the spring.", {PASS}),
        ("The chain closed 45 of its 300 cinemas, or 25%, in the spring.", {WARN}),
        ("Out of 8,200 season-ticket holders, 6,150 (75%) renewed.", {PASS}),
        ("Out of 8,200 season-ticket holders, 6,150 (85%) renewed.", {WARN}),
    ],
)
def test_a_share_with_its_whole_is_still_checked(text: str, expected: set) -> None:
    assert verdicts(text, "part_share") == expected
