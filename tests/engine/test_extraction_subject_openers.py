"""Subjects that are no one's: a sentence's first word left alone, a market's own move. Made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims

# text, surface, the subject expected
CASES = [
    # The term after the opener splits off; the opener alone names nothing, as "Quarterly revenue" does not.
    ("Quarterly EPS climbed 20% to 30 cents.", "20%", None),
    ("Annual GDP grew 3.1% in Veldonia.", "3.1%", "Veldonia"),
    ("Adjusted EBITDA rose 9% to $40 million.", "9%", None),
    # A preposition that opens the sentence is no one's name.
    ("Ahead of the vote, Kestrel shares rose 6%.", "6%", "Kestrel"),
    ("Apart from fuel, prices rose 2% in May.", "2%", None),
    ("Aside from one-off items, profit grew 7%.", "7%", None),
    # Names stay names.
    ("Kestrel EPS rose 4%.", "4%", "Kestrel"),
    ("Total SA said output rose 2%.", "2%", "Total"),
    # A market that opens the clause of its move is that move's subject, not the company that reported it.
    ("Kestrel said the global drone market grew 12% to $9 billion.", "12%", None),
    ("Orvia expects the market will expand 8% next year.", "8%", None),
    ("Orvia shipped more units, and the handset market shrank 4%.", "4%", None),
    # Look-alikes: the market is inside another noun phrase, or the company's own line.
    ("Kestrel said its share of the drone market grew 2 points.", "2 points", "Kestrel"),
    ("Kestrel's drone market business grew 5%.", "5%", "Kestrel"),
    ("Kestrel said sales rose 12%.", "12%", "Kestrel"),
]


@pytest.mark.parametrize(("text", "surface", "subject"), CASES)
def test_the_subject_of_a_figure(text: str, surface: str, subject: str | None) -> None:
    hits = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert hits, [c.quantity.text for c in extract_claims(text)]
    assert hits[0].subject == subject
