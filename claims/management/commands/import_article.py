"""Import articles (text, Markdown or HTML) from files, folders or standard input.

One file (or ``-``) behaves as it always has. Several paths, or a folder (its files, sorted, not
its subfolders), are imported in this one process, a hundred files at a time in one insert: each
file whole or not at all, a file that cannot be imported named on stderr while the others are kept,
one summary line at the end, and exit 2 when any file failed. ``--check`` extracts, links (to every
current source) and checks each newly stored article in the same step.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from claims.batch_checks import STORE_BATCH, check_articles, describe_run, run_json
from claims.importing import ImportCommand, parse_document, read_input, store_document, store_documents
from claims.management.exit_codes import USAGE, FactcheckCommand, one_line
from claims.models import RUN_STOPPED, Article, CheckRun, RunStatus
from claims.workers import batch_size
from factcheck.documents import Document, DocumentError
from sources.passages import sources_to_link

# Options that describe one document: given for several files they would all claim the same title.
ONE_FILE_ONLY = ("title", "url", "revision_of")
# Files read and stored together: one query for the ones already stored and one insert for the rest, while only
# this many texts are held at a time.
FILES_PER_BATCH = 100


def files_in(paths: list[str]) -> list[str]:
    """The files to import: each path given, a folder replaced by its files (sorted, hidden ones left out)."""
    found: list[str] = []
    for path in paths:
        folder = Path(path)
        if path != "-" and folder.is_dir():
            found.extend(str(p) for p in sorted(folder.iterdir()) if p.is_file() and not p.name.startswith("."))
        else:
            found.append(path)
    return found


def check_stored(article: Article, link_to: list | None) -> tuple[CheckRun | None, str]:
    """Check an article just stored: its run, or why the checks failed.

    The engine is imported here, with the first article checked, not with the command: an import without
    --check never needs it (about half a CPU-second at every start).
    """
    from claims.pipeline import CheckFailed, check_article, describe_failure

    try:
        return check_article(article, link_to=link_to), ""
    except CheckFailed as failure:
        cause = describe_failure(failure.__cause__ or failure)
        return None, checks_failed(article.pk, cause)


def checks_failed(pk: int, cause: str) -> str:
    """Why a file counts as failed when its article was stored but its checks were not."""
    return f"stored as article {pk}, but the checks failed: {cause}"


class Command(FactcheckCommand, ImportCommand):
    help = (
        "Import articles from files or folders; the same content again reports the article already stored. "
        "With --check, extract, link and check each new article too."
    )
    model = Article
    noun = "article"

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        path = next(action for action in parser._actions if action.dest == "path")
        path.nargs = "*"
        path.metavar = "PATH"
        path.help = "Files or folders to import, or - for standard input; leave out with --url."
        parser.add_argument(
            "--check",
            action="store_true",
            help="Extract, link to every current source and check each newly stored article, in the same step.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            default=None,
            help="With --check and several files: processes that check the articles while the later files are "
            "imported, as run_checks --workers (default: all in this one).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        paths: list[str] = options["path"] or []
        if options["workers"] is not None:
            if options["workers"] < 1:
                raise CommandError("--workers must be at least 1", returncode=USAGE)
            if not options["check"]:
                raise CommandError("--workers checks articles: give it with --check", returncode=USAGE)
        if len(paths) == 1 and not Path(paths[0]).is_dir():
            self.import_one(options | {"path": paths[0]})
            return
        if not paths:
            self.import_one(options | {"path": None})
            return
        given = [name.replace("_", "-") for name in ONE_FILE_ONLY if options.get(name)]
        if given:
            raise CommandError(f"--{given[0]} names one article: give one file with it", returncode=USAGE)
        if "-" in paths:
            raise CommandError("standard input (-) cannot be imported with other paths", returncode=USAGE)
        files = files_in(paths)
        if not files:
            raise CommandError(f"{paths[0]}: no files to import", returncode=USAGE)
        self.import_many(files, options)

    def import_one(self, options: dict) -> None:
        """One file, standard input or --url, exactly as the shared import does, then --check."""
        self.stored: Article | None = None
        super().handle(**options)
        if options["check"] and self.stored is not None and self.needs_check(self.stored):
            run, failure = check_stored(self.stored, sources_to_link() or None)
            if run is None:
                where = options["path"] or options["url"]
                raise CommandError(f"{where}: {failure}", returncode=USAGE)
            self.stdout.write(json.dumps(run_json(run)) if options["json"] else describe_run(self.stored.pk, run))

    def stored_document(self, document: Any, metadata: dict) -> tuple[Article, bool]:
        obj, created = store_document(self.model, document, **metadata)
        self.stored = obj
        return obj, created

    def import_many(self, files: list[str], options: dict) -> None:
        self.counts = counts = {"imported": 0, "already": 0, "checked": 0, "failed": 0}
        self.failed: list[str] = []
        # Each file's entry, printed in the order of the files once it is settled: at once, or with --check once
        # its run is stored (the runs come a batch at a time, while the files after them are being imported).
        self.waiting: deque[dict] = deque()
        checking: dict[int, dict] = {}  # the entry of each article sent to be checked, by article id
        batches = self.imported(files, options, checking)
        if options["check"]:
            for article, run in check_articles(batches, options["workers"], link=True):
                entry = checking.pop(article.pk)
                if run.status == RunStatus.FAILED:
                    entry["failure"] = checks_failed(article.pk, run.error.removeprefix(RUN_STOPPED))
                else:
                    counts["checked"] += 1
                    entry |= run_json(run)
                entry["settled"] = True
                self.settle(options)
            for pk, entry in checking.items():  # deleted by someone else before its turn came
                entry |= {
                    "failure": f"stored as article {pk}, but it was deleted before it was checked",
                    "settled": True,
                }
            self.settle(options)
        else:
            for _ in batches:
                pass
        summary = (
            f"{len(files)} files: {counts['imported']} imported, {counts['already']} already imported"
            + (f", {counts['checked']} checked" if options["check"] else "")
            + f", {counts['failed']} failed"
        )
        if self.failed:
            raise CommandError(f"{summary} ({', '.join(self.failed[:20])}{' ...' if len(self.failed) > 20 else ''})")
        if not options["json"]:
            self.stdout.write(summary)

    def imported(self, files: list[str], options: dict, checking: dict[int, dict]) -> Iterator[list[int]]:
        """Import ``files`` a batch at a time; with --check, yield the ids of the articles to check in batches
        (as workers share them out) as they are stored, so checking starts before the last file is read."""
        metadata = self.metadata(options | {name: None for name in ONE_FILE_ONLY})
        workers = options["workers"] or 1
        ready: list[int] = []
        for first in range(0, len(files), FILES_PER_BATCH):
            batch = files[first : first + FILES_PER_BATCH]
            read: list[tuple[str, Document | DocumentError]] = []
            for path in batch:
                try:
                    data, name = read_input(path, options["max_bytes"])
                    read.append((path, parse_document(data, name, options["source_format"], options["max_bytes"])))
                except DocumentError as exc:
                    read.append((path, exc))
            documents = [document for _, document in read if isinstance(document, Document)]
            stored = iter(store_documents(Article, documents, **metadata))
            for path, document in read:
                if isinstance(document, DocumentError):
                    self.waiting.append({"path": path, "failure": str(document), "settled": True})
                    continue
                article, created = next(stored)
                self.counts["imported" if created else "already"] += 1
                entry: dict[str, Any] = {"path": path, "id": article.pk, "created": created, "title": article.title}
                # A new article has no runs; one stored before is checked only if no check of it ever finished,
                # and once, however many of the files hold its text.
                check = options["check"] and article.pk not in checking and (created or self.needs_check(article))
                entry["settled"] = not check
                self.waiting.append(entry)
                if check:
                    checking[article.pk] = entry
                    ready.append(article.pk)
            self.settle(options)
            # Sized by what is left (the files not yet read counted as articles to check), smaller at the end.
            left = len(files) - first - len(batch)
            # After the last files (none left) this hands out every id: a batch is never larger than what is left.
            while len(ready) >= (size := batch_size(len(ready) + left, workers, STORE_BATCH)):
                yield ready[:size]
                ready = ready[size:]

    def settle(self, options: dict) -> None:
        """Print the entries settled so far, in the order of the files."""
        while self.waiting and self.waiting[0]["settled"]:
            entry = self.waiting.popleft()
            del entry["settled"]
            if "failure" in entry:
                self.fail(entry["path"], entry.pop("failure"), options)
            elif options["json"]:
                self.stdout.write(json.dumps(entry))

    def fail(self, path: str, reason: str, options: dict) -> None:
        self.counts["failed"] += 1
        self.failed.append(path)
        self.stderr.write(f"{self.command_name}: {path}: {one_line(reason)}")
        if options["json"]:
            self.stdout.write(json.dumps({"path": path, "error": one_line(reason)}))

    def needs_check(self, article: Article) -> bool:
        from claims.pipeline import never_checked  # asked only with --check (see check_stored)

        return never_checked(article)  # a checked one keeps its runs
