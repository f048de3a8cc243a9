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
