"""direction: a direction word against the move between the two levels it governs.

Rule: "increased to 0.56p from 5.46p", "fell from 85.8% to 84.1%", "$497,099, up
from 462,890": the sign of end - start must be the word's (up for rose,
increased, up from; down for fell, declined, down from). A move the other way is
gross: no rounding explains a rise reported as a fall.

Tolerance: the figures' rounding intervals; the word holds when end - start can
have its sign within them.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.finding import Finding
from factcheck.relation import Relation, RelationKind


@check(RelationKind.DIRECTION)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    start, end = member(relation, ctx, "from"), member(relation, ctx, "to")
    sign = relation.params.get("direction")
    if start is None or end is None or sign not in (1, -1):
        return None
    move = interval(end) - interval(start)
    holds = move.hi > 0 if sign > 0 else move.lo < 0
    change = end.quantity.value - start.quantity.value
    actual = "a rise" if change > 0 else "a fall" if change < 0 else "no change"
    word = relation.params.get("word", "up" if sign > 0 else "down")
    return result(
        relation,
        ctx,
        f"“{word}”: {show(start)} -> {show(end)} is {actual}",
        verdict=Verdict(holds, False, not holds),
        computed={"change": change},
        tolerance="the move's interval over rounding must allow the word's sign",
    )
