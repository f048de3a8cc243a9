"""A baseline its comparative binds to a nearer figure is that figure's, not an earlier move's: "climbed 3% to 640
units, but was 9% below a year earlier". A comma before the comparison leaves it for a whole list. Made-up
sentences."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims

# text, surface, the baseline's text (None: none)
CASES = [
    ("Stock of used vans climbed 3% to 640 units, but was 9% below a year earlier.", "3%", None),
    ("Stock of used vans climbed 3% to 640 units, but was 9% below a year earlier.", "9%", "a year earlier"),
    ("Ticket sales slid 4% in May and stood 11 percent lower than the same month last year.", "4%", None),
    ("Card spending rose 2% on the month and was 6% higher than the previous year.", "2%", None),
    # A comma, or no comparative: the comparison covers the list.
    (
        "Oats fell 8% and barley 12%, compared with the same quarter last year.",
        "8%",
        "compared with the same quarter last year",
    ),
    (
        "Oats fell 8% and barley fell 12% compared with the same quarter last year.",
        "8%",
        "compared with the same quarter last year",
    ),
    ("Freight revenue rose 5% from a year ago.", "5%", "from a year ago"),
]


@pytest.mark.parametrize(("text", "surface", "baseline"), CASES)
def test_a_baseline_bound_to_a_nearer_figure(text: str, surface: str, baseline: str | None) -> None:
    hits = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert hits, [c.quantity.text for c in extract_claims(text)]
    got = hits[0].baseline
    assert (got.text if got else None) == baseline
