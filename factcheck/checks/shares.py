"""shares: shares of one whole fit in 100%; a list that names the rest reaches 100%.

Rule: the shares that players hold of one whole (market shares of one market and
period, vote shares of one race, the answers to one poll question, the parts of
one total, the bands of one group) must sum to at most 100%. A list that names
"others" or "the rest", or a label and its negation ("nurses" and
"non-nurses"), covers the whole and must sum to about 100%.

A figure several players hold each ("Xenon and Lumo each hold 9%") counts once
for each of them.

Tolerance: each share stands for its rounding interval widened by its hedge (a
share said in words, "a quarter", "one third", may be off by a tenth of its
value); the sum is the interval sum, so "fits in 100%" holds while its lower end
is at most 100, and a list with the rest holds while 100 lies within it widened
by half a point. A sum above 150% is gross (no rounding explains it).
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Relation, RelationKind

TOLERANCE = (
    "each share stands for its rounding interval widened by its hedge (a share in words by a tenth of itself); "
    "the shares fit while the lower end of their sum is at most 100%; a list with the rest holds while 100% "
    "lies within its sum widened by half a point"
)


def share_interval(claim: Claim) -> Interval:
    """A share in percent: fractions ("one third") on the same scale, words loosened to a tenth of the value."""
    iv = interval(claim)
    q = claim.quantity
    if q.kind == QuantityKind.FRACTION and abs(q.value) <= 1:
        iv = iv * 100
    if not any(ch.isdigit() for ch in q.text) and q.hedge == Hedge.EXACT:
        iv = iv.hull(iv.widen(abs(iv.mid) * 0.1))
    return Interval(max(0.0, iv.lo), max(0.0, iv.hi))  # "less than 50%" is still no negative share


def share_value(claim: Claim) -> float:
    v = claim.quantity.value
    return v * 100 if claim.quantity.kind == QuantityKind.FRACTION and abs(v) <= 1 else v


@check(RelationKind.SHARES)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    shares = members(relation, ctx, "share")
    if not shares or (len(shares) < 2 and not relation.params.get("counts")):
        return None
    counts: dict[str, int] = relation.params.get("counts") or {}
    total = Interval.point(0)
    for claim in shares:
        total = total + share_interval(claim) * counts.get(claim.id, 1)
    point = sum(share_value(c) * counts.get(c.id, 1) for c in shares)
    names = " + ".join(f"{counts[c.id]} × {show(c)}" if counts.get(c.id, 1) > 1 else show(c) for c in shares)
    if relation.params.get("exhaustive"):
        holds = total.widen(0.5).contains(100)
        why = relation.params.get("complete_by") or "a list that includes the rest"
        message = f"{names} = {fmt(point)}%" + (f", as {why} should" if holds else f"; {why} should come to about 100%")
        verdict = Verdict(holds, holds and abs(point - 100) > 1e-9, (not holds) and total.lo > 150)
    else:
        holds = total.lo <= 100
        message = f"{names} = {fmt(point)}% of one {relation.params.get('whole', 'whole')}, " + (
            "which fits in 100%" if holds else "more than 100%"
        )
        verdict = Verdict(holds, holds and point > 100, (not holds) and total.lo > 150)
    return result(
        relation, ctx, message, verdict=verdict, computed={"sum": point, "interval": total}, tolerance=TOLERANCE
    )
