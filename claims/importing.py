"""Importing documents (articles and sources) atomically and idempotently."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any, BinaryIO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.core.validators import URLValidator
from django.db import IntegrityError, models, transaction

from claims.bulk_rows import insert_rows
from claims.stored_text import guard_text
from factcheck.documents import Document, DocumentError, SourceFormat, read_document


def read_input(path: str, max_bytes: int | None = None, stdin: BinaryIO | None = None) -> tuple[bytes, str]:
    """The raw bytes of PATH (or standard input for '-'), refusing more than max_bytes."""
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES if max_bytes is None else max_bytes
    if path == "-":
        stream = stdin or sys.stdin.buffer
        # One byte over the limit is enough to know the input is too large.
        data = stream.read(limit + 1)
        if len(data) > limit:
            raise DocumentError(f"too large: more than {limit:,} bytes, the limit is {limit:,} bytes")
        return data, "-"
    file = Path(path)
    if not file.exists():
        raise DocumentError("no such file")
    if file.is_dir():
        raise DocumentError("is a directory, not a file")
    size = file.stat().st_size
    if size > limit:
        raise DocumentError(f"too large: {size:,} bytes, the limit is {limit:,} bytes")
    try:
        with file.open("rb") as handle:
            return handle.read(limit + 1), file.name
    except OSError as exc:
        raise DocumentError(f"cannot read ({exc.strerror})") from None


def parse_document(
    data: bytes, name: str, fmt: str | None = None, max_bytes: int | None = None, url: str | None = None
) -> Document:
    limit = settings.FACTCHECK_MAX_IMPORT_BYTES if max_bytes is None else max_bytes
    return read_document(data, name=name, fmt=SourceFormat(fmt) if fmt else None, max_bytes=limit, url=url)


def fetch_document(url: str, fmt: str | None = None, max_bytes: int | None = None) -> tuple[Document, str]:
    """The web page at ``url``, read, and the address it was found at after redirects; raises DocumentError."""
    from claims.fetching import fetch

    page = fetch(url, max_bytes)
    document = parse_document(page.data, "page.html", fmt or SourceFormat.HTML.value, max_bytes, url=page.url)
    return document, page.url


def parse_published(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise DocumentError(f"--published {value!r} is not a date (use YYYY-MM-DD)") from None


def check_url(value: str | None) -> str:
    if not value:
        return ""
    try:
        URLValidator(schemes=["http", "https"])(value)
    except ValidationError:
        raise DocumentError(f"--url {value!r} is not an http(s) URL") from None
    return value


def parse_text(text: str, fmt: str | None = None, max_bytes: int | None = None) -> Document:
    """Text typed or pasted into a form, read exactly as a file's bytes would be (line endings included)."""
    return parse_document(text.encode("utf-8"), "-", fmt or SourceFormat.TEXT.value, max_bytes)


# What a new revision takes from the version it replaces unless told otherwise, and what it always keeps
# (a primary source's corrected text is still the organisation's own).
REVISION_INHERITS = ("title", "url", "publisher", "published")
REVISION_KEEPS = ("kind",)


def find_revised[M: models.Model](model: type[M], value: int | str | None) -> M | None:
    """The stored record a new text replaces (``--revision-of``), or None when none is named."""
    if value in (None, ""):
        return None
    earlier = model.objects.filter(pk=value).first() if str(value).isdigit() else None
    if earlier is None:
        raise DocumentError(f"--revision-of {value}: no {model._meta.verbose_name} with that id")
    return earlier


def page_fields(model: type[models.Model], document: Document) -> dict[str, Any]:
    """What a web page said about itself, for the fields ``model`` has: author, site, date, canonical URL, tables."""
    meta = document.meta
    canonical = meta.canonical_url
    try:
        URLValidator(schemes=["http", "https"])(canonical)
    except ValidationError:
        canonical = ""  # a relative or malformed address is no address to keep
    found = {
        "author": meta.author,
        "site_name": meta.site_name,
        "canonical_url": canonical,
        "published": meta.published,
        "tables": [table.model_dump(mode="json") for table in document.tables],
    }
    names = {field.name for field in model._meta.get_fields()}
    return {key: value for key, value in found.items() if key in names and value not in (None, "", [])}


def store_document[M: models.Model](model: type[M], document: Document, **metadata: Any) -> tuple[M, bool]:
    """The stored row for this content: the existing one, or a new one. Atomic.

    Every text reaches the database through here (or ``store_documents``), already normalised by
    ``read_document`` (line endings included), and is never changed afterwards (``claims.stored_text``).
    With ``revision_of``, the new row replaces that one and takes its details unless given others.
    """
    existing = model.objects.filter(content_hash=document.content_hash).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            obj = model.objects.create(**new_fields(model, document, metadata))
    except IntegrityError:
        # Another process stored the same content between our lookup and insert.
        return model.objects.get(content_hash=document.content_hash), False
    return obj, True


