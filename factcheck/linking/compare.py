"""Comparing a claim's figure with a figure printed in a source, unit-aware.

Two figures agree when their intervals (rounding and hedges included) overlap.
Currencies are only compared through an explicit exchange rate, given by the
caller or stated in the source itself; without one the comparison says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import pint
from pydantic import BaseModel, ConfigDict

from factcheck.intervals import Interval, fmt
from factcheck.quantity import Quantity, QuantityKind
from factcheck.units import CURRENCIES, parse_unit

# (from, to) -> how many units of ``to`` one unit of ``from`` buys.
Rates = dict[tuple[str, str], float]

Outcome = Literal["equal", "different", "not_comparable"]


class Comparison(BaseModel):
    model_config = ConfigDict(frozen=True)

    outcome: Outcome
    claim_figure: str
    source_figure: str
    source_span: tuple[int, int]
    claim_interval: tuple[float | None, float | None]
    source_interval: tuple[float | None, float | None]
    rate: str | None = None
    note: str


_SYMBOLS = {"US$": "USD", "$": "USD", "RMB": "CNY", "¥": "CNY", "€": "EUR", "£": "GBP", "HK$": "HKD", "₹": "INR"}
_MONEY = r"(US\$|HK\$|RMB|\$|¥|€|£|₹|[A-Z]{3})\s?(\d+(?:\.\d+)?)"
_RATE_PATTERNS = [
    re.compile(_MONEY + r"\s*(?:=|to)\s*" + _MONEY),
]


def parse_rate(text: str) -> tuple[tuple[str, str], float]:
    """``"USD/CNY=7.2993"``: one USD buys 7.2993 CNY."""
    match = re.fullmatch(r"\s*([A-Za-z]{3})\s*/\s*([A-Za-z]{3})\s*=\s*(\d+(?:\.\d+)?)\s*", text)
    if not match:
        raise ValueError(f"rate {text!r} is not of the form USD/CNY=7.2993")
    base, quote, value = match.group(1).upper(), match.group(2).upper(), float(match.group(3))
    for code in (base, quote):
        if code not in CURRENCIES:
            raise ValueError(f"unknown currency {code!r} in rate {text!r}")
    if value <= 0:
        raise ValueError(f"rate {text!r} must be positive")
    return (base, quote), value


def rates_in_text(text: str) -> Rates:
    """Exchange rates a source states itself, e.g. "US$1.00 = RMB7.2993" or "RMB7.2993 to US$1.00"."""
    found: Rates = {}
    for pattern in _RATE_PATTERNS:
        for match in pattern.finditer(text):
            a, a_amount, b, b_amount = match.groups()
            code_a, code_b = _SYMBOLS.get(a, a), _SYMBOLS.get(b, b)
            amount_a, amount_b = float(a_amount), float(b_amount)
            if code_a == code_b or code_a not in CURRENCIES or code_b not in CURRENCIES or not amount_a:
                continue
            # One side must be a unit of its currency for this to be a rate, not two amounts.
            if amount_a == 1 or amount_b == 1:
                found[(code_a, code_b)] = amount_b / amount_a
    return found


def _rate(rates: Rates, base: str, quote: str) -> float | None:
    if (base, quote) in rates:
        return rates[(base, quote)]
    if (quote, base) in rates:
        return 1 / rates[(quote, base)]
    return None


def _bounds(interval: Interval) -> tuple[float | None, float | None]:
    lo = None if interval.lo == float("-inf") else interval.lo
    hi = None if interval.hi == float("inf") else interval.hi
    return lo, hi


def _currency(unit: str) -> str | None:
    head = unit.split("/")[0].strip()
    return head if head in CURRENCIES else None


_PERCENTISH = {QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT}
# Vague or contextless figures: "double-digit" growth of one thing says nothing about another.
_NEVER = {QuantityKind.NUMBER, QuantityKind.DURATION, QuantityKind.MAGNITUDE}


def comparable_kinds(claim: Quantity, figure: Quantity) -> bool:
    if claim.kind in _NEVER or figure.kind in _NEVER:
        return False
    if claim.relative_to != figure.relative_to:
        return False  # "last" is a number only once the length of the list is known
    if claim.kind in _PERCENTISH or figure.kind in _PERCENTISH:
        return claim.kind == figure.kind
    if claim.kind is QuantityKind.COUNT or figure.kind is QuantityKind.COUNT:
        return claim.kind == figure.kind and bool(claim.noun and figure.noun and _same_noun(claim.noun, figure.noun))
    return claim.kind == figure.kind


def _same_noun(a: str, b: str) -> bool:
    a_words = {w.rstrip("s") for w in a.lower().split()}
    b_words = {w.rstrip("s") for w in b.lower().split()}
    return bool(a_words & b_words)


@lru_cache(maxsize=4096)
def _units_match(claim_unit: str, figure_unit: str) -> bool:
    try:
        return parse_unit(claim_unit).dimensionality == parse_unit(figure_unit).dimensionality
    except (pint.errors.PintError, AttributeError, ValueError, TypeError):
        return claim_unit.strip().lower() == figure_unit.strip().lower()


def _same_measure(claim: Quantity, figure: Quantity, claim_currency: str | None, figure_currency: str | None) -> bool:
    if (claim_currency is None) != (figure_currency is None):
        return False
    return bool(claim_currency) or claim.kind is QuantityKind.COUNT or _units_match(claim.unit, figure.unit)


@dataclass(frozen=True, slots=True)
class Assessment:
    """A comparison before it is written up: cheap enough to make for every figure of every passage."""

    outcome: Outcome
    claim: Quantity
    figure: Quantity
    claim_interval: Interval
    source_interval: Interval
    rate: float | None = None
    figure_currency: str | None = None
    claim_currency: str | None = None

    @property
    def converted(self) -> bool:
        return self.rate is not None

    def report(self) -> Comparison:
        claim, figure = self.claim, self.figure
        rate_note = (
            f"1 {self.figure_currency} = {fmt(self.rate, 5)} {self.claim_currency}" if self.rate is not None else None
        )
        source = self.source_interval
        if self.outcome == "not_comparable":
            note = (
                f"{figure.text} is in {self.figure_currency} and {claim.text} in {self.claim_currency}; "
                "no exchange rate was given, so the figures were not compared"
            )
        else:
            converted = f" ({fmt(source.lo)} to {fmt(source.hi)} at {rate_note})" if rate_note else ""
            if self.outcome == "equal":
                note = f"{figure.text}{converted} agrees with {claim.text} within rounding"
            else:
                note = (
                    f"{figure.text}{converted} stands for {source}, "
                    f"which does not overlap {claim.text} = {self.claim_interval}"
                )
        return Comparison(
            outcome=self.outcome,
            claim_figure=claim.text,
            source_figure=figure.text,
            source_span=figure.span,
            claim_interval=_bounds(self.claim_interval),
            source_interval=_bounds(source),
            rate=rate_note,
            note=note,
        )


def assess(claim: Quantity, figure: Quantity, rates: Rates | None = None) -> Assessment | None:
    """How ``figure`` (from a source) stands to ``claim``; None when they measure different things."""
    if not comparable_kinds(claim, figure):
        return None
    claim_currency, figure_currency = _currency(claim.unit), _currency(figure.unit)
    claim_interval = Interval.from_quantity(claim)
    source_interval = Interval.from_quantity(figure)
    currencies = {"claim_currency": claim_currency, "figure_currency": figure_currency}
    if claim_currency and figure_currency and claim_currency != figure_currency:
        rate = _rate(rates or {}, figure_currency, claim_currency)
        if rate is None:
            return Assessment("not_comparable", claim, figure, claim_interval, source_interval, **currencies)
        source_interval = source_interval * rate
        outcome: Outcome = "equal" if claim_interval.overlaps(source_interval) else "different"
        return Assessment(outcome, claim, figure, claim_interval, source_interval, rate, **currencies)
    if not _same_measure(claim, figure, claim_currency, figure_currency):
        return None
    outcome = "equal" if claim_interval.overlaps(source_interval) else "different"
    return Assessment(outcome, claim, figure, claim_interval, source_interval, **currencies)


def compare(claim: Quantity, figure: Quantity, rates: Rates | None = None) -> Comparison | None:
    """``assess`` written up for a reader, or None when the figures measure different things."""
    assessment = assess(claim, figure, rates)
    return assessment.report() if assessment is not None else None
