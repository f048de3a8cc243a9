"""table_total: the figures of a table's rows against its total row.

Rule: in one column, the rows between the table's headers (or the previous
total) and a row headed "Total ..." add up to that row's figure.

Tolerance: every cell stands for its rounding interval (half a unit in its last
printed digit), so the sum of the rows is an interval; the relation holds when
it overlaps the total's interval. A miss of 20 times or more, or a flipped
sign, is gross. The table's layout ties the figures, so a miss is a warning.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, judge, member, members, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, show_value
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.relation import Relation, RelationKind


@check(RelationKind.TABLE_TOTAL)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    whole = member(relation, ctx, "whole")
    parts = members(relation, ctx, "part")
    if whole is None or len(parts) < 2:
        return None
    computed = Interval.point(0)
    for part in parts:
        computed = computed + interval(part)
    point = sum(p.quantity.value for p in parts)
    verdict = judge(computed, interval(whole), point)
    column = relation.params.get("column", "")
    total = relation.params.get("total", "the total")
    added = " + ".join(show(p) for p in parts)
    summed = show_value(point, whole, exact=True)
    message = f"{column}: {added} = {summed}; the table's “{total}” row says {show(whole)}"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"sum": point, "interval": computed},
        tolerance=ROUNDING,
    )
