"""Import a source document (text, Markdown or HTML) from a file or standard input."""

from __future__ import annotations

from django.core.management.base import CommandParser

from claims.importing import ImportCommand
from claims.management.exit_codes import FactcheckCommand
from sources.models import Source, SourceKind


class Command(FactcheckCommand, ImportCommand):
    help = "Import a source document; the same content again reports the source already stored."
    model = Source
    noun = "source"

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument("--kind", choices=SourceKind.values, default=SourceKind.SECONDARY)

    def metadata(self, options: dict) -> dict:
        return super().metadata(options) | {"kind": options["kind"]}
