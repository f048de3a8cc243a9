"""Counts and amounts per unit ("2.2 goals per game", "$5 million a store"): table-driven, made-up sentences.

Before, these read as plain counts or amounts, so a per-game average looked like a season's total and the
per-unit finders never saw a rate. Look-alikes where "a" opens a new noun phrase must stay as they were.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_quantities
from factcheck.quantity import QuantityKind
from factcheck.runner import check_text

K = QuantityKind

# text, surface, value, unit, kind
PER_UNIT = [
    ("Ortiz netted 1.8 goals per game across the spring.", "1.8 goals per game", 1.8, "goals / game", K.PER_UNIT),
    ("The guard averaged 27 rebounds a game in April.", "27 rebounds a game", 27, "rebounds / game", K.PER_UNIT),
    ("Halvek budgets $4 million a store for refits.", "$4 million a store", 4e6, "USD / store", K.PER_UNIT),
    ("The ferry burns 90 litres an hour.", "90 litres an hour", 90, "liter / hour", K.DIMENSION),
    ("Renters paid $640 a household last winter.", "$640 a household", 640, "USD / household", K.PER_UNIT),
    ("Corlane ships 310 parcels per driver, the firm said.", "310 parcels per driver", 310, "parcels / driver",
     K.PER_UNIT),
    ("The county logged 14 injuries per 100,000 residents.", "14 injuries per 100,000 residents", 14,
     "injuries / u_100000_residents", K.PER_UNIT),
    ("Wards hold 2.6 nurses per 1000 patients.", "2.6 nurses per 1000 patients", 2.6, "nurses / u_1000_patients",
     K.PER_UNIT),
    ("Brewers charge $11 a bottle at the gate.", "$11 a bottle", 11, "USD / bottle", K.PER_UNIT),
    ("Beans sell for 31,000 Vietnamese dong a kilo.", "31,000 Vietnamese dong a kilo", 31000, "VND / kilo",
     K.PER_UNIT),
    ("Sensors read 900 parts per million.", "900 parts", 900, "parts", K.COUNT),  # a concentration's own unit
]  # fmt: skip

# text, surface, value, unit, kind: "a" starts another noun phrase, or a time reference follows
UNCHANGED = [
    ("Halvek raised $4 million a spokesman said.", "$4 million", 4e6, "USD", K.MONEY),
    ("Halvek spent $4 million a store owner claimed.", "$4 million", 4e6, "USD", K.MONEY),
    ("Corlane had 310 drivers a year earlier.", "310 drivers", 310, "drivers", K.COUNT),
    ("Payrolls grew by 150,000 jobs a month.", "150,000 jobs", 150000, "jobs", K.COUNT),  # a month's count
    ("Corlane hired 85 engineers a decade ago.", "85 engineers", 85, "engineers", K.COUNT),
    ("The club has 12 coaches and a physio.", "12 coaches", 12, "coaches", K.COUNT),
    ("Brisk sold 40 kettles, a record for May.", "40 kettles", 40, "kettles", K.COUNT),
    ("Tolva owns 9 warehouses a few miles apart.", "9 warehouses", 9, "warehouses", K.COUNT),
    ("Tolva lost $2 million a Friday filing showed.", "$2 million", 2e6, "USD", K.MONEY),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), PER_UNIT + UNCHANGED)
def test_a_figure_per_unit_reads_as_one(text: str, surface: str, value: float, unit: str, kind: K) -> None:
    hits = [q for q in extract_quantities(text) if q.text == surface]
    assert hits, [q.text for q in extract_quantities(text)]
    q = hits[0]
    assert (q.value, q.unit, q.kind) == (pytest.approx(value), unit, kind)


def test_two_denominators_of_one_size_read_alike() -> None:
    a = extract_quantities("Wards hold 2.6 nurses per 1,000 patients.")[0]
    b = extract_quantities("Clinics hold 1.9 nurses per 1000 patients.")[0]
    assert a.unit == b.unit


# text, the figures read, each with its unit
ELIDED = [
    ("Break-ins fell from 31.4 break-ins per 1,000 homes in 2021 to 28.9 per 1,000 in 2022.",
     [("31.4 break-ins per 1,000 homes", "break_ins / u_1000_homes"), ("28.9 per 1,000", "break_ins / u_1000_homes")]),
    ("The clinic saw 7 visits per 100 members, up from 5 per 100 a year before.",
     [("7 visits per 100 members", "visits / u_100_members"), ("5 per 100", "visits / u_100_members")]),
    # A different round number is another rate: the bare figure keeps its plain reading.
    ("Crashes ran at 4 crashes per 1,000 drivers and 9 per 100 in the city.",
     [("4 crashes per 1,000 drivers", "crashes / u_1000_drivers"), ("9", "dimensionless"), ("100", "dimensionless")]),
    # A new sentence does not borrow the unit.
    ("Thefts hit 12 thefts per 1,000 homes. Output was 40 per 1,000.",
     [("12 thefts per 1,000 homes", "thefts / u_1000_homes"), ("40", "dimensionless"), ("1,000", "dimensionless")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ELIDED)
def test_a_rate_with_its_noun_left_out_is_the_rate_before_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(q.text, q.unit) for q in extract_quantities(text)] == expected


# An average per game against the counts it averages: one unit, so a wrong average is a warning.
AVERAGES = [
    ("Pell landed 2, 4 and 3 tackles in her last three games, averaging 3 tackles a game.", ("pass", "info")),
    ("Pell landed 2, 4 and 3 tackles in her last three games, averaging 6 tackles a game.", ("fail", "warning")),
    ("The rookie made 5, 7 and 6 saves over his past three outings, averaging 6 saves per outing.", ("pass", "info")),
]


@pytest.mark.parametrize(("text", "expected"), AVERAGES)
def test_an_average_per_unit_checks_against_the_counts(text: str, expected: tuple[str, str]) -> None:
    found = {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "average"}
    assert found == {expected}


# "a 5,000-strong workforce": a headcount printed as a compound adjective (before, no figure at all)
STRONG = [
    ("Vesta trimmed its 8,400-strong workforce.", "8,400-strong workforce", 8400, "employees"),
    ("Vesta trimmed its 2,100-strong regional staff by a tenth.", "2,100-strong regional staff", 2100, "employees"),
    ("A 650-strong crowd waited outside.", "650-strong crowd", 650, "people"),
    ("The 30-strong choir sang.", "30-strong choir", 30, "members"),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), STRONG)
def test_a_strong_compound_is_a_headcount(text: str, surface: str, value: float, unit: str) -> None:
    hits = [q for q in extract_quantities(text) if q.text == surface]
    assert hits, [q.text for q in extract_quantities(text)]
    assert (hits[0].value, hits[0].unit, hits[0].kind) == (value, unit, K.COUNT)
