"""Extract and check stored articles, saving each run atomically.

A rerun supersedes the article's previous results; the old runs stay for the
audit trail. With --workers N the extraction and arithmetic run in N processes;
the database writes stay in this one.
"""

from __future__ import annotations

import json
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from tqdm import tqdm

from claims.models import Article
from claims.pipeline import save_analysis
from factcheck.extraction import extract_claims


class Command(BaseCommand):
    help = "Run the checks on stored articles (by id, or --all)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="Check every stored article.")
        parser.add_argument("--workers", type=int, default=1, help="Processes for extraction and checks.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object per run.")

    def handle(self, *args, **options) -> None:
        ids, check_all, workers = options["article_ids"], options["all"], options["workers"]
        if bool(ids) == check_all:
            raise CommandError("give article ids or --all (not both)", returncode=2)
        if workers < 1:
            raise CommandError("--workers must be at least 1", returncode=2)
        articles = Article.objects.order_by("pk") if check_all else Article.objects.filter(pk__in=ids).order_by("pk")
        if not check_all:
            missing = sorted(set(ids) - set(articles.values_list("pk", flat=True)))
            if missing:
                raise CommandError(f"no article with id {', '.join(map(str, missing))}", returncode=2)
        todo = list(articles.only("pk", "body"))
        bodies = [article.body for article in todo]
        bar = tqdm(total=len(todo), unit="article", disable=not self.stderr.isatty(), file=self.stderr._out)
        # forkserver: workers start clean instead of forking this process's threads and connections.
        pool = ProcessPoolExecutor(workers, mp_context=get_context("forkserver")) if workers > 1 else _Inline()
        with pool:
            for article, readings in zip(todo, pool.map(extract_claims, bodies), strict=True):
                run = save_analysis(article, (readings, timezone.now()))
                bar.update()
                self.report(article, run, options["json"])
        bar.close()

    def report(self, article: Article, run, as_json: bool) -> None:
        if as_json:
            fields = ["claims_found", "numbers_checked", "passed", "failed", "indeterminate"]
            payload = {"article": article.pk, "run": run.pk} | {f: getattr(run, f) for f in fields}
            self.stdout.write(json.dumps(payload))
        else:
            self.stdout.write(
                f"article {article.pk}: run {run.pk}: {run.passed} passed, {run.failed} failed, "
                f"{run.indeterminate} indeterminate; {run.numbers_checked} of {run.claims_found} numbers checked"
            )


class _Inline:
    """A pool of one that runs in this process, so --workers 1 needs no pickling."""

    def __enter__(self) -> _Inline:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def map(self, fn, items):
        return map(fn, items)
