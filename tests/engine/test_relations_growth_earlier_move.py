"""A pointer sentence that tells the move before: "It will lift the dividend 8% to 38 cents. This follows a 12%
rise to 35 cents in 2023". "This follows", "That comes after" put the sentence's move before the one the pointer
names, so the level just told is where that earlier move led on from, not where it started. A pointer that carries
the level forward ("That rose 10% to ...") still starts the move there."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier move: not paired with the level before
        ("Quorlan Foods will lift its quarterly dividend by 8.5 percent to 38 cents a share next year. That comes "
         "after a 12.4 percent increase to 35 cents a share in 2023.", set()),
        ("Harrowgate Water plans to raise its payout 4% to 52 pence a share. This follows a 7% rise to 50 pence a "
         "share the year before, the tenth in a row.", set()),
        ("Tamsin Rail set its fare cap at $3.10 for 2026. It builds on a 5% increase to $2.95 in 2025.", set()),
        # a pointer that carries the level forward: still paired
        ("Velloc's revenue was $40 million in 2022. That rose 10% to $44 million in 2023.", {PASS}),
        ("Velloc's revenue was $40 million in 2022. That rose 10% to $48 million in 2023.", {WARN}),
    ],
)  # fmt: skip
def test_a_move_told_as_earlier_does_not_start_at_the_level_before(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected
