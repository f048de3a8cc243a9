"""part_share: a part, its whole and its share; shares of one market imply one size. End to end on made-up text."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause gives all three
        ("In the vote, 132 (57 per cent) out of 233 members backed the plan.", {PASS}),
        ("In the vote, 132 (75 per cent) out of 233 members backed the plan.", {WARN}),
        ("The bakery chain will lay off 45 of its 300 workers, or 15%, the company said.", {PASS}),
        ("The bakery chain will lay off 45 of its 300 workers, or 25%, the company said.", {WARN}),
        ("Out of 900 patients enrolled, 630 (70.0%) finished the trial.", {PASS}),
        ("Out of 900 patients enrolled, 630 (60.0%) finished the trial.", {WARN}),
        # the whole stated apart, the only figure marked as one
        ("Norvia, which employs about 4,100 people, will cut 336 jobs, or about 8 percent of its workforce.", {PASS}),
        ("Norvia, which employs about 4,100 people, will cut 336 jobs, or about 18 percent of its workforce.", {WARN}),
        (
            "The whole market shipped 50 million tablets in the quarter. Kestrel shipped 12.5 million tablets in the "
            "quarter, taking 25% of the market.",
            {PASS},
        ),
        # a price move restated in percent is not a share
        ("Brent crude added 86 cents, or 1.5%, to settle at $59.20.", set()),
    ],
)
def test_part_of_a_whole(text: str, expected: set) -> None:
    assert outcome(text) == expected


def test_two_possible_wholes_leave_the_share_uncertain() -> None:
    text = (
        "Norvia employs 4,100 people in total and its rival employs 2,000 people in total. "
        "Norvia will cut 336 jobs, or about 18 percent of its workforce."
    )
    assert outcome(text) == {UNSURE}


@pytest.mark.parametrize(("beta", "expected"), [("30 million", {PASS}), ("60 million", {WARN})])
def test_shares_of_one_market_imply_one_market_size(beta: str, expected: set) -> None:
    text = (
        f"Acme shipped 40 million units, taking 20% of the market. Beta shipped {beta} units, taking 15% of the market."
    )
    assert outcome(text) == expected
