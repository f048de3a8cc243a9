"""absolute_change: a stated change in units against its start and end.

Rule: "fell 624.82 points to 81,551.63 from 82,176.45" must satisfy
end - start = the stated change, signed by its direction word. A level followed
by "loss" counts below zero ("from a £1m loss to a £2.5m profit" is +£3.5m).

Tolerance: rounding intervals widened by hedges, over all corners; holds when
the computed change overlaps the stated one. A flipped sign is gross.

A currency's move against its quote (param ``unsigned``: a peso "down 2.1 since March, when it traded
at 17.4 per dollar") is compared by its size: a currency that weakens may see its quoted figure rise or fall.

A net balance (form ``net``: "41% approve, 27% disapprove, a net rating of
+14") is one side's share less the other's; printed without a sign, it is
compared by its size.
"""

from __future__ import annotations

import re

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, judge, member, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, rounding_interval, show, show_value, signed
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.relation import Relation, RelationKind


def _as_profit(ctx: ArticleContext, claim: Claim) -> Interval:
    after = ctx.text[claim.span[1] : claim.span[1] + 15].lower()
    iv = interval(claim)
    return -iv if re.match(r"^\s*(?:pre-tax\s+|net\s+|operating\s+)?loss", after) else iv


def _change(value: float, delta: Claim) -> str:
    """A change printed in the stated change's own style: "-$1.5 billion", "+12p", "+4,176"."""
    return ("+" if value > 0 else "") + show_value(value, delta, exact=True)


def _net(relation: Relation, ctx: ArticleContext, against: Claim, for_: Claim, net: Claim) -> Finding:
    """ "41% approve, 27% disapprove, a net rating of +14": one side less the other; unsigned, by its size."""
    computed = interval(for_) - interval(against)
    point = for_.quantity.value - against.quantity.value
    stated, stated_rounding = interval(net), rounding_interval(net)
    if relation.params.get("unsigned"):
        if computed.hi <= 0:
            computed = -computed
        elif computed.lo < 0:
            computed = Interval(0, max(-computed.lo, computed.hi))
        point = abs(point)
    message = (
        f"{show(for_)} on one side less {show(against)} on the other is {_change(point, net)}; "
        f"the article says {_change(stated.mid, net)}"
        if not relation.params.get("unsigned")
        else f"{show(for_)} on one side and {show(against)} on the other are {show_value(point, net, exact=True)} "
        f"apart; the article says {show(net)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, stated, point, stated_rounding),
        computed={"net": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _size(value: Interval) -> Interval:
    """The sizes an interval of signed values spans: [-3, 5] holds sizes 0 to 5."""
    if value.lo >= 0:
        return value
    if value.hi <= 0:
        return -value
    return Interval(0, max(-value.lo, value.hi))


@check(RelationKind.ABSOLUTE_CHANGE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    delta, start, end = (member(relation, ctx, r) for r in ("delta", "from", "to"))
    if delta is None or start is None or end is None:
        return None
    computed = _as_profit(ctx, end) - _as_profit(ctx, start)
    point = _as_profit(ctx, end).mid - _as_profit(ctx, start).mid
    stated = signed(delta)
    stated_rounding = signed(delta, rounding_interval(delta))
    if relation.params.get("form") != "gap" and delta.change is None and relation.params.get("delta_sign") == -1:
        # "That $1.5 billion reduction": a size printed bare, signed by the noun of change that names it
        stated, stated_rounding = -stated, -stated_rounding
    message = (
        f"{show(start)} -> {show(end)} is a change of {_change(point, delta)}; "
        f"the article says {_change(stated.mid, delta)}"
    )
    if relation.params.get("form") == "gap":
        # "$1.02 a share, 2 cents above the $1.00 expected": result - mark = the gap, signed by the word
        if relation.params.get("delta_sign") == -1:
            stated, stated_rounding = -stated, -stated_rounding
        word = relation.params.get("word", "from")
        side = "above" if point >= 0 else "below"
        message = f"{show(end)} is {show_value(abs(point), start)} {side} {show(start)}; the article says "
        message += f"{show(delta)} {word}"
    if relation.params.get("form") == "net":
        return _net(relation, ctx, start, end, delta)
    if relation.params.get("unsigned"):
        # a rupee that lost 4.6 against the dollar since May, when 78.6 bought one: its quote moves either way
        # as it weakens, so only the size of the move is held against its ends
        computed, point = _size(computed), abs(point)
        stated, stated_rounding = _size(stated), _size(stated_rounding)
        message = (
            f"{show(start)} -> {show(end)} is a move of {show_value(point, delta, exact=True)}; "
            f"the article says {show(delta)}"
        )
    verdict = judge(computed, stated, point, stated_rounding)
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"change": point, "interval": computed},
        tolerance=ROUNDING,
    )
