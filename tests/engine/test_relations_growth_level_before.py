"""A change stated against its start right after the current level ("EPS was 21 euro cents ... EPS rose 40% from
15 cents"), with an analysts' forecast beside the level. Every sentence here is made up."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from tests.engine.test_checks_changes import PASS, WARN, verdicts

LEVEL = (
    "Valtra Oyj put its adjusted third-quarter net income at 21 euro cents per share, against a "
    "consensus estimate of 26 cents per share. EPS rose {pct} year over year from 15 cents."
)


@pytest.mark.parametrize(("pct", "expected"), [("40%", {PASS}), ("73%", {WARN})])
def test_the_level_before_is_not_the_estimate(pct: str, expected: set) -> None:
    assert verdicts(LEVEL.format(pct=pct), "growth_prior") == expected


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # an article priced only in euros means euro cents by a bare "cents"
        ("Net income was €2.1 million, or 13 euro cents a share. A year ago it earned 9 cents.", "EUR"),
        # one dollar figure anywhere keeps bare cents American
        (
            "Net income was €2.1 million, or 13 euro cents a share. Its US unit paid $5 million. It earned 9 cents.",
            "USD",
        ),
        # two other currencies: no single reading
        ("Sales were €2.1 million and A$3 million. It earned 9 cents.", "USD"),
    ],
)
def test_bare_cents_take_the_one_currency_of_the_article(text: str, unit: str) -> None:
    (cents,) = [c for c in extract_claims(text) if c.quantity.text.startswith("9 cents")]
    assert cents.quantity.unit.split(" / ")[0] == unit
