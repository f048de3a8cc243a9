"""Positions counted from the end or the current item: quantities always, claims only as standings."""

from __future__ import annotations

import pytest

from factcheck.claim import Metric
from factcheck.extraction import extract_claims, extract_quantities
from factcheck.quantity import QuantityKind

# (text, surface, anchor, offset)
RELATIVE = [
    ("Alibaba finished last in the survey.", "last", "end", 0),
    ("It came second to last.", "second to last", "end", -1),
    ("It came second-to-last.", "second-to-last", "end", -1),
    ("It ranked third from last.", "third from last", "end", -2),
    ("It ranked third from the bottom.", "third from the bottom", "end", -2),
    ("It was the next to last entry.", "next to last", "end", -1),
    ("It was the penultimate entry.", "penultimate", "end", -1),
    ("It was the antepenultimate entry.", "antepenultimate", "end", -2),
    ("It was the last but one entry.", "last but one", "end", -1),
    ("It was the last but two entry.", "last but two", "end", -2),
    ("Pick the one before the last one.", "one before the last one", "end", -1),
    ("Show me the next one.", "next one", "current", 1),
    ("Restore a previous version.", "previous", "current", -1),
    ("Open the preceding chapter.", "preceding", "current", -1),
    ("Look at the current page.", "current", "current", 0),
    ("Alibaba fell to last place.", "last", "end", 0),
]


@pytest.mark.parametrize(("text", "surface", "anchor", "offset"), RELATIVE, ids=[r[0] for r in RELATIVE])
def test_relative_positions(text: str, surface: str, anchor: str, offset: int) -> None:
    found = [q for q in extract_quantities(text) if q.kind is QuantityKind.RANK]
    assert [(q.text, q.relative_to, q.value) for q in found] == [(surface, anchor, offset)]
    (rank,) = found
    assert text[rank.span[0] : rank.span[1]] == surface


# Words that look like positions but are verbs, prepositions, nouns, names or time.
NOT_POSITIONS = [
    "The rally may not last.",
    "Supplies did not last long.",
    "The bridge was built to last.",
    "Stocks that last for decades are rare.",
    "At last, the deal closed.",
    "Last but not least, costs fell.",
    "The office is next to the station.",
    "She lives next door.",
    "Sales rose last year and will fall next month.",
    "Over the next three years it will invest more.",
    "An electric current flows through it.",
    "The current of the river was strong.",
    "It was a last-minute deal.",
    "Shares of Next fell.",
]


@pytest.mark.parametrize("text", NOT_POSITIONS)
def test_words_that_are_not_positions(text: str) -> None:
    assert [q.text for q in extract_quantities(text) if q.relative_to is not None] == []


STANDINGS = [
    ("Alibaba finished second-to-last in the ranking of cloud providers.", "second-to-last"),
    ("Tencent ranked last among the five providers.", "last"),
    ("Baidu slipped to last place in China.", "last"),
    ("Huawei is in the penultimate position.", "penultimate"),
]


@pytest.mark.parametrize(("text", "surface"), STANDINGS)
def test_standings_become_rank_claims(text: str, surface: str) -> None:
    claims = [c for c in extract_claims(text) if c.quantity.relative_to is not None]
    assert [(c.quantity.text, c.metric) for c in claims] == [(surface, Metric.RANK)]
    assert claims[0].subject is not None


@pytest.mark.parametrize(
    "text",
    [
        "The next generation of chips will cost $5 each.",
        "A previous version sold 3 million copies.",
        "The current chief executive joined in 2019.",
        "It was the last time revenue fell 5 percent.",
    ],
)
def test_positions_that_are_not_standings_make_no_claims(text: str) -> None:
    assert any(q.relative_to for q in extract_quantities(text))
    assert all(c.quantity.relative_to is None for c in extract_claims(text))


def test_a_relative_rank_is_never_read_as_a_rank_from_the_top() -> None:
    from factcheck.runner import check_text

    # "came next" is offset +1 from the current item: read from the top it would be No. 1 with 4%.
    text = (
        "Alibaba came next in the cloud market share ranking with a 4% market share, behind AWS with a 30% "
        "market share and Microsoft with a 21% market share."
    )
    (standing,) = [c for c in extract_claims(text) if c.quantity.relative_to is not None]
    assert standing.metric is Metric.RANK
    report = check_text(text)
    assert [f.message for f in report.findings if f.check == "shares" and f.status != "pass"] == []
