"""Articles: submit one to be stored and checked in the background; read what was found."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Path, Query, Router, Status

from claims.api.auth import require
from claims.api.checking import text_within_limit
from claims.api.errors import ApiError, responses
from claims.api.schemas import MAX_ID, ArticleIn, ArticleOut, ClaimOut, EvidenceOut, FindingOut, JobOut, LinkIn
from claims.api.views import article_out, claim_out, current_run, get_or_404, job_out
from claims.importing import check_url, parse_text
from claims.models import Article, JobKind
from claims.tasks import start_job
from factcheck.documents import DocumentError

router = Router(tags=["articles"])
VIEW = ("claims.view_article", "claims.view_claim")
ArticleId = Path(..., ge=1, le=MAX_ID)


@router.post("/articles", response={202: JobOut, **responses(403, 413, 422)}, summary="Submit an article")
def submit_article(request: HttpRequest, body: ArticleIn) -> Status:
    """Store an article (text, Markdown, HTML, or a web page to fetch) and check it in the background.

    Poll the task it returns; when it is done, its `article_id` names the stored article.
    """
    user = require(request, "claims.add_article")
    if (body.text is None) == (body.url is None):
        raise ApiError(422, "Give either text or url, not both and not neither.")
    params: dict[str, Any] = {"format": body.format, "title": body.title, "publisher": body.publisher}
    params["published"] = body.published.isoformat() if body.published else None
    try:
        if body.url is not None:
            params["url"] = check_url(body.url)
        if body.text is not None:
            text_within_limit(body.text)
            parse_text(body.text, body.format)  # refuse unreadable text now, with nothing stored
            params["text"] = body.text
    except DocumentError as error:
        raise ApiError(422, f"The article cannot be read: {error}.") from None
    job = start_job(JobKind.IMPORT, user, params, total=1)
    return Status(202, job_out(request, job))


@router.get("/articles/{article_id}", response={200: ArticleOut, **responses(403, 404, 422)})
def get_article(request: HttpRequest, article_id: int = ArticleId) -> dict[str, Any]:
    """The article, whether it is checked, and its current run's counts."""
    require(request, *VIEW)
    return article_out(get_or_404(Article, article_id, "article"))


@router.get("/articles/{article_id}/claims", response={200: list[ClaimOut], **responses(403, 404, 422)})
def article_claims(request: HttpRequest, article_id: int = ArticleId) -> list[dict[str, Any]]:
    require(request, *VIEW)
    article = get_or_404(Article, article_id, "article")
    return [claim_out(c) for c in article.claims.select_related("assignee").order_by("start", "pk")]


def _results(article: Article) -> list[Any]:
    run = current_run(article)
    if run is None:
        return []
    return list(run.results.prefetch_related("claims").order_by("pk"))


@router.get("/articles/{article_id}/findings", response={200: list[FindingOut], **responses(403, 404, 422)})
def article_findings(request: HttpRequest, article_id: int = ArticleId) -> list[dict[str, Any]]:
    """Every result of the current run (passes too), with the claims it involves and why they were paired."""
    require(request, *VIEW, "claims.view_checkresult")
    article = get_or_404(Article, article_id, "article")
    return [
        {
            "id": r.pk,
            "check": r.check_name,
            "status": r.status,
            "severity": r.severity,
            "message": r.message,
            "spans": [list(span) for span in r.spans],
            "claims": sorted(c.pk for c in r.claims.all()),
            "computed": r.computed or {},
            "tolerance": r.tolerance,
            "within_rounding": r.within_rounding,
            "why": r.pairing,
            "uncertain": list(r.uncertain or []),
            "relation": r.relation or {},
        }
        for r in _results(article)
    ]


@router.get("/articles/{article_id}/relations", response={200: list[dict[str, Any]], **responses(403, 404, 422)})
def article_relations(request: HttpRequest, article_id: int = ArticleId) -> list[dict[str, Any]]:
    """The relations the current run checked: kind, members by role, cue words, agreement."""
    require(request, *VIEW, "claims.view_checkresult")
    article = get_or_404(Article, article_id, "article")
    seen: dict[str, dict[str, Any]] = {}
    for result in _results(article):
        relation = result.relation or {}
        key = str(relation.get("id") or sorted(relation.items(), key=str))
        if relation and key not in seen:
            seen[key] = relation
    return list(seen.values())


@router.get("/articles/{article_id}/evidence", response={200: list[EvidenceOut], **responses(403, 404, 422)})
def article_evidence(request: HttpRequest, article_id: int = ArticleId) -> list[dict[str, Any]]:
    """Source passages linked to the article's claims, automatically or by a reviewer."""
    from sources.models import Evidence

    require(request, *VIEW, "sources.view_evidence")
    article = get_or_404(Article, article_id, "article")
    rows = Evidence.objects.filter(claim__article=article).select_related("source", "linked_by").order_by("pk")
    return [
        {
            "id": e.pk,
            "claim_id": e.claim_id,
            "source_id": e.source_id,
            "source_title": e.source.title,
            "start": e.start,
            "end": e.end,
            "quote": e.quote,
            "stance": e.stance,
            "score": e.score,
            "comparison": e.comparison or {},
            "note": e.note,
            "linked_by": e.linked_by.get_username() if e.linked_by_id else None,
        }
        for e in rows
    ]


@router.post("/articles/{article_id}/checks", response={202: JobOut, **responses(403, 404, 422)})
def recheck_article(request: HttpRequest, article_id: int = ArticleId) -> Status:
    """Run the checks on the article again, in the background (the admin's "Run the checks again")."""
    user = require(request, "claims.change_claim")
    article = get_or_404(Article, article_id, "article")
    return Status(202, job_out(request, start_job(JobKind.CHECK, user, {"article_ids": [article.pk]}, total=1)))


@router.post("/articles/{article_id}/links", response={202: JobOut, **responses(403, 404, 422)})
def link_article(request: HttpRequest, body: Query[LinkIn], article_id: int = ArticleId) -> Status:
    """Link the article's claims to source passages (every source, or those in `source_ids`), in the background."""
    from sources.models import Source

    user = require(request, "sources.add_evidence")
    article = get_or_404(Article, article_id, "article")
    missing = sorted(
        set(body.source_ids) - set(Source.objects.filter(pk__in=body.source_ids).values_list("pk", flat=True))
    )
    if missing:
        raise ApiError(422, f"No source with id {missing[0]}.", {"missing": missing})
    params = {"article_ids": [article.pk], "source_ids": body.source_ids}
    return Status(202, job_out(request, start_job(JobKind.LINK, user, params, total=1)))
