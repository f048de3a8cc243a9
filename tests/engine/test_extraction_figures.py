"""Table tests for figures the relation finders lean on: sub-units, moves, shared scales, points, signs.

Every sentence here is made up.
"""

from __future__ import annotations

import math

import pytest

from factcheck.claim import ChangeKind
from factcheck.extraction import extract_claims, extract_quantities
from factcheck.quantity import QuantityKind

K = QuantityKind


def _found(text: str) -> list[tuple[str, float, str]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text)]


def _approx(expected: list[tuple[str, float, str]]) -> list[tuple[str, object, str]]:
    return [(s, pytest.approx(v), u) for s, v, u in expected]


_FAR = " The chief executive said trading had been steady in every region and the outlook was unchanged." * 5

# Sub-units are money in the main unit, their rounding scaled with them: (text, surface, value, unit, rounding)
SUBUNITS = [
    ("The lender slipped 4.1% or 62p to end at £14.30.", "62p", 0.62, "GBP", 0.005),
    ("A UK grocer paid a dividend of 3.25p.", "3.25p", 0.0325, "GBP", 0.00005),
    ("The insurer, listed in London, gained 7p a share.", "7p a share", 0.07, "GBP / share", 0.005),
    # British money copy anywhere in the article makes a glued "p" pence, however far from its cue
    ("Corvel Homes made £41m." + _FAR + " It rose 6p to 212p.", "212p", 2.12, "GBP", 0.005),
    ("The FTSE 250 slipped." + _FAR + " Corvel closed up 6p at 212p.", "6p", 0.06, "GBP", 0.005),
    ("Sales rose 3.5pc." + _FAR + " A loaf now costs 145p.", "145p", 1.45, "GBP", 0.005),
    ("Shares in Corvel rose 6p to 212p.", "212p", 2.12, "GBP", 0.005),  # a capital "Shares" is a share price too
    ("Its final payout is 8 HK cents, against 5 HK cents.", "8 HK cents", 0.08, "HKD", 0.005),
    ("The miner pays 40 US cents a share.", "40 US cents a share", 0.4, "USD / share", 0.005),
    ("Bond fees were 3 euro cents per unit.", "3 euro cents per unit", 0.03, "EUR / unit", 0.005),
    ("The planter rose 12 sen to RM4.10.", "12 sen", 0.12, "MYR", 0.005),
    ("The rupee firmed 35 paise against the dollar.", "35 paise", 0.35, "INR", 0.005),
    ("The rouble shed 40 kopecks overnight.", "40 kopecks", 0.4, "RUB", 0.005),
    ("Pump prices rose 9 cents a gallon.", "9 cents a gallon", 0.09, "USD / gallon", 0.005),
    # Bare "cents" beside a price in another dollar are that dollar's cents.
    ("The retailer added 6 cents to A$2.45.", "6 cents", 0.06, "AUD", 0.005),
    ("The toll fell 20 cents to C$3.80 a trip.", "20 cents", 0.2, "CAD", 0.005),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "rounding"), SUBUNITS, ids=[s[0] for s in SUBUNITS])
def test_subunits_are_money_in_the_main_unit(text: str, surface: str, value: float, unit: str, rounding: float) -> None:
    quantity = next((q for q in extract_quantities(text) if q.text == surface), None)
    assert quantity is not None, _found(text)
    assert quantity.kind in (K.MONEY, K.PER_UNIT)
    assert (quantity.unit, quantity.value) == (unit, pytest.approx(value))
    assert math.isclose(quantity.rounding, rounding, rel_tol=1e-9)


NOT_PENCE = [
    ("The camera records 1080p video on a UK-made sensor.", "1080"),
    ("The striker scored 3p in the league.", "3"),
    # no British money anywhere: a glued "p" stays unread
    ("Corvel closed up 6p at 212p.", "6"),
    ("Corvel Homes made $41m." + _FAR + " It rose 6p to 212p.", "212"),
    # a "p" that is something else, even in British copy
    ("A UK lab modelled the 2p orbital of £40m worth of samples.", "2"),
    ("The euro rose 0.4 cents to $1.1230.", "0.4 cents"),
]


@pytest.mark.parametrize(("text", "surface"), NOT_PENCE)
def test_a_glued_p_is_pence_only_in_money_copy(text: str, surface: str) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text.startswith(surface.split()[0]))
    assert quantity.unit != "GBP"
    if "cents" in surface:
        assert quantity.unit == "USD"  # beside a US dollar price, cents stay US cents


