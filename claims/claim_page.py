"""What the claim page shows, built with a fixed number of queries and every piece of text escaped.

Article and source text is user input: it only ever reaches the page through ``format_html``
or ``escape``, never ``mark_safe``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Count, Exists, F, OuterRef, QuerySet
from django.db.models.functions import Substr
from django.utils.html import format_html
from django.utils.safestring import SafeString

from claims.models import CheckResult, Claim, Review
from claims.queue import BADGES, current_results, result_rank
from claims.related import find_related
from claims.review import can_sign_off
from claims.wording import PIPELINE, amount, check_description, check_title, computed_rows, finding_reason
from sources.models import Evidence, Source, Stance

# A paragraph longer than this is cut around the sentence: the page is for reading one claim.
PARAGRAPH_CONTEXT = 600
RELATED_LIMIT = 20
STANCE_BADGES = {Stance.SUPPORTS: "pass", Stance.CONTRADICTS: "error", Stance.MENTIONS: "none"}


# The claim page's keys (claims/static/claims/keyboard.js), shown in its legend.
VERDICT_KEYS = [
    (("1", "2", "3", "4", "5"), "verdict: accurate, within rounding, inaccurate, misleading, unverifiable"),
    (("s",), "save and next"),
]
SIGNOFF_KEYS = [(("c", "r"), "sign-off: confirm / reopen")]
FORM_KEYS = [(("Ctrl+Enter",), "save the form you are in")]
MOVE_KEYS = [(("j", "k"), "next / previous claim"), (("a",), "the article"), (("q",), "the queue")]
CLAIM_KEYS = VERDICT_KEYS + SIGNOFF_KEYS + FORM_KEYS + MOVE_KEYS


def claim_keys(*, verdict_open: bool, signoff_open: bool) -> list[tuple[tuple[str, ...], str]]:
    """The keys that do something on this claim page, for its legend."""
    keys = [*(VERDICT_KEYS if verdict_open else []), *(SIGNOFF_KEYS if signoff_open else [])]
    if signoff_open and not verdict_open:
        keys.append((("s",), "save the sign-off"))
    return [*keys, *FORM_KEYS, *MOVE_KEYS]


def previous_in_queue(claim: Claim) -> Claim | None:
    """The open claim the queue shows just before ``claim`` (by priority, then id), if any."""
    from claims.review import OPEN_STATUSES

    # Two ranges, each read in order off an index (see claims.review.next_in_queue).
    open_claims = Claim.objects.filter(status__in=OPEN_STATUSES).only("pk")
    same = open_claims.filter(priority=claim.priority, pk__lt=claim.pk).order_by("-pk").first()
    higher = open_claims.filter(priority__gt=claim.priority).order_by("priority", "-pk").first()
    return same or higher


def badge(rank: int, label: str | None = None) -> SafeString:
    css, default = BADGES.get(rank, BADGES[0])
    return format_html('<span class="fc-badge fc-badge-{}">{}</span>', css, label or default)


def paragraph_html(body: str, claim: Claim) -> SafeString:
    """The claim's paragraph with its sentence marked and its figure emphasised."""
    # Stored bodies keep one line per paragraph (Markdown and HTML are flattened on import).
    start = body.rfind("\n", 0, claim.sentence_start)
    start = 0 if start < 0 else start + 1
    end = body.find("\n", claim.sentence_end)
    end = len(body) if end < 0 else end
    start = max(start, claim.sentence_start - PARAGRAPH_CONTEXT)
    end = min(end, claim.sentence_end + PARAGRAPH_CONTEXT)
    return format_html(
        '{}{}<mark class="fc-sentence">{}<strong class="fc-figure">{}</strong>{}</mark>{}{}',
        "… " if start > 0 and body[start - 1] not in "\n" else "",
        body[start : claim.sentence_start],
        body[claim.sentence_start : claim.start],
        body[claim.start : claim.end],
        body[claim.end : claim.sentence_end],
        body[claim.sentence_end : end],
        " …" if end < len(body) and body[end] not in "\n" else "",
    )


def highlight_in_passage(passage: str, offset: int, span: tuple[int, int] | None, needle: str) -> SafeString:
    """The passage with the matched figure marked; ``span`` is in source-body offsets."""
    lo = hi = -1
    if span is not None and offset <= span[0] < span[1] <= offset + len(passage):
        lo, hi = span[0] - offset, span[1] - offset
    elif needle:
        lo = passage.lower().find(needle.lower())
        hi = lo + len(needle)
    if lo < 0:
        return format_html("{}", passage)
    return format_html('{}<mark class="fc-figure">{}</mark>{}', passage[:lo], passage[lo:hi], passage[hi:])


def reading_rows(claim: Claim) -> list[tuple[str, str]]:
    """The structured reading as label/value pairs, for people; the raw JSON is shown below it."""
    interval = ""
    if claim.lower is not None or claim.upper is not None:
        interval = f"{amount(claim.lower, claim.unit)} to {amount(claim.upper, claim.unit)}"
    rows = [
        ("Figure", claim.surface),
        ("Subject", claim.subject or "(not found)"),
        ("Measures", "" if claim.metric in ("", "unknown") else claim.metric.replace("_", " ")),
        ("Value", _value(claim)),
        ("Range the wording allows", interval),
        ("Hedge", claim.hedge),
        ("Period", claim.period),
        ("Compared with", claim.baseline),
    ]
    return [(label, value) for label, value in rows if value]


