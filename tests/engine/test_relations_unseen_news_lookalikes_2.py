"""More structures from news the engine was never tuned on, each with the version that must still be checked.
Every sentence is made up.

- A headline cuts an index's decimals as often as it rounds them: "at new high of 41,356" over "closed at
  41,356.81" is the same figure.
- "13, 434,574": a thousands comma with a stray space is one figure, not 13 and 434,574 (a date before it, "May 5,
  150,000 people", is not joined).
- A paragraph that names its own list ("The list of best-selling phones ... in the top position") ranks another
  set than the brands' market shares told above it.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text

_HEADLINE = (
    "Closing bell: Tarvo index at new high of {head} as banks surge\n\n"
    "The Tarvo index on Thursday closed at 41,356.81, up 512.40 points, or 1.25 per cent."
)
_MODELS = (
    "In the quarter, Corvan and Pella took the lead with market shares of 21 percent and 17 percent, respectively.\n"
    "Corvan holds the top spot with an 18 percent market share, while Pella follows closely with a 17 percent market "
    "share. Ostby is in the third position with a market share of 15 percent.\n"
    "The list of best-selling phones in the quarter includes the Corvan Z5 in the top position, making up 4 percent "
    "of all shipments."
)


def statuses(text: str, check: str) -> list[str]:
    return [f.status.value for f in check_text(text).findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        (_HEADLINE.format(head="41,356"), "same_figure", ["pass"]),
        (_HEADLINE.format(head="41,357"), "same_figure", ["pass"]),
        (_HEADLINE.format(head="41,359"), "same_figure", ["fail"]),
        ("Turnout was 13, 434,574, or 79 per cent of the 17 million registered voters.", "part_share", ["pass"]),
        ("Turnout was 13, 434,574, or 89 per cent of the 17 million registered voters.", "part_share", ["fail"]),
    ],
)
def test_checked_as_one_figure(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected


def test_a_list_named_in_its_own_paragraph_is_not_ranked_against_the_brands() -> None:
    assert "fail" not in statuses(_MODELS, "rank_order")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Turnout was 13, 434,574 on the day.", [13_434_574]),
        ("On May 5, 150,000 people marched.", [150_000]),
        ("Scores were 3, 4 and 5.", [3, 4, 5]),
        ("Groups of 5, 250 and 1,000 were asked.", [5, 250, 1_000]),
    ],
)
def test_a_stray_space_after_a_thousands_comma(text: str, figures: list[float]) -> None:
    assert [c.quantity.value for c in extract_claims(text)] == figures
