"""Years between two stated years said in words: a span after a pair of years, an anniversary after a start, "N years
after". Made-up sentences, with consistent variants that must pass and sentences that must not be read this way."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Between 2010 and 2020, a span of ten years, the population of Dunmere doubled.", {PASS}),
        ("Between 2010 and 2020, a span of twelve years, the population of Dunmere doubled.", {WARN}),
        ("From 1991 to 2016 - 25 years - the mill never missed a payroll.", {PASS}),
        ("From 1991 to 2016 - 35 years - the mill never missed a payroll.", {WARN}),
        ("Founded in 1954, the Orlen Cooperative celebrated its 70th anniversary in 2024.", {PASS}),
        ("Founded in 1954, the Orlen Cooperative celebrated its 60th anniversary in 2024.", {WARN}),
        ("In 2024 the Pell Street bakery, opened in 1974, marked its fiftieth anniversary.", {PASS}),
        ("In 2024 the Pell Street bakery, opened in 1974, marked its fortieth anniversary.", {WARN}),
        ("The Harrow branch line closed in 2021, 23 years after it opened in 1998.", {PASS}),
        ("The Harrow branch line closed in 2021, 13 years after it opened in 1998.", {WARN}),
    ],
)
def test_years_between_two_stated_years(text: str, expected: set) -> None:
    assert verdicts(text, "time_window") == expected


@pytest.mark.parametrize(
    "text",
    [
        # two other years besides the start: which one the anniversary fell in is not said
        "The plant, built in 1990, was sold in 2005 and marked its 30th anniversary in 2020.",
        # a span that is not between the two years ("ago", a figure between)
        "Between 2010 and 2020, ten years ago, the lake froze twice.",
        "In 2019, two years after it was bought for $1.2 billion in 2017, the chain was sold again.",
    ],
)
def test_no_window_without_the_structure(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "time_window"]
    assert not [r for r in relations if "in words" in r.reason]
