"""A rate's denominator ("per 100,000 residents", "for every 1,000 homes") is the rate's unit, not a figure: a
multiple word after the rate sets the rate itself against its base, never the denominator."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rate, not its denominator, is the figure the word describes
        ("Arson in Dunmore ran at 41.2 per 100,000 residents last year, less than half the 1988 rate of 97.5.",
         {PASS}),
        ("Arson in Dunmore ran at 61.2 per 100,000 residents last year, less than half the 1988 rate of 97.5.",
         {WARN}),
        ("Kelby police counted 37 thefts for every 1,000 homes, more than double the 15 they counted in 2004.",
         {PASS}),
        ("Kelby police counted 27 thefts for every 1,000 homes, more than double the 15 they counted in 2004.",
         {WARN}),
        ("Exclusions at Marrow Academy stood at 12.4 per 1,000 pupils, about twice the county rate of 6.1 per 1,000.",
         {PASS}),
        ("Exclusions at Marrow Academy stood at 8.4 per 1,000 pupils, about twice the county rate of 6.1 per 1,000.",
         {WARN}),
        # a denominator alone before the word: nothing to set against the base
        ("Per 1,000 births, the ward's figure is almost triple the national 2.3.", set()),
    ],
)  # fmt: skip
def test_a_denominator_is_not_the_figure_a_multiple_describes(text: str, expected: set) -> None:
    assert verdicts(text, "multiple") == expected


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a denominator before the verb is no level the change ends on
        ("Coldwater's rate per 10,000 homes dipped 5 percent, from 312.0 to 296.4.", "percent_change", {PASS}),
        ("Coldwater's rate per 10,000 homes dipped 15 percent, from 312.0 to 296.4.", "percent_change", {WARN}),
        ("Coldwater's rate per 10,000 homes dipped 5 percent, from 312.0 to 296.4.", "direction", {PASS}),
        # nor the end a move reaches
        ("Muggings in Palden fell to 64 per 100,000 residents from 71.", "direction", {PASS}),
    ],
)  # fmt: skip
def test_a_denominator_is_no_end_of_a_move(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected
