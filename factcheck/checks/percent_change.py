"""percent_change: a stated percentage change against the levels its clause gives.

Rule: with both ends ("rose 5% from X to Y"), (Y - X) / X must equal the stated
P. With the absolute change D and the end Y ("fell 120.32, or 1.2 percent, to
10,349.93"), D / (Y - D) must equal P; with D and the start X, D / X must.

Tolerance: every figure stands for its rounding interval widened by its hedge (a
stated percentage may also have been truncated: 25.88% printed as 25.8%);
the relation holds when the interval computed over all corners overlaps the
stated one. A flipped sign or a scale slip is gross (an error when the pairing
is certain); any other miss is a warning. Between two rates, a stated "per cent"
that matches the difference in points is a slip of wording: indeterminate, with
the points shown.

Market wraps print index moves and levels as whole numbers cut from two-decimal
quotes ("42 points lower at 6,517, a drop of 0.64%"): the writer may have dropped the
decimals (42.8 printed as 42) rather than rounded them. A miss that such dropped
decimals would explain, and that rounding alone does not, is indeterminate: the
figures cannot show which way the writer cut them.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, judge, member, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import (
    interval,
    pct_pair,
    rounding_interval,
    show,
    show_value,
    signed,
    signed_value,
    stated_interval,
)
from factcheck.finding import Finding, Status
from factcheck.intervals import Interval, fmt, percent_change
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind


def _quoted_in_decimals(claim: Claim) -> bool:
    """Index points and prices are quoted with decimals; a headcount or a tally of units has none to drop."""
    q = claim.quantity
    return q.kind in (QuantityKind.MONEY, QuantityKind.PER_UNIT) or q.unit in ("points", "point")


# A dropped decimal moves a figure by under one unit: on a move of ten units or more that is a tenth at most,
# while on "$2 lower" it could be half the move and would excuse almost any stated percentage.
_FEW_UNITS = 10.0


def _moves_whole_units(start: Claim, end: Claim) -> bool:
    return abs(end.quantity.value - start.quantity.value) >= _FEW_UNITS


def _cut(claim: Claim, quoted: bool) -> Interval:
    """A whole-number figure's interval if its decimals may have been dropped: 42 is 41.5 up to 43."""
    base = interval(claim)
    q = claim.quantity
    if not quoted or q.rounding is None or abs(q.rounding) != 0.5:
        return base
    if q.value >= 0:
        return Interval(base.lo, base.hi + 0.5)
    return Interval(base.lo - 0.5, base.hi)


def _rates(start: Claim, end: Claim) -> bool:
    return start.quantity.kind == end.quantity.kind == QuantityKind.PERCENT


@check(RelationKind.PERCENT_CHANGE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    change = member(relation, ctx, "change")
    start, end, delta = (member(relation, ctx, r) for r in ("from", "to", "delta"))
    if change is None:
        return None
    stated = signed(change, stated_interval(change))
    said = signed_value(change)
    if change.change is None and relation.params.get("direction") == -1:
        # "slipped to 8.2 million from 8.5 million, or 3.5%": the verb of the move signs the bare percentage.
        stated, said = -stated, -said
    stated_point = signed(change, rounding_interval(change))
    if start is not None and end is not None:
        computed = percent_change(interval(start), interval(end))
        quoted = _quoted_in_decimals(start) and _quoted_in_decimals(end) and _moves_whole_units(start, end)
        cut = percent_change(_cut(start, quoted), _cut(end, quoted))
        base = start.quantity.value
        point = (end.quantity.value - base) / base * 100 if base else 0.0
        was, says = pct_pair(point, said)
        message = f"{show(start)} -> {show(end)} is {was}; the article says {says}"
    elif delta is not None and (end is not None or start is not None):
        d = signed(delta)
        # The level at either end is in the move's own unit, so the move's unit says whether decimals were cut.
        quoted = _quoted_in_decimals(delta) and abs(delta.quantity.value) >= _FEW_UNITS
        d_cut = signed(delta, _cut(delta, quoted))
        d_point = signed_value(delta)
        if delta.change is None and relation.params.get("delta_sign") == -1:
            # "$41 billion, $3 billion (or 7 percent) less than": the gap is a fall though printed bare
            d, d_cut, d_point = -d, -d_cut, -d_point
        if end is not None:
            base_iv = interval(end) - d
            cut_base = _cut(end, quoted) - d_cut
            base_point = end.quantity.value - d_point
            gap = "less the change" if d_point >= 0 else "plus the fall"
            message_base = f"{show_value(base_point, end)} ({show(end)} {gap})"
        else:
            assert start is not None
            base_iv = interval(start)
            cut_base = _cut(start, quoted)
            base_point = start.quantity.value
            message_base = show(start)
        computed = d / base_iv * 100
        cut = d_cut / cut_base * 100
        point = d_point / base_point * 100 if base_point else 0.0
        was, says = pct_pair(point, said)
        message = f"{show(delta)} on a start of {message_base} is {was}; the article says {says}"
    else:
        return None
    verdict = judge(computed, stated, point, stated_point)
    if not verdict.holds and not verdict.gross and cut.overlaps(stated):
        message += "; whole-number figures with their decimals dropped rather than rounded would agree"
        return result(relation, ctx, message, status=Status.INDETERMINATE, computed={"change_percent": point})
    if not verdict.holds and start is not None and end is not None and _rates(start, end):
        gap = interval(end) - interval(start)
        if gap.overlaps(stated):
            # "81.52 per cent, 1.37 per cent higher than the 80.15 per cent": the difference in points, said in
            # per cent. A slip of wording, not of the figures; the reviewer decides.
            message += f"; the difference is {fmt(end.quantity.value - start.quantity.value)} percentage points, "
            message += "so the article likely means percentage points"
            return result(relation, ctx, message, status=Status.INDETERMINATE, computed={"change_percent": point})
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"change_percent": point, "interval": computed, "stated": stated},
        tolerance=ROUNDING,
    )
