"""Background tasks: poll one, download what it made; request a report in any export format."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, HttpRequest
from ninja import Path, Router, Status

from claims.api.auth import require
from claims.api.errors import ApiError, responses
from claims.api.schemas import MAX_ID, ExportIn, JobOut
from claims.api.views import job_out, own_job
from claims.exports.formats import FORMATS
from claims.exports.selection import Selection, SelectionError
from claims.models import BackgroundJob, JobKind, JobState
from claims.stale_jobs import fail_abandoned
from claims.tasks import start_job

router = Router(tags=["tasks"])
JobId = Path(..., ge=1, le=MAX_ID)


@router.get("/tasks/{job_id}", response={200: JobOut, **responses(403, 404, 422)}, url_name="job")
def get_job(request: HttpRequest, job_id: int = JobId) -> dict[str, Any]:
    """A task you started: its state, progress (`done` of `total`), outcome, and file when it made one."""
    require(request, "claims.view_claim")
    job = own_job(request, job_id)
    if fail_abandoned(BackgroundJob.objects.filter(pk=job.pk)):  # its worker died: say so, not "running"
        job.refresh_from_db()
    return job_out(request, job)


@router.get(
    "/tasks/{job_id}/file",
    response={200: bytes, **responses(403, 404, 409, 422)},
    url_name="job_file",
    openapi_extra={
        "responses": {200: {"description": "The finished file", "content": {"application/octet-stream": {}}}}
    },
)
def job_file(request: HttpRequest, job_id: int = JobId) -> Any:
    """The file a finished export made."""
    require(request, "claims.view_claim")
    job = own_job(request, job_id)
    if job.state != JobState.DONE:
        raise ApiError(409, f"The task is not done yet ({job.get_state_display().lower()}).", {"state": job.state})
    if not job.file:
        raise ApiError(404, "This task made no file.")
    try:
        handle = job.file.open("rb")
    except FileNotFoundError:
        raise ApiError(404, "The task's file is no longer on the server.") from None
    fmt = FORMATS.get(job.params.get("format", ""))
    name = job.file.name.rsplit("/", 1)[-1]
    return FileResponse(handle, as_attachment=True, filename=name, content_type=fmt.content_type if fmt else None)


@router.post("/exports", response={202: JobOut, **responses(403, 422)}, summary="Request a report")
def request_export(request: HttpRequest, body: ExportIn) -> Status:
    """An audit report of the articles or claims named (everything, when none are), made in the background.

    Poll the task; when it is done, download its `file_url`.
    """
    user = require(request, "claims.view_article", "claims.view_claim")
    selection = Selection(
        article_ids=tuple(body.article_ids), claim_ids=tuple(body.claim_ids), statuses=tuple(body.statuses)
    )
    try:
        selection.validate()
    except SelectionError as error:
        raise ApiError(422, f"The report cannot be made: {error}.") from None
    params = {
        "format": body.format,
        "article_ids": list(body.article_ids),
        "claim_ids": list(body.claim_ids),
        "statuses": list(body.statuses),
        "base_url": request.build_absolute_uri("/"),
        "stem": "audit",
    }
    return Status(202, job_out(request, start_job(JobKind.EXPORT, user, params)))
