"""A round mark said to be reached or crossed, then the figure where the move ended."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Nuvola crossed the $50 mark on Tuesday, closing at $51.20.", {PASS}),
        ("Shares of Nuvola crossed the $50 mark on Tuesday, closing at $38.20.", {WARN}),
        ("Kestrel reached a $2 billion valuation in its last funding round, at $2.3 billion.", {PASS}),
        ("Kestrel reached a $2 billion valuation in its last funding round, at $1.3 billion.", {WARN}),
        ("Kestrel reached a $2 billion valuation just once before, in May, at $2.02 billion.", {PASS}),
        ("Bitcoin topped the $100,000 milestone, trading at $101,250 late on Monday.", {PASS}),
        ("The Halden index slid below the 4,000 mark on Friday, to 3,987.4.", {PASS}),
        ("The Halden index slid below the 4,000 mark on Friday, to 4,387.4.", {WARN}),
        # the mark itself is exact: a figure just short of it has not crossed
        ("Orvik's market value passed the $1 trillion mark, closing at $0.97 trillion.", {WARN}),
    ],
)
def test_a_mark_crossed(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another move's end, a start, a currency's quote: not where the crossing ended
        "Shares of Nuvola hit the $50 mark before sliding back to $47.10.",
        "Sales reached the $5 billion mark, up from $4.2 billion.",
        "The yen slipped below the 150 level on Friday, to 152.3 per dollar.",
        "The index crossed the 4,000 mark in March and fell to 3,700 in June.",
        # a mark dwarfed by the figure after it is not the line it crossed
        "Kestrel passed the $2 billion mark in revenue and is valued at $30 billion.",
    ],
)
def test_no_crossing_read(text: str) -> None:
    assert verdicts(text, "comparison") == set()


@pytest.mark.parametrize(
    "text",
    [
        # the clause names the mark but not where the index ended; the next sentence gives its level
        "The Halden index slid below the 4,000 mark on Friday. At the close the Halden index was down 41 points "
        "at 3,987.",
        "The Halden index slid below the 4,000 mark on Friday. At the close the Halden index was down 41 points "
        "at 4,087.",
    ],
)
def test_where_the_move_ended_in_the_next_sentence_stays_uncertain(text: str) -> None:
    # a mark crossed during the day may be crossed back by the close: never loud
    assert verdicts(text, "comparison") <= {PASS, QUIET}
    relations = [r for r in check_text(text).relations if "the next sentence gives where" in r.reason]
    assert len(relations) == 1 and not relations[0].evidence.certain


def test_the_next_sentence_of_another_subject_does_not_pair() -> None:
    text = "The Halden index slid below the 4,000 mark on Friday. The Tarn index fell 41 points to 3,987."
    assert not [r for r in check_text(text).relations if "the next sentence gives where" in r.reason]
