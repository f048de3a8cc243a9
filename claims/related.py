"""Repeated claims: the same figure about the same thing in other stored articles.

The engine decides what is related (``factcheck.linking.related``); this module only chooses
which stored claims it reads. Every test the engine makes that stored columns can answer is
made first, without parsing any reading: the figure's interval in the database (an index on
metric, unit and lower bound), then the sentence and subject wording on the few rows left.
Only the claims that pass are read in full, so a claim page costs the same at 1,000 or
100,000 claims.
"""

from __future__ import annotations

import math

from django.db.models import Q
from pydantic import ValidationError
from rapidfuzz import fuzz, process, utils

from claims.models import Claim
from factcheck.claim import Claim as ClaimReading
from factcheck.intervals import Interval
from factcheck.linking.related import SENTENCE_SCORE, SUBJECT_SCORE, related_claims
from factcheck.quantity import Hedge

# Enough to show a reviewer every repeat of a figure without scanning the whole table.
POOL_LIMIT = 5000


def find_related(claim: Claim, limit: int = 20) -> list[tuple[Claim, float]]:
    """Claims in other articles that repeat ``claim``, with their sentence similarity, best first."""
    target = _reading(claim)
    if target is None:
        return []
    rows = list(
        Claim.objects.filter(metric=claim.metric, unit=claim.unit)
        .filter(_may_overlap(Interval.from_quantity(target.quantity)))
        .exclude(article_id=claim.article_id)
        .values_list("pk", "text", "subject")[:POOL_LIMIT]
    )
    if not rows:
        return []
    # The engine's own thresholds, on the stored copies of the sentence and subject: a row that
    # fails them here would fail them in the engine, so reading it in full would be wasted.
    sentences = process.cdist(
        [target.text],
        [text for _, text, _ in rows],
        scorer=fuzz.token_set_ratio,
        processor=utils.default_process,
        score_cutoff=SENTENCE_SCORE,
    )[0]
    subject = utils.default_process(target.subject or "")
    alike = [
        pk
        for (pk, _, other_subject), score in zip(rows, sentences, strict=True)
        if score > 0
        and (
            _cut(other_subject) or fuzz.token_set_ratio(subject, utils.default_process(other_subject)) >= SUBJECT_SCORE
        )
    ]
    pool = list(Claim.objects.filter(pk__in=alike).select_related("article"))
    readings = [(other.pk, reading) for other in pool if (reading := _reading(other)) is not None]
    by_pk = {other.pk: other for other in pool}
    found = related_claims([(claim.pk, target)], readings)
    return [(by_pk[pk], score) for pk, score in found.get(claim.pk, [])[:limit]]


def _may_overlap(interval: Interval) -> Q:
    """Stored claims whose figure's interval can overlap ``interval``, from the lower and upper
    columns. A wider net than the engine's test, never a narrower one: a bound left empty is open,
    and "nearly" reaches below its stored lower bound, so its lower bound is not used."""
    condition = Q()
    if not math.isinf(interval.lo):
        condition &= Q(upper__isnull=True) | Q(upper__gte=interval.lo)
    if not math.isinf(interval.hi):
        condition &= Q(lower__isnull=True) | Q(lower__lte=interval.hi) | Q(hedge=Hedge.NEARLY.value)
    return condition


def _cut(subject: str) -> bool:
    """A stored subject cut to the column's length: only the full reading can judge it."""
    return len(subject) >= Claim._meta.get_field("subject").max_length


def _reading(claim: Claim) -> ClaimReading | None:
    # A reading stored by an older engine, or edited by hand, must not take the claim page down.
    try:
        return claim.parsed_reading()
    except ValidationError:
        return None
