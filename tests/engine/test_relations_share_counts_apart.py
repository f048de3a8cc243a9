"""Share counts from a profit pair and a per-share pair stated apart. Every paragraph here is made up.

The profit pair is named before the move's own size ("net profit nearly tripled to ..."), or the per-share pair
comes up to three sentences after it; a profit of another basis (operating, revenue) never pairs.
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts

CASES = [
    # the measure is named before the size of the move
    (
        "Halvard Shipping's third-quarter net profit more than doubled to $84 million, up from $40 million a year "
        "earlier. Earnings per share rose to 21 cents from 10 cents.",
        {PASS},
    ),
    (
        "Halvard Shipping's third-quarter net profit more than doubled to $84 million, up from $40 million a year "
        "earlier. Earnings per share rose to 28 cents from 10 cents.",
        {WARN},
    ),
    (
        "Net profit at Corvel Foods rose 35 per cent to €54 million from €40 million, while earnings per share "
        "climbed to 18 euro cents from 13.3 euro cents.",
        {PASS},
    ),
    # the per-share pair three sentences after the profit pair
    (
        "Brightwater Mills said profit rose 50 per cent to $90 million for the half year from $60 million. Sales "
        "rose 4 per cent to $1.2 billion. The board kept the interim dividend unchanged. Earnings per share were "
        "30 cents against 20 cents a year ago.",
        {PASS},
    ),
    (
        "Brightwater Mills said profit rose 50 per cent to $90 million for the half year from $60 million. Sales "
        "rose 4 per cent to $1.2 billion. The board kept the interim dividend unchanged. Earnings per share were "
        "40 cents against 20 cents a year ago.",
        {WARN},
    ),
    # look-alikes: a profit of another basis, or revenue, is not what earnings per share divide
    (
        "Operating profit at Halvard Shipping rose 50 per cent to $90 million from $60 million. Earnings per share "
        "were 40 cents against 20 cents a year ago.",
        set(),
    ),
    (
        "Revenue at Halvard Shipping rose 50 per cent to $90 million from $60 million. Earnings per share were 40 "
        "cents against 20 cents a year ago.",
        set(),
    ),
    # the per-share pair too far from the profit pair to be read as its restatement
    (
        "Brightwater Mills said profit rose 50 per cent to $90 million for the half year from $60 million. Sales "
        "rose 4 per cent to $1.2 billion. The board kept the interim dividend unchanged. It opened two mills. It "
        "closed one. Earnings per share were 40 cents against 20 cents a year ago.",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_share_counts_apart(text: str, expected: set[tuple[str, str]]) -> None:
    assert verdicts(text, "share_count") == expected
