"""More structures from news the engine was never tuned on, each with the version that must still be checked.
Every sentence is made up.

- A headline cuts an index's decimals as often as it rounds them: "at new high of 38,627" over "closed at
  38,627.68" is the same figure.
- "8, 216,309": a thousands comma with a stray space is one figure, not 8 and 216,309 (a date before it, "May 5,
  150,000 people", is not joined).
- A paragraph that names its own list ("The list of top-selling handsets ... in the top position") ranks another
  set than the brands' market shares told above it.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text

_HEADLINE = (
    "Closing bell: Tarvo index at new high of {head} as banks surge\n\n"
    "On Wednesday the Tarvo index closed at 38,627.68, a rise of 438.90 points or 1.15 per cent."
)
_MODELS = (
    "Over the three months, Corvan and Pella led the market, holding 22 and 16 percent respectively.\n"
    "Corvan sits first with a 19 percent share, and Pella comes close behind on 16 percent. Ostby ranks third at "
    "13 percent.\n"
    "The list of top-selling handsets for the period puts the Corvan Z5 in the top position, with 3 percent of all "
    "shipments."
)


def statuses(text: str, check: str) -> list[str]:
    return [f.status.value for f in check_text(text).findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        (_HEADLINE.format(head="38,627"), "same_figure", ["pass"]),
        (_HEADLINE.format(head="38,628"), "same_figure", ["pass"]),
        (_HEADLINE.format(head="38,631"), "same_figure", ["fail"]),
        ("Turnout was 8, 216,309, or 64 per cent of the 12.8 million voters on the roll.", "part_share", ["pass"]),
        ("Turnout was 8, 216,309, or 74 per cent of the 12.8 million voters on the roll.", "part_share", ["fail"]),
    ],
)
def test_checked_as_one_figure(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected


def test_a_list_named_in_its_own_paragraph_is_not_ranked_against_the_brands() -> None:
    assert "fail" not in statuses(_MODELS, "rank_order")


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Some 8, 216,309 people voted on the day.", [8_216_309]),
        ("On May 5, 150,000 people marched.", [150_000]),
        ("Scores were 3, 4 and 5.", [3, 4, 5]),
        ("Groups of 5, 250 and 1,000 were asked.", [5, 250, 1_000]),
    ],
)
def test_a_stray_space_after_a_thousands_comma(text: str, figures: list[float]) -> None:
    assert [c.quantity.value for c in extract_claims(text)] == figures
