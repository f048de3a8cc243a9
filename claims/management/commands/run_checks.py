"""Extract and check stored articles, saving each run atomically.

A rerun supersedes the article's previous results; the old runs stay for the
audit trail. Without --workers everything runs in this process. With --workers 1 one
process extracts and checks while this one stores the batch before. With --workers N (N >= 2),
N processes each take a batch of article ids at a time, read those articles, extract and
check them, and store their runs through a connection of their own, one transaction per
batch: storing scales out with the workers, and this process only hands out ids and reports,
in id order. (Where another process cannot see this one's data, an in-memory SQLite database
or a transaction the caller holds open, the workers only extract and check and this process
stores, as it always may.) An article that cannot be checked is recorded as a failed run with
its error and the batch goes on; the command then exits 2 and names the failed articles.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from functools import partial

from django.core.management.base import CommandError, CommandParser
from django.db import connection, transaction
from django.utils import timezone
from tqdm import tqdm

from claims.batch_store import store_new
from claims.management.exit_codes import USAGE, FactcheckCommand
from claims.models import Article, CheckRun, RunStatus
from claims.pipeline import Analysis, ArticleText, analyse_and_check, record_failed_run, save_analysis
from claims.workers import id_batches, map_outcomes, workers_can_store
from factcheck.claim import Claim as ClaimReading
from factcheck.extraction import extract_claims
from sources.linking import current_corpus
from sources.passages import sources_to_link

NAMED_FAILURES = 20  # failed articles named in the final line; the rest are counted
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
REPORTED = ("status", "claims_found", "numbers_checked", "passed", "failed", "indeterminate", "error")


def article_texts(ids: list[int]) -> Iterator[ArticleText]:
    """The articles' texts in id order, read a batch at a time (one deleted meanwhile is skipped)."""
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


class Command(FactcheckCommand):
    help = "Run the checks on stored articles (by id, or --all)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="Check every stored article.")
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processes for extraction and checks: one works while this one stores; from two on, each "
            "stores its own batches (default: all in this one).",
        )
        parser.add_argument(
            "--link",
            action="store_true",
            help="Link each article's claims to every current source before its checks, so that they use the "
            "evidence (as import_article --check does): one step instead of run_checks and link_sources.",
        )
        parser.add_argument("--json", action="store_true", help="Print one JSON object per run.")

    def handle(self, *args, **options) -> None:
        ids, check_all, workers = options["article_ids"], options["all"], options["workers"]
        if bool(ids) == check_all:
            raise CommandError("give article ids or --all (not both)", returncode=USAGE)
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1", returncode=USAGE)
        articles = Article.objects.order_by("pk") if check_all else Article.objects.filter(pk__in=ids).order_by("pk")
        if not check_all:
            missing = sorted(set(ids) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, missing))}", returncode=USAGE)
        todo = list(articles.values_list("pk", flat=True))
        bar = tqdm(total=len(todo), unit="article", disable=not self.stderr.isatty(), file=self.stderr._out)
        failed: list[int] = []
        # One worker checks while this process stores the batch before (two processes at work); from two on,
        # storing here would be the one step that does not scale, so the workers store.
        link, shared = options["link"], workers_can_store()
        if workers and workers > 1 and shared:
            self.workers_store(todo, workers, link, failed, bar, options["json"])
        else:
            # The sources are read where the articles are linked: here, or in a worker that can open this
            # process's database (elsewhere the links are made as each article is stored, here).
            link_here = link and (not workers or shared)
            database = connection.settings_dict["NAME"] if workers and link_here else None
            link_to = sources_to_link() or None if link else None
            # Looked up here, not bound at import, so that a test can put a failing extraction in its place.
            work = partial(analyse_and_check, extract=extract_claims, link=link_here)
            done: list[tuple[Article, Analysis | Exception]] = []
            outcomes = map_outcomes(work, article_texts(todo), workers or 0, ahead=AHEAD, database=database)
            for text, outcome in outcomes:
                done.append((Article(pk=text.pk), outcome))
                if len(done) == STORE_BATCH:
                    self.store(done, link_to, failed, bar, options["json"])
                    done = []
            self.store(done, link_to, failed, bar, options["json"])
        bar.close()
        if failed:
            named = ", ".join(map(str, failed[:NAMED_FAILURES])) + (" ..." if len(failed) > NAMED_FAILURES else "")
            raise CommandError(
                f"{len(failed)} of {len(todo)} articles could not be checked: {named} "
                "(each has a failed run that says why)",
                returncode=USAGE,
            )

    def workers_store(
        self, todo: list[int], workers: int, link: bool, failed: list[int], bar: tqdm, as_json: bool
    ) -> None:
        """The workers check and store batches of ``todo``; this process reports each batch as it is
        committed, in id order. A batch whose worker failed as a whole (its transaction rolled back, or
        the worker gone) has each of its articles recorded here as a failed run with the error."""
        batches = id_batches(todo, workers, STORE_BATCH)
        work = partial(check_and_store, extract=extract_claims, link=link)
        database = connection.settings_dict["NAME"]
        for ids, outcome in map_outcomes(work, batches, workers, ahead=BATCHES_AHEAD, database=database):
            if isinstance(outcome, Exception):
                still = Article.objects.filter(pk__in=ids).order_by("pk").values_list("pk", flat=True)
                self.report_batch(store_batch([(Article(pk=pk), outcome) for pk in still]), failed, bar, as_json)
            else:
                runs = [(Article(pk=pk), CheckRun(article_id=pk, **fields)) for pk, fields in outcome]
                self.report_batch(runs, failed, bar, as_json)

    def store(
        self,
        done: list[tuple[Article, Analysis | Exception]],
        link_to: list | None,
        failed: list[int],
        bar: tqdm,
        as_json: bool,
    ) -> None:
        """Store a batch of checked articles in one transaction (``store_batch``); reported once committed."""
        self.report_batch(store_batch(done, link_to), failed, bar, as_json)

    def report_batch(self, runs: list[tuple[Article, CheckRun]], failed: list[int], bar: tqdm, as_json: bool) -> None:
        for article, run in runs:
            if run.status == RunStatus.FAILED:
                failed.append(article.pk)
            bar.update()
            self.report(article, run, as_json)

    def report(self, article: Article, run: CheckRun, as_json: bool) -> None:
        if as_json:
            fields = ["status", "claims_found", "numbers_checked", "passed", "failed", "indeterminate"]
            payload = {"article": article.pk, "run": run.pk} | {f: getattr(run, f) for f in fields}
            if run.status == RunStatus.FAILED:
                payload["error"] = run.error
            self.stdout.write(json.dumps(payload))
        elif run.status == RunStatus.FAILED:
            self.stdout.write(f"article {article.pk}: run {run.pk}: failed: {run.error}")
        else:
            self.stdout.write(
                f"article {article.pk}: run {run.pk}: {run.passed} passed, {run.failed} failed, "
                f"{run.indeterminate} indeterminate; {run.numbers_checked} of {run.claims_found} numbers checked"
            )
