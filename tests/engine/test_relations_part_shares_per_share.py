""" "Share" as a unit of stock is no market share: "pays $2.40 per share, a 3.1% return with the stock at $77.40". A
percentage near "per share", "a share", "each share" or "share price" is a yield or a move, so the figure beside
it is no part of a market and two such sentences imply no market size. "A market share of", "a share of" and
"its share" still make a percentage a share."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # stock units: no market implied
        ("Tallis Power pays $2.40 per share a year, a 3.1% return with its stock at $77.40. Brenner Gas pays $1.52 "
         "per share, a 5.0% return with its stock at $30.40.", set()),
        ("Orrin Bank pays 60 cents a share, 2.8% at $21.40. Kelda Trust pays 90 cents each share, 4.4% at $20.50.",
         set()),
        ("The dividend of $1.10 a share is 3.6% of the share price of $30.55; Dray Co's $0.70 is 2.2% of $31.80.",
         set()),
        # market shares: still read
        ("Quill shipped 12.4 million phones, a market share of 15.5%. Brandt shipped 8.1 million phones, a share "
         "of 12%.", {WARN}),
        ("Quill shipped 12.4 million phones, a market share of 15.5%. Brandt shipped 9.3 million phones, a share "
         "of 11.6%.", {PASS}),
    ],
)  # fmt: skip
def test_a_unit_of_stock_is_no_market_share(text: str, expected: set) -> None:
    assert verdicts(text, "part_share") == expected
