"""comparison: words that compare two figures against the figures' order.

Rule: "beat/topped/above/more than" needs the figure above the reference (each figure, when several are
set against one reference);
"missed/short of/below/less than" needs it below; "in line with" needs them to
agree; a record needs the figure at least as high as every other figure of its
series. A ceiling on moves ("falls of up to 8%: A by 5%, B by 7%") needs every listed move at or under it in
size, a band ("between 3% and 8%") every move inside it; a move given in units with its level ("down 90p at
£15.10") is taken as a percentage of the level before it. A line the figure is said to cross ("risen above two
percent") is exact: the figure is compared with the line's value, not with a range around it.
Figures set side by side with no word of order ("compared with") have nothing
to check: the finding says so and stays indeterminate.

Tolerance: the figures' rounding intervals (hedges included); the comparison
holds when some values within them satisfy it, so two figures whose intervals
touch ("ahead of $4.06 billion" at $4.07 billion) hold. A miss is a warning.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, rounding_interval, show
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.relation import Relation, RelationKind

_WORDS = {"gt": "above", "ge": "at least", "lt": "below", "le": "at most", "approx": "in line with"}


@check(RelationKind.COMPARISON)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    figure, reference = member(relation, ctx, "figure"), member(relation, ctx, "reference")
    op = relation.params.get("op")
    if op == "bound" and figure is not None:
        return _bound(relation, ctx, figure)
    if figure is None or reference is None:
        return None
    if op == "unstated":
        word = relation.params.get("word", "compared with")
        return result(
            relation,
            ctx,
            f"“{word}” sets {show(figure)} against {show(reference)}, but no word says which should be larger: "
            "nothing to check",
        )
    if op not in _WORDS:
        return None
    references = members(relation, ctx, "reference")
    if relation.params.get("summed"):
        return _summed(relation, ctx, figure, references, op)
    figures = members(relation, ctx, "figure")
    # Several references ("larger than earlier declines, such as A or B"), or several figures against one ("A (9%)
    # and B (10%) were above the national level"): the words must hold for each pair; the first that breaks them is
    # the one reported.
    pairs = [(f, reference) for f in figures] if len(figures) > 1 else [(figure, r) for r in references]
    judged = [_judge(relation, f, r, op) for f, r in pairs]
    index = next((i for i, (_, _, holds) in enumerate(judged) if not holds), 0)
    a, b, holds = judged[index]
    figure, reference = pairs[index]
    word = relation.params.get("word", _WORDS[op])
    actual = "above" if a.lo > b.hi else "below" if a.hi < b.lo else "level with (within rounding)"
    signs = relation.params.get("signs") or [0, 0]
    named = [
        ("+" if sign > 0 else "-" if sign < 0 else "") + show(c)
        for c, sign in zip((figure, reference), signs, strict=True)
    ]
    message = f"“{word}”: {named[0]} is {actual} {named[1]}" + ("" if holds else ", contrary to the words")
    undoes = relation.params.get("undoes")
    if undoes:
        back = "fall" if undoes > 0 else "rise"
        message = (
            f"“{word}”: the {back} of {named[0]} is {actual} the {b.lo:.2f}%–{b.hi:.2f}% {back} that would just "
            f"take back the earlier {'rise' if undoes > 0 else 'fall'} of {named[1]}"
            + ("" if holds else ", contrary to the words")
        )
    if len(pairs) > 1 and holds:
        message += f"; the words hold for the other {len(pairs) - 1} listed with it too"
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds),
        computed={"figure": a, "reference": b, "op": op},
        tolerance="the figures' rounding intervals must allow the order the words state",
    )


def _summed(relation: Relation, ctx: ArticleContext, figure: Claim, references: list[Claim], op: str) -> Finding:
    """ "more than the combined 22 and 21": the figure against the sum of the listed figures."""
    a = interval(figure)
    b = sum((interval(r) for r in references[1:]), interval(references[0]))
    holds = {"gt": a.hi > b.lo, "ge": a.hi >= b.lo, "lt": a.lo < b.hi, "le": a.lo <= b.hi, "approx": a.overlaps(b)}[op]
    actual = "above" if a.lo > b.hi else "below" if a.hi < b.lo else "level with (within rounding)"
    word = relation.params.get("word", _WORDS[op])
    total = " + ".join(show(r) for r in references)
    return result(
        relation,
        ctx,
        f"“{word}”: {show(figure)} is {actual} {total} = {_fmt(b)}" + ("" if holds else ", contrary to the words"),
        verdict=Verdict(holds),
        computed={"figure": a, "reference": b, "op": op},
        tolerance="the figures' rounding intervals must allow the order the words state",
    )


def _fmt(value: Interval) -> str:
    middle = (value.lo + value.hi) / 2
    for size, name in ((1e12, " trillion"), (1e9, " billion"), (1e6, " million")):
        if abs(middle) >= size:
            return f"{middle / size:,.4g}{name}"
    return f"{middle:,.4g}" if abs(middle) < 1e4 else f"{middle:,.0f}"


def _judge(relation: Relation, figure: Claim, reference: Claim, op: str) -> tuple[Interval, Interval, bool]:
    """The figure's and the reference's intervals as the words read them, and whether their order holds."""
    a = interval(figure)
    if relation.params.get("threshold"):
        q = reference.quantity
        line = (q.lower if op in ("gt", "ge") else q.upper) if (q.lower or q.upper) is not None else None
        if relation.params.get("exact_line"):
            line = q.value  # "crossed the $50 mark": a round mark is the line itself, not a rounded reading
        b = Interval.point(q.value if line is None else line)
        a = Interval.around(figure.quantity.value, figure.quantity.rounding or 0.0)
    else:
        b = interval(reference)
        if relation.params.get("magnitude"):
            # "a wider decline": sizes of two moves the same way, whatever their sign.
            a, b = _sized(a), _sized(b)
        undoes = relation.params.get("undoes")
        if undoes:
            # "fell 3%, more than erasing a 2% gain": the fall that just brings the level back is r / (1 + r); after
            # a fall f, the rise that does is f / (1 - f) (percentages; both are increasing in the earlier move).
            b = _taking_back(b, undoes)
        signs = relation.params.get("signs")
        if signs:
            # "grew 0.8%, higher than the forecast 1.6% decline": sizes as printed, signs from the words.
            a, b = (_sized(i) if sign > 0 else -_sized(i) for i, sign in zip((a, b), signs, strict=True))
        if relation.params.get("beyond_range") and reference.quantity.ends:
            lo, hi = reference.quantity.ends
            # Above a range is above its top; below it, under its bottom.
            b = Interval.point(hi) if op in ("gt", "ge") else Interval.point(lo)
    holds = {
        "gt": a.hi > b.lo,
        "ge": a.hi >= b.lo,
        "lt": a.lo < b.hi,
        "le": a.lo <= b.hi,
        "approx": a.overlaps(b),
    }[op]
    return a, b, holds


def _taking_back(earlier: Interval, direction: int) -> Interval:
    """The size of the opposite move, in percent, that brings a level back after an earlier move of this size."""
    if direction > 0:
        return Interval(earlier.lo * 100 / (100 + earlier.lo), earlier.hi * 100 / (100 + earlier.hi))
    if earlier.hi >= 100:
        return Interval(earlier.lo * 100 / (100 - earlier.lo) if earlier.lo < 100 else float("inf"), float("inf"))
    return Interval(earlier.lo * 100 / (100 - earlier.lo), earlier.hi * 100 / (100 - earlier.hi))


def _sized(value: Interval) -> Interval:
    return Interval(min(abs(value.lo), abs(value.hi)), max(abs(value.lo), abs(value.hi)))


def _bound(relation: Relation, ctx: ArticleContext, bound: Claim) -> Finding | None:
    """Every listed move at or under the ceiling (inside the band) in size, within the figures' rounding."""
    q = bound.quantity
    rounding = abs(q.rounding or 0.0)
    low, high = q.ends if q.ends is not None else (None, q.value)
    moves = [(show(c), _sized(rounding_interval(c))) for c in members(relation, ctx, "reference")]
    sign = relation.params.get("direction", 1)
    for delta, level in zip(members(relation, ctx, "delta"), members(relation, ctx, "level"), strict=True):
        d, end = _sized(rounding_interval(delta)), rounding_interval(level)
        # The start is the level less the rise, or plus the fall: the move's size in percent of it.
        starts = Interval(end.lo - d.hi, end.hi - d.lo) if sign > 0 else Interval(end.lo + d.lo, end.hi + d.hi)
        if starts.lo <= 0:
            return None
        move = Interval(d.lo / starts.hi * 100, d.hi / starts.lo * 100)
        moves.append((f"{show(delta)} at {show(level)} ({_fmt_pct(move)})", move))
    if not moves:
        return None
    word = relation.params.get("word", show(bound))
    outside = [
        (name, move)
        for name, move in moves
        if move.lo > high + rounding or (low is not None and move.hi < low - rounding)
    ]
    shown = ", ".join(name for name, _ in (outside or moves))
    items = relation.params.get("items", "move")  # a band's readings are levels, not moves
    if outside:
        where = "above the ceiling" if low is None else "outside the band"
        message = f"“{word}”: {shown} {'is' if len(outside) == 1 else 'are'} {where}"
    else:
        message = f"“{word}”: every listed {items} fits: {shown}"
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(not outside),
        computed={"moves": [[move.lo, move.hi] for _, move in moves], "low": low, "high": high},
        tolerance="the bound's rounding; a move in units is a percentage of the level before it",
    )


def _fmt_pct(value: Interval) -> str:
    middle = (value.lo + value.hi) / 2
    return f"{middle:.1f}%" if value.hi - value.lo < 0.2 else f"{value.lo:.1f}%–{value.hi:.1f}%"
