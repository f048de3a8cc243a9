"""Link stored claims to the passages of stored sources that support, contradict or mention them."""

from __future__ import annotations

import json

from django.core.management.base import CommandError, CommandParser

from claims.management.exit_codes import FactcheckCommand
from claims.models import Article
from factcheck.linking.compare import parse_rate
from sources.linking import link_articles
from sources.models import Source


class Command(FactcheckCommand):
    help = "Find evidence for the claims of stored articles in stored sources (automatic links are replaced)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("article_ids", nargs="*", type=int, metavar="ARTICLE_ID")
        parser.add_argument("--all", action="store_true", help="Every stored article.")
        parser.add_argument("--source", type=int, action="append", default=[], metavar="ID",
                            help="Only these sources (default: all).")  # fmt: skip
        parser.add_argument("--rate", action="append", default=[], metavar="USD/CNY=7.2993",
                            help="An exchange rate for figures in another currency.")  # fmt: skip
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, **options) -> None:
        ids, link_all = options["article_ids"], options["all"]
        if bool(ids) == link_all:
            raise CommandError("give article ids or --all (not both)", returncode=2)
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
        # The sources are read once (sentences, figures, word index) and serve every article.
        for article_id, evidence in link_articles(article_ids, sources, rates):
            counts = {
                stance: sum(e.stance == stance for e in evidence) for stance in ("supports", "contradicts", "mentions")
            }
            if options["json"]:
                self.stdout.write(json.dumps({"article": article_id, "links": len(evidence)} | counts))
            else:
                self.stdout.write(
                    f"article {article_id}: {len(evidence)} links ({counts['supports']} supports, "
                    f"{counts['contradicts']} contradicts, {counts['mentions']} mentions)"
                )
