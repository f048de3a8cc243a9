"""A percentage naming a slice of a population ("the richest 2%", "the poorest 30 percent", "the top 5% of
earners") labels a group; a multiple word between two such labels compares amounts the sentence leaves unsaid, so
the labels are not set against each other. Shares compared as amounts still are."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "multiple"}


PASS = {("pass", "info")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # group labels: no comparison of the two percentages
        ("Across Velmora, the richest 2% of households use over four times the water of the poorest 30%.", set()),
        ("The top 10% of earners in Castrell pay more than twice as much in levies as the bottom 50%.", set()),
        ("In the survey the wealthiest 5 percent held nearly three times the savings of the 40 percent poorest.",
         set()),
        ("The oldest 20% of the population made three times as many clinic visits as the youngest 20%.", set()),
        # percentages that are the amounts compared are still checked, and a slip is caught
        ("Heat pumps supplied 12% of the district's heating, more than twice the 5% share of wood stoves.", PASS),
        ("Heat pumps supplied 8% of the district's heating, more than twice the 5% share of wood stoves.",
         {("fail", "warning")}),
        ("Recycling at Pellow reached 44%, almost double the 23% rate of its neighbour.", PASS),
    ],
)  # fmt: skip
def test_population_slices_are_labels(text, expected):
    assert outcome(text) == expected
