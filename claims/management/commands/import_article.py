"""Import an article (text, Markdown or HTML) from a file or standard input."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand, CommandError, CommandParser

from claims.importing import check_url, parse_document, parse_published, read_input, store_document
from claims.models import Article
from factcheck.documents import DocumentError, SourceFormat


class Command(BaseCommand):
    help = "Import an article; the same content again reports the article already stored."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="File to import, or - for standard input.")
        parser.add_argument("--title", help="Defaults to the HTML title or the first line.")
        parser.add_argument("--url")
        parser.add_argument("--publisher")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD.")
        parser.add_argument(
            "--format",
            dest="source_format",
            choices=[f.value for f in SourceFormat],
            help="Input format; guessed from the file name or content when left out.",
        )
        parser.add_argument("--max-bytes", type=int, help="Size limit (default FACTCHECK_MAX_IMPORT_BYTES).")
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")

    def handle(self, *args, **options) -> None:
        try:
            data, name = read_input(options["path"], options["max_bytes"])
            document = parse_document(data, name, options["source_format"], options["max_bytes"])
            metadata = {
                "title": options["title"],
                "url": check_url(options["url"]),
                "publisher": options["publisher"],
                "published": parse_published(options["published"]),
            }
        except DocumentError as exc:
            raise CommandError(f"{options['path']}: {exc}") from None
        article, created = store_document(Article, document, **metadata)
        if options["json"]:
            self.stdout.write(json.dumps({"id": article.pk, "created": created, "title": article.title}))
        elif created:
            self.stdout.write(f"Imported article {article.pk}: {article.title} ({len(article.body):,} characters)")
        else:
            self.stdout.write(f"Already imported as article {article.pk}: {article.title}")
