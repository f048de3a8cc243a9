""" "rose 12% on last year": the period compared against is the move's baseline, not its date. Made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims

# text, surface, the period's text, the baseline's text (None: none)
CASES = [
    ("Fares in the spring rose 6% on last year to $14.", "6%", None, "on last year"),
    ("Bookings were up 9% compared with last quarter.", "9%", None, "compared with last quarter"),
    ("Traffic climbed 4% against the previous month.", "4%", None, "against the previous month"),
    ("Output was 3% higher versus last year.", "3%", None, "versus last year"),
    ("Pretax margins widened 7% on the year and were up 2% from last quarter.", "2%", None, "from last quarter"),
    ("Deposits grew 5% from the previous month.", "5%", None, "from the previous month"),
    # Look-alikes: "last year" dates the move, a window, or a figure of last year.
    ("Fares rose 6% last year.", "6%", "last year", None),
    ("Fares rose over the last year by 6%.", "6%", "over the last year", None),
    ("Fares beat last year's $12 by 5%.", "$12", "last year", None),
    ("Fares rose 6% from last year to 2026.", "6%", None, None),
]


@pytest.mark.parametrize(("text", "surface", "period", "baseline"), CASES)
def test_a_compared_period_is_the_baseline(text: str, surface: str, period: str | None, baseline: str | None) -> None:
    hits = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert hits, [c.quantity.text for c in extract_claims(text)]
    got = hits[0]
    assert (got.period.text if got.period else None, got.baseline.text if got.baseline else None) == (period, baseline)
