"""A move measured from a reference high or low is not dated by that high's date. Made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims

# text, surface, the period's text expected (None: undated)
CASES = [
    ("Corvo stock trades 31% below its 2021 high.", "31%", None),
    ("The gauge sits 9% under the March peak.", "9%", None),
    ("Copper is off 14% from its record set in February.", "14%", None),
    ("Shares fell 6% in April, 40% below the peak of 2020.", "40%", None),
    ("Rents have slid 3% since their high in the summer of 2022.", "3%", None),
    # Look-alikes: the move's own date stays, and a level's high keeps its date.
    ("Shares fell 6% in April, 40% below the peak of 2020.", "6%", "in April"),
    ("Corvo sales rose 7% in 2023.", "7%", "in 2023"),
    ("Corvo stock closed at a 2021 high of $48.", "$48", "2021"),
]


@pytest.mark.parametrize(("text", "surface", "period"), CASES)
def test_a_reference_extremes_date_is_not_the_moves(text: str, surface: str, period: str | None) -> None:
    hits = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert hits, [c.quantity.text for c in extract_claims(text)]
    assert (hits[0].period.text if hits[0].period else None) == period
