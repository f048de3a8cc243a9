"""Link stored claims to the passages of stored sources that support, contradict or mention them.

With --workers N, N processes each take a batch of article ids at a time, read the sources once
(each keeps its reading for the next batch), link the batch and store its links through a
connection of their own, one transaction per batch, as this process does alone; this one hands
out the ids and prints each article's counts in id order.
"""

from __future__ import annotations

import json
from functools import partial

from django.core.management.base import CommandError, CommandParser
from django.db import connection

from claims.management.exit_codes import FactcheckCommand
from claims.models import Article
from claims.workers import id_batches, map_outcomes, workers_can_store
from factcheck.linking.compare import Rates, parse_rate
from sources.linking import ARTICLES_PER_BATCH, link_articles
from sources.models import Evidence, Source

STANCES = ("supports", "contradicts", "mentions")


def counted(evidence: list[Evidence]) -> dict[str, int]:
    return {"links": len(evidence)} | {stance: sum(e.stance == stance for e in evidence) for stance in STANCES}


def link_batch(article_ids: list[int], source_ids: list[int], rates: Rates) -> list[tuple[int, dict[str, int]]]:
    """A worker's batch: link these articles to these sources (in this order) and store the links;
    each article's id with its counts."""
    by_pk = Source.objects.in_bulk(source_ids)
    sources = [by_pk[pk] for pk in source_ids if pk in by_pk]
    return [(article_id, counted(evidence)) for article_id, evidence in link_articles(article_ids, sources, rates)]


class Command(FactcheckCommand):
    help = "Find evidence for the claims of stored articles in stored sources (automatic links are replaced)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="Every stored article.")
        parser.add_argument("--source", type=int, action="append", default=[], metavar="ID",
                            help="Only these sources (default: all).")  # fmt: skip
        parser.add_argument("--rate", action="append", default=[], metavar="USD/CNY=7.2993",
                            help="An exchange rate for figures in another currency.")  # fmt: skip
        parser.add_argument("--workers", type=int, default=None,
                            help="Processes that link and store batches (default: all in this one).")  # fmt: skip
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options) -> None:
        ids, link_all, workers = options["article_ids"], options["all"], options["workers"]
        if bool(ids) == link_all:
            raise CommandError("give article ids or --all (not both)", returncode=2)
        if workers is not None and workers < 1:
            raise CommandError("--workers must be at least 1", returncode=2)
        try:
            rates = dict(parse_rate(rate) for rate in options["rate"])
        except ValueError as exc:
            raise CommandError(str(exc), returncode=2) from None
        # Ids only: the claims are read a batch of articles at a time, so memory stays flat.
        chosen = Article.objects.order_by("pk") if link_all else Article.objects.filter(pk__in=ids).order_by("pk")
        article_ids = list(chosen.values_list("pk", flat=True))
        missing = sorted(set(ids) - set(article_ids))
        if missing:
            raise CommandError(f"no article with id {', '.join(map(str, missing))}", returncode=2)
        sources = list(Source.objects.filter(pk__in=options["source"]) if options["source"] else Source.objects.all())
        missing = sorted(set(options["source"]) - {s.pk for s in sources})
        if missing:
            raise CommandError(f"no source with id {', '.join(map(str, missing))}", returncode=2)
        if workers and workers_can_store():
            outcomes = self.by_workers(article_ids, sources, rates, workers)
        else:
            # The sources are read once (sentences, figures, word index) and serve every article.
            outcomes = ((pk, counted(evidence)) for pk, evidence in link_articles(article_ids, sources, rates))
        for article_id, counts in outcomes:
            if options["json"]:
                self.stdout.write(json.dumps({"article": article_id} | counts))
            else:
                self.stdout.write(
                    f"article {article_id}: {counts['links']} links ({counts['supports']} supports, "
                    f"{counts['contradicts']} contradicts, {counts['mentions']} mentions)"
                )

    def by_workers(self, article_ids: list[int], sources: list[Source], rates: Rates, workers: int):
        """Each article's counts, in id order, from workers that link and store batches; a batch that
        fails stops the command, as it does in this process (the batches committed before it stay)."""
        batches = id_batches(article_ids, workers, ARTICLES_PER_BATCH)
        work = partial(link_batch, source_ids=[source.pk for source in sources], rates=rates)
        database = connection.settings_dict["NAME"]
        for _, outcome in map_outcomes(work, batches, workers, ahead=2, database=database):
            if isinstance(outcome, Exception):
                raise outcome
            yield from outcome
