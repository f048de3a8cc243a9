"""part_whole: parts against their whole.

Rules, by the relation's ``rule``:

* sum: the parts add up to the whole. Parts that add up to more than the whole
  always fail; parts that add up to less fail only when the words name every part
  ("... and 188 were unchanged", "the remaining 8,941", a dash or colon
  breakdown), since a list may leave parts unnamed.
* within: the parts named ("including", "of which") add up to no more than the whole.
* between: a total rate (growth, share, margin) is a weighted mean of its
  complementary parts' rates, so it lies between the lowest and the highest.
* gap_moves: a deficit moves by its outlays' move less its receipts' (a surplus the other way round): the flows'
  signed moves add up to the gap's end less its start.
* extreme: a part's move named the smallest (``side`` min) of a whole's parts is at most the whole's move, the
  largest (max) at least: the whole's is their weighted mean. Sizes are compared, both moves told one way.
* bridge: profit before an exceptional item, less the item, is the result
  after it (a loss counts below zero).
* moves_sum: a whole's move is the sum of its parts' moves, each signed by its verb ("employment rose 12,400,
  full-time up 20,100 and part-time down 7,700"); a figure ending in two zeros or more is read to that place.
* net_change: the moves from each figure to its revision (to - from) add up
  to the net revision stated; when the words give no direction for the net,
  its size alone is compared.
* prior_sum: each part over its growth factor is last year's part, and last
  year's parts (each with its sign: a deficit is outlays less receipts) add up
  to last year's whole: whole = sum of sign x part / (1 + growth).
* gap_growth: the same earlier gap, rebuilt from the flows and their growth, against the gap's own stated
  growth: the gap over it, less one, is that growth.
* band: a target's centre less and plus its margin ("3 per cent with a margin of 1.5 per cent on either side")
  are the band's ends as the story states them ("the band of 1.5-4.5 per cent", "the upper limit of 4.5 per cent").
* points: a basketball line's points are 2 x field goals made + threes made + free
  throws made ("31 points on 12-20 shooting, 4-9 from three, 3-4 from the line").
* same_base: two moves of one series from one base (a close and an intraday
  swing from the previous close, two forecasts against one named year): each
  end less its signed move (or over its growth factor, for a move in percent)
  is the same base, so the two bases must overlap.

Tolerance: every figure stands for its rounding interval widened by its hedge;
sums are interval sums, and the relation holds when the computed interval
overlaps the stated whole (or reaches the bound, for within and between). A
miss of 20 times or more, or a flipped sign, is gross.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.average import round_figure
from factcheck.checks.base import ROUNDING, Verdict, is_gross, judge, member, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, show_value, signed
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.quantity import QuantityKind
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
    if rule == "prior_sum":
        return _prior_sum(relation, ctx)
    if rule == "gap_growth":
        return _gap_growth(relation, ctx)
    if rule == "gap_moves":
        return _gap_moves(relation, ctx)
    if rule == "net_change":
        return _net_change(relation, ctx)
    if rule == "moves_sum":
        return _moves_sum(relation, ctx)
    if rule == "same_base":
        return _same_base(relation, ctx)
    if rule == "points":
        return _points(relation, ctx)
    if rule == "band":
        return _band(relation, ctx)
    whole = member(relation, ctx, "whole")
    parts = members(relation, ctx, "part")
    if whole is None or not parts:
        return None
    if rule == "between":
        return _between(relation, ctx, whole, parts)
    if rule == "extreme":
        return _extreme(relation, ctx, whole, parts[0])
    computed, point = _total(parts)
    stated = interval(whole)
    like = whole
    if whole.quantity.kind == QuantityKind.FRACTION and all(p.quantity.kind == QuantityKind.PERCENT for p in parts):
        stated, like = Interval(stated.lo * 100, stated.hi * 100), parts[0]  # "two-thirds" of shares in percent
    named = " + ".join(show(p) for p in parts)
    summed = f"{named} = {show_value(point, like, exact=True)}" if len(parts) > 1 else show(parts[0])
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


def _points(relation: Relation, ctx: ArticleContext) -> Finding | None:
    """A basketball line: points = 2 x field goals made + threes made + free throws made (a three is a field goal
    worth one point more)."""
    whole, field, threes, free = (member(relation, ctx, r) for r in ("whole", "field_goals", "threes", "free_throws"))
    if whole is None or field is None or threes is None or free is None:
        return None
    computed = interval(field) * 2 + interval(threes) + interval(free)
    point = 2 * field.quantity.value + threes.quantity.value + free.quantity.value
    stated = interval(whole)
    message = (
        f"2 x {show(field)} field goals + {show(threes)} threes + {show(free)} free throws = "
        f"{show_value(point, whole, exact=True)} points; the article says {show(whole)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, stated, point),
        computed={"points": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _band(relation: Relation, ctx: ArticleContext) -> Finding | None:
    """The centre less and plus the margin against the band's stated ends. A target's figures define the band rather
    than round a measurement: they are read as printed."""
    centre, margin = member(relation, ctx, "centre"), member(relation, ctx, "margin")
    if centre is None or margin is None:
        return None
    width = abs(margin.quantity.value)  # "plus or minus 1.5": the margin's size, whatever sign extraction read
    low, high = centre.quantity.value - width, centre.quantity.value + width
    stated: list[tuple[str, float, float]] = []
    band = member(relation, ctx, "band")
    if band is not None and band.quantity.ends is not None:
        stated += [("lower", low, band.quantity.ends[0]), ("upper", high, band.quantity.ends[1])]
    for side, computed in (("upper", high), ("lower", low)):
        end = member(relation, ctx, side)
        if end is not None:
            stated.append((side, computed, end.quantity.value))
    if not stated:
        return None
    wrong = [(side, computed, value) for side, computed, value in stated if abs(computed - value) > 1e-9]
    ends = f"{show_value(low, centre, exact=True)} to {show_value(high, centre, exact=True)}"
    message = f"{show(centre)} less and plus {show(margin).removeprefix('minus ')} is {ends}"
    if wrong:
        side, _, value = wrong[0]
        message += f"; the article gives the {side} end as {show_value(value, centre, exact=True)}"
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(not wrong),
        computed={"low": low, "high": high},
        tolerance="exact: a target's centre, margin and ends define the band and are not rounded readings",
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


def _extreme(relation: Relation, ctx: ArticleContext, whole: Claim, part: Claim) -> Finding:
    smallest = relation.params.get("side") == "min"
    size, total = interval(part), interval(whole)
    holds = size.lo <= total.hi if smallest else size.hi >= total.lo
    named = "smallest" if smallest else "largest"
    message = f"the {named} part's move {show(part)} against the whole's {show(whole)}" + (
        ""
        if holds
        else f", yet the whole's move is the weighted mean of its parts' and cannot be {'less' if smallest else 'more'}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, False),
        computed={"part": size, "whole": total},
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


def _prior_sum(relation: Relation, ctx: ArticleContext) -> Finding | None:
    whole = member(relation, ctx, "whole")
    parts, rates = members(relation, ctx, "part"), members(relation, ctx, "growth")
    signs = relation.params.get("signs", [1] * len(parts))
    growth_signs = relation.params.get("growth_signs", [1] * len(rates))
    if whole is None or not parts or len(rates) != len(parts) or len(signs) != len(parts):
        return None
    computed, point, shown = Interval.point(0), 0.0, []
    for part, rate, sign, grew in zip(parts, rates, signs, growth_signs, strict=True):
        factor = interval(rate) * grew / 100 + 1
        value = 1 + grew * rate.quantity.value / 100
        if factor.lo <= 0 or value <= 0:
            return None
        computed = computed + interval(part) / factor * sign
        point += sign * part.quantity.value / value
        moved = "rising" if grew > 0 else "falling"
        shown.append(f"{show(part)} after {moved} {show(rate)} was {show_value(part.quantity.value / value, part)}")
    together = "their difference" if any(s < 0 for s in signs) else "their sum"
    message = (
        f"undoing each growth rate, {'; '.join(shown)}: {together} is {show_value(point, whole)}; the article gives "
        f"the earlier figure as {show(whole)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, interval(whole), point),
        computed={"prior_whole": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _gap_growth(relation: Relation, ctx: ArticleContext) -> Finding | None:
    whole, stated = member(relation, ctx, "whole"), member(relation, ctx, "whole_growth")
    parts, rates = members(relation, ctx, "part"), members(relation, ctx, "growth")
    signs = relation.params.get("signs", [1] * len(parts))
    growth_signs = relation.params.get("growth_signs", [1] * len(rates))
    if whole is None or stated is None or not parts or len(rates) != len(parts) or len(signs) != len(parts):
        return None
    prior, point = Interval.point(0), 0.0
    for part, rate, sign, grew in zip(parts, rates, signs, growth_signs, strict=True):
        factor = interval(rate) * grew / 100 + 1
        value = 1 + grew * rate.quantity.value / 100
        if factor.lo <= 0 or value <= 0:
            return None
        prior = prior + interval(part) / factor * sign
        point += sign * part.quantity.value / value
    if prior.lo <= 0 or point <= 0:
        return None  # the flows' rounding reaches a gap of the other sign: no rate can be read from it
    computed = (interval(whole) / prior - 1) * 100
    growth = (whole.quantity.value / point - 1) * 100
    sign = relation.params.get("whole_sign", 1)
    said = interval(stated) * sign
    message = (
        f"undoing the flows' growth, the earlier gap was {show_value(point, whole)}, so {show(whole)} is "
        f"{growth:+.1f}% on it; the article says {'+' if sign > 0 else '-'}{show(stated)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, said, growth),
        computed={"prior_whole": point, "growth": growth, "interval": computed},
        tolerance=ROUNDING,
    )


def _gap_moves(relation: Relation, ctx: ArticleContext) -> Finding | None:
    start, end = member(relation, ctx, "from"), member(relation, ctx, "to")
    moves = members(relation, ctx, "part")
    signs = relation.params.get("signs", [])
    if start is None or end is None or len(moves) != 2 or len(signs) != 2:
        return None
    computed = interval(moves[0]) * signs[0] + interval(moves[1]) * signs[1]
    point = sum(m.quantity.value * sign for m, sign in zip(moves, signs, strict=True))
    stated = interval(end) - interval(start)
    moved = end.quantity.value - start.quantity.value
    message = (
        f"the flows' moves ({', '.join(show(m) for m in moves)}) move the gap by {show_value(point, end)}; "
        f"the article has it go from {show(start)} to {show(end)}, {show_value(moved, end)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, stated, point),
        computed={"move": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _moves_sum(relation: Relation, ctx: ArticleContext) -> Finding | None:
    whole, parts = member(relation, ctx, "whole"), members(relation, ctx, "part")
    if whole is None or len(parts) < 2:
        return None
    # Statistics offices round each series on its own ("rose 41,700", to the hundred): a figure ending in two zeros
    # or more is read to that place, so the halves may miss the total by their rounding.
    computed, point = Interval.point(0), 0.0
    for part in parts:
        computed = computed + signed(part, round_figure(part, interval(part)))
        point += signed(part).mid
    stated = signed(whole, round_figure(whole, interval(whole)))
    moves = ", ".join(f"{'+' if signed(p).mid >= 0 else '-'}{show(p)}" for p in parts)
    message = (
        f"the parts' moves ({moves}) add up to {show_value(point, whole, exact=True)}; "
        f"the article has the whole move {'+' if stated.mid >= 0 else '-'}{show(whole)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, stated, point),
        computed={"move": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _net_change(relation: Relation, ctx: ArticleContext) -> Finding | None:
    net = member(relation, ctx, "whole")
    starts, ends = members(relation, ctx, "from"), members(relation, ctx, "to")
    if net is None or not starts or len(starts) != len(ends):
        return None
    computed, point = Interval.point(0), 0.0
    for start, end in zip(starts, ends, strict=True):
        computed = computed + interval(end) - interval(start)
        point += end.quantity.value - start.quantity.value
    sign = relation.params.get("sign", 0)
    stated = interval(net)
    if net.quantity.value >= 0 and sign < 0:
        stated = -stated  # "3,000 lower than previously reported"
    elif net.quantity.value >= 0 and sign == 0:
        # No direction in the words: compare sizes.
        ends_abs = sorted((abs(computed.lo), abs(computed.hi)))
        computed = Interval(0 if computed.lo < 0 < computed.hi else ends_abs[0], ends_abs[1])
        point = abs(point)
    moves = "; ".join(f"{show(a)} to {show(b)}" for a, b in zip(starts, ends, strict=True))
    total = ("-" if point < 0 else "+") + show_value(abs(point), net).lstrip("-+")
    message = f"the revisions ({moves}) come to {total} in all; the article says {show(net)}"
    return result(
        relation,
        ctx,
        message,
        verdict=judge(computed, stated, point),
        computed={"net": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _base(end: Claim, move: Claim, sign: int) -> tuple[Interval, float] | None:
    """The level a move started from: end - move, or end / (1 + move) for a move in percent."""
    if move.quantity.kind == QuantityKind.PERCENT:
        factor = interval(move) * sign / 100 + 1
        value = 1 + sign * move.quantity.value / 100
        if factor.lo <= 0 or value <= 0:
            return None
        return interval(end) / factor, end.quantity.value / value
    return interval(end) - interval(move) * sign, end.quantity.value - sign * move.quantity.value


def _same_base(relation: Relation, ctx: ArticleContext) -> Finding | None:
    ends, moves = members(relation, ctx, "to"), members(relation, ctx, "move")
    signs = relation.params.get("signs", [])
    if len(ends) != 2 or len(moves) != 2 or len(signs) != 2 or 0 in signs:
        return None
    bases = [_base(e, m, s) for e, m, s in zip(ends, moves, signs, strict=True)]
    if bases[0] is None or bases[1] is None:
        return None
    (one, one_point), (two, two_point) = bases
    shown = [
        f"{show(e)} {'less' if s > 0 else 'plus'} {show(m)} is {show_value(p, e)}"
        for e, m, s, p in zip(ends, moves, signs, (one_point, two_point), strict=True)
    ]
    message = f"{shown[0]}; {shown[1]}: both moves start from one level"
    verdict = judge(one, two, one_point, Interval.point(two_point))
    if not verdict.holds:
        message = f"{shown[0]}, but {shown[1]}, though both moves start from one level"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"base": one_point, "interval": one, "other_base": two},
        tolerance=ROUNDING,
    )
