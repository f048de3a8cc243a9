"""Checking many stored articles, in this process or in worker processes, storing each run atomically.

Shared by ``run_checks`` (articles already stored) and ``import_article --check`` (articles as they are
imported). The articles come as batches of ids, read lazily, so a caller may still be storing the later
ones while the first are checked. Without workers everything runs in this process. With one worker it
extracts and checks while this process stores the batch before. With N >= 2, each worker takes a batch of
ids at a time, reads those articles, extracts, checks and stores them through a connection of its own, one
transaction per batch: storing scales out with the workers, and this process only hands out batches.
(Where another process cannot see this one's data, an in-memory SQLite database or a transaction the
caller holds open, the workers only extract and check and this process stores, as it always may.) An
article that cannot be checked is recorded as a failed run with its error and the batch goes on.

The engine is imported where an article is checked or stored, not with this module: a command whose
workers store never loads it (about half a CPU-second before its first worker can start).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import partial
from itertools import chain
from typing import TYPE_CHECKING

from django.db import connection, transaction
from django.utils import timezone

from claims.models import Article, CheckRun
from claims.workers import map_outcomes, workers_can_store
from sources.passages import sources_to_link

if TYPE_CHECKING:
    from claims.pipeline import Analysis, ArticleText
    from factcheck.claim import Claim as ClaimReading

BATCH = 100  # articles read from the database at a time: memory stays flat whatever the total
# Checked articles stored per transaction: one commit for many articles, while the engine's work,
# which takes far longer, stays outside any transaction (no lock is held while an article is read).
STORE_BATCH = 20
# Each worker may run this many articles ahead: a whole batch, so the workers go on checking while
# this process stores the last one (fewer would leave them idle; memory stays bounded either way).
AHEAD = STORE_BATCH
# Where the workers store: batches each may hold, the one it works on and the next, so that none
# waits for this process to hand one out.
BATCHES_AHEAD = 2
# What the commands print of a run (with --json), and what a worker that stores hands back of it (with its error).
RUN_FIELDS = ("status", "claims_found", "numbers_checked", "passed", "failed", "indeterminate")
REPORTED = (*RUN_FIELDS, "error")


def run_json(run: CheckRun) -> dict:
    """A run's id and counts, as the commands print them with --json."""
    return {"run": run.pk} | {name: getattr(run, name) for name in RUN_FIELDS}


def describe_run(article_pk: int, run: CheckRun) -> str:
    """A finished run in one line, as the commands print it."""
    return (
        f"article {article_pk}: run {run.pk}: {run.passed} passed, {run.failed} failed, "
        f"{run.indeterminate} indeterminate; {run.numbers_checked} of {run.claims_found} numbers checked"
    )


def extract_claims(text: str) -> list[ClaimReading]:
    """The engine's extraction, loaded on first use. A test may put another function in its place here: it is
    looked up when a check starts and handed to the workers by name."""
    from factcheck.extraction import extract_claims as extract

    return extract(text)


def article_texts(ids: list[int]) -> Iterator[ArticleText]:
    """The articles' texts in id order, read a batch at a time (one deleted meanwhile is skipped)."""
    from claims.pipeline import ArticleText

    for first in range(0, len(ids), BATCH):
        rows = Article.objects.filter(pk__in=ids[first : first + BATCH]).order_by("pk")
        for pk, body, tables, published in rows.values_list("pk", "body", "tables", "published"):
            yield ArticleText(pk, body, tables or [], published)


