"""A total over a stated period restated as an average per shorter period ("sold 4,200 bikes over the past six
months, or about 700 a month"), and a total over a stated count of members restated per member, end to end on
made-up sentences: several cue words, orders and periods, and look-alikes that must not pair."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year of months, the average named before its figure
        ("Hiring at Quellmark rose by 1.4 million over the year, an average monthly gain of 117,000.", {PASS}),
        ("Hiring at Quellmark rose by 1.4 million over the year, an average monthly gain of 171,000.", {WARN}),
        # a quarter of months, money per month after the figure
        ("The Orrin fund drew $3.6 billion in the quarter, or an average of $1.2 billion a month.", {PASS}),
        ("The Orrin fund drew $3.6 billion in the quarter, or an average of $2.1 billion a month.", {WARN}),
        # a week of days, a bare comma and a hedge
        ("The Varnley gallery logged 1,460 visitors over the week, about 209 a day.", {PASS}),
        ("The Varnley gallery logged 1,460 visitors over the week, about 290 a day.", {WARN}),
        # the period leads the clause, a counted window
        ("During the past six months the Pellow shop moved 4,200 scooters, or about 700 a month.", {PASS}),
        ("During the past six months the Pellow shop moved 4,200 scooters, or about 900 a month.", {WARN}),
        # a counted run of years, "averaging"
        ("Tamsin Labs spent $90 million across three years, averaging $30 million per year.", {PASS}),
        ("Tamsin Labs spent $90 million across three years, averaging $45 million per year.", {WARN}),
        # a named calendar or fiscal year: 12 months, 365 days
        ("Nexa shipped 1.2 million handsets in fiscal 2024, an average of 100,000 a month.", {PASS}),
        ("Nexa shipped 1.2 million handsets in fiscal 2024, an average of 150,000 a month.", {WARN}),
        ("Police in Dunmere logged 1,460 burglaries during 2023, or four a day.", {PASS}),
        ("Police in Dunmere logged 1,460 burglaries during 2023, or six a day.", {WARN}),
        # the average opens the next sentence
        ("Calloway Air flew 2.4 million passengers in the first half. That works out to 400,000 a month.", {PASS}),
        ("Calloway Air flew 2.4 million passengers in the first half. That works out to 600,000 a month.", {WARN}),
        ("Weld Bank booked $840 million over two years. That's an average of $35 million per month.", {PASS}),
        ("Weld Bank booked $840 million in the third quarter, or $280 million a month.", {PASS}),
        ("Weld Bank booked $840 million in the third quarter, or $420 million a month.", {WARN}),
    ],
)
def test_a_period_total_restated_per_shorter_period(text: str, expected: set) -> None:
    assert verdicts(text, "run_rate") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a period still running has no known count of months
        "So far this year the Pellow shop moved 4,200 scooters, or about 700 a month.",
        # no restating words: a second subject's rate
        "Rivo sold 2,400 vans in the year, and Delm sold 200 a month.",
        # "the years" counts nothing
        "Over the years the Pellow shop moved 4,200 scooters, or about 700 a year.",
        # days in a month are not an exact count
        "The Brennet clinic saw 900 patients over the month, about 30 a day.",
        # another figure stands between the total and the rate
        "Rivo earned $4 billion in the year, up from $3 billion, or $250 million a quarter.",
        # "a year earlier" dates a figure, it is no rate
        "Torvin earned $31.1 million in its latest year, or $26.2 million a year earlier.",
        # a level reached in the period is no sum over it
        "The sedan's sticker price rose to $40,000 over the year, averaging $3,000 a month.",
        # a span of years written with a dash is no one year
        "Nexa shipped 1.2 million handsets in 2023-24, an average of 100,000 a month.",
        # the next sentence compares, it does not restate
        "Calloway Air flew 2.4 million passengers in the first half. That is 50,000 a month more than rivals.",
        "Calloway Air flew 2.4 million passengers in the first half, about 50,000 a month fewer than in 2019.",
        # "year-earlier" dates the quarter, it is no year
        "Nexa's sales were $3.6 billion in the year-earlier quarter, or $1.2 billion a month.",
        # the rate is in another measure than the total
        "Rivo earned $4 billion in the year, or about 3,000 orders a month.",
    ],
)
def test_no_period_average_without_the_structure(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.kind.value == "run_rate"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 13 squads netted 25 goals, an average of 1.92 per squad.", {PASS}),
        ("The 13 squads netted 25 goals, an average of 2.92 per squad.", {WARN}),
        ("Its 8 branches lent $48 million last spring, or about $6 million per branch.", {PASS}),
        ("Its 8 branches lent $48 million last spring, or about $8 million per branch.", {WARN}),
        # a bare comma before a hedge restates too
        ("Brindle sold 8,000 parkas across its 16 outlets, about 500 per outlet.", {PASS}),
        ("Brindle sold 8,000 parkas across its 16 outlets, about 800 per outlet.", {WARN}),
        # "each" is per the one count the rate does not measure
        ("The 40 partners of the Ostrava pact pledged $2 billion, or $50 million each.", {PASS}),
        ("The 40 partners of the Ostrava pact pledged $2 billion, or $80 million each.", {WARN}),
    ],
)
def test_a_total_over_members_restated_per_member(text: str, expected: set) -> None:
    assert verdicts(text, "per_unit") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare comma with no hedge may open a list: the rate could restate the sum
        "The 9 works made 450,000 sedans, 30,000 lorries, 50,000 per works.",
        # "each" with two counts, or with a stretch of time, may be per either
        "The 40 partners and 12 donors pledged $2 billion, or $50 million each.",
        "The 40 partners pledged $2 billion over five years, or $50 million each.",
        # the rate's noun counts nothing in the sentence
        "Brindle sold 8,000 parkas last winter, about 500 per outlet.",
    ],
)
def test_no_member_average_without_the_structure(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.kind.value == "per_unit"]


@pytest.mark.parametrize(
    ("total_kind", "rate_kind", "rate_unit"),
    [("count", "count", None), ("count", "per_unit", "/ game"), ("count", "count", "")],
)
def test_a_figure_that_names_no_noun_or_unit_is_no_same_measure(total_kind, rate_kind, rate_unit) -> None:
    # Odd claims (a count with neither noun nor unit) must give "not the same", never an error.
    from factcheck.relations.per_unit_averages import same_measure
    from tests.engine.claim_factory import Article

    art = Article("Orders came to 40 over 4 weeks, about 10 a week.")
    total = art.claim("40", 40, total_kind, unit="")
    rate = art.claim("10", 10, rate_kind, unit=rate_unit if rate_unit is not None else "")
    assert same_measure(total, rate) is False
