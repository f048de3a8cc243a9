"""A change between two rates told in percent that fits their difference in points, not the relative change, is
points loosely worded ("5.84 percent, up 0.06 percent on 5.78 percent"): it holds. A figure that fits neither still
warns. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the points between the two rates, said in percent
        ("Unemployment in Tarvia reached 5.84 percent in June. That is up 0.06 percent compared with May, when the "
         "rate was 5.78 percent.", {PASS}),
        # the relative change, properly said
        ("Unemployment in Tarvia reached 5.84 percent in June. That is up 1.0 percent compared with May, when the "
         "rate was 5.78 percent.", {PASS}),
        # neither the points nor the relative change
        ("Unemployment in Tarvia reached 5.84 percent in June. That is up 0.16 percent compared with May, when the "
         "rate was 5.78 percent.", {WARN}),
        # levels that are not rates: no points to read
        ("Orders at Tarvia Mills reached 5,840 in June. That is up 0.06 percent compared with May, when there "
         "were 5,780.", {WARN}),
    ],
)  # fmt: skip
def test_points_said_in_percent_between_two_rates(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected
