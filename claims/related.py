"""Repeated claims: the same figure about the same thing in other stored articles."""

from __future__ import annotations

from pydantic import ValidationError

from claims.models import Claim
from factcheck.claim import Claim as ClaimReading
from factcheck.linking.related import related_claims

# Enough to show a reviewer every repeat of a figure without scanning the whole table.
POOL_LIMIT = 5000


def find_related(claim: Claim, limit: int = 20) -> list[tuple[Claim, float]]:
    """Claims in other articles that repeat ``claim``, with their sentence similarity, best first."""
    pool = list(
        Claim.objects.filter(metric=claim.metric, unit=claim.unit)
        .exclude(article_id=claim.article_id)
        .select_related("article")[:POOL_LIMIT]
    )
    if not pool:
        return []
    target = _reading(claim)
    if target is None:
        return []
    readings = [(other.pk, reading) for other in pool if (reading := _reading(other)) is not None]
    by_pk = {other.pk: other for other in pool}
    found = related_claims([(claim.pk, target)], readings)
    return [(by_pk[pk], score) for pk, score in found.get(claim.pk, [])[:limit]]


def _reading(claim: Claim) -> ClaimReading | None:
    # A reading stored by an older engine, or edited by hand, must not take the claim page down.
    try:
        return claim.parsed_reading()
    except ValidationError:
        return None
