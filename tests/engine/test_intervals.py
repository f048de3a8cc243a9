"""Interval arithmetic over rounding and hedge intervals."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck.figures import pct_pair
from factcheck.intervals import INF, Interval, apply_percent, fmt, implied_start, percent_change
from factcheck.quantity import Hedge, Quantity, QuantityKind


def q(value: float, rounding: float, hedge: Hedge = Hedge.EXACT, lower=None, upper=None) -> Quantity:
    return Quantity(
        text="x",
        span=(0, 1),
        value=value,
        unit="USD",
        kind=QuantityKind.MONEY,
        rounding=rounding,
        hedge=hedge,
        lower=lower,
        upper=upper,
    )


@pytest.mark.parametrize(
    ("a", "b", "op", "expected"),
    [
        (Interval(1, 2), Interval(3, 4), "+", Interval(4, 6)),
        (Interval(1, 2), Interval(3, 4), "-", Interval(-3, -1)),
        (Interval(-1, 2), Interval(3, 4), "*", Interval(-4, 8)),
        (Interval(1, 2), Interval(4, 8), "/", Interval(0.125, 0.5)),
        (Interval(1, 2), Interval(-1, 1), "/", Interval(-INF, INF)),
        (Interval(1, INF), Interval(2, 2), "*", Interval(2, INF)),
        (Interval(0, INF), Interval(-1, 1), "*", Interval(-INF, INF)),
    ],
)
def test_arithmetic_by_corners(a: Interval, b: Interval, op: str, expected: Interval) -> None:
    result = {"+": a + b, "-": a - b, "*": a * b, "/": a / b}[op]
    assert result == expected


@pytest.mark.parametrize(
    ("quantity", "expected"),
    [
        (q(26e9, 0.5e9), Interval(25.5e9, 26.5e9)),
        (q(100e9, 0.5e9, Hedge.OVER, lower=100e9), Interval(100e9, INF)),
        (q(100e9, 0.5e9, Hedge.OVER), Interval(100e9, INF)),
        (q(30, 0.5, Hedge.UNDER), Interval(-INF, 30)),
        (q(4.7, 0.05, lower=4.65, upper=4.75), Interval(4.65, 4.75)),
    ],
)
def test_from_quantity(quantity: Quantity, expected: Interval) -> None:
    got = Interval.from_quantity(quantity)
    assert got.lo == pytest.approx(expected.lo) and got.hi == pytest.approx(expected.hi)


def test_overlaps_contains_distance() -> None:
    assert Interval(1, 2).overlaps(Interval(2, 3))
    assert not Interval(1, 2).overlaps(Interval(2.1, 3))
    assert Interval(1, 2).overlaps(Interval(2.1, 3), slack=0.2)
    assert Interval(1, 5).contains(Interval(2, 3)) and Interval(1, 5).contains(5)
    assert Interval(1, 2).distance(Interval(4, 5)) == 2
    assert Interval(4, 5).distance(Interval(1, 2)) == 2


def test_percent_helpers_match_the_article_arithmetic() -> None:
    change = percent_change(Interval(84.5, 85.5), Interval(143.5, 144.5))
    assert change.lo < 69.4 < change.hi
    start = implied_start(Interval.point(144), Interval.point(61))
    assert start.mid == pytest.approx(89.44, abs=0.01)
    assert apply_percent(Interval.point(100), Interval.point(10)).mid == pytest.approx(110)


def test_reversed_and_nan_bounds_are_repaired() -> None:
    assert Interval(3, 1) == Interval(1, 3)
    assert Interval(math.nan, 1) == Interval(-INF, INF)


def test_fmt() -> None:
    assert fmt(89.4409) == "89.44"
    assert fmt(140_123_456_789) == "140,123,456,789"
    assert fmt(INF) == "∞"
    assert fmt(0) == "0"


# Subnormal divisors overflow a quotient to infinity, which is sound but cannot be compared with a tolerance.
finite = st.floats(min_value=-1e12, max_value=1e12, allow_nan=False).filter(lambda x: x == 0 or abs(x) > 1e-100)


@given(finite, finite, finite, finite, st.sampled_from(["+", "-", "*", "/"]))
def test_result_contains_every_corner_combination(a: float, b: float, c: float, d: float, op: str) -> None:
    x, y = Interval(a, b), Interval(c, d)
    result = {"+": x + y, "-": x - y, "*": x * y, "/": x / y}[op]
    for u in (x.lo, x.hi, x.mid):
        for v in (y.lo, y.hi, y.mid):
            if op == "/" and v == 0:
                continue
            value = {"+": u + v, "-": u - v, "*": u * v, "/": u / v if v else 0}[op]
            tol = 1e-9 * max(1.0, abs(value))
            assert result.lo - tol <= value <= result.hi + tol


def test_fmt_of_nan_does_not_raise() -> None:
    assert fmt(math.nan) == "n/a"


@pytest.mark.parametrize(
    ("computed", "said", "expected"),
    [
        (20.214, 20.22, ("+20.21%", "+20.22%")),  # three digits would print "+20.2%" twice
        (69.77, 80.1, ("+69.8%", "+80.1%")),
        (-1.655, -1.73, ("-1.66%", "-1.73%")),
    ],
)
def test_percentages_in_a_message_differ_where_the_figures_do(computed: float, said: float, expected: tuple) -> None:
    assert pct_pair(computed, said) == expected