def test_a_time_is_never_pence_in_british_copy() -> None:
    text = "The FTSE 100 closed at 5p.m. on Friday, with Corvel up 6p at 212p."
    assert [q.text for q in extract_quantities(text) if q.unit == "GBP"] == ["6p", "212p"]


# "from X to Y" after a verb of change is two figures; real ranges stay ranges.
MOVES = [
    (
        "Its order book improved from 14.6 million to 18.3 million.",
        [("14.6 million", 14.6e6, "dimensionless"), ("18.3 million", 18.3e6, "dimensionless")],
    ),
    ("The gap widened from 2.4 to 3.9 percent.", [("2.4", 2.4, "percent"), ("3.9 percent", 3.9, "percent")]),
    (
        "The spread narrowed from $0.8 billion to $0.5 billion.",
        [("$0.8 billion", 0.8e9, "USD"), ("$0.5 billion", 0.5e9, "USD")],
    ),
    ("Their headcount went from 310 to 450 staff.", [("310", 310, "staff"), ("450 staff", 450, "staff")]),
    ("The target shifted from 6 to 8 percent.", [("6", 6, "percent"), ("8 percent", 8, "percent")]),
    ("The forecast was revised from 1.1% to 1.6%.", [("1.1%", 1.1, "percent"), ("1.6%", 1.6, "percent")]),
    ("Output expanded from 40 to 55 tonnes.", [("40", 40, "metric_ton"), ("55 tonnes", 55, "metric_ton")]),
    ("The result swung from $3 million to $5 million.", [("$3 million", 3e6, "USD"), ("$5 million", 5e6, "USD")]),
    # Levels of a series, each with its date: no verb needed.
    (
        "Its fleet, from 120 jets in 2022 to 150 jets in 2024, is young.",
        [("120 jets", 120, "jets"), ("150 jets", 150, "jets")],
    ),
]
RANGES = [
    ("Fees run between 4 and 6 per cent.", "4 and 6 per cent", (4, 6)),
    ("Fees run 4 to 6 per cent a year.", "4 to 6 per cent", (4, 6)),
    ("A survey of voters aged 21 to 39 followed.", "21 to 39", (21, 39)),
    ("It guided to sales of $2.41 billion to $2.45 billion.", "$2.41 billion to $2.45 billion", (2.41e9, 2.45e9)),
    ("Seats cost from $40 to $95.", "$40 to $95", (40, 95)),
    ("Bids for the increase ranged from 3 to 5 percent.", "3 to 5 percent", (3, 5)),
    ("Prices are expected to rise 2 to 4 percent.", "2 to 4 percent", (2, 4)),
    # Without "from", participles are adjectives of the range.
    ("It expects adjusted profit of $2.10 to $2.15 per share.", "$2.10 to $2.15 per share", (2.10, 2.15)),
    ("It set a revised target of 5 to 7 percent.", "5 to 7 percent", (5, 7)),
]


