"""Tasks whose worker stopped: a worker killed outright (``kill -9``, a lost machine) writes nothing,
so its task would show "Running" forever.

While a task runs, its worker records who it is (host and process id) and beats: it writes the time
every ``HEARTBEAT_SECONDS``. A running task is taken as abandoned when its worker ran on this host and
that process no longer exists, or when its last sign of life is older than
``FACTCHECK_TASK_STALE_SECONDS`` (any host). It is then marked failed, saying so, and can be retried
from the admin. Pages that show tasks ask first (``fail_abandoned``), so nothing needs to run on a timer.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Q, QuerySet
from django.utils import timezone

from claims.models import BackgroundJob, JobState

HEARTBEAT_SECONDS = 30


def this_worker() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def _process_gone(worker: str) -> bool:
    """Whether ``worker`` (host:pid) ran on this host and its process has ended; False when unsure."""
    host, _, pid = worker.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False  # another machine's process: only the heartbeat can tell
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # a process of another user has the number now: the heartbeat decides
    return False


def _stopped_message(job: BackgroundJob, why: str) -> str:
    seen = job.heartbeat_at or job.started_at
    when = f" since {timezone.localtime(seen):%Y-%m-%d %H:%M:%S}" if seen else ""
    return f"The worker stopped ({why}): no sign of life{when}. Retry the task to run it again."


def fail_abandoned(jobs: QuerySet[BackgroundJob] | None = None) -> int:
    """Mark the running tasks whose worker is gone as failed; returns how many."""
    limit = timezone.now() - timedelta(seconds=settings.FACTCHECK_TASK_STALE_SECONDS)
    running = (jobs if jobs is not None else BackgroundJob.objects.all()).filter(state=JobState.RUNNING)
    failed = 0
    for job in running.select_related(None).only("pk", "worker", "heartbeat_at", "started_at"):
        last = job.heartbeat_at or job.started_at
        if job.worker and _process_gone(job.worker):
            why = f"its process {job.worker} has ended"
        elif last is None or last < limit:
            why = f"silent for more than {settings.FACTCHECK_TASK_STALE_SECONDS} seconds"
        else:
            continue
        # Only if nothing moved meanwhile: a worker that beat or finished since wins.
        failed += (
            BackgroundJob.objects.filter(pk=job.pk, state=JobState.RUNNING)
            .filter(Q(heartbeat_at=job.heartbeat_at) if job.heartbeat_at else Q(heartbeat_at__isnull=True))
            .update(state=JobState.FAILED, error=_stopped_message(job, why), finished_at=timezone.now())
        )
    return failed


@contextmanager
def heartbeat(job_id: int) -> Iterator[None]:
    """While the block runs, write the job's heartbeat every ``HEARTBEAT_SECONDS`` from a thread."""
    stop = threading.Event()

    def beat() -> None:
        try:
            while not stop.wait(HEARTBEAT_SECONDS):
                # A lock held by the work itself makes a beat fail: the next one will do.
                with suppress(DatabaseError):
                    BackgroundJob.objects.filter(pk=job_id, state=JobState.RUNNING).update(heartbeat_at=timezone.now())
        finally:
            connection.close()  # this thread's own connection

    thread = threading.Thread(target=beat, name=f"job-{job_id}-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join()
