"""A market share is a share of a market. A whole the text tells as the holder's own figure ("the company's total
revenue", "Harlow Mutual's total premiums") is not that market, so a market share set against it by position is
left indeterminate; a whole told as the market's ("the industry's total premiums") still pairs."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"}


UNSURE = {("indeterminate", "info")}
PASS = {("pass", "info")}
SLIP = {("fail", "warning")}

OWN = (
    "Corvane's accounts put the company's total revenue at 520.4 billion pesos for the year. Corvane's market share "
    "was around 19 percent. Its premium income came to 310.8 billion pesos."
)
MARKET = (
    "Across the country the industry's total premiums reached 1.6 trillion pesos. Corvane's market share was about "
    "{share} percent. Its premium income was 310.8 billion pesos."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OWN, UNSURE),
        ("Last year Harlow Mutual's total premiums were 84 million crowns. Its market share was 12 percent. Its motor "
         "premiums were 30 million crowns.", UNSURE),
        # the market's own total: still paired and checked
        (MARKET.format(share=19), PASS),
        (MARKET.format(share=29), SLIP),
    ],
)  # fmt: skip
def test_market_share_against_holder_total(text, expected):
    assert outcome(text) == expected
