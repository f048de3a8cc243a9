"""source_agreement: the article's figures against the sources linked to them.

Rule: a figure the linked passage states within rounding (both figures stand for
their rounding and hedge intervals; they agree when the intervals overlap, after
an explicit exchange rate for another currency) is a pass. A different figure
for the same subject, measure and period fails: an error when the source is
primary (the organisation's own filing), a warning when secondary. A link that
could not compare figures (another currency and no rate, or no figure in the
passage) is indeterminate.

Tolerance: figures agree when their rounding and hedge intervals overlap; other
currencies only at a stated rate.
"""

from __future__ import annotations

from factcheck.checks import check
from factcheck.checks.base import Verdict, member, result
from factcheck.context import ArticleContext
from factcheck.finding import Finding, Status
from factcheck.relation import Relation, RelationKind

TOLERANCE = "figures agree when their rounding and hedge intervals overlap; other currencies only at a stated rate"


@check(RelationKind.SOURCE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    claim = member(relation, ctx, "claim")
    if claim is None:
        return None
    p = relation.params
    source = f"{p.get('title')} ({p.get('source_kind')})"
    computed = {k: p[k] for k in ("source", "passage_span", "score", "source_figure", "source_interval",
                                  "claim_interval", "rate") if k in p}  # fmt: skip
    stance = p.get("stance")
    if stance == "supports":
        return result(relation, ctx, f"{source} supports {claim.quantity.text}: {p.get('note')}",
                      verdict=Verdict(True), computed=computed, tolerance=TOLERANCE)  # fmt: skip
    if stance == "contradicts":
        # A primary source's own figure outranks the article's: its contradiction is an error.
        verdict = Verdict(False, gross=p.get("source_kind") == "primary")
        return result(relation, ctx, f"{source} contradicts {claim.quantity.text}: {p.get('note')}",
                      verdict=verdict, computed=computed, tolerance=TOLERANCE)  # fmt: skip
    return result(
        relation,
        ctx,
        f"{source} mentions this without a comparable figure: {p.get('note')}",
        status=Status.INDETERMINATE,
        computed=computed,
        tolerance=TOLERANCE,
    )
