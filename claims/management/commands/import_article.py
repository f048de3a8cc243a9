"""Import an article (text, Markdown or HTML) from a file or standard input."""

from __future__ import annotations

from claims.importing import ImportCommand
from claims.management.exit_codes import FactcheckCommand
from claims.models import Article


class Command(FactcheckCommand, ImportCommand):
    help = "Import an article; the same content again reports the article already stored."
    model = Article
    noun = "article"
