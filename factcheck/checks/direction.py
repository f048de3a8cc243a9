"""direction: a direction word against the move between the two levels it governs.

Rule: "increased to 0.56p from 5.46p", "fell from 85.8% to 84.1%", "$497,099, up
from 462,890": the sign of end - start must be the word's (up for rose,
increased, up from; down for fell, declined, down from). A move the other way is
gross: no rounding explains a rise reported as a fall.

Tolerance: the figures' rounding intervals; the word holds when end - start can
have its sign within them. A whole-number rate printed beside a rate with decimals
("rose to 1.7% from 2%") is read with the other's precision: news copy drops the
".0" of a statistics office's "2.0%". A move the word contradicts only on that
reading is a warning, not an error.
"""

from __future__ import annotations

import re

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Relation, RelationKind


@check(RelationKind.DIRECTION)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    start, end = member(relation, ctx, "from"), member(relation, ctx, "to")
    sign = relation.params.get("direction")
    if start is None or end is None or sign not in (1, -1):
        return None
    # "contracted 4.4 percent, a deeper fall than the 3.9 percent shrinkage first put out": two rates told as the
    # sizes of falls, so a deeper fall is the move down
    way = -1 if _told_as_fall(ctx, start) and _told_as_fall(ctx, end) else 1
    move = (interval(end) - interval(start)) * way
    holds = move.hi > 0 if sign > 0 else move.lo < 0
    gross = not holds
    if holds:
        tight = (_as_printed_beside(end, start) - _as_printed_beside(start, end)) * way
        holds = tight.hi > 0 if sign > 0 else tight.lo < 0
    change = (end.quantity.value - start.quantity.value) * way
    actual = "a rise" if change > 0 else "a fall" if change < 0 else "no change"
    if way < 0 and change:
        actual = "a deeper fall (both are sizes of falls)" if change < 0 else "a smaller fall (both are sizes of falls)"
    word = relation.params.get("word", "up" if sign > 0 else "down")
    note = "" if holds or gross else " (reading the whole-number rate to the other's decimals, as news copy prints it)"
    return result(
        relation,
        ctx,
        f"“{word}”: {show(start)} -> {show(end)} is {actual}{note}",
        verdict=Verdict(holds, False, gross),
        computed={"change": change},
        tolerance="the move's interval over rounding must allow the word's sign",
    )


# A rate told as the size of a fall: "contracted an annualized 5.8 percent", "a 4.9 percent shrinkage".
_FALL_BEFORE = re.compile(
    r"\b(?:shr[ai]nk|shrunk|shrinks|shrinking|contract(?:ed|s|ing)?|decline[ds]?|declining|fell|falls?|falling"
    r"|dropped|drops?|slumped|plunged)\s+(?:by\s+)?(?:an?\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FALL_AFTER = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:[a-z-]+\s+)?(?:contraction|shrinkage|decline|drop|fall|slump)\b", re.IGNORECASE
)


def _told_as_fall(ctx: ArticleContext, claim: Claim) -> bool:
    if claim.quantity.kind != QuantityKind.PERCENT:
        return False
    if claim.change is not None:
        return claim.change.direction < 0
    start = max(claim.sentence_span[0], claim.span[0] - 40)
    return bool(
        _FALL_BEFORE.search(ctx.text, start, claim.span[0])
        or _FALL_AFTER.match(ctx.text[claim.span[1] : claim.span[1] + 30])
    )


def _as_printed_beside(claim: Claim, other: Claim) -> Interval:
    """A whole-number rate beside one printed with decimals, read to the other's precision ("2%" as "2.0%")."""
    q, o = claim.quantity, other.quantity
    rates = q.kind == o.kind == QuantityKind.PERCENT
    whole = q.rounding == 0.5 and q.hedge == Hedge.EXACT and float(q.value).is_integer()
    if rates and whole and o.rounding is not None and 0 < o.rounding < 0.5 and o.hedge == Hedge.EXACT:
        return Interval.around(q.value, o.rounding)
    return interval(claim)
