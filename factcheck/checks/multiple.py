"""multiple: a multiple or fraction word against the ratio of the figures it describes.

Rule: the word states a ratio range. "doubled" is 1.9–2.1x, "almost/nearly
double" 1.8–2.0x, "more than doubled" and "over two-fold" above 2x, "tripled" or
"three times" 2.85–3.15x, "quadrupled" 3.8–4.2x, "halved" or "half" 0.45–0.55,
"a third" 0.30–0.37, "a quarter" 0.225–0.275; "N times more/higher than" also
allows N + 1 times. The ratio is current / prior for a move ("more than doubled
to X from Y"), the described figure over the one it is set against for a
comparison ("X, more than double the Y"), or 1 + the growth rate a word
restates ("more than doubled ... rose 120%").

Tolerance: the ratio is computed over the figures' rounding intervals widened
by their hedges; the word holds when that interval overlaps its range. A ratio
on the wrong side of 1 (a "doubled" figure that fell) is gross; any other miss
is a warning.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, signed
from factcheck.finding import Finding, Status
from factcheck.intervals import INF, Interval, fmt
from factcheck.relation import Relation, RelationKind


def _range(relation: Relation) -> Interval | None:
    lo = relation.params.get("low")
    hi = relation.params.get("high")
    if lo is None:
        return None
    return Interval(float(lo), INF if hi is None else float(hi))


def _show_range(allowed: Interval) -> str:
    if allowed.hi == INF:
        return f"more than {fmt(allowed.lo)}x"
    if allowed.lo <= 0:
        return f"at most {fmt(allowed.hi)}x"
    return f"{fmt(allowed.lo)}x–{fmt(allowed.hi)}x"


def _ratio_as_worded(top: Claim, bottom: Claim, point: float, factor: float) -> str:
    """The ratio read the way the word reads: "double" puts the larger figure over the smaller, "half" the smaller
    over the larger. When the figures sit the other way round, "194,000 / 483,000 is 0.402x" under "more than
    double" reads as an inverted ratio; the message says which side the figure is on and gives the ratio the
    word's way."""
    inverted = point > 0 and ((factor > 1 and point < 1) or (factor < 1 and point > 1))
    if not inverted:
        return f"{show(top)} / {show(bottom)} is {fmt(point, 3)}x"
    side = "smaller" if factor > 1 else "larger"
    return (
        f"{show(top)} is {side} than {show(bottom)}, the other way round from the word: "
        f"{show(bottom)} / {show(top)} is {fmt(1 / point, 3)}x"
    )


@check(RelationKind.MULTIPLE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    allowed = _range(relation)
    if allowed is None:
        return None
    word = relation.params.get("word", "the word")
    factor = float(relation.params.get("factor", 2.0))
    change = member(relation, ctx, "change")
    top = member(relation, ctx, "current") or member(relation, ctx, "figure")
    bottom = member(relation, ctx, "prior") or member(relation, ctx, "base")
    if change is not None:
        rate = signed(change)
        ratio = rate / 100 + 1
        point = 1 + signed(change, Interval.point(change.quantity.value)).mid / 100
        how = f"a change of {show(change)} is {fmt(point, 3)}x"
    elif top is not None and bottom is not None and bottom.quantity.value:
        ratio = interval(top) / interval(bottom)
        point = top.quantity.value / bottom.quantity.value
        how = _ratio_as_worded(top, bottom, point, factor)
    else:
        return None
    message = f"“{word}” means {_show_range(allowed)}; {how}"
    if change is None and bottom is not None and interval(bottom).lo <= 0 <= interval(bottom).hi:
        # A base read only as a bound ("up to 483,000") may be near zero: the ratio is unbounded, and any word
        # would "hold". Saying it passes would vouch for figures the words may not put side by side.
        message += "; the figure it is set against is printed as a bound and may be as small as zero, so the ratio"
        message += " has no limit to check"
        return result(relation, ctx, message, status=Status.INDETERMINATE, computed={"ratio": point})
    holds = ratio.overlaps(allowed)
    # A word that says the figure grew (or shrank) when it went the other way: no rounding explains it.
    gross = not holds and ((factor > 1 and ratio.hi < 1) or (factor < 1 and ratio.lo > 1))
    within = holds and not allowed.contains(point)
    verdict = Verdict(holds, within, gross)
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"ratio": point, "interval": ratio, "allowed": allowed},
        tolerance="the ratio over the figures' rounding and hedge intervals must overlap the word's range",
    )
