"""Rates, shares of a group, counted parts, scale words after digits and the unit of a whole."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_quantities
from factcheck.quantity import QuantityKind

K = QuantityKind

# (made-up sentence, [(surface, value, unit, kind)])
CASES = [
    # A rate after a physical amount is the rate.
    ("The wells pump 450,000 barrels a day.", [("450,000 barrels a day", 450000, "barrel / day", K.DIMENSION)]),
    ("The mill makes 30 tonnes per year.", [("30 tonnes per year", 30, "metric_ton / year", K.DIMENSION)]),
    ("The ship covers 20 miles.", [("20 miles", 20, "mile", K.DIMENSION)]),
    # "One of the" with a superlative is the figure one; as a pronoun it is nothing.
    ("It is one of the tallest towers.", [("one", 1, "dimensionless", K.NUMBER)]),
    ("It is one of the city's busiest roads.", [("one", 1, "dimensionless", K.NUMBER)]),
    ("It is one of the interest payments.", []),
    ("She chose the red one of the pair.", []),
    # A share of a group.
    ("One out of four drivers speeds.", [("One out of four", 0.25, "dimensionless", K.FRACTION)]),
    ("One in five adults smokes.", [("One in five", 0.2, "dimensionless", K.FRACTION)]),
    ("It was one of three bids.", [("one of three", 1 / 3, "dimensionless", K.FRACTION)]),
    ("He scored 5 in 10 minutes.", [("5", 5, "dimensionless", K.NUMBER), ("10 minutes", 10, "minute", K.DURATION)]),
    # Compounds that count the parts of a thing.
    ("It has a six-cylinder engine.", [("six-cylinder", 6, "cylinders", K.COUNT)]),
    ("They bought a three-bedroom flat.", [("three-bedroom", 3, "bedrooms", K.COUNT)]),
    ("It has a six-speed gearbox.", []),
    # Scale words multiply after digits.
    ("Some 3 hundred million viewers tuned in.", [("3 hundred million viewers", 3e8, "viewers", K.COUNT)]),
    ("Some 7 hundred thousand fans came.", [("7 hundred thousand fans", 7e5, "fans", K.COUNT)]),
    # A bare part takes the unit of its whole.
    (
        "It has spent 300 million of the 2 billion euros pledged.",
        [("300 million", 300e6, "EUR", K.MONEY), ("2 billion euros", 2e9, "EUR", K.MONEY)],
    ),
    (
        "Crews cleared 40 of the 90 tonnes.",
        [("40", 40, "metric_ton", K.DIMENSION), ("90 tonnes", 90, "metric_ton", K.DIMENSION)],
    ),
    (
        "They built four of the two-tonne boats.",
        [("four", 4, "dimensionless", K.NUMBER), ("two-tonne", 2, "metric_ton", K.DIMENSION)],
    ),
    ("As many as 17 were hurt.", [("17", 17, "dimensionless", K.NUMBER)]),
    # A later bare figure with a scale word keeps the unit of the amount it is set against.
    (
        "Costs were £4 million in 2021 and 6 million in 2022.",
        [("£4 million", 4e6, "GBP", K.MONEY), ("6 million", 6e6, "GBP", K.MONEY)],
    ),
    (
        "Sales reached $8.1 billion, up from 7.4 billion.",
        [("$8.1 billion", 8.1e9, "USD", K.MONEY), ("7.4 billion", 7.4e9, "USD", K.MONEY)],
    ),
    (
        "It raised $9 million, while 3 million live there.",
        [("$9 million", 9e6, "USD", K.MONEY), ("3 million", 3e6, "dimensionless", K.NUMBER)],
    ),
    # Model numbers before a model word, with or without the maker's name.
    ("Airlines grounded the 737 Max and 20 other jets.", [("20 other jets", 20, "jets", K.COUNT)]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_shares_rates_and_parts(text: str, expected: list) -> None:
    got = [(q.text, q.value, q.unit, q.kind) for q in extract_quantities(text)]
    assert got == [(s, pytest.approx(v), u, k) for s, v, u, k in expected]
