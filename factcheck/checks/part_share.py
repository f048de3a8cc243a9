"""part_share: a part, its whole and the share one is of the other.

Rules, by the relation's ``rule``:

* share: part / whole x 100 is the stated share ("336 jobs, or about 8 percent"
  of a workforce of 4,100; "132 (57 per cent) out of 233"). A share printed as a
  fraction word is read in percent, as loosely as it is meant: "a quarter" is
  22.5-27.5%, a hedged one reaches halfway to the next common fraction ("almost
  a quarter" 22.5-25%, "just under one fifth" 15-20%, "more than half" 50-66.7%).
* implied_whole: each (part, share) pair of one market implies the market's size,
  part / share x 100; all pairs must imply the same size ("51.9 million, taking
  14.7%" and "46.5 million, 13.1%" both imply about 354 million).
* share_growth: a share moves by its company's growth over the market's: from
  S0 with own growth g and market growth m, the share is S0 x (1 + g) / (1 + m)
  (a growth given by its two ends counts as end / start).
* record: a win-loss record and its winning percentage, wins / (wins + losses),
  printed as a fraction (".500" at 9-9).
* of_tallies: a race's tallies whose shares make 100%: each share is its tally (``part``) over the sum of all
  of them (``part`` and every ``rest``), "612 votes" of 612 + 398 + 43 = 1,053 is 58.1%.
* market_growth: each company's share move and own growth imply the market's
  growth, (1 + g) / (S1 / S0); two companies of one market must imply the same.

Tolerance: every figure stands for its rounding interval widened by its hedge
("about 8 percent", "just under 800"); the share holds when the interval of
part / whole overlaps the stated share's, the implied wholes when their
intervals overlap. A threshold ("over $8.3 billion", "more than 100") beside an
exact share is read as reaching no further than the next step of its last
printed digit or a fifth beyond it, whichever is wider ($8.3-9.96 billion,
100-200): a writer with a larger figure would have printed a larger threshold.
A miss of 20 times or more is gross (a scale slip).
"""

from __future__ import annotations

import math
import re

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, Verdict, is_gross, judge, member, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, pct, pct_pair, show, show_value
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Relation, RelationKind

# The fractions news copy uses; a fraction word reaches halfway to its neighbours when hedged.
_COMMON = (0.0, 1 / 10, 1 / 5, 1 / 4, 1 / 3, 1 / 2, 2 / 3, 3 / 4, 4 / 5, 9 / 10, 1.0)


def fraction_interval(claim: Claim) -> Interval:
    """What a fraction word allows, in percent: "a quarter" 22.5-27.5, "almost a quarter" 22.5-25,
    "just under one fifth" 15-20, "more than half" 50-66.7."""
    value = claim.quantity.value
    lower = max((f for f in _COMMON if f < value - 1e-9), default=0.0)
    upper = min((f for f in _COMMON if f > value + 1e-9), default=1.0)
    hedge = claim.quantity.hedge
    if hedge == Hedge.NEARLY:
        lo, hi = min((lower + value) / 2, value * 0.9), value
    elif hedge in (Hedge.OVER, Hedge.AT_LEAST):
        lo, hi = value, upper
    elif hedge in (Hedge.UNDER, Hedge.UP_TO):
        lo, hi = lower, value
    else:
        lo, hi = value * 0.9, value * 1.1
    return Interval(lo * 100, hi * 100)


def share_interval(claim: Claim) -> Interval:
    """A share in percent: "a quarter" is 25, read as loosely as the word is meant."""
    return fraction_interval(claim) if claim.quantity.kind == QuantityKind.FRACTION else interval(claim)


def _step(claim: Claim) -> float:
    """One unit of the last printed digit, zeros included: 8.3 billion steps by 0.1 billion, 100 by 100."""
    q = claim.quantity
    step = 2 * abs(q.rounding or 0.0)
    digits = re.search(r"\d[\d,]*(?:\.\d+)?", q.text)
    if digits and "." not in digits.group(0):
        bare = digits.group(0).replace(",", "")
        zeros = len(bare) - len(bare.rstrip("0"))
        if zeros < len(bare):
            step *= 10**zeros
    return step


