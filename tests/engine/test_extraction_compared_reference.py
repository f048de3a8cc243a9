"""A "than" comparative right after a figure compares it with the figure that follows: "6% more than 3.8 million".

The figure after "more than" there is the reference the comparison is measured from, stated exactly; it is no hedge
("more than 3.8 million" alone is). After a comma the words open a new figure, and hedge it. Every sentence is made
up.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.quantity import Hedge
from factcheck.runner import check_text


def hedge_of(text: str, figure: str) -> Hedge:
    return next(c.quantity.hedge for c in extract_claims(text) if c.quantity.text.startswith(figure))


@pytest.mark.parametrize(
    ("text", "figure", "hedge"),
    [
        ("The ferry line carried 2.6 million people, 8% more than 2.4 million in 2023.", "2.4 million", Hedge.EXACT),
        ("Pelt Farms sold 1,150 tonnes, 150 tonnes less than 1,300 tonnes a year ago.", "1,300", Hedge.EXACT),
        ("Output was three times greater than 410 units in the pilot year.", "410", Hedge.EXACT),
        ("The index stood 2 points higher than 96.5 a month before.", "96.5", Hedge.EXACT),
        # a hedge of its own: after a comma, or with no figure before it
        ("The ferry line grew 8%, more than 2.4 million people travelled.", "2.4 million", Hedge.OVER),
        ("Pelt Farms sold more than 1,300 tonnes.", "1,300", Hedge.OVER),
        ("The museum drew 410,000 visitors, fewer than 500,000 hoped for.", "500,000", Hedge.UNDER),
        # a year or a day of the month before the words is no figure compared
        ("In 2023 more than 3,000 runners took part.", "3,000", Hedge.OVER),
        ("On May 5 more than 300 flights were cancelled.", "300", Hedge.OVER),
    ],
)  # fmt: skip
def test_a_figure_after_a_compared_figure_is_exact(text: str, figure: str, hedge: Hedge) -> None:
    assert hedge_of(text, figure) == hedge


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ferry line carried 2.6 million people, 8% more than 2.4 million in 2023.", ("pass", "info")),
        ("The ferry line carried 2.6 million people, 14% more than 2.4 million in 2023.", ("fail", "warning")),
        ("The bakery sold 930 loaves, 7% fewer than 1,000 the week before.", ("pass", "info")),
        ("The bakery sold 930 loaves, 12% fewer than 1,000 the week before.", ("fail", "warning")),
    ],
)  # fmt: skip
def test_the_change_is_checked_against_its_reference(text: str, expected: tuple[str, str]) -> None:
    found = {(f.status.value, f.severity.value) for f in check_text(text, only=["percent_change"]).findings}
    assert found == {expected}
