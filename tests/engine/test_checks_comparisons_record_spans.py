"""comparison: a record against figures over a span of another length.

"A record 21 million passengers in the first half" need not top 38 million over a whole year, nor a record month
a quarter's total: when both figures are dated and their spans differ in length, the pairing is left
indeterminate and says so. Records against figures over spans of the same length are still checked.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_HALF = "Halden Airport handled a record 21 million passengers in the first half. "
_QUARTER = "Acme delivered a record 241,300 vehicles in the third quarter. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same length of time: the record must top the other figure
        (_HALF + "In the first half of 2024, Halden Airport handled 19 million passengers.", {PASS}),
        (_HALF + "In the first half of 2024, Halden Airport handled 23 million passengers.", {WARN}),
        (_QUARTER + "In the second quarter, Acme delivered 251,250 vehicles.", {WARN}),
        ("Acme delivered a record 241,300 vehicles in March. In February, Acme delivered 251,250 vehicles.", {WARN}),
        # a half-year, a quarter or a month against a whole year: not the same race
        (_HALF + "In 2024, Halden Airport handled 38 million passengers.", {QUIET}),
        (_QUARTER + "In 2024, Acme delivered 701,250 vehicles.", {QUIET}),
        ("Acme delivered a record 241,300 vehicles in March. In 2024, Acme delivered 701,250 vehicles.", {QUIET}),
    ],
)
def test_a_record_against_a_span_of_another_length(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_the_doubt_names_both_spans() -> None:
    report = check_text(_HALF + "In 2024, Halden Airport handled 38 million passengers.")
    (finding,) = [f for f in report.findings if f.check == "comparison"]
    assert "“first half”" in finding.message and "“2024”" in finding.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a running total to date, with no period named: the record need not top it
        ("Marsden built a record 30,000 cars in the quarter. Marsden has built 71,500 vehicles so far.", {QUIET}),
        (
            "Marsden hopes to reach a record 30,000 cars during the quarter. It has shipped 71,500 vehicles to date, "
            "its chief said.",
            {QUIET},
        ),
        ("Marsden built a record 30,000 cars in June. Its cumulative output of 71,500 cars beat the plan.", {QUIET}),
        # a level over the record's own span is still checked
        (
            "Marsden built a record 30,000 cars in the quarter. Marsden built 31,500 cars in the quarter a year ago.",
            {WARN},
        ),
        (
            "Marsden built a record 30,000 cars in the quarter. Marsden built 28,500 cars in the quarter a year ago.",
            {PASS},
        ),
    ],
)
def test_a_record_against_a_running_total(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_the_running_total_doubt_says_so() -> None:
    report = check_text("Marsden built a record 30,000 cars in the quarter. Marsden has built 71,500 vehicles so far.")
    (finding,) = [f for f in report.findings if f.check == "comparison"]
    assert "running total" in finding.message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record only hoped for, or a level only required: no level reached, so never loud
        (
            "Marsden could build a record 30,000 cars this quarter if its new line keeps running, a manager said. "
            "Marsden built 31,500 cars in the quarter a year ago.",
            {QUIET},
        ),
        (
            "Marsden built a record 30,000 cars in the quarter. To meet its goal it needs to build at least "
            "34,000 cars in the final quarter.",
            {QUIET},
        ),
        # a record set, against a level reached: still checked
        (
            "Marsden built a record 30,000 cars in the quarter. Marsden built 31,500 cars in the quarter a year ago.",
            {WARN},
        ),
    ],
)
def test_a_record_hoped_for_or_a_level_required(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
