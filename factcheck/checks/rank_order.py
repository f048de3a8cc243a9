"""rank_order: a stated rank against the figures it ranks; a stated order against the figures' order.

Rule: a player stated at rank r ("No. 3", "second place", "the leader") with
figure v cannot have more than r - 1 rivals of its whole ahead of it: rivals
with a figure larger than v, and players the rank's own sentence ranks higher
without giving their figure ("Brandt's lead as the most valuable company ...
second-place Rook"); a rival with a stated rank above r cannot have a smaller
figure, nor one ranked below r a larger one. For shares of one whole the rank
must also be possible within 100%: the rivals above r that the article does not
name (r - 1 minus those it names at v or more) need at least v each, and must
fit in what the stated shares leave of 100%. Figures the words put in order
("followed by", "after HP's 22%", "close behind", "overtook", "won with 52,345
votes to 49,876") must not rise along that order, and a stated margin ("a
margin of 2,469") must be the difference of the two figures.

Tolerance: every figure stands for its rounding interval widened by its hedge;
a rival is larger only when its whole interval lies above v's, so ties within
rounding are allowed; the room left of 100% is counted from the lower ends of
the stated shares; a margin holds when the interval difference of the two
figures overlaps the margin's rounding interval.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, members, result
from factcheck.checks.shares import share_interval
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, show_value
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind

TOLERANCE = (
    "figures stand for their rounding intervals widened by their hedges; one is larger only when its whole "
    "interval lies above the other's (ties within rounding allowed); room left of 100% counted from the lower "
    "ends of the stated shares; a margin holds when the figures' difference overlaps its rounding interval"
)


def _value(claim: Claim, shares: bool) -> Interval:
    if shares or claim.quantity.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION):
        return share_interval(claim)
    return interval(claim)


def _name(relation: Relation, claim: Claim) -> str:
    holder = (relation.params.get("holders") or {}).get(claim.id)
    if holder and not holder.startswith("item "):
        return f"{holder} ({show(claim)})"
    return show(claim)


@check(RelationKind.RANK_ORDER)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    if relation.params.get("order") == "descending":
        return _order(relation, ctx)
    return _rank(relation, ctx)


def _order(relation: Relation, ctx: ArticleContext) -> Finding | None:
    items = members(relation, ctx, "item")
    if len(items) < 2:
        return None
    values = [_value(c, False) for c in items]
    wrong = [
        (a, b)
        for i, (a, va) in enumerate(zip(items, values, strict=True))
        for b, vb in zip(items[i + 1 :], values[i + 1 :], strict=True)
        if vb.lo > va.hi
    ]
    word = relation.params.get("word", "the order stated")
    order = " ≥ ".join(_name(relation, c) for c in items)
    computed: dict = {"order": [c.quantity.value for c in items]}
    if wrong:
        a, b = wrong[0]
        message = f"“{word}” puts {_name(relation, a)} ahead of {_name(relation, b)}, but {show(b)} is larger"
    else:
        message = f"“{word}”: {order}, as stated"
    margin = member(relation, ctx, "margin")
    gap_holds = True
    if margin is not None and len(items) == 2:
        gap = values[0] - values[1]
        gap_holds = gap.overlaps(interval(margin))
        computed["gap"] = items[0].quantity.value - items[1].quantity.value
        gap_text = show_value(computed["gap"], margin)
        if gap_holds:
            message += f"; {show(items[0])} − {show(items[1])} = {gap_text}, the stated margin of {show(margin)}"
        else:
            message = (message + "; and " if wrong else "") + (
                f"{show(items[0])} − {show(items[1])} = {gap_text}, not the stated margin of {show(margin)}"
            )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(not wrong and gap_holds),
        computed=computed,
        tolerance=TOLERANCE,
    )


def _rank(relation: Relation, ctx: ArticleContext) -> Finding | None:
    ranked = member(relation, ctx, "ranked")
    rank = relation.params.get("rank")
    if ranked is None or not isinstance(rank, int) or rank < 1:
        return None
    shares = bool(relation.params.get("shares"))
    peers = members(relation, ctx, "peer")
    peer_ranks: dict[str, int] = relation.params.get("peer_ranks") or {}
    v = _value(ranked, shares)
    word = relation.params.get("word", f"No. {rank}")
    who = _name(relation, ranked)
    problems: list[str] = []
    above = [p for p in peers if _value(p, shares).lo > v.hi]
    ranked_above: list[str] = list(relation.params.get("above") or [])
    if len(above) + len(ranked_above) > rank - 1:
        count = len(above) + len(ranked_above)
        named = [_name(relation, p) for p in above] + [f"{h}, stated to rank higher" for h in ranked_above]
        problems.append(
            f"{who} is stated as “{word}”, but {count} rival{'s' if count > 1 else ''} "
            f"({', '.join(named)}) {'are' if count > 1 else 'is'} ahead of it"
        )
    for peer in peers:
        q = peer_ranks.get(peer.id)
        pv = _value(peer, shares)
        if q is not None and q < rank and pv.hi < v.lo:
            problems.append(f"{_name(relation, peer)} is ranked No. {q}, above {who} at No. {rank}, yet has less")
        elif q is not None and q > rank and pv.lo > v.hi and peer not in above:
            problems.append(f"{_name(relation, peer)} is ranked No. {q}, below {who} at No. {rank}, yet has more")
    computed: dict = {"rank": rank, "larger_rivals": len(above)}
    room_text = ""
    if shares and rank > 1:
        maybe_above = [p for p in peers if _value(p, shares).hi >= v.lo]
        unnamed = max(0, rank - 1 - len(maybe_above))
        stated = [ranked, *peers]
        room = 100 - sum(max(0.0, _value(c, shares).lo) for c in stated)
        computed.update({"unnamed_above": unnamed, "room_left": room})
        if unnamed and unnamed * max(0.0, v.lo) > room + 1e-9:
            problems.append(
                f"No. {rank} with {show(ranked)} needs {unnamed} more player{'s' if unnamed > 1 else ''} of at least "
                f"{show(ranked)} above it, but the stated shares leave only {fmt(max(room, 0))}% of the whole"
            )
        point_left = 100 - sum(_value(c, shares).mid for c in stated)
        room_text = (
            f"; {len(maybe_above)} stated rival{'s' if len(maybe_above) != 1 else ''} at or above it, "
            f"{fmt(point_left)}% left for the rest: plausible"
        )
    if problems:
        message = "; ".join(problems)
    elif rank == 1:
        message = f"{who} is stated as “{word}” and no rival has more"
    else:
        most = "no more than one rival has more" if rank == 2 else f"no more than {rank - 1} rivals have more"
        message = f"{who} is stated as “{word}”{room_text or ': ' + most}"
    return result(relation, ctx, message, verdict=Verdict(not problems), computed=computed, tolerance=TOLERANCE)
