"""A level told round and hedged ("close to $70", "below 31 million bpd", "more than 52,000 cars") against its exact
form further down: the exact one must lie on the hedge's side of the round figure.

Bounds a class of things is said to pass, a counted group's bound, a bound held for a streak, a figure too far from
the round one and an earlier level do not pair.
"""

from __future__ import annotations

import pytest

from factcheck.relations.same_figures_round_levels import find
from tests.engine.test_checks_changes import PASS, QUIET, WARN, figure_pairs, verdicts


def _pairs(text: str) -> set[tuple[str, str]]:
    return figure_pairs(find, text)


def _verdicts(text: str) -> set[tuple[str, str]]:
    return verdicts(text, "same_figure", pairing="round form of the level")


_CRUDE = (
    "Calder crude settles close to $70 as Ostrel blend climbs above $64 a barrel\n\n"
    "Calder crude added 61 cents to settle at {a} a barrel on Tuesday. The Ostrel blend rose 38 cents to end at "
    "{b} a barrel."
)
_OUTPUT = (
    "Harlow's oil output fell below 31 million barrels per day in March, a survey showed. Exports slowed. "
    "Harlow's oil output came in at {a} million bpd in March, the survey found."
)
_CARS = (
    "Norvik said on Friday it built more than 52,000 cars in the quarter and delivered almost 50,000. "
    "Demand held up in Europe. Production came to {a} cars and deliveries to {b} cars."
)


@pytest.mark.parametrize(
    ("text", "pairs", "expected"),
    [
        # two round prices in a headline, each with its exact close in the body
        (
            _CRUDE.format(a="$69.42", b="$64.31"),
            {("$70", "$69.42 a barrel"), ("$64 a barrel", "$64.31 a barrel")},
            {PASS},
        ),
        (
            _CRUDE.format(a="$70.42", b="$64.31"),
            {("$70", "$70.42 a barrel"), ("$64 a barrel", "$64.31 a barrel")},
            {PASS, QUIET},
        ),
        # a level crossed in the lead ("fell below"), the exact one further down
        (_OUTPUT.format(a="30.8"), {("31 million barrels per day", "30.8 million bpd")}, {PASS}),
        (_OUTPUT.format(a="31.2"), {("31 million barrels per day", "31.2 million bpd")}, {QUIET}),
        # two hedged counts in the lead and their exact figures
        (_CARS.format(a="52,114", b="49,380"), {("52,000 cars", "52,114 cars"), ("50,000", "49,380 cars")}, {PASS}),
        (
            _CARS.format(a="51,870", b="49,380"),
            {("52,000 cars", "51,870 cars"), ("50,000", "49,380 cars")},
            {PASS, QUIET},
        ),
    ],
)
def test_a_round_level_against_its_exact_form(text: str, pairs: set, expected: set) -> None:
    assert _pairs(text) == pairs
    assert _verdicts(text) == expected
    assert WARN not in _verdicts(text)  # the period of neither figure is named: never loud


@pytest.mark.parametrize(
    "text",
    [
        # a bound a class of things passed
        "The regions which posted growth of over 7 per cent included the north. Overall output grew at a 7.3 per "
        "cent pace.",
        # a counted group's bound
        "Six members won with more than 40 per cent of the vote. Ana Ruiz won her seat with 41.2 per cent.",
        # a bound held for a streak
        "Ferry bookings growth has stayed above 15% for four straight quarters. Brio's share rose to 15.4%.",
        # too far from the round figure to be its exact form
        "Calder crude settles close to $60\n\nThe Ostrel blend rose 46 cents to end at $52.64 a barrel.",
        # an item of a list that "respectively" assigns to named regions
        "Annual price growth in Dunmore topped out at just below 10% in May. Growth is running at 12.6%, 9.7% and "
        "7% in the north, the west and the east respectively.",
        # an earlier level, dated by its sentence's first words
        "The coin jumped 14% this week to bring its value above $8,000. A week ago it was worth $8,150.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _pairs(text) == set()
