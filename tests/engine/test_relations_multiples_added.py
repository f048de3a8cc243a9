"""A multiple word whose base is named in words, followed by a connector and another figure: "over 30,000, more than
double the 2011 count, plus 6,200 renewals". The figure after "plus" is added to the list, not the
base, so the word is not set against it; a base given right after the word still is."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a connector starts another item: no base
        ("Carrow College drew over 30,000 applications, more than double the 2011 count, plus 6,200 renewals.",
         set()),
        ("Fenwick Port handled 52,000 boxes, twice the figure of a decade ago, and 40,000 empties.", set()),
        ("Tolby recorded 9,400 visitors, almost triple its usual count; 2,100 came by rail.", set()),
        # the base right after the word: compared
        ("Payrolls at Sefton grew by 528,000 in July, more than double the estimate of 258,000.", {PASS}),
        ("Payrolls at Sefton grew by 428,000 in July, more than double the estimate of 258,000.", {WARN}),
    ],
)  # fmt: skip
def test_a_figure_after_a_connector_is_not_the_base(text: str, expected: set) -> None:
    assert verdicts(text, "multiple") == expected