@pytest.mark.parametrize(("text", "expected"), MOVES, ids=[m[0] for m in MOVES])
def test_a_move_from_one_level_to_another_is_two_figures(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == _approx(expected)


@pytest.mark.parametrize(("text", "surface", "ends"), RANGES, ids=[r[0] for r in RANGES])
def test_real_ranges_stay_ranges(text: str, surface: str, ends: tuple[float, float]) -> None:
    quantity = next((q for q in extract_quantities(text) if q.text == surface), None)
    assert quantity is not None, _found(text)
    assert quantity.is_range and quantity.ends == (pytest.approx(ends[0]), pytest.approx(ends[1]))


# A space lost between a small word and the figure.
GLUED = [
    (
        "Turnout climbed from62.5 percent to 66.0 percent.",
        [("62.5 percent", 62.5, "percent"), ("66.0 percent", 66.0, "percent")],
    ),
    (
        "Costs fell to4 million, from 5 million.",
        [("4 million", 4e6, "dimensionless"), ("5 million", 5e6, "dimensionless")],
    ),
    ("It beat the V8 and the Q5 models.", []),
]


@pytest.mark.parametrize(("text", "expected"), GLUED, ids=[g[0] for g in GLUED])
def test_a_lost_space_after_a_small_word(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == _approx(expected)


def test_a_lost_space_still_links_from_and_to() -> None:
    claims = extract_claims("Turnout climbed from62.5 percent to 66.0 percent.")
    assert claims[0].related.get("to") == claims[1].id and claims[1].related.get("from") == claims[0].id


# A scale printed on one side of a from/to pair.
PAIR_SCALES = [
    (
        "Profit grew from Rs 1,840.2 crore in FY22 to Rs 2,106.7 in FY23.",
        [("Rs 1,840.2 crore", 1840.2e7, "INR"), ("Rs 2,106.7", 2106.7e7, "INR")],
    ),
    (
        "Revenue climbed to $4.6 billion in 2024 from $3.9 in 2023.",
        [("$4.6 billion", 4.6e9, "USD"), ("$3.9", 3.9e9, "USD")],
    ),
    (
        "Members rose from 12.5 million in 2022 to 14.1 in 2023.",
        [("12.5 million", 12.5e6, "dimensionless"), ("14.1", 14.1e6, "dimensionless")],
    ),
    ("Funding rose from $2 to $5 million.", [("$2", 2e6, "USD"), ("$5 million", 5e6, "USD")]),
    # Too far apart once scaled: the bare figure keeps its own size.
    ("The fee fell from $5 billion to $4,000 in a year.", [("$5 billion", 5e9, "USD"), ("$4,000", 4000, "USD")]),
]


@pytest.mark.parametrize(("text", "expected"), PAIR_SCALES, ids=[p[0] for p in PAIR_SCALES])
def test_a_scale_printed_once_serves_both_ends(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == _approx(expected)


def test_a_shared_scale_scales_the_rounding() -> None:
    bare = extract_quantities("Profit grew from Rs 1,840.2 crore in FY22 to Rs 2,106.7 in FY23.")[1]
    assert math.isclose(bare.rounding, 0.05e7)


# Points of a rate: (text, surface, value, direction)
POINTS = [
    ("The jobless rate ticked down a tenth of a point to 4.3 percent.", "a tenth of a point", 0.1, -1),
    ("Its margin rose three-tenths of a percentage point.", "three-tenths of a percentage point", 0.3, 1),
    ("Mortgage yields fell half a point this week.", "half a point", 0.5, -1),
    ("The central bank cut rates by a quarter point.", "a quarter point", 0.25, -1),
    ("The board raised its policy rate 50 basis points.", "50 basis points", 0.5, 1),
    ("Approval slipped 3 points to 41%.", "3 points", 3.0, -1),
    ("Inflation eased 0.2 point to 2.9 percent.", "0.2 point", 0.2, -1),
    ("A 75-basis-point hike is expected.", "75-basis-point", 0.75, 1),
    # tenths of a point with the point left out, running into the rate moved from or to
    ("In Kerry the jobless rate was 5.2%, down three-tenths from March's 5.5%.", "three-tenths", 0.3, -1),
    ("Mortgage delinquencies ticked up two-tenths to 3.6 percent last quarter.", "two-tenths", 0.2, 1),
    ("Household saving dropped a tenth of 1 percentage point, to 4.4%.", "a tenth of 1 percentage point", 0.1, -1),
]


@pytest.mark.parametrize(("text", "surface", "value", "direction"), POINTS, ids=[p[0] for p in POINTS])
def test_points_of_a_rate_are_percentage_point_changes(text: str, surface: str, value: float, direction: int) -> None:
    claim = next((c for c in extract_claims(text) if c.quantity.text == surface), None)
    assert claim is not None, [c.quantity.text for c in extract_claims(text)]
    assert claim.quantity.kind is K.PERCENTAGE_POINT and claim.quantity.unit == "percentage_point"
    assert claim.quantity.value == pytest.approx(value)
    assert claim.change is not None and claim.change.kind is ChangeKind.POINTS
    assert claim.change.direction == direction


INDEX_POINTS = [
    ("The Dow lost 210 points, or 0.6%.", "210 points"),
    ("The index rose 1.5 points to 3,412.", "1.5 points"),
]


# Tenths with no "point" that are no points of a rate: a single tenth (often a relative move), a share of people,
# a move into a count, a rate printed without decimals.
NOT_POINTS = [
    "Turnout fell a tenth from 61.0% to 55.0%.",
    "Two-tenths of the staff voted, up from 18.5% last time.",
    "Grain stocks rose three-tenths to 4,200 tonnes.",
    "Its share of the market fell three-tenths to 12%.",
]


@pytest.mark.parametrize("text", NOT_POINTS)
def test_bare_tenths_need_a_rate_move(text: str) -> None:
    assert not [q for q in extract_quantities(text) if q.kind is K.PERCENTAGE_POINT]


@pytest.mark.parametrize(("text", "surface"), INDEX_POINTS)
def test_index_points_stay_points(text: str, surface: str) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text == surface)
    assert quantity.kind is K.COUNT


# A percentage printed with its sign is a change: (text, surface, value, direction or None)
SIGNED = [
    ("Operating profit £41.2m (2002: £37.9m) +8.7%", "+8.7%", 8.7, 1),
    ("Net sales 2,840 2,910 -2.4%", "-2.4%", -2.4, -1),
    ("Exports + 6.1% and imports −1.5% in the month", "+ 6.1%", 6.1, 1),
    ("Exports + 6.1% and imports −1.5% in the month", "−1.5%", -1.5, -1),
    ("The margin fell to 5.2% (-0.3 pp).", "-0.3 pp", -0.3, -1),
    # Levels printed with a minus are no moves.
    ("The bank set its deposit rate at -0.4%.", "-0.4%", -0.4, None),
    ("Core inflation was -0.2% in March.", "-0.2%", -0.2, None),
]


@pytest.mark.parametrize(("text", "surface", "value", "direction"), SIGNED, ids=[f"{s[0]} {s[1]}" for s in SIGNED])
def test_signed_percentages_are_changes(text: str, surface: str, value: float, direction: int | None) -> None:
    claim = next((c for c in extract_claims(text) if c.quantity.text == surface), None)
    assert claim is not None, [c.quantity.text for c in extract_claims(text)]
    assert claim.quantity.value == pytest.approx(value)
    if direction is None:
        assert claim.change is None
    else:
        assert claim.change is not None and claim.change.direction == direction


def test_a_level_restated_beside_its_move_is_no_move() -> None:
    claims = {c.quantity.text: c for c in extract_claims("The margin fell to 5.2% (-0.3 pp).")}
    assert claims["5.2%"].change is None


# Halves of a period are no fractions: (text, values expected)
HALVES = [
    ("In the first half of 2023, sales rose 4%.", [4.0]),
    ("In the second half, costs fell 2%.", [2.0]),
    ("First-half earnings grew 7%.", [7.0]),
    ("Second-half margins rose 1%.", [1.0]),
    ("H1 revenue climbed 3%.", [3.0]),
    ("Demand in the back half of the year slowed 5%.", [5.0]),
    ("It expects a recovery in the latter half of 2025.", []),
    ("In the first six months, orders rose 9%.", [6.0, 9.0]),
    ("Half of the orders came from Spain.", [0.5]),
]


@pytest.mark.parametrize(("text", "values"), HALVES, ids=[h[0] for h in HALVES])
def test_halves_of_a_period_are_not_fractions(text: str, values: list[float]) -> None:
    found = extract_quantities(text)
    assert [q.value for q in found] == values
    assert all(q.kind is not K.RANK for q in found)


# Per-share figures keep the kind of share in their surface.
PER_SHARE = [
    ("It earned $1.14 per diluted share.", "$1.14 per diluted share"),
    ("It earned $0.88 a basic share.", "$0.88 a basic share"),
    ("The dividend is 12p per ordinary share, the London group said.", "12p per ordinary share"),
    ("It earned $2.05 per fully diluted share.", "$2.05 per fully diluted share"),
]


@pytest.mark.parametrize(("text", "surface"), PER_SHARE)
def test_per_share_surfaces_include_the_share(text: str, surface: str) -> None:
    quantity = next((q for q in extract_quantities(text) if q.text == surface), None)
    assert quantity is not None, _found(text)
    assert quantity.kind is K.PER_UNIT and quantity.unit.endswith("/ share")


@pytest.mark.parametrize(
    ("text", "surface", "direction"),
    [
        ("The price is now 7.1 percent below the record set in June.", "7.1 percent", -1),
        ("Sales were 5.8% above last year's level.", "5.8%", 1),
        ("The shares trade 12% ahead of the offer price.", "12%", 1),
    ],
)
def test_a_percentage_placed_against_a_base_is_a_change(text: str, surface: str, direction: int) -> None:
    [claim] = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert claim.change is not None and claim.change.direction == direction


def test_a_bare_above_is_not_a_change() -> None:
    text = "Turnout stayed above 60% in every district."
    [claim] = [c for c in extract_claims(text) if "60" in c.quantity.text]
    assert claim.change is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a slipped key or a decimal comma groups digits in no way a figure is read: nothing is taken from them
        ("The council proposed a Rs 231,6700 crore plan.", []),
        ("Prices rose 2,4 per cent in March.", []),
        ("Turnout reached 61,25 percent.", []),
        # the groupings read stay read
        ("The plan costs Rs 1,31,760 crore.", [("Rs 1,31,760 crore", 1.3176e12, "INR")]),
        ("The plan costs $231,670 in all.", [("$231,670", 231670.0, "USD")]),
        ("Kits went to 12 schools, 40 clinics.", [("12 schools", 12.0, "schools"), ("40 clinics", 40.0, "clinics")]),
    ],
)
def test_digits_grouped_in_no_known_way_are_no_figure(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert _found(text) == expected
