"""ClaimReview JSON-LD (schema.org) for the claims with a final verdict.

A verdict is final when the claim's status is ``reviewed`` and a Review row records
it; the latest review gives the rating. Claims still awaiting sign-off are left out
because publishing them would pre-empt the editor.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from claims.exports.loader import Parts
from claims.exports.options import Options, articles
from claims.exports.selection import Selection
from claims.models import ClaimStatus, Verdict
from factcheck.report import ArticleHead, ClaimItem

CLAIM_REVIEWED_MAX = 74  # schema.org consumers (Google) want claimReviewed under 75 characters.
# 1 (worst) .. 5 (best); an unverifiable claim has no place on the scale, so it gets no ratingValue.
RATINGS: dict[str, int | None] = {
    Verdict.ACCURATE: 5,
    Verdict.ACCURATE_WITHIN_ROUNDING: 4,
    Verdict.MISLEADING: 2,
    Verdict.INACCURATE: 1,
    Verdict.UNVERIFIABLE: None,
}


# ClaimReview is made to be pasted into a page inside <script type="application/ld+json">: article
# text carrying "</script>" or "<!--" must not end or bend that element. JSON allows \u escapes
# for any character, so these stay the same JSON values while the markup never sees < > &.
SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"})


def script_safe_json(value: Any, **options: Any) -> str:
    """JSON that can be embedded in an HTML <script> element as it is."""
    return json.dumps(value, **options).translate(SCRIPT_SAFE)


def shorten(text: str, limit: int = CLAIM_REVIEWED_MAX) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:") + "…"


def review_url(options: Options, article: ArticleHead, claim: ClaimItem) -> str:
    if options.base_url:
        return f"{options.base_url.rstrip('/')}/claims/{claim.id}"
    if article.url:
        return f"{article.url}#factcheck-claim-{claim.id}"
    return f"urn:factcheck:claim:{claim.id}"


def claim_review(options: Options, article: ArticleHead, claim: ClaimItem) -> dict[str, Any]:
    review = claim.reviews[-1]
    rating: dict[str, Any] = {
        "@type": "Rating",
        "alternateName": Verdict(review.verdict).label,
        "bestRating": 5,
        "worstRating": 1,
    }
    if RATINGS.get(review.verdict) is not None:
        rating["ratingValue"] = RATINGS[review.verdict]
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
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": review_url(options, article, claim),
        "claimReviewed": shorten(claim.sentence),
        "reviewRating": rating,
        "author": {"@type": "Organization", "name": options.organization},
        "datePublished": review.created_at.date().isoformat(),
        "itemReviewed": item,
        "reviewBody": review.rationale,
    }


def render(selection: Selection, options: Options) -> Iterator[str]:
    yield "["
    first = True
    parts = Parts(reading=False, evidence=False, history=False)
    for bundle in articles(selection, options, parts):
        for row in bundle.claims():
            claim = row.item
            if claim.status != ClaimStatus.REVIEWED or not claim.reviews:
                continue
            yield ("" if first else ",") + "\n" + script_safe_json(claim_review(options, bundle.head, claim), indent=2)
            first = False
    yield "\n]\n"
