"""source_agreement: the article's figures against the sources linked to them.

Rule: each evidence link that compared a claim's figure with a figure in a
source passage becomes a result. A figure the passage states within rounding
(both figures stand for their rounding and hedge intervals; they agree when the
intervals overlap, after an explicit exchange rate for another currency) is a
pass. A different figure for the same subject, metric and period fails: an
``error`` when the source is primary (the organisation's own filing), a
``warning`` when secondary. A link that could not compare figures (another
currency and no rate, or no figure in the passage) is ``indeterminate``.

Input: ``context.sources`` is a dict whose ``"evidence"`` holds
:class:`factcheck.linking.EvidenceLink` objects and ``"kinds"`` maps source ids to
``primary`` or ``secondary``. With no evidence the check says nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import CheckContext, finding
from factcheck.finding import Finding, Severity, Status

NAME = "source_agreement"
TOLERANCE = "figures agree when their rounding and hedge intervals overlap; other currencies only at a stated rate"


@register(NAME)
def check(context: CheckContext) -> Iterator[Finding]:
    sources = context.sources if isinstance(context.sources, dict) else {}
    kinds: dict[str, str] = sources.get("kinds", {})
    titles: dict[str, str] = sources.get("titles", {})
    for link in sources.get("evidence", []):
        claim = context.by_id.get(link.claim_id)
        if claim is None:
            continue
        source = titles.get(link.source_id) or f"source {link.source_id}"
        kind = kinds.get(link.source_id, "secondary")
        comparison = link.comparison
        computed = {"source": link.source_id, "passage_span": list(link.span), "score": link.score}
        if comparison is not None:
            computed |= {
                "source_figure": comparison.source_figure,
                "source_interval": list(comparison.source_interval),
                "claim_interval": list(comparison.claim_interval),
                "rate": comparison.rate,
            }
        if link.stance == "supports":
            status, severity = Status.PASS, Severity.INFO
            message = f"{source} ({kind}) supports {claim.quantity.text}: {link.note}"
        elif link.stance == "contradicts":
            status = Status.FAIL
            severity = Severity.ERROR if kind == "primary" else Severity.WARNING
            message = f"{source} ({kind}) contradicts {claim.quantity.text}: {link.note}"
        else:
            status, severity = Status.INDETERMINATE, Severity.INFO
            message = f"{source} ({kind}) mentions this without a comparable figure: {link.note}"
        yield finding(NAME, [claim], message, status=status, severity=severity, computed=computed, tolerance=TOLERANCE)
