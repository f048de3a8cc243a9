"""A move whose amount carries a word of degree: "grew by a modest 8%", "jumped a whopping 80%". The figure is
the size of the move, so it is checked against its ends and never read as a level; a rank word before the move
("the leading lender's loan book grew by ...") does not make a move and its level the two sides of a race."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def directions(text: str) -> dict[str, int | None]:
    return {text[c.span[0] : c.span[1]]: (c.change.direction if c.change else None) for c in extract_claims(text)}


def outcome(text: str, check: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text, only=[check]).findings}


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        ("Bookings at Quellin Travel grew by a modest 6% in the spring.", "6%", 1),
        ("The co-op's milk intake rose by a marginal two per cent last season.", "two per cent", 1),
        ("Footfall at the Arden arcade fell by a steep 31 percent after the fire.", "31 percent", -1),
        ("Harbour fees climbed by an eye-catching 48% under the new board.", "48%", 1),
        ("Orders for the Brisk scooter jumped a whopping 140% in its first month.", "140%", 1),
        ("Yields at the Ostrander farms dropped a hefty 22 percent in the drought.", "22 percent", -1),
        ("Sales rose a further 5% in June.", "5%", 1),
    ],
)
def test_a_word_of_degree_between_the_verb_and_the_amount_keeps_the_move(text, figure, direction):
    assert directions(text)[figure] == direction


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # an act on a thing, not a move: only "by" lets any adjective through
        ("The dockers' union declined a revised 5% offer on Tuesday.", "5%"),
        ("The Velm bakery's market share rose to a record 14% in May.", "14%"),
        ("Turnout came in at a lower 41 percent.", "41 percent"),
    ],
)
def test_look_alikes_stay_levels(text, figure):
    assert directions(text)[figure] is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Revenue at Tamsin Boats grew by a healthy 25% to $50 million from $40 million.", "pass"),
        ("Revenue at Tamsin Boats grew by a healthy 35% to $50 million from $40 million.", "fail"),
        ("Net profit at Corvel Mining slid by a painful 40% to 6 billion rand from 10 billion rand.", "pass"),
        ("Net profit at Corvel Mining slid by a painful 20% to 6 billion rand from 10 billion rand.", "fail"),
    ],
)
def test_the_qualified_move_is_checked_against_its_ends(text, status):
    assert {f.status.value for f in check_text(text).findings if f.check == "percent_change"} == {status}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank word, then a move to a level: no race, whatever the sum
        ("The average margin of the top four refiners rose by a marginal 70 per cent to 44.2 per cent.", set()),
        ("The leading lender's loan book grew by a modest 8 per cent to 97 per cent of its deposits.", set()),
        ("The top five insurers' cost ratio rose a notable 60 per cent to 55 per cent last year.", set()),
        # a race still reads as one
        ("Among likely voters, Okafor leads Brandt 52 per cent to 44 per cent.", {PASS}),
        ("Among likely voters, Okafor leads Brandt 62 per cent to 44 per cent.", {WARN}),
        ("The incumbent edged ahead in the Delmore poll, leading 51 per cent to 57 per cent.", {WARN}),
    ],
)
def test_a_rank_word_before_a_move_is_no_race(text, expected):
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        # the move's basis said between the verb and "by"
        ("Container traffic at Pell Harbour increased year-on-year by 6.4% in April.", "6.4%", 1),
        ("Hotel occupancy in Varna fell year on year by 3 percent.", "3 percent", -1),
        ("Orders at the Kessel works rose month-over-month by 2.5% in May.", "2.5%", 1),
        ("Deposits declined quarter-on-quarter by 1.1 per cent.", "1.1 per cent", -1),
        # each figure of a list after one verb, handed out by "respectively"
        ("Exports and imports of Marlin Isle rose 5.2% and 3.1% respectively in March.", "3.1%", 1),
        ("Sales at Pomfret and Lisle fell by 3.8% and 1.6%, respectively.", "1.6%", -1),
        ("Wheat, barley and oats climbed 4%, 6% and 9% respectively last season.", "6%", 1),
        ("Wheat, barley and oats climbed 4%, 6% and 9% respectively last season.", "9%", 1),
        ("Fares on the two lines rose 3% and 5% in May and June respectively.", "5%", 1),
    ],
)
def test_a_move_named_by_its_basis_or_listed_keeps_its_direction(text, figure, direction):
    assert directions(text)[figure] == direction


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no "respectively": the second figure may be a level of something else
        ("Revenue at Corbel rose 5% and 8% of its staff were let go.", "8%"),
        ("Prices rose 2%, and 40% of shoppers noticed.", "40%"),
        # a level after "to" is no member of the list
        ("Turnout rose 4% to 61% and 58% respectively in the two wards.", "58%"),
        # "year-on-year" alone before a figure is no move of the verb before it
        ("The bank kept its growth target year on year at 3%.", "3%"),
    ],
)
def test_figures_near_a_list_or_a_basis_stay_levels(text, figure):
    assert directions(text)[figure] is None
