"""A multiple word and a quote box: "Brindle BRND, +212% more than tripled after Osker OSKH, +2.3% bid". A
percentage printed beside a ticker is that company's share move in a market-data widget, not the rate the word
describes; the word is still read against a growth rate its clause gives in prose."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote box after the word: not its rate
        ("Shares of Brindle Corp. more than tripled on Wednesday after Osker Holdings OSKH, +2.3% agreed to buy "
         "the firm.", set()),
        ("Stock in Pemberly Labs roughly doubled in heavy trade once Varden Inc. VRDN, -0.8% made its bid.", set()),
        # a rate told in prose in the clause: still read
        ("Shares of Brindle Corp. more than tripled on Wednesday, jumping 240% after the offer.", {PASS}),
        ("Shares of Brindle Corp. more than tripled on Wednesday, rising 1.5% after the offer.", {WARN}),
    ],
)  # fmt: skip
def test_a_ticker_quote_is_not_the_words_rate(text: str, expected: set) -> None:
    assert verdicts(text, "multiple") == expected
