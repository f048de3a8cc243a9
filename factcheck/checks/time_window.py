"""time_window: a window, a streak or a total over years against the dates and figures it is stated with.

Rule: an extreme over a window ("a three-year high", "the highest in more than
seven years") must agree with the date it is an extreme since ("hasn't been this
high since late 2021", "the highest since October 2014"): now - that date must
be the window's length. "N-year" allows N - 0.25 to N + 1 years (a writer rounds
a 3.5-year window down), "more than N" more than N, "nearly N" N - 0.5 to N,
"just over N" N to N + 0.5. A span counted from a year ("the three years since
... 2016") is counted in whole years. A streak ("a fifth consecutive year") must
span the years from its first to now, counting both (months and quarters
alike). A total over N years restated per year must equal N times the yearly
amount. A record since a date ("the strongest since March (+310,000)") must be
no stronger than the figure at that date and at least as strong as every figure
dated in between (a low the other way round).

Tolerance: dates are calendar intervals (late 2021 is Sep–Dec 2021, a month a
twelfth of a year, a bare year the whole year), and "now" is the year the
sentence names or the article's date; a relation holds when the computed span
overlaps the allowed one. Amounts stand for their rounding intervals widened by
their hedges; a record holds when the two figures' intervals overlap or lie
the right way round. A miss is a warning; without a known "now" the relation
carries that doubt and a miss stays indeterminate.
"""

from __future__ import annotations

import math

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, show_value
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.relation import Relation, RelationKind


def _interval(pair: list | None) -> Interval | None:
    if not pair or len(pair) != 2:
        return None
    lo, hi = pair
    return Interval(-math.inf if lo is None else float(lo), math.inf if hi is None else float(hi))


def _years(value: float) -> str:
    return f"{fmt(value, 3)} years" if math.isfinite(value) else "open"


def _allowed(years: Interval) -> str:
    if not math.isfinite(years.hi):
        return f"more than {fmt(years.lo, 3)} years"
    return f"{fmt(years.lo, 3)}–{fmt(years.hi, 3)} years"


@check(RelationKind.TIME_WINDOW)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    shape = relation.params.get("shape")
    if shape == "window":
        return _window(relation, ctx)
    if shape == "streak":
        return _streak(relation, ctx)
    if shape == "per_year":
        return _per_year(relation, ctx)
    if shape == "record_since":
        return _record(relation, ctx)
    return None


def _record(relation: Relation, ctx: ArticleContext) -> Finding | None:
    figure = member(relation, ctx, "record")
    role = relation.params.get("role")
    other = member(relation, ctx, str(role))
    if figure is None or other is None:
        return None
    high = bool(relation.params.get("high"))
    record = relation.params.get("record", "the record")
    mine, theirs = interval(figure), interval(other)
    if role == "earlier":
        # The figure at the date must be at least as strong: else the record would reach back further.
        holds = theirs.hi >= mine.lo if high else theirs.lo <= mine.hi
        way = "at least" if high else "at most"
        message = f"“{record}” says {show(other)} at that date was {way} {show(figure)}"
    else:
        holds = theirs.lo <= mine.hi if high else theirs.hi >= mine.lo
        way = "below" if high else "above"
        message = f"“{record}” says {show(other)}, dated in between, is {way} {show(figure)}"
    return result(
        relation,
        ctx,
        f"{message}: {'it is' if holds else 'it is not'}",
        verdict=Verdict(holds, False, False),
        computed={"record": figure.quantity.value, "other": other.quantity.value},
        tolerance="the two figures' rounding and hedge intervals must overlap or lie the right way round",
    )


def _window(relation: Relation, ctx: ArticleContext) -> Finding | None:
    years, since, now = (_interval(relation.params.get(k)) for k in ("years", "since", "now"))
    if years is None or since is None or now is None:
        return None
    window, date = relation.params.get("window", "the window"), relation.params.get("date", "the date")
    if not now.bounded:
        return result(relation, ctx, f"“{window}” with “{date}”: the article's date is not known")
    gap = now - since
    holds = gap.overlaps(years)
    if relation.params.get("between"):
        message = f"“{window}”: {date} is {fmt(gap.mid, 3)} years, {'within' if holds else 'not'} {_allowed(years)}"
        return result(
            relation,
            ctx,
            message,
            verdict=Verdict(holds, False, False),
            computed={"years": gap.mid, "allowed": years},
            tolerance="whole calendar years between the stated years",
        )
    message = (
        f"“{window}” with “{date}”: from the date to now ({relation.params.get('now_how', 'the article date')}) is "
        f"{fmt(max(gap.lo, 0), 3)}–{fmt(gap.hi, 3)} years, {'within' if holds else 'not'} {_allowed(years)}"
    )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, False),
        computed={"years": gap, "allowed": years},
        tolerance="calendar intervals; an N-year extreme allows N - 0.25 to N + 1 years",
    )


def _streak(relation: Relation, ctx: ArticleContext) -> Finding | None:
    first, end = relation.params.get("first"), relation.params.get("end")
    count = relation.params.get("count")
    streak = relation.params.get("streak", "the streak")
    unit = str(relation.params.get("unit", "year"))
    if not first or count is None:
        return None
    if not end or end[0] is None or end[1] is None:
        return result(relation, ctx, f"“{streak}”: the {unit} it is counted to is not known")
    lo = int(end[0]) - int(first[1]) + 1
    hi = int(end[1]) - int(first[0]) + 1
    holds = lo <= int(count) <= hi
    span = f"{lo}" if lo == hi else f"{lo}–{hi}"
    labels = relation.params.get("labels")
    if isinstance(labels, dict):
        years, to = str(labels.get("first")), str(labels.get("end"))
    else:
        years = f"{first[0]}" if first[0] == first[1] else f"{first[0]} or {first[1]}"
        to = f"{end[0]}" if end[0] == end[1] else f"{end[0]}–{end[1]}"
    return result(
        relation,
        ctx,
        f"“{streak}”: from {years} to {to} is {span} {unit}s, counting both; the article says {count}",
        verdict=Verdict(holds, False, False),
        computed={unit + "s": [lo, hi], "stated": count},
        tolerance=f"whole calendar {unit}s, counting the first and the last",
    )


def _per_year(relation: Relation, ctx: ArticleContext) -> Finding | None:
    total, yearly = member(relation, ctx, "total"), member(relation, ctx, "yearly")
    years = relation.params.get("years")
    if total is None or yearly is None or not years:
        return None
    computed = interval(yearly) * float(years)
    point = yearly.quantity.value * float(years)
    holds = computed.overlaps(interval(total))
    return result(
        relation,
        ctx,
        f"{show(yearly)} a year for {fmt(float(years))} years is {show_value(point, yearly)}; "
        f"the total is {show(total)}",
        verdict=Verdict(holds, holds and not interval(total).contains(point), False),
        computed={"total": point, "interval": computed},
        tolerance="the yearly amount times the years, over the figures' rounding and hedge intervals, must overlap "
        "the total",
    )
