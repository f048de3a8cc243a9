"""exchange_rate: two conversions between the same currencies must use one rate.

Rule: "$26.2 million (£20.5m)" and "$10 million (£7.8m)" give 0.782 and 0.78
pounds per dollar; an article converts at one rate, so the two must agree.

Tolerance: each rate is computed over the rounding intervals of its two figures
(widened by their hedges: "around $20,000" is loose; a round whole figure's
trailing zeros but one count as rounding: "$20,000" is $19,500 to $20,500; a one-sided bound, "more than
$US237 billion ($332 billion)", is read as "about" the printed figure, which its conversion restates), then
widened by 3% for a
writer who rounds a conversion more than its digits show or takes a rate from
another day; the rates agree when the intervals overlap. Rates 20 times apart
or more are a scale slip (gross); rates a thousand, a million or a billion times
apart (within 5%) are named as such, since a scale word left out of one figure
("AED8.4 billion ($2.29)") is the likeliest cause.
"""

from __future__ import annotations

import math

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.checks.per_unit import loose_interval
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import currency, show
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.relation import Relation, RelationKind

_SCALES = {1: "thousand", 2: "million", 3: "billion"}
# The width an "about" gives a figure, for a bound read as the figure it bounds.
_BOUND_AS_ABOUT = 0.025


def _conversion_interval(claim: Claim) -> Interval:
    """A figure's loose interval; a bound ("more than $US237 billion ($332 billion)") counts as about the figure.

    The conversion in brackets restates the printed bound, not the unknown amount past it, so the two figures
    give the rate as printed; left open, the bound would let any rate through.
    """
    found = loose_interval(claim)
    if found.bounded:
        return found
    value = claim.quantity.value
    return Interval.around(value, max(claim.quantity.rounding or 0.0, abs(value) * _BOUND_AS_ABOUT))


def _dropped_scale(ratio: float) -> str:
    """The scale word a ratio of two rates stands for, when it is a power of a thousand within 5%."""
    if ratio < 500:
        return ""
    power = round(math.log10(ratio) / 3)
    return _SCALES.get(power, "") if abs(ratio / 1000**power - 1) <= 0.05 else ""


@check(RelationKind.EXCHANGE_RATE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    a, b, ra, rb = (
        member(relation, ctx, r) for r in ("amount", "converted", "reference_amount", "reference_converted")
    )
    if a is None or b is None or ra is None or rb is None:
        return None
    if not (a.quantity.value and ra.quantity.value and rb.quantity.value):
        return None
    same_way = bool(relation.params.get("same_way", currency(a) == currency(ra)))
    base, quote = str(relation.params.get("base", currency(a))), str(relation.params.get("quote", currency(b)))
    rate = _conversion_interval(b) / _conversion_interval(a)
    point = b.quantity.value / a.quantity.value
    if same_way:
        reference = _conversion_interval(rb) / _conversion_interval(ra)
        ref_point = rb.quantity.value / ra.quantity.value
    else:
        reference = _conversion_interval(ra) / _conversion_interval(rb)
        ref_point = ra.quantity.value / rb.quantity.value
    slack = float(relation.params.get("slack", 0.03))
    holds = rate.widen(abs(point) * slack).overlaps(reference.widen(abs(ref_point) * slack))
    ratio = max(point, ref_point) / min(point, ref_point) if point > 0 and ref_point > 0 else 1.0
    gross = not holds and ratio >= 20
    # Rates print in the direction that reads above 1: "100.4 JPY per USD", not "0.009961 USD per JPY".
    flip = ref_point < 1
    shown, shown_ref = (1 / point, 1 / ref_point) if flip else (point, ref_point)
    per = f"{base} per {quote}" if flip else f"{quote} per {base}"
    message = f"{show(a)} = {show(b)} is {fmt(shown, 4)} {per}; {show(ra)} = {show(rb)} is {fmt(shown_ref, 4)}"
    if not holds and _dropped_scale(ratio):
        # "AED8.4 billion ($2.29)": a rate a thousand, a million or a billion times off is a scale word left out
        message += f", a {_dropped_scale(ratio)} times apart: one figure seems to lack its “{_dropped_scale(ratio)}”"
    elif not holds:
        message += f", {fmt(abs(point / ref_point - 1) * 100, 3)}% apart: one article should convert at one rate"
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, gross),
        computed={"rate": point, "reference_rate": ref_point, "interval": rate, "reference_interval": reference},
        tolerance="each rate over its figures' rounding and hedge intervals, widened by 3%; they must overlap",
    )
