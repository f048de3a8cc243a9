"""Indian business copy's "de-grew" and "de-growth": a fall, though "grew" stands inside the word. The move
is checked as a fall; the plain verb and a bare "degrowth" keep their readings."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str, check: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


PASS = {("pass", "info")}


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # the hyphened word is a fall, with or without its own figure
        ("Tiffin Appliances' revenue de-grew 6% to Rs 470 crore from Rs 500 crore.", "direction", PASS),
        ("Tiffin Appliances' revenue de-grew 6% to Rs 470 crore from Rs 500 crore.", "percent_change", PASS),
        ("Dispatches at Harith Cement saw a de-growth of 4% to 2.4 million tonnes from 2.5 million tonnes.",
         "percent_change", PASS),
        ("Tractor sales at Bhoomi Motors de-grew to 61,000 units from 68,500 a year earlier.", "direction", PASS),
        # and a rise told with it is caught
        ("Tractor sales at Bhoomi Motors de-grew to 71,000 units from 68,500 a year earlier.", "direction",
         {("fail", "error")}),
        ("Tiffin Appliances' revenue de-grew 16% to Rs 470 crore from Rs 500 crore.", "percent_change",
         {("fail", "warning")}),
        # the plain verb is untouched
        ("Tiffin Appliances' revenue grew 6% to Rs 530 crore from Rs 500 crore.", "percent_change", PASS),
        ("Tractor sales at Bhoomi Motors grew to 61,000 units from 68,500 a year earlier.", "direction",
         {("fail", "error")}),
    ],
)  # fmt: skip
def test_de_growth_is_a_fall(text, check, expected):
    assert outcome(text, check) == expected
