"""per_unit: a count times its price against the total, and a named ratio against its two terms.

Rules, by the relation's form:

* product: count x price = total ("3 million shares at 400 yen raised 1.2
  billion yen"; a total over N years against the amount a year x N).
* ratio: numerator / denominator x scale = the stated ratio: a load factor is
  traffic / capacity x 100; a dividend yield is the annual dividend (one
  payment x the payments a year) / the share price x 100; a months' supply is
  the inventory / (the annual sales pace / 12).
* average_change: a stated average change a year against the first and last
  levels and their years: (last - first) / (last year - first year), its sign
  included ("an average yearly decrease" of a measure that rose is gross).
* load_factor_change: a load factor L reached after traffic grew g% and
  capacity c% was L x (1 + c) / (1 + g) a year earlier, so its move in points is
  L - L x (1 + c) / (1 + g).

Tolerance: every figure stands for its rounding interval widened by its hedge;
a round whole figure ("10,000 homes at an average of $400,000") may have been
rounded to its last nonzero digit, so its trailing zeros but one count as
unknown (10,000 is 9,500 to 10,500); the relation holds when the interval
computed over all corners overlaps the stated figure's. A flipped sign or a miss of 20 times or more (a scale slip) is
gross.
"""

from __future__ import annotations

import re

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, judge, member, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, show_value, signed
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.relation import Relation, RelationKind

_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")


def loose_interval(claim: Claim) -> Interval:
    """A figure's interval, widened for a round whole number whose trailing zeros may be rounding.

    "10,000" may stand for 9,500-10,500 and "$400,000" for $395,000-$405,000: the last zero is kept as a digit,
    the others are taken as rounding.
    """
    base = interval(claim)
    found = _DIGITS.search(claim.quantity.text)
    if found is None or "." in found.group(0):
        return base
    digits = found.group(0).replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    printed = float(digits)
    if zeros < 2 or not printed:
        return base
    half = 0.5 * 10 ** (zeros - 1) * abs(claim.quantity.value / printed)
    return base.hull(Interval.around(claim.quantity.value, half))


@check(RelationKind.PER_UNIT)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    form = relation.params.get("form")
    if form == "product":
        return _product(relation, ctx)
    if form == "ratio":
        return _ratio(relation, ctx)
    if form == "load_factor_change":
        return _load_factor_change(relation, ctx)
    if form == "average_change":
        return _average_change(relation, ctx)
    return None


def _product(relation: Relation, ctx: ArticleContext) -> Finding | None:
    total, count, price = (member(relation, ctx, r) for r in ("total", "count", "price"))
    if total is None or count is None or price is None:
        return None
    computed = loose_interval(count) * loose_interval(price)
    point = count.quantity.value * price.quantity.value
    verdict = judge(computed, loose_interval(total), point)
    message = f"{show(count)} x {show(price)} = {show_value(point, total)}; the article says {show(total)}"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"product": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _ratio(relation: Relation, ctx: ArticleContext) -> Finding | None:
    ratio, numerator, denominator = (member(relation, ctx, r) for r in ("ratio", "numerator", "denominator"))
    if ratio is None or numerator is None or denominator is None or not denominator.quantity.value:
        return None
    scale = float(relation.params.get("scale", 1.0))
    times = float(relation.params.get("times", 1.0))
    what = relation.params.get("what", "the ratio")
    computed = loose_interval(numerator) * times * scale / loose_interval(denominator)
    point = numerator.quantity.value * times * scale / denominator.quantity.value
    verdict = judge(computed, interval(ratio), point)
    shown = fmt(point, 3) + ("%" if scale == 100 else "")
    if what == "months of supply":
        arithmetic = f"{show(numerator)} / ({show(denominator)} / 12) = {fmt(point, 3)} months"
    elif times != 1:
        arithmetic = f"{fmt(times)} x {show(numerator)} / {show(denominator)} = {shown}"
    else:
        arithmetic = f"{show(numerator)} / {show(denominator)} = {shown}"
    return result(
        relation,
        ctx,
        f"{what}: {arithmetic}; the article says {show(ratio)}",
        verdict=verdict,
        computed={"ratio": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _load_factor_change(relation: Relation, ctx: ArticleContext) -> Finding | None:
    points, level, traffic, capacity = (member(relation, ctx, r) for r in ("points", "level", "traffic", "capacity"))
    if points is None or level is None or traffic is None or capacity is None:
        return None
    g, c = signed(traffic), signed(capacity)
    ratio = (1 + c / 100) / (1 + g / 100)
    computed = interval(level) * (1 - ratio)
    g_point = g.mid if g.bounded else traffic.quantity.value
    c_point = c.mid if c.bounded else capacity.quantity.value
    before = level.quantity.value * (1 + c_point / 100) / (1 + g_point / 100)
    point = level.quantity.value - before
    sign = relation.params.get("points_sign", 0)
    stated = signed(points) if sign == 0 else (interval(points) if sign > 0 else -interval(points))
    verdict = judge(computed, stated, point)
    message = (
        f"traffic {_pct(g_point)} on capacity {_pct(c_point)} puts the load factor a year earlier at "
        f"{show(level)} x {fmt(1 + c_point / 100)} / {fmt(1 + g_point / 100)} = {fmt(before, 3)}%, a move of "
        f"{_points(point)} to {show(level)}; the article says {_points(stated.mid)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"points": point, "interval": computed, "year_before": before},
        tolerance=ROUNDING,
    )


def _average_change(relation: Relation, ctx: ArticleContext) -> Finding | None:
    average, start, end = (member(relation, ctx, r) for r in ("average", "from", "to"))
    years = relation.params.get("years")
    if average is None or start is None or end is None or not years:
        return None
    computed = (interval(end) - interval(start)) / years
    point = (end.quantity.value - start.quantity.value) / years
    sign = -1 if relation.params.get("sign", 1) < 0 else 1
    stated = interval(average) if sign > 0 else -interval(average)
    verdict = judge(computed, stated, point)
    word = "a rise" if point > 0 else "a fall" if point < 0 else "no change"
    message = (
        f"{show(start)} -> {show(end)} over {years} years is {word} of {show_value(abs(point), average)} a year on "
        f"average; the article says {'a fall' if sign < 0 else 'a rise'} of {show(average)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"average": point, "interval": computed},
        tolerance=ROUNDING + "; calendar years are exact",
    )


def _pct(value: float) -> str:
    return f"{'+' if value > 0 else ''}{fmt(value, 3)}%"


def _points(value: float) -> str:
    shown = fmt(value, 2)
    return f"{'+' if value > 0 else ''}{shown} point{'' if shown.lstrip('-') == '1' else 's'}"
