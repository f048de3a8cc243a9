"""A winning margin in points against the two shares of the vote it separates.

Made-up results in several wordings ("a margin of", "by N percentage points", "an N-point lead"), each consistent
and broken, with shares rounded from the count; and look-alikes whose margin belongs to an earlier race, a poll's
margin of error, or a hedged figure.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> list[tuple[str, str]]:
    report = check_text(text, only=["rank_order"])
    return sorted((f.status.value, f.severity.value) for f in report.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pell beat Voss 61.4% to 36.9%, a margin of 24.5 points.", [PASS]),
        ("Pell beat Voss 61.4% to 36.9%, a margin of 26.5 points.", [WARN]),
        ("Pell won the county by 24.5 percentage points, 61.4% to 36.9%.", [PASS]),
        ("Pell won the county by 22.5 percentage points, 61.4% to 36.9%.", [WARN]),
        ("Pell carried the district 58% to 40%, an 18-point victory.", [PASS]),
        ("Pell carried the district 58% to 40%, a 21-point victory.", [WARN]),
        # shares rounded to whole numbers leave the margin its unrounded tenths
        ("With all wards in, Pell led 50% to 47%, a lead of 3.4 points.", [PASS]),
    ],
)
def test_the_margin_is_the_gap_between_the_shares(text: str, expected: list) -> None:
    assert outcome(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "Pell won 61.4% to 36.9% this year, after winning by 9 points in 2021.",
        "Pell won 61.4% to 36.9%, up from a 9-point margin last time.",
        "Pell won 61.4% to 36.9%, compared with a 9-point lead in the previous race.",
        "Pell led Voss 47% to 44% in the survey, which has a margin of error of 3.5 points.",
        "Pell won 61.4% to 36.9%, a margin of about 20 points.",
    ],
)
def test_other_margins_are_not_read(text: str) -> None:
    assert WARN not in outcome(text)
