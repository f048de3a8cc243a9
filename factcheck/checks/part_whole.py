"""part_whole: parts against their whole.

Rules, by the relation's ``rule``:

* sum: the parts add up to the whole. Parts that add up to more than the whole
  always fail; parts that add up to less fail only when the words name every part
  ("... and 188 were unchanged", "the remaining 8,941", a dash or colon
  breakdown), since a list may leave parts unnamed.
* within: the parts named ("including", "of which") add up to no more than the whole.
* between: a total rate (growth, share, margin) is a weighted mean of its
  complementary parts' rates, so it lies between the lowest and the highest.
* bridge: profit before an exceptional item, less the item, is the result
  after it (a loss counts below zero).

Tolerance: every figure stands for its rounding interval widened by its hedge;
sums are interval sums, and the relation holds when the computed interval
overlaps the stated whole (or reaches the bound, for within and between). A
miss of 20 times or more, or a flipped sign, is gross.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, Verdict, is_gross, judge, member, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, show_value, signed
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.relation import Relation, RelationKind


def _total(parts: list[Claim]) -> tuple[Interval, float]:
    computed = Interval.point(0)
    for part in parts:
        computed = computed + interval(part)
    return computed, sum(p.quantity.value for p in parts)


@check(RelationKind.PART_WHOLE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    rule = relation.params.get("rule", "sum")
    if rule == "bridge":
        return _bridge(relation, ctx)
    whole = member(relation, ctx, "whole")
    parts = members(relation, ctx, "part")
    if whole is None or not parts:
        return None
    if rule == "between":
        return _between(relation, ctx, whole, parts)
    computed, point = _total(parts)
    stated = interval(whole)
    named = " + ".join(show(p) for p in parts)
    summed = f"{named} = {show_value(point, whole)}" if len(parts) > 1 else show(parts[0])
    if computed.overlaps(stated):
        verdict = judge(computed, stated, point)
        message = f"{summed}; the whole is {show(whole)}"
    elif computed.lo > stated.hi:
        verdict = Verdict(False, False, is_gross(computed, stated))
        message = f"{summed}, more than the whole of {show(whole)}"
    elif rule == "sum" and relation.params.get("exhaustive"):
        verdict = Verdict(False, False, is_gross(computed, stated))
        message = f"{summed}; the parts named are all of it, yet the whole is {show(whole)}"
    else:
        verdict = Verdict(True)
        message = f"{summed} fits within {show(whole)} (the parts not named make up the rest)"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"sum": point, "interval": computed, "whole": stated},
        tolerance=ROUNDING,
    )


def _between(relation: Relation, ctx: ArticleContext, whole: Claim, parts: list[Claim]) -> Finding:
    rates = [signed(p) for p in parts]
    span = Interval(min(r.lo for r in rates), max(r.hi for r in rates))
    total = signed(whole)
    holds = total.overlaps(span)
    shown = " and ".join(show(p) for p in parts)
    message = (
        f"the total rate {show(whole)} lies between its parts' {shown}"
        if holds
        else f"the total rate {show(whole)} lies outside its parts' {shown}, but a total is their weighted mean"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, False),
        computed={"parts": span, "whole": total},
        tolerance="a weighted mean lies between its parts; each rate over its rounding interval",
    )


def _bridge(relation: Relation, ctx: ArticleContext) -> Finding | None:
    before, item, after = (member(relation, ctx, r) for r in ("before", "item", "after"))
    if before is None or after is None:
        return None
    b = interval(before) * relation.params.get("before_sign", 1)
    a = interval(after) * relation.params.get("after_sign", 1)
    i = interval(item) if item is not None else Interval.point(0)
    computed = b - i
    point = before.quantity.value * relation.params.get("before_sign", 1) - (item.quantity.value if item else 0.0)
    message = (
        f"{show(before)} before the item less {show(item) if item is not None else 'nil'} is "
        f"{show_value(point, before)}; the article reports {'a loss of ' if a.mid < 0 else ''}{show(after)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, a, point),
        computed={"after": point, "interval": computed},
        tolerance=ROUNDING,
    )