def store_batch(
    done: list[tuple[Article, Analysis | Exception]], link_to: list | None = None
) -> list[tuple[Article, CheckRun]]:
    """Store checked articles in one transaction: the ones with no claims yet together, in a few
    statements (``store_new``), any other one in a savepoint of its own (``save_analysis`` opens one), so an
    article that cannot be stored leaves a failed run and the others stored. With ``link_to``, each article's
    claims are linked to those sources before its checks."""
    from claims.batch_store import store_new
    from claims.pipeline import Analysis, record_failed_run, save_analysis

    runs = []
    with transaction.atomic():
        stored = store_new([(a.pk, outcome) for a, outcome in done if isinstance(outcome, Analysis)], link_to)
        for article, outcome in done:
            started = timezone.now()
            if article.pk in stored:
                run = stored[article.pk]
            elif isinstance(outcome, Exception):
                run = record_failed_run(article, outcome, started)
            else:
                try:
                    run = save_analysis(article, outcome, link_to)
                except Exception as error:  # one bad article must not stop the others
                    run = record_failed_run(article, error, started)
            runs.append((article, run))
    return runs


def check_and_store(
    ids: list[int], extract: Callable[[str], list[ClaimReading]], link: bool = False
) -> list[tuple[int, dict]]:
    """A worker's batch: read, extract, (with ``link``) link to the current sources, check and store these
    articles (one transaction); for each article still stored, its id and what the report prints of its run
    (its id and counts). The current sources are read once for the batch."""
    from claims.pipeline import analyse_and_check
    from sources.linking import current_corpus

    current = current_corpus() if link else None
    done: list[tuple[Article, Analysis | Exception]] = []
    for text in article_texts(ids):
        try:
            outcome: Analysis | Exception = analyse_and_check(text, extract=extract, link=link, current=current)
        except Exception as error:
            outcome = error
        done.append((Article(pk=text.pk), outcome))
    return [
        (article.pk, {"pk": run.pk} | {name: getattr(run, name) for name in REPORTED})
        for article, run in store_batch(done, current[0] or None if current is not None else None)
    ]


def check_articles(batches: Iterable[list[int]], workers: int | None, link: bool) -> Iterator[tuple[Article, CheckRun]]:
    """Check the articles of ``batches`` (lists of ids, read as they are needed) and store their runs; each
    article with its run, in the order given, once committed. With ``link``, each article's claims are linked
    to every current source before its checks. A batch whose worker failed as a whole (its transaction rolled
    back, or the worker gone) has each of its articles recorded here as a failed run with the error."""
    shared = workers_can_store()
    if workers and workers > 1 and shared:
        yield from _workers_store(batches, workers, link)
        return
    # The sources are read where the articles are linked: here, or in a worker that can open this process's
    # database (elsewhere the links are made as each article is stored, here).
    link_here = link and (not workers or shared)
    database = connection.settings_dict["NAME"] if workers and link_here else None
    link_to = sources_to_link() or None if link else None
    texts = chain.from_iterable(article_texts(ids) for ids in batches)
    work = partial(_analyse_and_check, extract=extract_claims, link=link_here)
    done: list[tuple[Article, Analysis | Exception]] = []
    for text, outcome in map_outcomes(work, texts, workers or 0, ahead=AHEAD, database=database):
        done.append((Article(pk=text.pk), outcome))
        if len(done) == STORE_BATCH:
            yield from store_batch(done, link_to)
            done = []
    yield from store_batch(done, link_to)


def _analyse_and_check(text: ArticleText, extract: Callable[[str], list[ClaimReading]], link: bool) -> Analysis:
    from claims.pipeline import analyse_and_check

    return analyse_and_check(text, extract=extract, link=link)


def _workers_store(batches: Iterable[list[int]], workers: int, link: bool) -> Iterator[tuple[Article, CheckRun]]:
    work = partial(check_and_store, extract=extract_claims, link=link)
    database = connection.settings_dict["NAME"]
    for ids, outcome in map_outcomes(work, batches, workers, ahead=BATCHES_AHEAD, database=database):
        if isinstance(outcome, Exception):
            still = Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", flat=True)
            yield from store_batch([(Article(pk=pk), outcome) for pk in still])
        else:
            yield from ((Article(pk=pk), CheckRun(article_id=pk, **fields)) for pk, fields in outcome)
