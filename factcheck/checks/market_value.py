"""market_value: a market value against the share price or index it moves with.

Rules, by the relation's form:

* gain_vs_price: with a steady share count, a market value V at price P was V x
  P0 / P at the earlier price P0, so the change since then is V x (1 - P0 / P).
  It must fit the stated change ("gained over $100 billion in 2025" with V =
  $342 billion, P = $144, P0 = $85: the value was about $202 billion, a gain of
  about $140 billion, which is over $100 billion).
* moves_with_price: a market value's move in percent (from its two levels, or
  from the change and one level) must go the way of the share price or index
  move it stands next to, and by a comparable amount: between a third and three
  times it, give or take 2 points (a whole market's value and its index differ
  in their weights). When several moves fit the text (a closing and an
  after-hours move), it holds if it agrees with any of them.

Tolerance: figures stand for their rounding intervals widened by their hedges;
for gain_vs_price the value at the earlier price is also allowed 5% either way
for buybacks and new shares. A move the other way beyond the 2 points, or more
than ten times the price move plus 5 points, is gross (a unit slip: a broad
market losing half its value on a 1% index day).
"""

from __future__ import annotations

import re

from factcheck.checks import check
from factcheck.checks.base import Verdict, judge, member, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, pct, show, show_value, signed
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.quantity import Hedge
from factcheck.relation import Relation, RelationKind

SHARE_DRIFT = 0.05


@check(RelationKind.MARKET_VALUE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    form = relation.params.get("form")
    if form == "gain_vs_price":
        return _gain_vs_price(relation, ctx)
    if form == "moves_with_price":
        return _moves_with_price(relation, ctx)
    return None


def _gain_vs_price(relation: Relation, ctx: ArticleContext) -> Finding | None:
    change, value, price, start = (member(relation, ctx, r) for r in ("change", "value", "price", "start_price"))
    if change is None or value is None or price is None or start is None or not price.quantity.value:
        return None
    ratio = interval(start) / interval(price)
    then = interval(value) * ratio
    then = then.widen(abs(then.mid) * SHARE_DRIFT)
    implied = interval(value) - then
    then_point = value.quantity.value * start.quantity.value / price.quantity.value
    point = value.quantity.value - then_point
    stated = signed(change)
    verdict = judge(implied, stated, point)
    period = relation.params.get("period") or "over the period"
    when = start.period.text if start.period is not None else "the start"
    said = _as_said(change)
    message = (
        f"at {show(price)} the market value is {show(value)}; at {show(start)} ({when}) the same shares were worth "
        f"about {show(value)} x {show(start)} / {show(price)} = "
        f"{show_value(then_point, value)}, so the change {period} is about {show_value(point, value)}; "
        f"the article says {'a gain' if stated.mid >= 0 else 'a loss'} of {said}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"implied_change": point, "interval": implied, "value_at_start": then_point},
        tolerance="rounding and hedge intervals of the four figures; the share count may drift 5% over the period",
    )


_HEDGE_WORDS = {
    Hedge.OVER: "over",
    Hedge.UNDER: "under",
    Hedge.APPROXIMATE: "about",
    Hedge.NEARLY: "nearly",
    Hedge.AT_LEAST: "at least",
    Hedge.UP_TO: "up to",
}


def _as_said(claim: Claim) -> str:
    """The figure with its hedge word, once: "over $100 billion"."""
    text = show(claim)
    word = _HEDGE_WORDS.get(claim.quantity.hedge)
    if word is None or re.match(r"^\s*[A-Za-z]", text):
        return text
    return f"{word} {text}"


def _moves_with_price(relation: Relation, ctx: ArticleContext) -> Finding | None:
    delta, start, end = (member(relation, ctx, r) for r in ("delta", "from", "to"))
    moves = members(relation, ctx, "move")
    if not moves:
        return None
    if start is not None and end is not None and start.quantity.value:
        change = (interval(end) - interval(start)) / interval(start) * 100
        point = (end.quantity.value - start.quantity.value) / start.quantity.value * 100
        shown = f"moved {show(start)} -> {show(end)},"
    elif delta is not None and (end is not None or start is not None):
        d = signed(delta)
        d_point = d.mid if d.bounded else delta.quantity.value
        if end is not None:
            base = interval(end) - d
            base_point = end.quantity.value - d_point
            # "gained $100 billion to $342 billion": the $100 billion is the gain, so the start is the end less it.
            verb = "gained" if d_point >= 0 else "lost"
            shown = f"{verb} {show(delta)} to {show(end)}, from about {show_value(base_point, end)},"
        else:
            assert start is not None
            base = interval(start)
            base_point = start.quantity.value
            verb = "gained" if d_point >= 0 else "lost"
            shown = f"{verb} {show(delta)} from {show(start)},"
        if base_point <= 0:
            return None
        change = d / base * 100
        point = d_point / base_point * 100
    else:
        return None
    verdicts = []
    for move in moves:
        p = signed(move)
        band = Interval(min(p.lo / 3, p.lo * 3), max(p.hi / 3, p.hi * 3)).widen(2)
        holds = change.overlaps(band)
        opposite = (change.hi < -2 and p.lo > 0) or (change.lo > 2 and p.hi < 0)
        gross = not holds and (opposite or abs(point) > 10 * abs(p.mid) + 5)
        verdicts.append((holds, gross, opposite, move, p.mid))
    holds = any(v[0] for v in verdicts)
    gross = not holds and all(v[1] for v in verdicts)
    moved = " or ".join(pct(mid) for _, _, _, _, mid in verdicts)
    what = "the index" if relation.params.get("whole_market") else "the share price"
    message = f"the market value {shown} {pct(point)}, while {what} moved {moved}"
    if not holds:
        _, _, opposite, _, mid = verdicts[0]
        if opposite:
            message += f"; a market value moves with {what}, not the other way"
        elif mid:
            message += f"; a market value moves with {what}, not {fmt(abs(point / mid), 2)} times as much"
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, gross),
        computed={"value_change_percent": point, "interval": change, "price_change_percent": [v[3] for v in verdicts]},
        tolerance="same direction, between a third and three times the price move, give or take 2 points",
    )
