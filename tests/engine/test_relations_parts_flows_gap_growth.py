"""A trade or budget gap's own growth against its flows' growth: "that shortfall was 7.4 percent bigger than in June"
beside imports up 1.8 percent at $74.2 billion and exports down 1.1 percent at $47.6 billion. Undoing each flow's
growth gives the earlier flows, whose gap the stated rate is measured from. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

_TRADE = (
    "The nation's trade deficit widened to $26.6 billion in July. That shortfall was {rate} percent bigger than in "
    "June. Imports rose 1.8 percent in July to $74.2 billion, and exports eased 1.1 percent to $47.6 billion."
)
_BUDGET = (
    "The state's budget surplus shrank {rate} percent to $4.0 billion in the quarter. Receipts fell 2 percent to "
    "$49.0 billion, while spending rose 0.5 percent to $45.0 billion."
)


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "part_whole" and "flows' growth" in f.message
    ]


PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 74.2 / 1.018 - 47.6 / 0.989 = 24.76 earlier; 26.6 is 7.4% bigger
        (_TRADE.format(rate="7.4"), [PASS]),
        (_TRADE.format(rate="15.4"), [WARN]),
        # 49.0 / 0.98 - 45.0 / 1.005 = 5.22 earlier; 4.0 is 23.4% smaller
        (_BUDGET.format(rate="23"), [PASS]),
        (_BUDGET.format(rate="43"), [WARN]),
    ],
)  # fmt: skip
def test_the_gap_grows_as_its_flows_do(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the flows' rates are against a year before, the gap's against the month before
        "The nation's trade deficit widened to $26.6 billion in July. That shortfall was 7.4 percent bigger than in "
        "June. Imports rose 1.8 percent on July last year, to $74.2 billion, and exports eased 1.1 percent on July "
        "last year, to $47.6 billion.",
        # a share of output is no growth of the gap
        "The nation's trade deficit widened to $26.6 billion in July, equal to 1.9 percent of output. Imports rose 1.8 "
        "percent in July to $74.2 billion, and exports eased 1.1 percent to $47.6 billion.",
        # a forecast of the gap's growth, not the outcome
        "The nation's trade deficit widened to $26.6 billion in July. Analysts had expected the shortfall to be 7.4 "
        "percent bigger than in June. Imports rose 1.8 percent in July to $74.2 billion, and exports eased 1.1 "
        "percent to $47.6 billion.",
    ],
)  # fmt: skip
def test_no_gap_growth_without_a_rate_of_the_gap_on_the_same_base(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.params.get("rule") in ("gap_growth", "between")]
