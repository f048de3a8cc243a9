"""part_share: a part, its whole and the share one is of the other.

Rules, by the relation's ``rule``:

* share: part / whole x 100 is the stated share ("336 jobs, or about 8 percent"
  of a workforce of 4,100; "132 (57 per cent) out of 233"). A share printed as a
  fraction ("almost a quarter") is read in percent.
* implied_whole: each (part, share) pair of one market implies the market's size,
  part / share x 100; all pairs must imply the same size ("51.9 million, taking
  14.7%" and "46.5 million, 13.1%" both imply about 354 million).

Tolerance: every figure stands for its rounding interval widened by its hedge
("about 8 percent", "just under 800"); the share holds when the interval of
part / whole overlaps the stated share's, the implied wholes when their
intervals overlap. A miss of 20 times or more is gross (a scale slip).
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import ROUNDING, Verdict, is_gross, judge, member, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, pct, show, show_value
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind


def share_interval(claim: Claim) -> Interval:
    """A share in percent: "a quarter" is 25."""
    iv = interval(claim)
    return iv * 100 if claim.quantity.kind == QuantityKind.FRACTION else iv


def share_value(claim: Claim) -> float:
    value = claim.quantity.value
    return value * 100 if claim.quantity.kind == QuantityKind.FRACTION else value


@check(RelationKind.PART_SHARE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    if relation.params.get("rule") == "implied_whole":
        return _implied_whole(relation, ctx)
    part, whole, share = (member(relation, ctx, r) for r in ("part", "whole", "share"))
    if part is None or whole is None or share is None or not whole.quantity.value:
        return None
    computed = interval(part) / interval(whole) * 100
    point = part.quantity.value / whole.quantity.value * 100
    stated = share_interval(share)
    verdict = judge(computed, stated, point)
    message = f"{show(part)} of {show(whole)} is {pct(point).lstrip('+')}; the article says {show(share)}"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"share_percent": point, "interval": computed},
        tolerance=ROUNDING,
    )


def _implied_whole(relation: Relation, ctx: ArticleContext) -> Finding | None:
    parts, shares = members(relation, ctx, "part"), members(relation, ctx, "share")
    if len(parts) != 2 or len(shares) != 2 or not all(s.quantity.value for s in shares):
        return None
    wholes = [interval(p) / (share_interval(s) / 100) for p, s in zip(parts, shares, strict=True)]
    points = [p.quantity.value / share_value(s) * 100 for p, s in zip(parts, shares, strict=True)]
    holds = wholes[0].overlaps(wholes[1])
    shown = "; ".join(
        f"{show(p)} / {show(s)} = {show_value(v, p)}" for p, s, v in zip(parts, shares, points, strict=True)
    )
    message = f"one market implied twice: {shown}" + ("" if holds else "; they disagree")
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, (not holds) and is_gross(wholes[0], wholes[1])),
        computed={"wholes": points},
        tolerance="each implied whole over the figures' rounding intervals and hedges; the two must overlap",
    )
