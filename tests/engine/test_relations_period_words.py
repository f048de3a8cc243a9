"""A number inside a period word is no figure to pair: "the 12-month span", "a 52-week high", "10-year yields".

Such a length names the period the words speak of; it stands in a relation only as the window of a time_window
("a seven-year high"). A length that is a measured figure ("a 4.1-month supply", "rose to 4.4 months") still
pairs. Made-up sentences.
"""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.quantity import QuantityKind
from factcheck.relations.prose import is_period_word
from factcheck.runner import check_text


def duration_members(text: str) -> list[tuple[str, str, str]]:
    """(relation kind, role, surface) of every member that is a length of time."""
    report = check_text(text)
    claims = {c.id: c for c in extract_claims(text)}
    return [
        (r.kind.value, m.role, claims[m.claim].quantity.text)
        for r in report.relations
        for m in r.members
        if m.claim in claims and claims[m.claim].quantity.kind == QuantityKind.DURATION
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the period word against the same length said as a window
        "Rents climbed 2.2% in the past 12 months. Mortgage costs dipped 0.4% over this 12-month period.",
        "Kestrel's 10-year bond yield rose to 4.2% and its two-year yield to 3.9%, from 3.7% a month ago.",
        "Shares of Brantley Tools hit a 52-week high of $31.40, up 6% from $29.60 over the 52-week period.",
        "The council agreed a five-year plan worth £40m, up from a three-year plan of £25m.",
        "Output rose 3% in the 24-hour test, after 24 hours of the 48-hour trial.",
    ],
)
def test_a_period_word_is_never_a_member(text: str) -> None:
    assert [m for m in duration_members(text) if m[1] != "window"] == []


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("The index rose 2% over the 12-month span.", "12-month", True),
        ("Its 52-week high was $40.", "52-week", True),
        ("A ten-year deal was signed.", "ten-year", True),
        ("Prices rose 2% over the past 12 months, the agency said.", "12 months", True),
        # a measured length
        ("Listings made a 4.1-month supply at the current pace.", "4.1-month", False),
        ("Listings made a six-month supply at the current pace.", "six-month", False),
        ("The backlog fell to 4.4 months from 4.9 months.", "4.4 months", False),
    ],
)
def test_which_lengths_are_period_words(text: str, surface: str, expected: bool) -> None:
    claims = extract_claims(text)
    ctx = ArticleContext(text=text, claims=claims)
    [claim] = [c for c in claims if c.quantity.text.strip() == surface]
    assert is_period_word(ctx, claim) is expected


@pytest.mark.parametrize(
    ("text", "kind", "role"),
    [
        # the window of an extreme keeps its length as a member
        ("Gold rose to a seven-year high on Monday, its highest since March 2016.", "time_window", "window"),
        # a length that is the figure compared
        ("The backlog of orders fell to 4.4 months in June from 4.9 months in May.", "direction", "to"),
    ],
)
def test_a_length_that_is_a_figure_still_pairs(text: str, kind: str, role: str) -> None:
    assert any(k == kind and r == role for k, r, _ in duration_members(text)), duration_members(text)
