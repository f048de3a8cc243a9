"""Structures that raised false alarms on news the engine was never tuned on, each with the version that must still
be checked. Every sentence is made up.

- A figure among a list's parts that was read with a noun of its own ("171 recorded gains") leaves the parts read
  doubtful: they may not be all of the whole.
- "an 805-point gain, finishing above the 48,000 level": what ends above the mark is the level reached, not the move.
- "a special payment of 3.2 cents, which combined exceeded the forecast": the sum is compared, not the last part.
- "the largest increase ... wind, up 12.8%, followed by solar, up 14.1%" where the paragraph gives moves in units:
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
        ("Out of 322 listed companies, 171 recorded gains, while 145 declined with six remaining unchanged.",
         "part_whole"),
        ("The Velm index ended its losing streak with a spectacular 805-point gain on Thursday, finishing above the "
         "48,000 level for the first time in two weeks.", "comparison"),
        ("The index gained 805 points, holding above the 48,000 mark.", "comparison"),
        ("The payout of 4 cents a share included a special payment of 3.2 cents a share, which combined exceeded the "
         "forecast payment of 3.6 cents a share.", "comparison"),
        ("Fossil fuels dropped by 245 TWh, while renewables rose by 119 TWh. The largest increase for renewable "
         "technologies was wind, up by 12.8%, followed by solar, up 14.1%.", "rank_order"),
    ],
)  # fmt: skip
def test_no_alarm(text: str, check: str) -> None:
    assert "fail" not in statuses(text, check)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("Of the 322 listed companies, 171 rose, 145 fell and 16 were unchanged.", "part_whole", ["fail"]),
        ("Of the 322 listed companies, 171 rose, 145 fell and six were unchanged.", "part_whole", ["pass"]),
        ("Employers added 176,000 jobs in May, below the 180,000 average of the past year.", "comparison", ["pass"]),
        ("The index jumped 405 points, more than the 600-point gain on Monday.", "comparison", ["fail"]),
        ("The final dividend of 3 cents a share exceeded the forecast payment of 3.6 cents a share.", "comparison",
         ["fail"]),
        ("Among regions, the largest increase was in the north, up 12.8%, followed by the south, up 14.1%.",
         "rank_order", ["fail"]),
    ],
)  # fmt: skip
def test_still_checked(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
