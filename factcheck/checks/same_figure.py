"""same_figure: one figure stated twice must agree.

Rule: two statements of one subject's measure for one period ("$53 billion in AI"
and, later, "its $53 billion AI investment") must overlap; an unrounded figure
("before rounding, up 0.244 percent") must lie in the interval of the rounded
figure it restates ("up 0.2 percent"); a round or hedged move in the lead ("closed
200 points higher") must hold the exact one given later ("up 200.84 points"); a figure written in
words must agree with the digits bracketed after it ("forty-one percent (41%)"). A pair whose values differ by a factor
near 1,000 or 1,000,000 is a scale slip (million/billion) and gross.

Tolerance: each figure's rounding interval widened by its hedge ("around 4
percent" and "4 percent" agree); the intervals must overlap.
"""

from __future__ import annotations

import math

from factcheck.checks import check
from factcheck.checks.base import Verdict, judge, member, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.relation import Relation, RelationKind


def _scale_slip(a: float, b: float) -> bool:
    if a == 0 or b == 0:
        return False
    ratio = math.log10(max(abs(a), abs(b)) / min(abs(a), abs(b)))
    return any(abs(ratio - k) < 0.15 for k in (3, 6, 9))


@check(RelationKind.SAME_FIGURE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    first, second = member(relation, ctx, "first"), member(relation, ctx, "second")
    if first is None or second is None:
        return None
    rough = interval(first)
    if relation.params.get("rounded"):
        # "closed 200 points higher": a round figure stands for the precision of its last non-zero digit
        rough = rough.hull(Interval.around(first.quantity.value, relation.params.get("round_half_width", 0.0)))
    verdict = judge(interval(second), rough, second.quantity.value)
    slip = not verdict.holds and _scale_slip(first.quantity.value, second.quantity.value)
    if relation.params.get("rounded"):
        message = f"{show(first)} should be the round form of {show(second)}" + ("" if verdict.holds else ": it is not")
    elif relation.params.get("in_digits"):
        message = f"{show(first)} is given again in digits as {show(second)}" + (
            "" if verdict.holds else ": they differ"
        )
    elif relation.params.get("unrounded"):
        message = f"the unrounded {show(second)} should round to {show(first)}" + (
            "" if verdict.holds else ": it does not"
        )
    else:
        what = f"{first.subject}'s {first.measure}" if first.subject and first.measure else "the figure"
        message = f"{what} is given as {show(first)} and as {show(second)}" + (
            "" if verdict.holds else ": a thousandfold scale slip" if slip else ": they differ"
        )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(verdict.holds, verdict.within_rounding, slip),
        computed={"values": [first.quantity.value, second.quantity.value]},
        tolerance="rounding intervals widened by hedges must overlap",
    )
