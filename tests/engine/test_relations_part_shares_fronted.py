"""A player's figure fronted by "At" or "With", then its share of a whole named in the same sentence: the share is
the part over the whole. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"]


PASS = ("part_share", "pass", "info")
WARN = ("part_share", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At $61.2 billion, Corvo is the third-largest lender and holds 3.4% of the sector's entire $1.8 trillion "
         "in loans.", [PASS]),
        ("At $61.2 billion, Corvo is the third-largest lender and holds 4.4% of the sector's entire $1.8 trillion "
         "in loans.", [WARN]),
        ("With 4,100 stores, Brisk runs 21% of the country's 19,500 stores.", [PASS]),
        ("With 4,100 stores, Brisk runs 31% of the country's 19,500 stores.", [WARN]),
        ("At about 880,000 voters, the county holds some 12% of the state's 7.3 million voters.", [PASS]),
    ],
)  # fmt: skip
def test_the_fronted_figure_over_the_named_whole(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no whole named after the share, or another figure in those units
        "At $61.2 billion, Corvo holds 3.4% of loans.",
        "At $61.2 billion, Corvo holds 3.4% of the $1.8 trillion market, up from $50 billion.",
        # a whole in other units, or a share that moves
        "With 4,100 stores, Brisk runs 21% of the country's $19.5 billion drug trade.",
        "At $61.2 billion, Corvo's loans rose 3.4% of the sector's $1.8 trillion.",
        # not fronted
        "Corvo, at $61.2 billion, holds 3.4% of the sector's $1.8 trillion.",
    ],
)  # fmt: skip
def test_no_fronted_share_without_its_whole(text: str) -> None:
    assert not [r for r in check_text(text).relations if "the sentence opens on" in r.reason]
