"""An index described by what it holds ("the Halvern 600 index of mid-sized stocks") is an index, not a share price;
a Russell index named alone is an index too. Market wraps then tie a move to date to the index's last level."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "figure", "measure"),
    [
        ("The Halvern 600 index of mid-sized stocks slipped 4.10 points to 902.35.", "902.35", "index"),
        ("The Ostrel index of regional shares added 9 points to 1,480.", "1,480", "index"),
        ("The Russell 2000 is down 61.40 points this year.", "61.40 points", "index"),
        # the stocks of a company are still a share price
        ("Shares of Halvern rose 3% to $90.35.", "$90.35", "share price"),
        # a stock that joined an index is still the stock
        ("Halvern, newly added to the Ostrel index, saw its stock climb to $48.10.", "$48.10", "share price"),
    ],
)
def test_an_index_of_stocks_is_an_index(text: str, figure: str, measure: str) -> None:
    claims = [c for c in extract_claims(text) if c.quantity.text == figure or text[c.span[0] : c.span[1]] == figure]
    assert [c.measure for c in claims] == [measure]


_WRAP = (
    "Stocks ended mixed on Thursday.\n\nOn Thursday:\n\nThe Kestrel index rose 41.20 points, or 1.1%, to 3,802.50."
    "\n\nThe {name} of smaller-company stocks fell 6.30 points, or 0.5%, to 1,294.70.\n\nFor the year:\n\n"
    "The Kestrel index is up 402.50 points, or 11.8%.\n\nThe {short} is up {delta} points, or 9.3%."
)


@pytest.mark.parametrize(
    ("name", "short", "delta", "expected"),
    [
        # 1,294.70 less 110.20 is 1,184.50; 110.20 of that is 9.3%
        ("Russell 2000 index", "Russell 2000", "110.20", {PASS}),
        ("Russell 2000 index", "Russell 2000", "77.10", {PASS, WARN}),
        ("Halvern 600 index", "Halvern 600 index", "110.20", {PASS}),
        ("Halvern 600 index", "Halvern 600 index", "77.10", {PASS, WARN}),
    ],
)
def test_a_move_to_date_of_an_index_of_stocks(name: str, short: str, delta: str, expected: set) -> None:
    assert verdicts(_WRAP.format(name=name, short=short, delta=delta), "percent_change") == expected