def bounded(claim: Claim) -> Interval:
    """A threshold's open side closed at what its words allow ("over $8.3 billion" is $8.3-9.96 billion)."""
    iv = interval(claim)
    q = claim.quantity
    if q.hedge in (Hedge.OVER, Hedge.AT_LEAST) and math.isinf(iv.hi) and q.value > 0:
        return Interval(iv.lo, max(q.value + _step(claim), q.value * 1.2))
    if q.hedge in (Hedge.UNDER, Hedge.UP_TO) and math.isinf(iv.lo) and q.value > 0:
        return Interval(max(0.0, min(q.value - _step(claim), q.value / 1.2)), iv.hi)
    return iv


_HEDGES = {
    Hedge.OVER: "over",
    Hedge.AT_LEAST: "at least",
    Hedge.UNDER: "under",
    Hedge.UP_TO: "up to",
    Hedge.NEARLY: "nearly",
    Hedge.APPROXIMATE: "about",
}


def said(claim: Claim) -> str:
    """The figure with its hedge word, as a reader takes it: "over USD 8.3 billion"."""
    word = _HEDGES.get(claim.quantity.hedge)
    text = show(claim)
    return f"{word} {text}" if word and not text.lower().startswith(word.split()[0]) else text


def _level(claim: Claim, share: Claim) -> Interval:
    """A part or whole's interval; a threshold is closed only beside an exact share, which pins the figure down."""
    return bounded(claim) if share.quantity.hedge == Hedge.EXACT else interval(claim)


def share_value(claim: Claim) -> float:
    value = claim.quantity.value
    return value * 100 if claim.quantity.kind == QuantityKind.FRACTION else value


@check(RelationKind.PART_SHARE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    rule = relation.params.get("rule")
    if rule == "implied_whole":
        return _implied_whole(relation, ctx)
    if rule == "share_growth":
        return _share_growth(relation, ctx)
    if rule == "market_growth":
        return _market_growth(relation, ctx)
    if rule == "record":
        return _record(relation, ctx)
    if rule == "of_tallies":
        return _of_tallies(relation, ctx)
    part, whole, share = (member(relation, ctx, r) for r in ("part", "whole", "share"))
    if part is None or whole is None or share is None or not whole.quantity.value:
        return None
    computed = _level(part, share) / _level(whole, share) * 100
    point = part.quantity.value / whole.quantity.value * 100
    stated = share_interval(share)
    verdict = judge(computed, stated, point)
    shown = pct_pair(point, share.quantity.value)[0].lstrip("+")
    message = f"{said(part)} of {said(whole)} is {shown}; the article says {said(share)}"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"share_percent": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _record(relation: Relation, ctx: ArticleContext) -> Finding | None:
    """A win-loss record and its winning percentage: wins / (wins + losses), printed as a fraction (".500")."""
    wins, losses, share = (member(relation, ctx, r) for r in ("part", "rest", "share"))
    if wins is None or losses is None or share is None or not (wins.quantity.value + losses.quantity.value):
        return None
    computed = interval(wins) / (interval(wins) + interval(losses))
    point = wins.quantity.value / (wins.quantity.value + losses.quantity.value)
    stated = interval(share)
    message = f"{show(wins)}-{show(losses)} is a winning percentage of {point:.3f}; the article says {show(share)}"
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, stated, point),
        computed={"fraction": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _of_tallies(relation: Relation, ctx: ArticleContext) -> Finding | None:
    """One tally's share of a race whose tallies are all stated: part / (part + the rest)."""
    part, share, rest = member(relation, ctx, "part"), member(relation, ctx, "share"), members(relation, ctx, "rest")
    if part is None or share is None or not rest:
        return None
    total = part.quantity.value + sum(c.quantity.value for c in rest)
    if not total:
        return None
    others = sum((interval(c) for c in rest), Interval(0.0, 0.0))
    computed = interval(part) / (interval(part) + others) * 100
    point = part.quantity.value / total * 100
    shown = pct_pair(point, share.quantity.value)[0].lstrip("+")
    whole = show_value(total, part, exact=True)
    message = f"{said(part)} of the {whole} the race's tallies add up to is {shown}; the article says {said(share)}"
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, share_interval(share), point),
        computed={"share_percent": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _implied_whole(relation: Relation, ctx: ArticleContext) -> Finding | None:
    parts, shares = members(relation, ctx, "part"), members(relation, ctx, "share")
    if len(parts) != 2 or len(shares) != 2 or not all(s.quantity.value for s in shares):
        return None
    wholes = [_level(p, s) / (share_interval(s) / 100) for p, s in zip(parts, shares, strict=True)]
    points = [p.quantity.value / share_value(s) * 100 for p, s in zip(parts, shares, strict=True)]
    holds = wholes[0].overlaps(wholes[1])
    shown = "; ".join(
        f"{show(p)} / {show(s)} = {show_value(v, p)}" for p, s, v in zip(parts, shares, points, strict=True)
    )
    what = relation.params.get("whole", "market size")
    message = f"one {what} implied twice: {shown}" + ("" if holds else "; they disagree")
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, (not holds) and is_gross(wholes[0], wholes[1])),
        computed={"wholes": points},
        tolerance="each implied whole over the figures' rounding intervals and hedges; the two must overlap",
    )


