"""Extract and check stored articles, saving each run atomically.

A rerun supersedes the article's previous results; the old runs stay for the audit trail. The
articles are checked in this process or, with --workers, in worker processes, as
``claims.batch_checks`` describes; the runs are reported in id order. An article that cannot be
checked is recorded as a failed run with its error and the others go on; the command then exits 2
and names the failed articles.
"""

from __future__ import annotations

import json

from django.core.management.base import CommandError, CommandParser
from tqdm import tqdm

from claims import batch_checks
from claims.management.exit_codes import USAGE, FactcheckCommand
from claims.models import Article, CheckRun, RunStatus
from claims.workers import id_batches

NAMED_FAILURES = 20  # failed articles named in the final line; the rest are counted


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
        # Where the workers store, batches they share out evenly; otherwise one, read a hundred articles at a time.
        batches = id_batches(todo, workers, batch_checks.STORE_BATCH) if workers and workers > 1 else [todo]
        for article, run in batch_checks.check_articles(batches, workers, options["link"]):
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
            payload = {"article": article.pk} | batch_checks.run_json(run)
            if run.status == RunStatus.FAILED:
                payload["error"] = run.error
            self.stdout.write(json.dumps(payload))
        elif run.status == RunStatus.FAILED:
            self.stdout.write(f"article {article.pk}: run {run.pk}: failed: {run.error}")
        else:
            self.stdout.write(batch_checks.describe_run(article.pk, run))
