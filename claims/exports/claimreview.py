"""ClaimReview JSON-LD (schema.org) for the claims with a final verdict, ready for a publisher's page.

A verdict is final when the claim's status is ``reviewed`` and a Review row records it. Claims still
awaiting sign-off are left out because publishing them would pre-empt the editor. The review's text
is the reasons of the review that gave the verdict (as last corrected), never the sign-off note
(:mod:`claims.exports.verdicts`); the claim is its whole sentence, never shortened.

Each review's ``url`` is the newsroom's public address (``FACTCHECK_PUBLIC_URL``, or the command's
``--base-url``) followed by ``/claims/ID``. With neither set the export is refused with one line:
an address made up from the admin's host would point readers at a page they cannot open.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from django.conf import settings

from claims.exports.loader import Parts
from claims.exports.options import Options, articles
from claims.exports.selection import Selection
from claims.exports.verdicts import VerdictRecord, corrections_of, verdict_record
from claims.models import ClaimStatus, Verdict
from factcheck.report import ArticleHead, ClaimItem

BEST, WORST = 5, 1
# The rating scale, documented in the README: 5 (accurate) down to 1 (inaccurate); an unverifiable
# claim has no place on it, so its rating carries only its words.
RATINGS: dict[str, int | None] = {
    Verdict.ACCURATE: 5,
    Verdict.ACCURATE_WITHIN_ROUNDING: 4,
    Verdict.MISLEADING: 2,
    Verdict.INACCURATE: 1,
    Verdict.UNVERIFIABLE: None,
}
NO_ADDRESS = (
    "ClaimReview needs the public https address where your fact-checks are published: "
    "set FACTCHECK_PUBLIC_URL (or pass --base-url https://...)"
)


class NoPublicAddress(ValueError):
    """ClaimReview was asked for without a public https address to put in each review's url."""


# ClaimReview is made to be pasted into a page inside <script type="application/ld+json">: article
# text carrying "</script>" or "<!--" must not end or bend that element. JSON allows \u escapes
# for any character, so these stay the same JSON values while the markup never sees < > &.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_safe_json(value: Any, **options: Any) -> str:
    """JSON that can be embedded in an HTML <script> element as it is."""
    return json.dumps(value, **options).translate(SCRIPT_SAFE)


def public_address(options: Options) -> str:
    """The https address reviews are published under; refused, in words, when there is none."""
    address = (options.public_url or settings.FACTCHECK_PUBLIC_URL).strip()
    if not address:
        raise NoPublicAddress(NO_ADDRESS)
    if not address.lower().startswith("https://") or " " in address:
        raise NoPublicAddress(f"{address!r} is not an https:// address; {NO_ADDRESS}")
    return address.rstrip("/")


def rating(verdict: str) -> dict[str, Any]:
    value = RATINGS.get(verdict)
    rated: dict[str, Any] = {"@type": "Rating", "alternateName": Verdict(verdict).label}
    if value is not None:
        rated |= {"ratingValue": value, "bestRating": BEST, "worstRating": WORST}
    return rated


def claim_review(
    address: str, options: Options, article: ArticleHead, claim: ClaimItem, record: VerdictRecord
) -> dict[str, Any]:
    appearance: dict[str, Any] = {"@type": "CreativeWork", "headline": article.title}
    if article.url:
        appearance["url"] = article.url
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    item: dict[str, Any] = {"@type": "Claim", "appearance": appearance}
    if article.publisher:
        item["author"] = {"@type": "Organization", "name": article.publisher}
    if article.published:
        item["datePublished"] = article.published.isoformat()
    # Published when the verdict became final: signed off, or given when it needed no sign-off.
    final = record.signed_off_at or record.given_at or claim.updated_at
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{address}/claims/{claim.id}",
        "claimReviewed": " ".join(claim.sentence.split()),
        "reviewRating": rating(record.verdict),
        "author": {"@type": "Organization", "name": options.organization, "url": address + "/"},
        "datePublished": final.date().isoformat(),
        "itemReviewed": item,
        "reviewBody": record.rationale,
    }


def render(selection: Selection, options: Options) -> Iterator[str]:
    """Checks the public address when called, not when first read, so a refused export starts no download."""
    return reviews_json(selection, options, public_address(options))


def reviews_json(selection: Selection, options: Options, address: str) -> Iterator[str]:
    yield "["
    first = True
    parts = Parts(reading=False, evidence=False, history=True)
    for bundle in articles(selection, options, parts):
        rows = [row for row in bundle.claims() if row.item.status == ClaimStatus.REVIEWED and row.item.reviews]
        corrects = corrections_of(row.item for row in rows)
        for row in rows:
            record = verdict_record(row.item, corrects)
            if record is None or not record.rationale:
                continue
            review = claim_review(address, options, bundle.head, row.item, record)
            yield ("" if first else ",") + "\n" + script_safe_json(review, indent=2)
            first = False
    yield "\n]\n"
