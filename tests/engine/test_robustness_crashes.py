"""Inputs that once crashed the engine, one table per class of crash; every text here is made up."""

from __future__ import annotations

import json
import math

import pytest
from pydantic import ValidationError

from factcheck.extraction import extract_claims
from factcheck.finding import Finding, Severity, Status
from factcheck.quantity import Quantity, QuantityKind
from factcheck.runner import run_checks
from tests.engine.robustness import assert_sound, strict_round_trip


def checked(text: str):
    claims = extract_claims(text)
    report = run_checks(text, claims)
    assert_sound(text, claims, report)
    return claims, report


# A figure past any real quantity: refused as a number (no claim), never an OverflowError.
@pytest.mark.parametrize(
    "text, refused",
    [
        ("The fund lost 1e400 dollars last year.", "1e400"),
        ("Sales reached 1e309 units in May.", "1e309"),
        ("Sales reached 2.5E-400 units in May.", "2.5E-400"),
        ("The index rose to 3 x 10^500 points.", "10^500"),
        ("Debt stood at $" + "9" * 400 + " in March.", "9" * 400),
        ("Debt stood at " + "9" * 120 + " billion dollars.", "9" * 120),
    ],
)
def test_an_overflowing_figure_is_refused_as_a_number(text: str, refused: str) -> None:
    claims, _ = checked(text)
    assert not any(refused in c.quantity.text for c in claims), [c.quantity.text for c in claims]


# Arithmetic on figures (a scale shared across a range, a midpoint) stays finite.
@pytest.mark.parametrize(
    "text",
    [
        "Losses ran to -0.1e308-0.8bn over the year.",
        "Output was 1e100 trillion tonnes.",
        "Prices ranged from $1e99bn to $9e99bn last week.",
        "Between 1e100 and 2e100 crore was spent.",
        "Profit rose 1e100% to $5 million from $4 million.",
    ],
)
def test_arithmetic_on_huge_figures_stays_finite(text: str) -> None:
    claims, _ = checked(text)
    assert all(math.isfinite(c.quantity.value) for c in claims)


# A range never runs across a line break that ends a paragraph or a list item.
@pytest.mark.parametrize(
    "text, figures",
    [
        ("Sales hit 23\n\n- 5 items", ["23", "5 items"]),
        ("Sales hit 23\n\n- 5 items were sold later.", ["23", "5 items"]),
        ("Revenue was $4\n\n- 6 million came from abroad.", ["$4", "6 million"]),
        ("Prices rose 10\n- 12 percent of stores closed.", ["10", "12 percent"]),
        ("Margins were 3\n\nto 4 percent was the goal.", ["3", "4 percent"]),
    ],
)
def test_a_range_stops_at_a_paragraph_break(text: str, figures: list[str]) -> None:
    claims, _ = checked(text)
    assert [c.quantity.text for c in claims] == figures


# A figure the sentence splitter would cut ("Ksh." reads like a sentence end) lies in one sentence.
@pytest.mark.parametrize(
    "text, figure",
    [
        ("Net income was Ksh. 48.4 billion, up from Ksh. 38.1 billion.", "Ksh. 38.1 billion"),
        ("Its profit fell to Rs 1,668.40 crore from Rs. 1,940.89 crore.", "Rs. 1,940.89 crore"),
    ],
)
def test_a_figure_lies_in_one_sentence(text: str, figure: str) -> None:
    claims, _ = checked(text)
    claim = next(c for c in claims if c.quantity.text == figure)
    assert claim.sentence_span[0] <= claim.span[0] and claim.span[1] <= claim.sentence_span[1]


# The JSON report is strict JSON: no NaN, no Infinity, an open bound is null.
@pytest.mark.parametrize(
    "computed, expected",
    [
        ({"high": math.inf}, {"high": None}),
        ({"low": -math.inf, "high": 3.0}, {"low": None, "high": 3.0}),
        ({"bounds": [math.nan, 1.5]}, {"bounds": [None, 1.5]}),
        ({"nested": {"x": (1.0, math.inf)}}, {"nested": {"x": [1.0, None]}}),
    ],
)
def test_a_finding_carries_only_strict_json(computed: dict, expected: dict) -> None:
    finding = Finding(check="x", status=Status.PASS, severity=Severity.INFO, message="m", computed=computed)
    assert strict_round_trip(finding.computed) == expected


@pytest.mark.parametrize("field", ["value", "lower", "upper", "rounding"])
@pytest.mark.parametrize("bad", [math.inf, -math.inf, math.nan])
def test_a_quantity_refuses_a_figure_that_is_not_finite(field: str, bad: float) -> None:
    fields = {"text": "5", "span": (0, 1), "value": 5.0, "unit": "", "kind": QuantityKind.NUMBER, field: bad}
    with pytest.raises(ValidationError):
        Quantity(**fields)


def test_the_crash_texts_print_strict_json_from_the_report() -> None:
    text = "Losses ran to -0.1e308-0.8bn.\n\nSales hit 23\n\n- 5 items, and 1e400 more."
    _, report = checked(text)
    assert "Infinity" not in json.dumps(report.to_json_dict(), allow_nan=False)
