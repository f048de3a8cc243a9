"""growth_prior: a stated percentage change against a prior figure stated apart from it.

Rule: the change P, the current level X and the prior level Y must satisfy
(X - Y) / Y = P. When the prior is a level the article dates at the change's
baseline ("up 61% at $144 compared with one month ago" against "$85 at the start
of 2025"), the message also gives the level the percentage implies (X / (1 + P))
and how far that is from the dated one, since either the baseline or the
percentage is then wrong.

Tolerance: figures stand for their rounding intervals widened by their hedges (a
stated percentage may also have been truncated: 25.88% printed as 25.8%)
(for a dated level, rounding only: the question is which base the percentage
was computed from, not how loose the levels are); holds when the computed
change overlaps the stated one. A flipped sign or a scale slip is gross. Between
two rates, a stated percentage that misses the relative change but fits the
difference in points (7.46 percent against 7.43 percent, "up 0.03 percent") is
taken for points loosely worded, and holds.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, Verdict, judge, member, result
from factcheck.context import ArticleContext
from factcheck.figures import (
    interval,
    pct,
    pct_pair,
    rounding_interval,
    show,
    show_value,
    signed,
    signed_value,
    stated_interval,
)
from factcheck.finding import Finding
from factcheck.intervals import fmt, percent_change
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind, Tie


@check(RelationKind.GROWTH_PRIOR)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    change, prior, current = (member(relation, ctx, r) for r in ("change", "prior", "current"))
    if change is None or prior is None or current is None or not prior.quantity.value:
        return None
    dated = relation.evidence.tie == Tie.STRUCTURE and change.baseline is not None
    if dated:
        computed = percent_change(rounding_interval(prior), rounding_interval(current))
        stated = signed(change, rounding_interval(change))
    else:
        computed = percent_change(interval(prior), interval(current))
        stated = signed(change, stated_interval(change))
    said = signed_value(change)
    base = prior.quantity.value
    point = (current.quantity.value - base) / base * 100
    verdict = judge(computed, stated, point, signed(change, rounding_interval(change)))
    was, says = pct_pair(point, said)
    message = f"{show(prior)} -> {show(current)} is {was}; the article says {says}"
    computed_values = {"change_percent": point, "interval": computed}
    if dated and change.baseline is not None:
        when = prior.period.text if prior.period else "earlier"
        implied = current.quantity.value / (1 + stated.mid / 100) if stated.mid != -100 else float("nan")
        between = (implied - base) / base * 100
        computed_values.update({"implied_start": implied, "change_between": between})
        baseline = change.baseline.text
        if verdict.holds:
            message = (
                f"{show(prior)} ({when}) -> {show(current)} is {pct(point)}, matching the stated "
                f"{pct(said)} ({baseline})"
            )
        else:
            message = (
                f"{show(prior)} ({when}) -> {show(current)} is {was}; the article says {says} "
                f"{baseline}. Read as stated, the level {baseline} was {show(current)} / {fmt(1 + stated.mid / 100)}"
                f" = {show_value(implied, current)}, which would mean only {pct(between)} between {when} and then; "
                f"read against {show(prior)}, the change is {pct(point)}, not {pct(said)}. Either the baseline "
                "or the percentage looks wrong"
            )
    if not verdict.holds and not dated and prior.quantity.kind == current.quantity.kind == QuantityKind.PERCENT:
        gap = interval(current) - interval(prior)
        if gap.overlaps(stated):
            # "stood at 6.48 percent, up 0.05 percent on 6.43 percent": the change between two rates told in percent
            # that fits their difference in points, not the relative change, is points worded loosely.
            points = current.quantity.value - prior.quantity.value
            message = (
                f"{show(prior)} -> {show(current)} is {fmt(points)} percentage points, which the article gives as "
                f"{says}"
            )
            return result(relation, ctx, message, verdict=Verdict(True), computed={"points": points})
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed=computed_values,
        tolerance="rounding of the printed figures (hedges not applied: the question is the base)"
        if dated
        else ROUNDING,
    )