def _value(claim: Claim) -> str:
    anchor = ((claim.reading or {}).get("quantity") or {}).get("relative_to")
    if anchor:  # "second to last": an offset, not a position from the top
        offset = int(claim.value or 0)
        base = "the last" if anchor == "end" else "the current one"
        if offset == 0:
            return f"rank: {base}"
        return f"rank: {abs(offset)} {'after' if offset > 0 else 'before'} {base}"
    return amount(claim.value, claim.unit)


@dataclass
class ResultView:
    result: CheckResult
    badge: SafeString
    computed: list[tuple[str, str]] = field(default_factory=list)
    label: str = ""
    description: str = ""


@dataclass
class EvidenceView:
    evidence: Evidence
    passage: SafeString
    stance_badge: SafeString
    note: str
    reviewer_note: str = ""
    older_revision: bool = False


def result_views(claim: Claim) -> list[ResultView]:
    """Every result of the article's current run that involves the claim, worst first."""
    results = list(current_results(claim).select_related("run").order_by("id"))
    views = []
    for result in results:
        rank = result_rank(result.status, result.severity)
        label = finding_reason(result.status, result.severity, result.check_name).split(":", 1)[0]
        views.append(
            ResultView(
                result=result,
                badge=badge(rank, label),
                computed=computed_rows(result.computed),
                label=check_title(result.check_name),
                description=check_description(result.check_name),
            )
        )
    views.sort(key=lambda view: -result_rank(view.result.status, view.result.severity))
    return views


def evidence_views(claim: Claim) -> list[EvidenceView]:
    # Only the passage is read from the source body, never the whole document.
    evidence: QuerySet[Evidence] = (
        Evidence.objects.filter(claim=claim)
        .select_related("source", "linked_by")
        .defer("source__body")
        .annotate(
            passage_text=Substr("source__body", F("start") + 1, F("end") - F("start")),
            older_revision=Exists(Source.objects.filter(revision_of=OuterRef("source_id"))),
        )
        .order_by("-score", "id")
    )
    views = []
    for item in evidence:
        comparison = item.comparison or {}
        span = comparison.get("source_span")
        views.append(
            EvidenceView(
                evidence=item,
                passage=highlight_in_passage(
                    item.passage_text or "",
                    item.start,
                    tuple(span) if isinstance(span, list) and len(span) == 2 else None,
                    str(comparison.get("source_figure") or claim.surface),
                ),
                stance_badge=format_html(
                    '<span class="fc-badge fc-badge-{}">{}</span>',
                    STANCE_BADGES.get(item.stance, "none"),
                    item.get_stance_display(),
                ),
                note=str(comparison.get("note", "")),
                reviewer_note=item.note,
                older_revision=item.older_revision,
            )
        )
    return views


def related_claims(claim: Claim) -> list[Claim]:
    """The same figure about the same thing in other articles (see ``claims.related``), best match
    first, each with its sentence ``similarity``."""
    found = []
    for other, score in find_related(claim, limit=RELATED_LIMIT):
        other.similarity = score
        found.append(other)
    return found


def reviews(claim: Claim) -> list[Review]:
    """Newest first; each with ``corrected``: the number of later reviews that correct it."""
    return list(
        claim.reviews.select_related("reviewer", "corrects__reviewer")
        .annotate(corrected=Count("corrections"))
        .order_by("-created_at", "-id")
    )


def reading_json(claim: Claim) -> str:
    return json.dumps(claim.reading, indent=2, ensure_ascii=False, sort_keys=True)


def correctable_reviews(claim: Claim, user: Any) -> QuerySet[Review]:
    """The reviews of this claim the user may correct: their own, or any for an editor; the latest of
    each chain only (a correction already made is corrected in turn, not the review under it)."""
    reviews_ = claim.reviews.filter(corrections__isnull=True).select_related("reviewer")
    if not can_sign_off(user):
        reviews_ = reviews_.filter(reviewer_id=user.pk)
    return reviews_.order_by("-created_at", "-id")


@dataclass
class Reopening:
    who: str
    when: Any
    reason: str


def last_reopening(claim: Claim) -> Reopening | None:
    """Why a claim with reviews but no verdict is back in the queue: the latest reopen in its history."""
    if claim.verdict:
        return None
    row = (
        Claim.history.filter(id=claim.pk, history_change_reason__contains="Reopened: ")
        .order_by("-history_date", "-history_id")
        .values("history_user__username", "history_date", "history_change_reason")
        .first()
    )
    if row is None:
        return None
    reason = row["history_change_reason"].split("Reopened: ", 1)[1]
    return Reopening(who=row["history_user__username"] or PIPELINE, when=row["history_date"], reason=reason)
