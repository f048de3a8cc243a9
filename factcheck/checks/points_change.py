"""points_change: a change in percentage points against the two rates it joins.

Rule: "the rate rose 0.3 percentage point to 4.1% from 3.8%" must satisfy
end - start = the stated points, signed by the direction word.

Tolerance: the rates' and the change's rounding intervals, over all corners;
holds when the computed difference overlaps the stated one. A flipped sign is gross.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, judge, member, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, rounding_interval, show, signed
from factcheck.finding import Finding
from factcheck.intervals import fmt
from factcheck.relation import Relation, RelationKind


@check(RelationKind.POINTS_CHANGE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    points, start, end = (member(relation, ctx, r) for r in ("points", "from", "to"))
    if points is None or start is None or end is None:
        return None
    computed = interval(end) - interval(start)
    point = end.quantity.value - start.quantity.value
    stated = signed(points)
    verdict = judge(computed, stated, point, signed(points, rounding_interval(points)))
    return result(
        relation,
        ctx,
        f"{show(start)} -> {show(end)} is {_points(point)}; the article says {_points(stated.mid)}",
        verdict=verdict,
        computed={"points": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _points(value: float) -> str:
    shown = fmt(value)
    return f"{'+' if value > 0 else ''}{shown} point{'' if shown.lstrip('-') == '1' else 's'}"
