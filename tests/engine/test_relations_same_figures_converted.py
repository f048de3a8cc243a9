"""An amount restated in another unit of measure: "40 miles (64 km)". Every sentence here is made up.

Consistent restatements pass, writers' round conversions included ("1,000 feet (300 metres)"); a restatement that
does not convert is flagged; brackets that hold more than the figure, units of another dimension, temperatures
and units of several sizes read the wrong way stay out.
"""

from __future__ import annotations

import pytest

from factcheck.relations.same_figures_converted import _factors
from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN


def results(text: str) -> set[tuple[str, str]]:
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text, only=["same_figure"]).findings
        if "restates" in f.message
    }


CASES = [
    # consistent, exact or rounded by the writer
    ("The Tallow Creek plant released 12 million short tons (10.9 million metric tons) of waste.", {PASS}),
    ("The new ring road runs 48 miles (77 km) around the town.", {PASS}),
    ("Crews built a 30-foot (9-meter) flood wall along the quay.", {PASS}),
    ("The estate covers some 2,400 acres, or about 970 hectares, of farmland.", {PASS}),
    ("The cliff face rises 1,000 feet (300 metres) above the bay.", {PASS}),
    ("The storm dropped 14 inches (36 cm) of rain on the valley.", {PASS}),
    ("Gusts reached 90 mph (145 km/h) overnight.", {PASS}),
    # a bare ton, gallon or barrel read in each of its sizes
    ("The ferry carried 12,000 tons (12,200 tonnes) of coal.", {PASS}),
    ("The depot stores 3 million gallons (13.6 million litres) of diesel.", {PASS}),
    ("The tanker held 2 million barrels (318 million litres) of crude.", {PASS}),
    # broken: the restatement does not convert
    ("The Tallow Creek plant released 12 million short tons (14.2 million metric tons) of waste.", {WARN}),
    ("The new ring road runs 48 miles (48 km) around the town.", {WARN}),
    ("The estate covers some 2,400 acres, or about 1,600 hectares, of farmland.", {WARN}),
    ("The storm dropped 14 inches (51 cm) of rain on the valley.", {WARN}),
    # look-alikes: not a restatement
    ("Output rose to 120 tonnes (up from 90 tonnes) at the mill.", set()),
    ("Output was 120 tonnes (2023: 90 tonnes) at the mill.", set()),
    ("The field yields 2 million barrels (270,000 tonnes) of crude a year.", set()),
    ("The pipeline runs 40 miles (and another 12 km under the sea).", set()),
    ("The stretch is 40 miles (the longest in the county).", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_restated_in_another_unit(text: str, expected: set[tuple[str, str]]) -> None:
    assert results(text) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("mile", "kilometer", True),
        ("short_ton", "metric_ton", True),
        ("kilogram", "meter", False),  # another dimension
        ("degree_Celsius", "degree_Fahrenheit", False),  # an offset, not a ratio
    ],
)
def test_only_ratios_of_one_dimension_convert(a: str, b: str, expected: bool) -> None:
    assert bool(_factors(a, b)) is expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The smelter will ship 2.4 billion kilos (1,100kt) of zinc next year.", "about 2,400 kt;"),
        ("The storm dropped 14 inches (51 cm) of rain on the valley.", "about 35.6 cm;"),
        ("The new ring road runs 48 miles (48 km) around the town.", "about 77.2 km;"),
    ],
)
def test_the_message_names_the_unit_as_the_article_prints_it(text: str, shown: str) -> None:
    message = next(f.message for f in check_text(text).findings if f.check == "same_figure")
    assert shown in message
