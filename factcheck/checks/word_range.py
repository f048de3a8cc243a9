"""word_range: a word with a numeric range against the percentage it describes.

Rule: "single-digit" is below 10%, "double-digit" 10–99.99%, "triple-digit"
100–999.99% ("low single digits" the lower part of that, "high" the upper). A
fraction printed with its percentage allows the fraction read to 10% either
way ("a third" 30–36.7%), to 15% below it for "nearly/almost" ("nearly a
third" 28.3–33.3%: a fraction is a coarse word, printed beside 29% as often as
beside 32%), above it for "more than/over" ("more than one third" above 33.3%),
and to 10% either way for "about"; "a majority" is above 50%, "a minority"
below.

Tolerance: the figure's rounding interval widened by its hedge must overlap
the word's range. A miss is a warning: the word, not a number, is what is
wrong, so it is never gross.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.finding import Finding
from factcheck.intervals import INF, Interval, fmt
from factcheck.relation import Relation, RelationKind


def _show_range(allowed: Interval) -> str:
    if allowed.lo <= 0:
        return f"below {fmt(allowed.hi)}%"
    if allowed.hi == INF or allowed.hi >= 100 > allowed.lo:
        return f"above {fmt(allowed.lo)}%"
    return f"{fmt(allowed.lo)}–{fmt(allowed.hi)}%"


@check(RelationKind.WORD_RANGE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    figure = member(relation, ctx, "figure")
    lo, hi = relation.params.get("low"), relation.params.get("high")
    if figure is None or lo is None:
        return None
    allowed = Interval(float(lo), INF if hi is None else float(hi))
    value = interval(figure)
    if value.hi < 0:
        value = -value  # a decline printed with its sign: the word speaks of its size
    holds = value.overlaps(allowed)
    within = holds and not allowed.contains(abs(figure.quantity.value))
    word = relation.params.get("word", "the word")
    verdict = Verdict(holds, within, False)
    return result(
        relation,
        ctx,
        f"“{word}” means {_show_range(allowed)}; {show(figure)} is {'within' if holds else 'outside'} it",
        verdict=verdict,
        computed={"figure": figure.quantity.value, "allowed": allowed},
        tolerance="the figure's rounding and hedge interval must overlap the word's range",
    )
