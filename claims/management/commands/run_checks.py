"""Extract and check stored articles, saving each run atomically.

A rerun supersedes the article's previous results; the old runs stay for the
audit trail. With --workers N the extraction runs in N processes; the database
writes stay in this one. An article that cannot be checked is recorded as a
failed run with its error and the batch goes on; the command then exits 2 and
names the failed articles.
"""

from __future__ import annotations

import json

from django.core.management.base import CommandError, CommandParser
from django.utils import timezone
from tqdm import tqdm

from claims.management.exit_codes import USAGE, FactcheckCommand
from claims.models import Article, CheckRun, RunStatus
from claims.pipeline import record_failed_run, save_analysis
from claims.workers import map_outcomes
from factcheck.extraction import extract_claims

NAMED_FAILURES = 20  # failed articles named in the final line; the rest are counted


class Command(FactcheckCommand):
    help = "Run the checks on stored articles (by id, or --all)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="Check every stored article.")
        parser.add_argument("--workers", type=int, default=1, help="Processes for extraction.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object per run.")

    def handle(self, *args, **options) -> None:
        ids, check_all, workers = options["article_ids"], options["all"], options["workers"]
        if bool(ids) == check_all:
            raise CommandError("give article ids or --all (not both)", returncode=USAGE)
        if workers < 1:
            raise CommandError("--workers must be at least 1", returncode=USAGE)
        articles = Article.objects.order_by("pk") if check_all else Article.objects.filter(pk__in=ids).order_by("pk")
        if not check_all:
            missing = sorted(set(ids) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, missing))}", returncode=USAGE)
        todo = list(articles.only("pk", "body"))
        bodies = [article.body for article in todo]
        bar = tqdm(total=len(todo), unit="article", disable=not self.stderr.isatty(), file=self.stderr._out)
        failed: list[int] = []
        for article, outcome in zip(todo, map_outcomes(extract_claims, bodies, workers), strict=True):
            started = timezone.now()
            if isinstance(outcome, Exception):
                run = record_failed_run(article, outcome, started)
            else:
                try:
                    run = save_analysis(article, (outcome, started))
                except Exception as error:  # one bad article must not stop the others
                    run = record_failed_run(article, error, started)
            if run.status == RunStatus.FAILED:
                failed.append(article.pk)
            bar.update()
            self.report(article, run, options["json"])
        bar.close()
        if failed:
            named = ", ".join(map(str, failed[:NAMED_FAILURES])) + (" ..." if len(failed) > NAMED_FAILURES else "")
            raise CommandError(
                f"{len(failed)} of {len(todo)} articles could not be checked: {named} "
                "(each has a failed run that says why)",
                returncode=USAGE,
            )

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
