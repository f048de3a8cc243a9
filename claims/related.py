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

from django.db.models import FloatField, Q
from django.db.models.expressions import RawSQL
from django.db.models.lookups import GreaterThan, IsNull
from pydantic import ValidationError
from rapidfuzz import fuzz, process, utils

from claims.models import Claim
from factcheck.claim import Claim as ClaimReading
from factcheck.intervals import Interval
from factcheck.linking.related import SENTENCE_SCORE, SUBJECT_SCORE, related_claims

FIGURE_REACH_SQL = (
    """CASE WHEN "claims_claim"."hedge" = 'nearly' THEN NULL"""
    """ ELSE ("claims_claim"."upper" - "claims_claim"."lower") END"""
)
# Enough to show a reviewer every repeat of a figure without scanning the whole table.
POOL_LIMIT = 5000


def find_related(claim: Claim, limit: int = 20) -> list[tuple[Claim, float]]:
    """Claims in other articles that repeat ``claim``, with their sentence similarity, best first."""
    target = _reading(claim)
    if target is None:
        return []
    same_figure = Claim.objects.filter(metric=claim.metric, unit=claim.unit).exclude(article_id=claim.article_id)
    # One query per part of the interval test, each read through its own index (an OR inside one
    # query, or a UNION, lets the database fall back on scanning every claim of the metric).
    found: dict[int, tuple[int, str, str]] = {}
    for part in _may_overlap(Interval.from_quantity(target.quantity)):
        for row in same_figure.filter(part).order_by().values_list("pk", "text", "subject")[:POOL_LIMIT]:
            found[row[0]] = row
    rows = [found[pk] for pk in sorted(found)[:POOL_LIMIT]]
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


def _may_overlap(interval: Interval) -> list[Q]:
    """Stored claims whose figure's interval can overlap ``interval``, from the lower and upper
    columns, as parts to be joined: a wider net than the engine's test, never a narrower one.

    Narrow figures (no wider than ``reach``) whose lower bound lies within ``reach`` below the
    interval; wider figures; and figures whose reach is empty: an open bound, or "nearly", which
    reaches below its stored lower bound. Each part has an index (claims.models).
    """
    if math.isinf(interval.lo) or math.isinf(interval.hi):
        return [Q()]  # an open interval overlaps too much to narrow down: the pool limit bounds it
    reach = max(interval.hi - interval.lo, 0.1 * max(abs(interval.lo), abs(interval.hi)))
    # The index's own SQL (claims.models.figure_reach), literal and all: a database matches an
    # expression index only to the same expression, and a bound parameter in place of 'nearly' is not.
    width = RawSQL(FIGURE_REACH_SQL, [], output_field=FloatField())
    narrow = Q(lower__gte=interval.lo - reach, lower__lte=interval.hi, upper__gte=interval.lo)
    # The wide and open parts are few and are tested in full by the engine: bounds here would only
    # tempt the database to read them through the lower-bound index instead of the reach index.
    return [narrow, Q(GreaterThan(width, reach)), Q(IsNull(width, True))]


def _cut(subject: str) -> bool:
    """A stored subject cut to the column's length: only the full reading can judge it."""
    return len(subject) >= Claim._meta.get_field("subject").max_length


def _reading(claim: Claim) -> ClaimReading | None:
    # A reading stored by an older engine, or edited by hand, must not take the claim page down.
    try:
        return claim.parsed_reading()
    except ValidationError:
        return None
