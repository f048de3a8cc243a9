"""Worker processes for run_checks that never outlive the command that started them.

The pool's workers come from a forkserver, so their parent is the forkserver, not the
command, and each holds pipes that keep the forkserver alive too: after a ``kill -9`` of
the command they would run on (and then wait) forever. So each worker watches the
command's process itself and exits the moment it is gone; the forkserver and the
resource tracker then see their pipes close and exit on their own.
"""

from __future__ import annotations

import os
import select
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing import forkserver, get_context
from multiprocessing.context import BaseContext

POLL_SECONDS = 0.5  # only where pidfd_open is missing (not Linux, or a kernel before 5.3)


def exit_with(pid: int) -> None:
    """Pool initializer: start a watcher that ends this worker when process ``pid`` ends."""
    threading.Thread(target=_watch, args=(pid,), name="exit-with-parent", daemon=True).start()


def start_worker(pid: int, database: str | None = None) -> None:
    """Pool initializer: end with process ``pid``, and load Django, whose modules the work is pickled from.

    With ``database``, the worker's default connection opens that database (by name, on the server
    the settings give): the caller's, which may not be the one named in the settings (a test's).
    """
    exit_with(pid)
    import django

    django.setup()
    if database is not None:
        from django.db import connections

        connections["default"].settings_dict["NAME"] = database


def _watch(pid: int) -> None:
    try:
        handle = os.pidfd_open(pid)
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        _poll(pid)
    else:
        select.select([handle], [], [])  # readable once the process has exited
    # No clean-up to run: the command that wanted the result is gone.
    os._exit(1)


def _poll(pid: int) -> None:
    while True:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        except PermissionError:
            return  # the number now belongs to another user's process: ours is gone
        time.sleep(POLL_SECONDS)


# The batches shrink once this many rounds of full batches are left for the workers (see ``batch_size``).
SHARES_LEFT = 2


def batch_size(remaining: int, workers: int, most: int) -> int:
    """Items for the next batch when ``remaining`` items are left to hand out.

    ``most`` while there are plenty. Towards the end (and for a few items), a share of what is left for each
    worker: the workers then finish nearly together, where full batches to the end would leave one worker on a
    whole last batch while the others wait (most of a second of an idle core, measured). A batch costs its own
    transaction, so the batches are small only at the end.
    """
    return max(1, min(most, -(-remaining // (workers * SHARES_LEFT))))


def id_batches(ids: list[int], workers: int, most: int) -> Iterator[list[int]]:
    """``ids`` in batches of ``batch_size``, each sized by the ids still left."""
    first = 0
    while first < len(ids):
        size = batch_size(len(ids) - first, workers, most)
        yield ids[first : first + size]
        first += size


def workers_can_store() -> bool:
    """Whether worker processes can store through connections of their own: not where they could not
    open this process's database (SQLite in memory) or see what it has not committed (an open
    transaction, such as a test's, which the runs must also join)."""
    from django.db import connection

    if connection.in_atomic_block:
        return False
    return not (connection.vendor == "sqlite" and connection.is_in_memory_db())


def _forkserver() -> BaseContext:
    """The workers' start method: a forkserver that has loaded Django and the engine before it forks any worker.

    A forkserver, not a plain fork, so that workers start clean instead of copying this process's threads and
    database connections. Loading Django, the admin and the engine (pint's unit table, the engine's patterns)
    costs about a CPU-second per process: done once in the server, every worker forks with them in memory. The
    preload list only counts before the server's first start (it serves this process's later pools as it is).

    The server is started here, before the caller reads its first item: it loads while this process goes on
    (reading the articles, or importing them), not after.
    """
    context = get_context("forkserver")
    context.set_forkserver_preload(["__main__", "claims.worker_preload"])
    forkserver.ensure_running()
    return context


def map_outcomes[T, R](
    fn: Callable[[T], R], items: Iterable[T], workers: int, ahead: int = 4, database: str | None = None
) -> Iterator[tuple[T, R | Exception]]:
    """``fn`` over ``items`` in order, yielding each item with its result or the exception it
    raised, so one failing item never stops the others. With ``workers`` 0 everything runs here,
    lazily; with N >= 1, ``fn`` runs in N processes while this one takes the results (so even one
    worker lets the caller's own work, such as storing, overlap the next item's).

    Items are read from ``items`` only as workers free up (at most ``ahead`` per worker wait
    or run at a time), so neither the items nor the results pile up in this process: memory
    stays flat whatever the number of items.

    ``database`` is the database name the workers' connections open (``start_worker``), for an
    ``fn`` that reads or writes it itself.
    """
    if workers <= 0:
        for item in items:
            try:
                yield item, fn(item)
            except Exception as error:
                yield item, error
        return
    pool = ProcessPoolExecutor(
        workers,
        mp_context=_forkserver(),
        initializer=start_worker,
        initargs=(os.getpid(), database),
    )
    try:
        pending: deque[tuple[T, Future[R]]] = deque()
        source = iter(items)
        for item in source:
            pending.append((item, pool.submit(fn, item)))
            if len(pending) >= workers * ahead:
                break
        while pending:
            done, future = pending.popleft()
            try:
                result: R | Exception = future.result()
            except Exception as error:
                result = error
            for item in source:  # one in, one out
                pending.append((item, pool.submit(fn, item)))
                break
            yield done, result
    finally:
        # On Ctrl-C (or any early stop) drop the work not yet started instead of finishing it.
        pool.shutdown(wait=True, cancel_futures=True)
