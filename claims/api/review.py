"""The review queue, a claim, and recording a verdict or sign-off as the caller (claims.review's rules)."""

from __future__ import annotations

from typing import Any, Literal

from django.contrib import admin
from django.core.exceptions import ValidationError as DjangoValidationError
from django.core.validators import URLValidator
from django.http import HttpRequest
from ninja import Path, Query, Router, Schema
from pydantic import Field

from claims import review
from claims.api.auth import require
from claims.api.errors import ApiError, responses
from claims.api.schemas import MAX_ID, ClaimOut, QueuePage, SignOffIn, StatusName, VerdictIn, VerdictName
from claims.api.views import claim_out, get_or_404
from claims.models import Claim
from claims.queue import (
    BADGES,
    ArticleFilter,
    AssigneeFilter,
    CheckFilter,
    ContradictingEvidenceFilter,
    SeverityFilter,
    annotate_queue,
    parse_worst,
)

router = Router(tags=["review"])
ClaimId = Path(..., ge=1, le=MAX_ID)


class QueueQuery(Schema):
    """The admin queue's filters, by the same names as its address bar."""

    status: StatusName | None = None
    verdict: VerdictName | None = None
    severity: Literal["error", "warning", "info"] | None = Field(None, description="Flagged at this severity.")
    check: str | None = Field(None, max_length=100, description="Flagged by this check.")
    article: int | None = Field(None, ge=1, le=MAX_ID)
    assignee: str | None = Field(None, max_length=30, pattern=r"^(mine|unassigned|[0-9]{1,18})$")
    contradicted: Literal["yes", "no"] | None = None
    q: str | None = Field(None, max_length=200, description="Search the figure, its sentence and subject.")
    page: int = Field(1, ge=1, le=100_000)
    per_page: int = Field(50, ge=1, le=200)


# The admin's own filter classes, so a filter means the same in the queue and in the API.
FILTERS = [SeverityFilter, CheckFilter, ArticleFilter, AssigneeFilter, ContradictingEvidenceFilter]


def filtered_queue(request: HttpRequest, query: QueueQuery) -> Any:
    queryset = Claim.objects.all()
    if query.status:
        queryset = queryset.filter(status=query.status)
    if query.verdict:
        queryset = queryset.filter(verdict=query.verdict)
    values = {
        "severity": query.severity,
        "check": query.check,
        "article": str(query.article) if query.article else None,
        "assignee": query.assignee,
        "contradicted": query.contradicted,
    }
    params = {name: [value] for name, value in values.items() if value}
    model_admin = admin.site._registry.get(Claim)
    for filter_class in FILTERS:
        if filter_class.parameter_name in params:
            chosen = filter_class(request, {k: list(v) for k, v in params.items()}, Claim, model_admin)
            queryset = chosen.queryset(request, queryset)
    if query.q:
        # The admin's own search, whatever it is made of (a text index where the database has one).
        queryset, _ = model_admin.get_search_results(request, queryset, query.q)
    return queryset.order_by("-priority", "pk")


@router.get("/queue", response={200: QueuePage, **responses(403, 422)}, summary="The review queue")
def queue(request: HttpRequest, query: Query[QueueQuery]) -> dict[str, Any]:
    """Claims in queue order (failed checks first), filtered as in the admin's queue."""
    require(request, "claims.view_claim")
    start = (query.page - 1) * query.per_page
    ids = list(filtered_queue(request, query).values_list("pk", flat=True)[start : start + query.per_page + 1])
    has_next = len(ids) > query.per_page
    ids = ids[: query.per_page]
    # The page's ids first, then only those rows with their per-row subqueries (as the admin's paginator does).
    by_pk = annotate_queue(Claim.objects.select_related("assignee")).order_by().in_bulk(ids)
    rows = []
    for claim in (by_pk[pk] for pk in ids if pk in by_pk):
        rank, check = parse_worst(getattr(claim, "worst", None))
        rows.append(claim_out(claim) | {"worst": BADGES[rank][1], "worst_check": check, "evidence": claim.n_evidence})
    return {"page": query.page, "per_page": query.per_page, "has_next": has_next, "results": rows}


@router.get("/claims/{claim_id}", response={200: ClaimOut, **responses(403, 404, 422)})
def get_claim(request: HttpRequest, claim_id: int = ClaimId) -> dict[str, Any]:
    require(request, "claims.view_claim")
    return claim_out(get_or_404(Claim, claim_id, "claim"))


def _apply(change: Any) -> dict[str, Any]:
    """Run a change from claims.review, turning its refusals into the API's errors."""
    try:
        return claim_out(change())
    except review.EditConflict as conflict:
        raise ApiError(
            409,
            str(conflict),
            {"current": claim_out(conflict.current), "your_version": conflict.loaded_version},
            code="edit_conflict",
        ) from None
    except review.ReviewError as refusal:
        raise ApiError(409, str(refusal), code="not_allowed_now") from None


@router.post("/claims/{claim_id}/verdict", response={200: ClaimOut, **responses(403, 404, 409, 422)})
def record_verdict(request: HttpRequest, body: VerdictIn, claim_id: int = ClaimId) -> dict[str, Any]:
    """Give a verdict with reasons, as you. Inaccurate and misleading verdicts then wait for an editor's sign-off.

    Send the `version` you read: if someone changed the claim since, nothing is saved and the answer is 409
    with the claim as it stands now.
    """
    user = require(request, "claims.view_claim", "claims.add_review")
    claim = get_or_404(Claim, claim_id, "claim")
    if body.evidence_url:
        try:
            URLValidator(schemes=["http", "https"])(body.evidence_url)
        except DjangoValidationError:
            raise ApiError(422, "evidence_url is not an http(s) address.") from None
    return _apply(
        lambda: review.record_verdict(
            claim,
            user=user,
            verdict=body.verdict,
            rationale=body.rationale,
            loaded_version=body.version,
            evidence_url=body.evidence_url,
        )
    )


@router.post("/claims/{claim_id}/signoff", response={200: ClaimOut, **responses(403, 404, 409, 422)})
def sign_off(request: HttpRequest, body: SignOffIn, claim_id: int = ClaimId) -> dict[str, Any]:
    """An editor confirms an inaccurate or misleading verdict that someone else set."""
    user = require(request, "claims.view_claim", review.SIGNOFF_PERMISSION)
    claim = get_or_404(Claim, claim_id, "claim")
    return _apply(lambda: review.sign_off(claim, user=user, loaded_version=body.version, note=body.note))
