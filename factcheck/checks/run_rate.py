"""run_rate: a quarterly (or monthly) figure against the annual figure the text says it comes to.

Rule: a quarterly amount x 4 (a monthly one x 12) = the annual amount ("a
quarterly dividend of 45 cents, or $1.80 a year"); an average per shorter
period x the count of them = the total over the stated period ("$90 million
over three years, or $30 million a year"). A quarter's growth rate q
and its annualised pace a: a = (1 + q)^4 - 1, or a = 4 x q for writers who
annualise simply; either holds.

Tolerance: both figures stand for their rounding intervals widened by their
hedges; the relation holds when the computed interval overlaps the stated one. A
miss of 20 times or more (a scale slip) is gross.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, judge, member, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, show, show_value, signed
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.relation import Relation, RelationKind


@check(RelationKind.RUN_RATE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    part, whole = member(relation, ctx, "period"), member(relation, ctx, "annual")
    if part is None or whole is None:
        return None
    times = int(relation.params.get("times", 4))
    if relation.params.get("compound"):
        q = signed(part)
        simple = q * times
        compound = Interval(((1 + q.lo / 100) ** times - 1) * 100, ((1 + q.hi / 100) ** times - 1) * 100)
        computed = simple.hull(compound)
        point = ((1 + q.mid / 100) ** times - 1) * 100
        stated = signed(whole)
        verdict = judge(computed, stated, point)
        message = (
            f"{show(part)} a quarter compounds to {fmt(point, 3)}% a year ({fmt(simple.mid, 3)}% simply x {times}); "
            f"the article says {show(whole)}"
        )
    else:
        computed = interval(part) * times
        point = part.quantity.value * times
        verdict = judge(computed, interval(whole), point)
        # A total over a stated period ("over the past six months") is named by that period, not by a year.
        over = relation.params.get("over", "a year")
        message = f"{show(part)} x {times} = {show_value(point, whole)} {over}; the article says {show(whole)}"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"annual": point, "interval": computed},
        tolerance=ROUNDING,
    )
