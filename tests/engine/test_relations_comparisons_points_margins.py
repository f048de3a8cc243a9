"""comparisons_points_margins: a rate, then the points it stands above or below another rate in the clause.

All sentences are made up (made-up places, polls and rates).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "points_change"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout in Carrow reached 61.4%, 2.3 points higher than the 59.1% recorded in 2019.", {PASS}),
        ("Turnout in Carrow reached 61.4%, 3.3 points higher than the 59.1% recorded in 2019.", {WARN}),
        ("Support for the Denholm levy was 44 percent, 6 points lower than the 50 percent a year earlier.", {PASS}),
        ("Support for the Denholm levy was 44 percent, 9 points lower than the 50 percent a year earlier.", {WARN}),
        ("The Otters shot 48%, 12 points higher than the 36% their rivals managed from the field.", {PASS}),
        ("The Otters shot 48%, 14 points higher than the 36% their rivals managed from the field.", {WARN}),
    ],
)
def test_a_rate_and_its_margin_in_points(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a move, not a rate: its points are of an index
        "The Brantley index rose 2.1%, 30 points higher than the 1.5% gain of its rival.",
        # "better" gives no sign to check
        "Turnout in Carrow reached 61.4%, 3.3 points better than the 59.1% recorded in 2019.",
    ],
)
def test_no_margin_to_check(text: str) -> None:
    assert WARN not in outcome(text)
