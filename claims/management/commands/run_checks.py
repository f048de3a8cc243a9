"""Extract and check stored articles, saving each run atomically.

A rerun supersedes the article's previous results; the old runs stay for the
audit trail. Without --workers everything runs in this process; with --workers N the
extraction and the checks run in N processes (even one lets storing overlap the work) and the
database writes stay in this one, which reads the articles a batch at a time. An
article that cannot be checked is recorded as a failed run with its error and the
batch goes on; the command then exits 2 and names the failed articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial

from django.core.management.base import CommandError, CommandParser
from django.db import transaction
from django.utils import timezone
from tqdm import tqdm

from claims.management.exit_codes import USAGE, FactcheckCommand
from claims.models import Article, CheckRun, RunStatus
from claims.pipeline import Analysis, ArticleText, analyse_and_check, record_failed_run, save_analysis
from claims.workers import map_outcomes
from factcheck.extraction import extract_claims

NAMED_FAILURES = 20  # failed articles named in the final line; the rest are counted
BATCH = 100  # articles read from the database at a time: memory stays flat whatever the total
# Checked articles stored per transaction: one commit for many articles, while the engine's work,
# which takes far longer, stays outside any transaction (no lock is held while an article is read).
STORE_BATCH = 20
# Each worker may run this many articles ahead: a whole batch, so the workers go on checking while
# this process stores the last one (fewer would leave them idle; memory stays bounded either way).
AHEAD = STORE_BATCH


def article_texts(ids: list[int]) -> Iterator[ArticleText]:
    """The articles' texts in id order, read a batch at a time (one deleted meanwhile is skipped)."""
    for first in range(0, len(ids), BATCH):
        rows = Article.objects.filter(pk__in=ids[first : first + BATCH]).order_by("pk")
        for pk, body, tables, published in rows.values_list("pk", "body", "tables", "published"):
            yield ArticleText(pk, body, tables or [], published)


class Command(FactcheckCommand):
    help = "Run the checks on stored articles (by id, or --all)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="Check every stored article.")
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="Processes for extraction and checks, while this one stores the runs (default: all in this one).",
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
        # Looked up here, not bound at import, so that a test can put a failing extraction in its place.
        work = partial(analyse_and_check, extract=extract_claims)
        done: list[tuple[Article, Analysis | Exception]] = []
        for text, outcome in map_outcomes(work, article_texts(todo), workers or 0, ahead=AHEAD):
            done.append((Article(pk=text.pk), outcome))
            if len(done) == STORE_BATCH:
                self.store(done, failed, bar, options["json"])
                done = []
        self.store(done, failed, bar, options["json"])
        bar.close()
        if failed:
            named = ", ".join(map(str, failed[:NAMED_FAILURES])) + (" ..." if len(failed) > NAMED_FAILURES else "")
            raise CommandError(
                f"{len(failed)} of {len(todo)} articles could not be checked: {named} "
                "(each has a failed run that says why)",
                returncode=USAGE,
            )

    def store(
        self, done: list[tuple[Article, Analysis | Exception]], failed: list[int], bar: tqdm, as_json: bool
    ) -> None:
        """Store a batch of checked articles in one transaction, each in a savepoint of its own, so an
        article that cannot be stored leaves a failed run and the others stored; reported once committed."""
        runs = []
        with transaction.atomic():
            for article, outcome in done:
                started = timezone.now()
                if isinstance(outcome, Exception):
                    run = record_failed_run(article, outcome, started)
                else:
                    try:
                        run = save_analysis(article, outcome)
                    except Exception as error:  # one bad article must not stop the others
                        run = record_failed_run(article, error, started)
                runs.append((article, run))
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
