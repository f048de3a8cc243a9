"""Structures that raised false alarms on news the engine was never tuned on, each with the version that must still
be checked. Every sentence is made up.

- A figure among a list's parts that was read with a noun of its own ("139 posted gains") leaves the parts read
  doubtful: they may not be all of the whole.
- "a 637-point gain, closing above the 36,500 level": what ends above the mark is the level reached, not the move.
- "a one-off bonus of 2.5 cents, which combined exceeded the expected payout": the sum is compared, not the last part.
- "the biggest increase ... wind, up 9.4%, followed by hydro, up 11.7%" where the paragraph gives moves in units:
  the increase may be ranked in those units.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def statuses(text: str, check: str) -> list[str]:
    return [f.status.value for f in check_text(text).findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Out of 287 quoted firms, 139 posted gains and 141 fell back, with seven remaining flat.", "part_whole"),
        ("The Velm gauge broke a five-day slide on Tuesday with a sharp 637-point gain, closing above the 36,500 "
         "level for the first time in a month.", "comparison"),
        ("The index gained 637 points, holding above the 36,500 mark.", "comparison"),
        ("The total dividend of 7 cents a share took in a one-off bonus of 2.5 cents a share, which combined "
         "exceeded the expected payout of 6.2 cents a share.", "comparison"),
        ("Coal and gas output fell by 188 TWh and clean sources gained 96 TWh. Among clean sources the biggest "
         "increase came from wind, up by 9.4%, followed by hydro, up 11.7%.", "rank_order"),
    ],
)  # fmt: skip
def test_no_alarm(text: str, check: str) -> None:
    assert "fail" not in statuses(text, check)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("Of the 287 stocks traded, 139 rose, 141 fell and 17 held steady.", "part_whole", ["fail"]),
        ("Of the 287 stocks traded, 139 rose, 141 fell and seven held steady.", "part_whole", ["pass"]),
        ("Employers added 176,000 jobs in May, below the 180,000 average of the past year.", "comparison", ["pass"]),
        ("The index jumped 405 points, more than the 600-point gain on Monday.", "comparison", ["fail"]),
        ("The final dividend of 5 cents a share exceeded the expected payout of 6.2 cents a share.", "comparison",
         ["fail"]),
        ("Among regions, the biggest increase was in the north, up 9.4%, followed by the south, up 11.7%.",
         "rank_order", ["fail"]),
    ],
)  # fmt: skip
def test_still_checked(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
