"""An amount the words "earnings per share" or "EPS" govern is per share, as "9 cents a share" is: made-up sentences.

Before, "EPS rose 12% from 40 cents" read 40 cents as a plain amount, which no per-share figure could pair with.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.quantity import QuantityKind

K = QuantityKind

# text, surface, unit, kind
CASES = [
    ("Tarvo said EPS rose 18% from 40 cents.", "40 cents", "USD / share", K.PER_UNIT),
    ("Quarterly earnings per share edged up to $1.35 from $1.21.", "$1.35", "USD / share", K.PER_UNIT),
    ("Quarterly earnings per share edged up to $1.35 from $1.21.", "$1.21", "USD / share", K.PER_UNIT),
    ("Per-share earnings at Lumo slipped to 62 pence.", "62 pence", "GBP / share", K.PER_UNIT),
    ("Diluted EPS came in at $2.04, the company said.", "$2.04", "USD / share", K.PER_UNIT),
    # Look-alikes: another measure governs the amount, or it is far too large to be per share.
    ("EPS rose 10% while net income reached $5 billion.", "$5 billion", "USD", K.MONEY),
    ("Per-share earnings slipped, and revenue fell to $300 million.", "$300 million", "USD", K.MONEY),
    ("Tarvo lifted its dividend to 30 cents; EPS was 75 cents.", "30 cents", "USD", K.MONEY),
    ("Tarvo earned 75 cents a share.", "75 cents a share", "USD / share", K.PER_UNIT),
    ("Tarvo's net income was $4 million.", "$4 million", "USD", K.MONEY),
]


@pytest.mark.parametrize(("text", "surface", "unit", "kind"), CASES)
def test_an_amount_named_as_eps_is_per_share(text: str, surface: str, unit: str, kind: K) -> None:
    hits = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert hits, [c.quantity.text for c in extract_claims(text)]
    assert (hits[0].quantity.unit, hits[0].quantity.kind) == (unit, kind)
