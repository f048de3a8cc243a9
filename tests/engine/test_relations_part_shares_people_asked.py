"""A share of the people a survey, a poll or a trial counted, with that count said first.

"Of the 2,500 voters polled, 900, or 36%, ..." and "Among 640 patients, 192 (30%) ...": the opening phrase names the
whole, the part and its share follow. The words "surveyed" and "polled" there count the people asked; they do not
make the figures forecasts. Every sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the 2,500 voters polled in Tarnby, 900, or 36%, backed the new bridge.", {PASS}),
        ("Of the 2,500 voters polled in Tarnby, 900, or 39%, backed the new bridge.", {WARN}),
        ("Among 640 patients given the drug, 192 (30 per cent) had no further attacks.", {PASS}),
        ("Among 640 patients given the drug, 192 (35 per cent) had no further attacks.", {WARN}),
        ("Among the 1,800 shop owners questioned, 450, or 25 percent, plan to hire.", {PASS}),
        ("Among the 1,800 shop owners questioned, 450, or 28 percent, plan to hire.", {WARN}),
        # a noun of movement after the share: the whole said first still makes it a share of that whole
        ("Of the 300 schools inspected, 84, or 28%, showed improvement.", {PASS}),
        ("Of the 300 schools inspected, 84, or 31%, showed improvement.", {WARN}),
        # dashes around the share instead of commas
        ("Of 420 members, 147 – or 35% – voted to strike.", {PASS}),
        ("Of 420 members, 147 — or 40% — voted to strike.", {WARN}),
    ],
)  # fmt: skip
def test_a_share_of_the_people_counted_first(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # analysts asked for a forecast: the figure is what they expected, no part of them
        "Economists surveyed by the bank had expected 180,000 new jobs, or 1.2% growth in payrolls.",
        # a move in two units with no whole named: no share
        "Sales at Holm rose $12 million, or 6%, increase driven by exports.",
    ],
)  # fmt: skip
def test_no_share_without_the_people_counted(text: str) -> None:
    assert outcome(text) == set()
