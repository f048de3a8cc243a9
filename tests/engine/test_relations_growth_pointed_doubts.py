"""A sentence opening on a pointer back ("That figure", "This") that moves the level before: the pointer is
certain only when nothing says the two levels are two measures. Three things say so: the level before ends a move
of its own (a list of items, each with its own growth), the change names its own comparison ("than the same
period a year ago"), or the two levels cover periods of different lengths (a month, then a quarter's total)."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plain pointer still pairs, right and wrong
        ("Break-ins in Dunmore numbered 840 in 2010. That figure fell to 630 by 2020, a decline of 25%.", {PASS}),
        ("Break-ins in Dunmore numbered 840 in 2010. That figure fell to 630 by 2020, a decline of 35%.", {WARN}),
        # another pointer noun, the move before the change
        ("Visitors to the Orrin museum reached 52,000 in 2015. That total rose to 65,000 in 2024, an increase of 25%.",
         {PASS}),
        ("Visitors to the Orrin museum reached 52,000 in 2015. That total rose to 65,000 in 2024, an increase of 15%.",
         {WARN}),
    ],
)  # fmt: skip
def test_a_plain_pointer_still_pairs(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a list of crops, each level with its own growth: "the figure" is the next crop's, not a move on
        "Barley farmers brought in 41.2 million tonnes, growth of 6%. For oats, the figure was 3.9 million tonnes, "
        "growth of 1.5%.",
        "Quarry output came to 7.4 million tonnes, a gain of 11%. Among clay pits, the total was 0.8 million tonnes, "
        "a gain of 2%.",
        # the change says what it is measured against, and it is not the level before
        "Card spending in Orlen rose 4% to $2.2 billion in May. This lifts spending in the first five months to "
        "$10.6 billion, 3.1% higher than the same period last year.",
        "Tolls on the Brack bridge earned $18 million in June. This puts the half-year take at $96 million, up 5% "
        "year on year.",
        # a month's level, then a quarter's running total
        "Pension inflows grew to $3.2 billion in September. This took inflows in the third quarter to $9.1 billion, "
        "up 4%.",
    ],
)
def test_weak_pointers_stay_quiet(text: str) -> None:
    assert verdicts(text, "growth_prior") <= {QUIET}
