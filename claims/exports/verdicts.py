"""Who gave a claim's verdict, with what reasons, and who signed it off, from its history and reviews.

A claim's reviews are of three kinds that look alike as rows: the review that gave the verdict,
an editor's sign-off (itself a review, with a short note), and corrections of an earlier
review's reasons. The claim's history says which is which: :mod:`claims.review` writes a history
line ("Verdict: Inaccurate", "Signed off", "Corrected the reasons of ...") under the signed-in
user in the same transaction as the review, just before it. The verdict's reasons are the review
that gave it, as last corrected, never the sign-off note.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from claims.models import Review
from factcheck.report import ClaimItem, HistoryEntry, ReviewItem

VERDICT_REASON = "Verdict:"
SIGNOFF_REASON = "Signed off"


@dataclass(frozen=True)
class VerdictRecord:
    verdict: str
    given_by: str | None
    given_at: dt.datetime | None
    rationale: str
    evidence_url: str
    signed_off_by: str | None = None
    signed_off_at: dt.datetime | None = None
    sign_off_note: str = ""
    review_id: int | None = None
    signoff_review_id: int | None = None


def corrections_of(claims: Iterable[ClaimItem]) -> dict[int, int]:
    """Review id -> the id of the review it corrects, for these claims' reviews (one query)."""
    ids = [r.id for c in claims for r in c.reviews]
    if not ids:
        return {}
    pairs = Review.objects.filter(pk__in=ids, corrects__isnull=False).values_list("pk", "corrects_id")
    return dict(pairs)


def _last(entries: list[HistoryEntry], prefix: str, after: dt.datetime | None = None) -> HistoryEntry | None:
    found = None
    for entry in entries:
        if (entry.reason or "").startswith(prefix) and (after is None or entry.at >= after):
            found = entry
    return found


def _review_after(reviews: list[ReviewItem], user: str | None, at: dt.datetime, skip: set[int]) -> ReviewItem | None:
    """The first review by ``user`` written at or after ``at``: the one that change wrote."""
    for review in reviews:
        if review.id not in skip and review.reviewer == user and review.created_at >= at:
            return review
    return None


def latest_wording(review: ReviewItem, reviews: list[ReviewItem], corrects: dict[int, int]) -> ReviewItem:
    """The review as last corrected: corrections of corrections are followed to the newest."""
    current = review
    while True:
        newer = [r for r in reviews if corrects.get(r.id) == current.id]
        if not newer:
            return current
        current = max(newer, key=lambda r: (r.created_at, r.id))


def verdict_record(claim: ClaimItem, corrects: dict[int, int]) -> VerdictRecord | None:
    """The claim's current verdict with who gave it and why; None when it has no verdict."""
    if not claim.verdict:
        return None
    reviews = sorted(claim.reviews, key=lambda r: (r.created_at, r.id))
    corrections = {r.id for r in reviews if r.id in corrects}
    entries = sorted((h for h in claim.history if h.model == "claim"), key=lambda h: (h.at, h.history_id))
    given = _last(entries, VERDICT_REASON)
    signed = _last(entries, SIGNOFF_REASON, after=given.at) if given else None
    signoff_review = _review_after(reviews, signed.user, signed.at, corrections) if signed else None
    skip = corrections | ({signoff_review.id} if signoff_review else set())
    verdict_review = _review_after(reviews, given.user, given.at, skip) if given else None
    if verdict_review is None:
        # No history line says who gave it (a verdict stored by other means): the newest review of that verdict.
        candidates = [r for r in reviews if r.id not in skip and r.verdict == claim.verdict]
        verdict_review = candidates[-1] if candidates else None
    if verdict_review is None:
        return VerdictRecord(claim.verdict, given.user if given else None, given.at if given else None, "", "")
    wording = latest_wording(verdict_review, reviews, corrects)
    return VerdictRecord(
        verdict=claim.verdict,
        given_by=verdict_review.reviewer,
        given_at=verdict_review.created_at,
        rationale=wording.rationale,
        evidence_url=wording.evidence_url,
        signed_off_by=signed.user if signed else None,
        signed_off_at=signed.at if signed else None,
        sign_off_note=latest_wording(signoff_review, reviews, corrects).rationale if signoff_review else "",
        review_id=verdict_review.id,
        signoff_review_id=signoff_review.id if signoff_review else None,
    )
