"""A part's move named the smallest or largest of a whole's parts: "The decline was smallest in the market towns;
6%" after "thefts fell 18%". The whole's rate is the weighted mean of its parts' rates, so the smallest part moved
no more than the whole and the largest no less. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "part_whole" and "part's move" in f.message
    ]


PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Reported thefts in the county fell 18% over the decade. The decline was smallest in the market towns; 6%.",
         [PASS]),
        ("Reported thefts in the county fell 18% over the decade. The decline was smallest in the market towns; 26%.",
         [WARN]),
        ("Consumer prices rose 4.1% in the year to March. The increase was largest for fuel, at 9%.", [PASS]),
        ("Consumer prices rose 4.1% in the year to March. The increase was largest for fuel, at 3%.", [WARN]),
        ("Ridership grew 7% last year, and the growth was fastest among students (15%).", [PASS]),
    ],
)  # fmt: skip
def test_an_extreme_part_bounds_the_whole(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the part moved the other way from the whole: nothing bounds it
        "Consumer prices rose 4.1% in the year to March. The decline was largest for clothing, at 3%.",
        # the figure after the part's name is another measure, in a clause of its own
        "Consumer prices rose 4.1% in the year to March. The rise was largest for fuel, which makes up 9% of spending.",
        # no change of the whole before it
        "The increase was largest for fuel, at 9%.",
    ],
)  # fmt: skip
def test_no_bound_without_a_whole_moving_the_same_way(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.params.get("rule") == "extreme"]