def store_documents[M: models.Model](
    model: type[M], documents: list[Document], **metadata: Any
) -> list[tuple[M, bool]]:
    """``store_document`` for each of ``documents``, in order, with a query for the ones stored already and one
    insert for the rest instead of three or four statements each: for a folder of articles.

    The new rows go in together, in one transaction: where that fails (another process stored one of the same
    texts meanwhile), each document is stored on its own as ``store_document`` stores it. A text given twice is
    stored once (the second time it is the row already stored). Revisions are stored one at a time (storing one
    checks the article it replaces again).
    """
    if metadata.get("revision_of") is not None or len(documents) < 2:
        return [store_document(model, document, **metadata) for document in documents]
    stored = stored_rows(model, {document.content_hash for document in documents})
    new: dict[str, M] = {}
    for document in documents:
        if document.content_hash not in stored and document.content_hash not in new:
            obj = model(**new_fields(model, document, metadata))
            guard_text(model, obj)  # what save() would check (bulk inserts skip it)
            new[document.content_hash] = obj
    try:
        with transaction.atomic():
            insert_rows(model, list(new.values()))
    except IntegrityError:
        return [store_document(model, document, **metadata) for document in documents]
    made: set[str] = set()
    rows = []
    for document in documents:
        key = document.content_hash
        created = key in new and key not in made
        made.add(key)
        rows.append((new[key] if key in new else stored[key], created))
    return rows


def stored_rows[M: models.Model](model: type[M], hashes: set[str]) -> dict[str, M]:
    """The rows already stored for these texts, by their hash."""
    return {obj.content_hash: obj for obj in model.objects.filter(content_hash__in=hashes)}


def new_fields(model: type[models.Model], document: Document, metadata: dict[str, Any]) -> dict[str, Any]:
    """The fields of a new row for ``document``: its text, what the page says about itself, and ``metadata``."""
    # What the page says about itself fills the fields the caller left empty: a date given by hand wins.
    fields = page_fields(model, document) | {key: value for key, value in metadata.items() if value not in (None, "")}
    earlier = fields.get("revision_of")
    if earlier is not None:
        for name in REVISION_INHERITS:
            if hasattr(earlier, name) and name not in fields and getattr(earlier, name) not in (None, ""):
                fields[name] = getattr(earlier, name)
        fields.update({name: getattr(earlier, name) for name in REVISION_KEEPS if hasattr(earlier, name)})
    fields.setdefault("title", document.title or "Untitled")
    # PostgreSQL refuses an over-long value where SQLite would store it: cut to the column's size.
    for name in ("title", "publisher", "author", "site_name"):
        if name not in fields:
            continue
        if isinstance(fields.get(name), str):
            fields[name] = fields[name][: model._meta.get_field(name).max_length]
    return fields | {
        "body": document.text,
        "source_format": document.format.value,
        "content_hash": document.content_hash,
    }


class ImportCommand(BaseCommand):
    """The shared shape of import_article and import_source: thin, atomic, idempotent."""

    model: type[models.Model]
    noun: str

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", nargs="?", help="File to import, or - for standard input; leave out with --url.")
        parser.add_argument("--title", help="Defaults to the page's title, the HTML title or the first line.")
        parser.add_argument(
            "--url",
            help="With no PATH, fetch the page at this http(s) address and import it; with a PATH, where it came from.",
        )
        parser.add_argument("--publisher")
        parser.add_argument("--published", help="Publication date, YYYY-MM-DD.")
        parser.add_argument(
            "--format",
            dest="source_format",
            choices=[f.value for f in SourceFormat],
            help="Input format; guessed from the file name or content when left out.",
        )
        parser.add_argument("--max-bytes", type=int, help="Size limit (default FACTCHECK_MAX_IMPORT_BYTES).")
        parser.add_argument(
            "--revision-of",
            metavar="ID",
            help=f"The stored {self.noun} this text replaces (stored texts never change); details default to its.",
        )
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")

    def metadata(self, options: dict) -> dict:
        return {
            "title": options["title"],
            "url": check_url(options["url"]),
            "publisher": options["publisher"],
            "published": parse_published(options["published"]),
            "revision_of": find_revised(self.model, options.get("revision_of")),
        }

    def handle(self, *args: Any, **options: Any) -> None:
        if options["path"] is None:
            if not options["url"]:
                raise CommandError("give a file, - for standard input, or --url URL to fetch", returncode=2)
            document, metadata = self.fetched(options)
        else:
            try:
                data, name = read_input(options["path"], options["max_bytes"])
                document = parse_document(data, name, options["source_format"], options["max_bytes"])
                metadata = self.metadata(options)
            except DocumentError as exc:
                raise CommandError(f"{options['path']}: {exc}") from None
        obj, created = self.stored_document(document, metadata)
        if options["json"]:
            self.stdout.write(json.dumps({"id": obj.pk, "created": created, "title": obj.title}))
        elif created:
            self.stdout.write(f"Imported {self.noun} {obj.pk}: {obj.title} ({len(obj.body):,} characters)")
        else:
            self.stdout.write(f"Already imported as {self.noun} {obj.pk}: {obj.title}")

    def stored_document(self, document: Document, metadata: dict) -> tuple[models.Model, bool]:
        return store_document(self.model, document, **metadata)

    def fetched(self, options: dict) -> tuple[Document, dict]:
        """The page at --url, read and checked; every refusal is one line and exit status 2, nothing stored."""
        url = options["url"]
        try:
            document, found_at = fetch_document(url, options["source_format"], options["max_bytes"])
            metadata = self.metadata(options | {"url": found_at})
        except DocumentError as exc:
            raise CommandError(f"{url}: {exc}", returncode=2) from None
        return document, metadata
