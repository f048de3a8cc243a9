"""Figures set above or below a base named by what it covers ("above the national level"), its figure stated
earlier, end to end on made-up sentences: one figure and a bracketed list, consistent variants that pass,
contradicted ones that warn, and look-alikes that must not pair or stay quiet."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

LEAD = "Wind made up 6.1% of national power output in 2023, the grid operator said. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one figure in brackets after its name
        (LEAD + "Leon's wind share (7%) was above the national level.", {PASS}),
        (LEAD + "Leon's wind share (5%) was above the national level.", {WARN}),
        (LEAD + "Leon's wind share (5%) was below the national average.", {PASS}),
        # a bracketed list, "at or above": the lower one may round to the base
        (LEAD + "The report put the wind share in Leon (7%), Soria (6%) and Avila (9%) at or above the national "
         "level.", {PASS}),
        # one relation holds the whole list: the one figure below the base makes it warn
        (LEAD + "The report put the wind share in Leon (7%), Soria (4%) and Avila (9%) at or above the national "
         "level.", {WARN}),
        # the lead is searched even when the comparison is several sentences on
        (LEAD + "Output grew. Prices fell. Demand rose. Leon's wind share (5%) was above the national level.",
         {WARN}),
    ],
)  # fmt: skip
def test_figures_against_a_named_whole(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base of another time or kind names no whole
        (LEAD + "Leon's wind share (5%) was above the usual level.", set()),
        # the qualifier's sentence states a figure of another thing
        ("National inflation was 6.1% in 2023. Leon's wind share (5%) was above the national level.", set()),
        # the base printed with its own figure is not read against the lead
        (LEAD + "Leon's wind share (5%) was above the national average of 4.5%.", set()),
        # a sentence that only names the whole ("the national average") does not state its figure
        ("Leon's wind share is 12%, double the national average. Soria's wind share (5%) was above the "
         "national level.", set()),
        # two figures stated for the whole: which one is meant is open
        (LEAD + "The national wind share was 6.9% in 2024. Leon's wind share (5%) was above the national level.",
         {QUIET}),
    ],
)  # fmt: skip
def test_look_alikes_of_a_named_whole(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
