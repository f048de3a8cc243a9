""" "over" before a span of time named by its kind ("over the forecast period", "over the medium term") compares
nothing: the word after it that sounds like an estimate ("forecast") names the span, so no figure is set against
an estimate stated nearby. "over" before an estimate's figure still compares.

All sentences are made up (made-up bank, firm and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts

_OUTLOOK = (
    " In its Inflation Report, the bank cut its growth outlook for this year to 1.5 percent from 1.8 percent and put "
    "next year's at 1.6 percent, up from 1.4 percent. Inflation is forecast at 2.9 percent for the autumn."
)


@pytest.mark.parametrize(
    "text",
    [
        "The Marrow central bank said policy may need to tighten by more over the forecast period than markets "
        "expect." + _OUTLOOK,
        "The Marrow central bank said policy may need to tighten by more over the projection horizon than markets "
        "expect." + _OUTLOOK,
    ],
)
def test_over_a_span_of_time_compares_nothing(text: str) -> None:
    assert verdicts(text, "comparison") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue at Pell Foods was $5.2 billion, over the $4.9 billion analysts had forecast.", {PASS}),
        ("Revenue at Pell Foods was $4.6 billion, over the $4.9 billion analysts had forecast.", {WARN}),
    ],
)
def test_over_an_estimate_still_compares(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
