"""share_count: the share counts two total/per-share pairs imply must agree.

Rule: "net income of $120 million, or 40 cents a share, up from $100 million,
or 33 cents" implies 120 / 0.40 = 300 million shares now and 100 / 0.33 = 303
million before. A company's share count barely moves between two periods, so
the two counts must agree within 15% (more than a year's buybacks or a small
issue of new shares); a larger gap means a total or a per-share figure is
misprinted. Sizes are compared, so a loss against a profit is fine.

Tolerance: every figure stands for its rounding interval widened by its hedge;
the counts agree when some count of one interval is within 15% of some count
of the other. Counts 20 times apart or more are a scale slip (gross).
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.relation import Relation, RelationKind

DRIFT = 0.15


def _magnitude(value: Interval) -> Interval:
    if value.lo >= 0:
        return value
    if value.hi <= 0:
        return -value
    return Interval(0.0, max(-value.lo, value.hi))


def shares_word(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")):
        if abs(value) >= size:
            return f"{fmt(value / size, 3)} {word}"
    return fmt(value, 3)


@check(RelationKind.SHARE_COUNT)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    t1, p1, t0, p0 = (member(relation, ctx, r) for r in ("total", "per_share", "prior_total", "prior_per_share"))
    if t1 is None or p1 is None or t0 is None or p0 is None:
        return None
    if not (p1.quantity.value and p0.quantity.value):
        return None
    now = _magnitude(interval(t1)) / _magnitude(interval(p1))
    before = _magnitude(interval(t0)) / _magnitude(interval(p0))
    v1 = abs(t1.quantity.value / p1.quantity.value)
    v0 = abs(t0.quantity.value / p0.quantity.value)
    holds = now.hi * (1 + DRIFT) >= before.lo and before.hi * (1 + DRIFT) >= now.lo
    gross = not holds and max(v0, v1) / max(min(v0, v1), 1e-9) >= 20
    change = (v1 / v0 - 1) * 100 if v0 else 0.0
    message = f"{show(t1)} / {show(p1)} = {shares_word(v1)} shares; {show(t0)} / {show(p0)} = {shares_word(v0)} shares"
    if holds:
        message += " (a steady share count)"
    else:
        message += (
            f": the share count would have changed by {fmt(change, 3)}%; unless the company issued or bought back "
            "that many shares, one of the four figures is wrong"
        )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, gross),
        computed={"shares": [v1, v0], "intervals": [now, before]},
        tolerance="the implied share counts, over the figures' rounding intervals, must agree within 15%",
    )
