"""A trade or budget gap's own growth against its flows' growth: "the deficit was 5.2 percent larger than in May"
beside "imports climbed 1.4 percent to $88.5 billion, while exports slipped 0.6 percent to $56.9 billion". Undoing
each flow's growth gives the earlier flows, whose gap the stated rate is measured from. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

_TRADE = (
    "The country's trade deficit widened to $31.6 billion in June. The shortfall was {rate} percent larger than in "
    "May. Imports climbed 1.4 percent in June to $88.5 billion, while exports slipped 0.6 percent to $56.9 billion."
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
        # 88.5 / 1.014 - 56.9 / 0.994 = 30.03 earlier; 31.6 is 5.2% wider
        (_TRADE.format(rate="5.2"), [PASS]),
        (_TRADE.format(rate="12.2"), [WARN]),
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
        "The country's trade deficit widened to $31.6 billion in June. The shortfall was 5.2 percent larger than in "
        "May. Imports climbed 1.4 percent from a year earlier to $88.5 billion, while exports slipped 0.6 percent "
        "from a year earlier to $56.9 billion.",
        # a share of output is no growth of the gap
        "The country's trade deficit widened to $31.6 billion in June, equal to 2.1 percent of output. Imports "
        "climbed 1.4 percent in June to $88.5 billion, while exports slipped 0.6 percent to $56.9 billion.",
        # a forecast of the gap's growth, not the outcome
        "The country's trade deficit widened to $31.6 billion in June. Analysts had expected the shortfall to be 5.2 "
        "percent larger than in May. Imports climbed 1.4 percent in June to $88.5 billion, while exports slipped 0.6 "
        "percent to $56.9 billion.",
    ],
)  # fmt: skip
def test_no_gap_growth_without_a_rate_of_the_gap_on_the_same_base(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.params.get("rule") in ("gap_growth", "between")]