def _factor(relation: Relation, ctx: ArticleContext, role: str) -> tuple[Interval, float, str] | None:
    """A growth as a factor: a rate's 1 + g (signed by its words), or a move's end / start."""
    sign = relation.params.get("signs", {}).get(role, 1)
    rate = member(relation, ctx, role)
    if rate is not None:
        g = interval(rate) * sign / 100
        value = 1 + sign * rate.quantity.value / 100
        return g + 1, value, f"{'+' if sign > 0 else '-'}{show(rate)}"
    start, end = member(relation, ctx, f"{role}_from"), member(relation, ctx, f"{role}_to")
    if start is None or end is None or not start.quantity.value:
        return None
    return interval(end) / interval(start), end.quantity.value / start.quantity.value, f"{show(start)} to {show(end)}"


def _share_growth(relation: Relation, ctx: ArticleContext) -> Finding | None:
    start, end = member(relation, ctx, "from"), member(relation, ctx, "to")
    own, market = _factor(relation, ctx, "growth"), _factor(relation, ctx, "market")
    if start is None or end is None or own is None or market is None or market[1] <= 0:
        return None
    computed = interval(start) * own[0] / market[0]
    point = start.quantity.value * own[1] / market[1]
    message = (
        f"a share of {show(start)} moved by the company's {own[2]} over the market's {market[2]} is "
        f"{pct(point).lstrip('+')}; the article says {show(end)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, interval(end), point),
        computed={"share_percent": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _market_growth(relation: Relation, ctx: ArticleContext) -> Finding | None:
    implied: list[tuple[Interval, float]] = []
    for prefix, growth in (("", "growth"), ("other_", "other_growth")):
        start, end = member(relation, ctx, f"{prefix}from"), member(relation, ctx, f"{prefix}to")
        own = _factor(relation, ctx, growth)
        if start is None or end is None or own is None or not start.quantity.value or not end.quantity.value:
            return None
        moved = interval(end) / interval(start)
        implied.append((own[0] / moved, own[1] / (end.quantity.value / start.quantity.value)))
    (first, a), (second, b) = implied
    holds = first.overlaps(second)
    message = f"one company's figures imply the market grew {pct((a - 1) * 100)}, the other's {pct((b - 1) * 100)}" + (
        "" if holds else "; a share moves by its own growth over the market's, so one figure is off"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, (not holds) and is_gross(first, second)),
        computed={"market_growth": [a, b]},
        tolerance="each implied market growth over the figures' rounding intervals; the two must overlap",
    )
