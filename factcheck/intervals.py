"""Interval arithmetic over the rounding and hedge intervals of printed figures.

A printed number stands for every value that would print the same way ("$26
billion" is 25.5–26.5 billion) widened by its hedge ("over $100 billion" is
100 billion upward). Arithmetic is done on all corners of the inputs, so the
result bounds every value the printed inputs allow. A relation between figures
*holds* when the interval computed from the inputs overlaps the interval of the
stated figure.

Bounds may be infinite (an open hedge). Operations never raise on odd input:
dividing by an interval that straddles zero gives the whole line, and NaN
corners (``inf * 0``) are dropped in favour of the widest safe bound.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from factcheck.quantity import Quantity

INF = math.inf


def _corners(values: list[float]) -> tuple[float, float]:
    finite_or_inf = [v for v in values if not math.isnan(v)]
    if len(finite_or_inf) < len(values) or not finite_or_inf:
        # inf*0 or inf-inf: the true range is unknown, so give up precision, not soundness.
        return -INF, INF
    return min(finite_or_inf), max(finite_or_inf)


@dataclass(frozen=True, slots=True)
class Interval:
    """A closed interval ``[lo, hi]``; either end may be infinite."""

    lo: float
    hi: float

    def __post_init__(self) -> None:
        if math.isnan(self.lo) or math.isnan(self.hi):
            object.__setattr__(self, "lo", -INF)
            object.__setattr__(self, "hi", INF)
        elif self.lo > self.hi:
            lo, hi = self.hi, self.lo
            object.__setattr__(self, "lo", lo)
            object.__setattr__(self, "hi", hi)

    # construction -----------------------------------------------------------------
    @classmethod
    def point(cls, value: float) -> Interval:
        return cls(value, value)

    @classmethod
    def around(cls, value: float, half_width: float) -> Interval:
        half_width = abs(half_width)
        return cls(value - half_width, value + half_width)

    @classmethod
    def everything(cls) -> Interval:
        return cls(-INF, INF)

    @classmethod
    def from_quantity(cls, quantity: Quantity) -> Interval:
        """The interval a printed quantity stands for.

        Extraction fills ``lower``/``upper``; when it left both empty we fall back on
        the hedge and the rounding, so a thin Quantity still gets a sound interval.
        """
        from factcheck.quantity import Hedge

        value = quantity.value
        rounding = abs(quantity.rounding or 0.0)
        lower, upper = quantity.lower, quantity.upper
        if lower is None and upper is None:
            hedge = quantity.hedge
            if hedge in (Hedge.OVER, Hedge.AT_LEAST):
                return cls(value - (rounding if hedge == Hedge.AT_LEAST else 0.0), INF)
            if hedge in (Hedge.UNDER, Hedge.UP_TO):
                return cls(-INF, value)
            if hedge == Hedge.NEARLY:
                return cls(value - max(rounding * 2, abs(value) * 0.05), value)
            if hedge == Hedge.APPROXIMATE:
                return cls.around(value, max(rounding, abs(value) * 0.025))
            return cls.around(value, rounding)
        if quantity.hedge == Hedge.NEARLY and lower is not None:
            # "nearly 3 percent" reaches down a whole rounding step (2.5–3), wider than some extractors read it.
            lower = min(lower, value - max(rounding, abs(value) * 0.01))
        return cls(-INF if lower is None else lower, INF if upper is None else upper)

    # queries ----------------------------------------------------------------------
    @property
    def mid(self) -> float:
        if math.isinf(self.lo) or math.isinf(self.hi):
            return self.hi if math.isinf(self.lo) and not math.isinf(self.hi) else self.lo
        return (self.lo + self.hi) / 2

    @property
    def width(self) -> float:
        return self.hi - self.lo

    @property
    def bounded(self) -> bool:
        return not (math.isinf(self.lo) or math.isinf(self.hi))

    def contains(self, value: float | Interval) -> bool:
        if isinstance(value, Interval):
            return self.lo <= value.lo and value.hi <= self.hi
        return self.lo <= value <= self.hi

    def overlaps(self, other: Interval, slack: float = 0.0) -> bool:
        return self.lo - slack <= other.hi and other.lo <= self.hi + slack

    def distance(self, other: Interval) -> float:
        """Gap between the two intervals, 0 when they overlap."""
        if self.overlaps(other):
            return 0.0
        return other.lo - self.hi if other.lo > self.hi else self.lo - other.hi

    def widen(self, half_width: float) -> Interval:
        return Interval(self.lo - abs(half_width), self.hi + abs(half_width))

    def hull(self, other: Interval) -> Interval:
        return Interval(min(self.lo, other.lo), max(self.hi, other.hi))

    def intersect(self, other: Interval) -> Interval | None:
        lo, hi = max(self.lo, other.lo), min(self.hi, other.hi)
        return Interval(lo, hi) if lo <= hi else None

    # arithmetic -------------------------------------------------------------------
    @staticmethod
    def _coerce(other: Interval | float) -> Interval:
        return other if isinstance(other, Interval) else Interval.point(float(other))

    def __add__(self, other: Interval | float) -> Interval:
        o = self._coerce(other)
        return Interval(*_corners([self.lo + o.lo, self.hi + o.hi]))

    __radd__ = __add__

    def __neg__(self) -> Interval:
        return Interval(-self.hi, -self.lo)

    def __sub__(self, other: Interval | float) -> Interval:
        return self + (-self._coerce(other))

    def __rsub__(self, other: Interval | float) -> Interval:
        return self._coerce(other) - self

    def __mul__(self, other: Interval | float) -> Interval:
        o = self._coerce(other)
        return Interval(*_corners([self.lo * o.lo, self.lo * o.hi, self.hi * o.lo, self.hi * o.hi]))

    __rmul__ = __mul__

    def __truediv__(self, other: Interval | float) -> Interval:
        o = self._coerce(other)
        if o.lo <= 0 <= o.hi:
            # Division by a range that may be zero says nothing.
            return Interval.everything()
        return self * Interval(1 / o.hi, 1 / o.lo)

    def __rtruediv__(self, other: Interval | float) -> Interval:
        return self._coerce(other) / self

    def __str__(self) -> str:
        return f"[{fmt(self.lo)}, {fmt(self.hi)}]"


def fmt(value: float, digits: int = 4) -> str:
    """A figure for a message: enough significant digits to show the arithmetic."""
    if math.isnan(value):
        return "n/a"  # an undefined result (0/0, ∞-∞) from odd input; printed, never raised
    if math.isinf(value):
        return "∞" if value > 0 else "-∞"
    if value == 0:
        return "0"
    magnitude = abs(value)
    if magnitude >= 10**digits:
        return f"{value:,.0f}"
    decimals = max(0, digits - 1 - math.floor(math.log10(magnitude)))
    text = f"{value:,.{min(decimals, 6)}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def percent_change(start: Interval, end: Interval) -> Interval:
    """``(end - start) / start`` in percent, over all corners."""
    return (end - start) / start * 100


def apply_percent(start: Interval, percent: Interval) -> Interval:
    """The level reached from ``start`` after a change of ``percent`` percent."""
    return start * (1 + percent / 100)


def implied_start(end: Interval, percent: Interval) -> Interval:
    """The starting level that ``percent`` percent growth turns into ``end``."""
    return end / (1 + percent / 100)
