"""Turning stored rows into the API's schemas, and finding what a request names."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.urls import reverse

from claims.api.errors import ApiError
from claims.models import Article, BackgroundJob, CheckRun, Claim, JobState, RunStatus


def get_or_404[M](model: type[M], pk: int, noun: str) -> M:
    found = model.objects.filter(pk=pk).first()  # type: ignore[attr-defined]
    if found is None:
        raise ApiError(404, f"No {noun} with id {pk}.")
    return found


def run_out(run: CheckRun | None) -> dict[str, Any] | None:
    if run is None:
        return None
    fields = ["id", "status", "engine_version", "started_at", "finished_at", "claims_found", "numbers_checked"]
    return {name: getattr(run, name) for name in [*fields, "passed", "failed", "indeterminate", "error"]}


def current_run(article: Article) -> CheckRun | None:
    return article.check_runs.filter(superseded_at__isnull=True, status=RunStatus.FINISHED).first()


def article_out(article: Article) -> dict[str, Any]:
    run = current_run(article)
    failure = article.check_runs.filter(status=RunStatus.FAILED).order_by("-started_at", "-id").first()
    if failure is not None and run is not None and failure.started_at < run.started_at:
        failure = None
    status = "checked" if run is not None else ("check failed" if failure is not None else "not checked")
    return {
        "id": article.pk,
        "title": article.title,
        "url": article.url,
        "publisher": article.publisher,
        "published": article.published,
        "format": article.source_format,
        "characters": len(article.body),
        "imported_at": article.imported_at,
        "revision_of": article.revision_of_id,
        "status": status,
        "run": run_out(run),
        "last_failure": run_out(failure),
    }


def claim_out(claim: Claim) -> dict[str, Any]:
    return {
        "id": claim.pk,
        "article_id": claim.article_id,
        "surface": claim.surface,
        "start": claim.start,
        "end": claim.end,
        "sentence": claim.text,
        "subject": claim.subject,
        "metric": claim.metric,
        "value": claim.value,
        "unit": claim.unit,
        "lower": claim.lower,
        "upper": claim.upper,
        "hedge": claim.hedge,
        "period": claim.period,
        "status": claim.status,
        "verdict": claim.verdict,
        "assignee": claim.assignee.get_username() if claim.assignee_id else None,
        "priority": claim.priority,
        "version": claim.version,
    }


def job_out(request: HttpRequest, job: BackgroundJob) -> dict[str, Any]:
    url = reverse("api:job", kwargs={"job_id": job.pk})
    return {
        "id": job.pk,
        "kind": job.kind,
        "state": job.state,
        "state_label": job.get_state_display(),
        "done": job.done,
        "total": job.total,
        "attempts": job.attempts,
        "article_id": job.article_id,
        "summary": job.summary,
        "error": job.error,
        "created_at": job.created_at,
        "started_at": job.started_at,
        "finished_at": job.finished_at,
        "file_url": reverse("api:job_file", kwargs={"job_id": job.pk})
        if job.state == JobState.DONE and job.file
        else None,
        "url": url,
    }


def own_job(request: HttpRequest, job_id: int) -> BackgroundJob:
    """A job the caller asked for (any job, for a superuser); someone else's is not found."""
    job = BackgroundJob.objects.filter(pk=job_id).first()
    user = request.auth
    if job is None or not (user.is_superuser or job.requested_by_id == user.pk):
        raise ApiError(404, f"No task with id {job_id} of yours.")
    return job
