"""A measure written with hyphens ("home-sales") is the measure, not the bare "sales" inside it."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("Orland's home-sales pace fell 2.1 percent in May, the board said.", "home sales"),
        ("Orland's home sales fell 2.1 percent in May, the board said.", "home sales"),
        # the bare word is still a company's sales
        ("Pellam's sales fell 2.1 percent in May, the company said.", "revenue"),
    ],
)
def test_hyphenated_measure(text: str, measure: str) -> None:
    claims = [c for c in extract_claims(text) if "2.1" in c.quantity.text]
    assert [c.measure for c in claims] == [measure]
