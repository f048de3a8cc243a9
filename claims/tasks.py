"""Background work: importing, checking, linking and exporting, run by a worker (django.tasks).

Each task takes the id of a :class:`~claims.models.BackgroundJob`, which says what to do and
records how far it got, what it made and, if it failed, why. A task's writes are atomic: an
import stores the article, its links and its run together or not at all; a re-run or a link
stores each article whole (the same unit ``run_checks`` and ``link_sources`` use); an export
writes its file under a temporary name and renames it when complete. A passing database error
(a lock held too long, a dropped connection) is retried, up to ``FACTCHECK_TASK_ATTEMPTS``
tries in all; any other error fails the job with a one-line reason.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.db import InterfaceError, OperationalError, close_old_connections, connection, transaction
from django.db.models import F
from django.tasks import task
from django.utils import timezone

from claims.models import Article, BackgroundJob, JobKind, JobState, RunStatus
from claims.stale_jobs import heartbeat, this_worker

# (done, total): total None leaves the known total as it is.
Progress = Callable[[int, int | None], None]
# Passing errors worth another try: the same work may well succeed a moment later.
TRANSIENT = (OperationalError, InterfaceError)


def start_job(
    kind: str, user: AbstractBaseUser | None, params: dict[str, Any], total: int | None = None
) -> BackgroundJob:
    """Record a job and hand it to the workers; returns at once (unless tasks run immediately)."""
    job = BackgroundJob.objects.create(
        kind=kind, requested_by=user if user is not None and user.pk else None, params=params, total=total
    )
    result = TASKS[kind].enqueue(job.pk)
    # update(), not save(): an immediate backend has already run the task and written its outcome.
    BackgroundJob.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    job.refresh_from_db()
    return job


def retry_job(job: BackgroundJob) -> BackgroundJob:
    """Queue a failed task again, as it was asked for; returns it (already finished under an immediate backend)."""
    if job.state != JobState.FAILED:
        return job
    BackgroundJob.objects.filter(pk=job.pk, state=JobState.FAILED).update(
        state=JobState.QUEUED, error="", summary="", done=0, started_at=None, finished_at=None, worker="",
        heartbeat_at=None,
    )  # fmt: skip
    result = TASKS[job.kind].enqueue(job.pk)
    BackgroundJob.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    job.refresh_from_db()
    return job


def _progress(job_id: int) -> Progress:
    def report(done: int, total: int | None = None) -> None:
        fields: dict[str, Any] = {"done": done, "heartbeat_at": timezone.now()}
        if total is not None:
            fields["total"] = total
        BackgroundJob.objects.filter(pk=job_id).update(**fields)

    return report


def describe(error: BaseException) -> str:
    detail = " ".join(str(error).split())[:500] or type(error).__name__
    return detail


def run_job(job_id: int, work: Callable[[BackgroundJob, Progress], str]) -> str:
    """Run ``work`` for the job, with its state, attempts and outcome recorded."""
    job = BackgroundJob.objects.filter(pk=job_id).first()
    if job is None or job.finished:
        return "nothing to do"  # deleted meanwhile, or delivered twice: the work is not repeated
    attempts = max(1, settings.FACTCHECK_TASK_ATTEMPTS)
    for attempt in range(1, attempts + 1):
        BackgroundJob.objects.filter(pk=job_id).update(
            state=JobState.RUNNING,
            started_at=job.started_at or timezone.now(),
            attempts=F("attempts") + 1,
            worker=this_worker(),
            heartbeat_at=timezone.now(),
        )
        try:
            with heartbeat(job_id):
                summary = work(job, _progress(job_id))
        except TRANSIENT as error:
            if attempt == attempts:
                _fail(job_id, error)
                raise
            _reconnect_if_broken()
            time.sleep(0.5 * attempt)
            job.refresh_from_db()
            continue
        except Exception as error:
            _fail(job_id, error)
            raise
        BackgroundJob.objects.filter(pk=job_id).update(
            state=JobState.DONE, summary=summary, error="", finished_at=timezone.now()
        )
        return summary
    raise AssertionError("unreachable")  # pragma: no cover


def _reconnect_if_broken() -> None:
    """After a database error, drop a broken connection so the next query opens a fresh one.

    Not inside a transaction someone else holds (a task run at once inside a request or a test): closing
    it there would abort their work too.
    """
    if not connection.in_atomic_block:
        close_old_connections()


def _fail(job_id: int, error: BaseException) -> None:
    _reconnect_if_broken()
    BackgroundJob.objects.filter(pk=job_id).update(
        state=JobState.FAILED, error=describe(error), finished_at=timezone.now()
    )


# ----- the work ------------------------------------------------------------------------------


def _import(job: BackgroundJob, progress: Progress) -> str:
    """Read the submitted text or fetch the page, then store, link and check it in one transaction."""
    from claims.importing import check_url, fetch_document, parse_published, parse_text, store_document
    from claims.pipeline import analyse, save_analysis
    from sources.passages import sources_to_link

    params = job.params
    progress(0, 1)
    if params.get("url") and not params.get("text"):
        document, found_at = fetch_document(params["url"], params.get("format"))
    else:
        document, found_at = parse_text(params["text"], params.get("format")), params.get("url") or ""
    metadata = {
        "title": params.get("title") or None,
        "url": check_url(found_at),
        "publisher": params.get("publisher") or None,
        "published": parse_published(params.get("published")),
    }
    # The texts a reviewer should quote, as import_article --check links to: not revisions replaced since.
    sources = sources_to_link()
    with transaction.atomic():
        article, created = store_document(Article, document, **metadata)
        current = article.check_runs.filter(superseded_at__isnull=True, status=RunStatus.FINISHED).first()
        if created or current is None:
            current = save_analysis(article, analyse(article.body), link_to=sources or None)
        # The article keeps the text; the job need not hold a second copy.
        BackgroundJob.objects.filter(pk=job.pk).update(
            article=article, params={key: value for key, value in params.items() if key != "text"}
        )
    progress(1, 1)
    verb = "Stored" if created else "Already stored as"
    return (
        f"{verb} article {article.pk}: {current.claims_found} figures, {current.failed} failed, "
        f"{current.indeterminate} indeterminate"
    )


def _articles(job: BackgroundJob) -> list[Article]:
    return list(Article.objects.filter(pk__in=job.params.get("article_ids", [])).order_by("pk"))


def _check(job: BackgroundJob, progress: Progress) -> str:
    """Run the checks again on each article; each run is stored whole or recorded as failed."""
    from claims import pipeline

    articles = _articles(job)
    progress(0, len(articles))
    failed = []
    for done, article in enumerate(articles, start=1):
        try:
            pipeline.check_article(article)
        except pipeline.CheckFailed:
            failed.append(article.pk)  # the failed run says why; the others go on
        progress(done, None)
    summary = f"Checked {len(articles) - len(failed)} of {len(articles)} article(s)"
    if failed:
        summary += f"; could not check article(s) {', '.join(map(str, failed))} (each has a failed run saying why)"
    return summary


def _link(job: BackgroundJob, progress: Progress) -> str:
    from sources.linking import link_articles
    from sources.models import Source

    ids = job.params.get("source_ids") or []
    sources = list(Source.objects.filter(pk__in=ids) if ids else Source.objects.all())
    articles = _articles(job)
    progress(0, len(articles))
    links = 0
    # In batches, as link_sources does: the sources are prepared once for the whole job, not per article.
    for done, (_, made) in enumerate(link_articles([a.pk for a in articles], sources), start=1):
        links += len(made)
        progress(done, None)
    return f"Linked {len(articles)} article(s) to {len(sources)} source(s): {links} link(s)"


def export_folder() -> Path:
    from claims.models import TaskFileStorage

    return Path(TaskFileStorage().location)


def _export(job: BackgroundJob, progress: Progress) -> str:
    """Render the report to a file, whole or not at all, and attach it to the job."""
    from claims.exports.formats import FORMATS, coalesce
    from claims.exports.options import Options
    from claims.exports.output import write_atomically
    from claims.exports.selection import Selection

    params = job.params
    fmt = FORMATS[params["format"]]
    selection = Selection(
        article_ids=tuple(params.get("article_ids") or ()),
        claim_ids=tuple(params.get("claim_ids") or ()),
        statuses=tuple(params.get("statuses") or ()),
    )
    selection.validate()
    if fmt.unit == "claims":
        total = selection.all_claims().count()
    else:
        from claims.models import CheckResult

        total = (
            CheckResult.objects.filter(run__superseded_at__isnull=True, claims__in=selection.all_claims())
            .distinct()
            .count()
        )
    progress(0, total)
    counted = [0]

    def advance(step: int) -> None:
        counted[0] += step
        progress(min(counted[0], total), None)

    options = Options(base_url=params.get("base_url", ""), chunk_size=fmt.chunk_size, progress=advance)
    stamp = timezone.now().strftime("%Y%m%d-%H%M%S")
    name = f"{timezone.now():%Y/%m}/{params.get('stem', 'audit')}-{job.pk}-{stamp}.{fmt.extension}"
    path = export_folder() / name
    path.parent.mkdir(parents=True, exist_ok=True)
    written = write_atomically(coalesce(fmt.render(selection, options)), path)
    BackgroundJob.objects.filter(pk=job.pk).update(file=name)
    progress(total, total)
    return f"{fmt.label} report, {written:,} bytes"


# What each kind of job does; the tasks look it up when they run.
WORK: dict[str, Callable[[BackgroundJob, Progress], str]] = {
    JobKind.IMPORT: _import,
    JobKind.CHECK: _check,
    JobKind.LINK: _link,
    JobKind.EXPORT: _export,
}


@task
def import_article(job_id: int) -> str:
    return run_job(job_id, WORK[JobKind.IMPORT])


@task
def check_articles(job_id: int) -> str:
    return run_job(job_id, WORK[JobKind.CHECK])


@task
def link_articles(job_id: int) -> str:
    return run_job(job_id, WORK[JobKind.LINK])


@task
def export_report(job_id: int) -> str:
    return run_job(job_id, WORK[JobKind.EXPORT])


TASKS = {
    JobKind.IMPORT: import_article,
    JobKind.CHECK: check_articles,
    JobKind.LINK: link_articles,
    JobKind.EXPORT: export_report,
}
