"""Export audit reports (JSON, CSV, HTML, PDF, ClaimReview, Markdown) for articles and their claims."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandParser
from tqdm import tqdm

from claims.exports.claimreview import NoPublicAddress, public_address
from claims.exports.formats import FORMATS, coalesce
from claims.exports.options import Options
from claims.exports.output import write_atomically, write_stream
from claims.exports.selection import Selection, SelectionError
from claims.management.exit_codes import FactcheckCommand, usage_error
from claims.models import CheckResult, Claim, ClaimStatus
from factcheck.report import json_schema


def parse_date(flag: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise usage_error(f"{flag} {value!r} is not a date (use YYYY-MM-DD)") from None


class Command(FactcheckCommand):
    help = (
        "Export an audit report of articles, their claims, the current run's check results, evidence, "
        "verdicts and history. Articles are filtered by id and by date (published, or imported when the "
        "publication date is unknown); claims by review status."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--article", dest="articles", type=int, nargs="+", action="extend", default=[],
                            metavar="ID", help="Only these articles.")  # fmt: skip
        parser.add_argument("--since", help="Articles dated on or after YYYY-MM-DD.")
        parser.add_argument("--until", help="Articles dated on or before YYYY-MM-DD.")
        parser.add_argument("--status", dest="statuses", nargs="+", action="extend", default=[], metavar="S",
                            choices=ClaimStatus.values, help="Only claims with these review statuses.")  # fmt: skip
        formats = [name for name in FORMATS if name != "findings"]
        parser.add_argument("--format", choices=formats, help="Default json (csv with --findings).")
        parser.add_argument("--findings", action="store_true", help="CSV with one row per check result.")
        parser.add_argument("--output", "-o", default="-", help="File to write (atomically), or - for stdout.")
        parser.add_argument("--schema", action="store_true", help="Print the JSON report's JSON Schema and exit.")
        parser.add_argument("--chunk-size", type=int, help="Claims read per query (default: the format's).")
        parser.add_argument("--base-url", default="", metavar="https://...",
                            help="The public address where fact-checks are published, for ClaimReview's url "
                            "(default: FACTCHECK_PUBLIC_URL).")  # fmt: skip
        parser.add_argument("--organization", default="factcheck", help="ClaimReview author.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["schema"]:
            self.stdout.write(json.dumps(json_schema(), indent=2))
            return
        fmt_name = options["format"] or ("csv" if options["findings"] else "json")
        if options["findings"]:
            if fmt_name != "csv":
                raise usage_error("--findings is a CSV export: use it with --format csv or alone")
            fmt_name = "findings"
        fmt = FORMATS[fmt_name]
        if options["chunk_size"] is not None and options["chunk_size"] < 1:
            raise usage_error("--chunk-size must be at least 1")
        selection = Selection(
            article_ids=tuple(options["articles"]),
            since=parse_date("--since", options["since"]),
            until=parse_date("--until", options["until"]),
            statuses=tuple(options["statuses"]),
        )
        try:
            selection.validate()
        except SelectionError as exc:
            raise usage_error(str(exc)) from None
        target = None if options["output"] == "-" else Path(options["output"])
        if target is not None and not target.parent.is_dir():
            raise usage_error(f"--output {options['output']}: no such directory")
        if target is not None and target.is_dir():
            raise usage_error(f"--output {options['output']}: is a directory, not a file")
        if target is None and fmt.binary and not hasattr(self.stdout._out, "buffer"):
            raise usage_error(f"{fmt.name} is binary: give --output PATH")

        if fmt.name == "claimreview":
            try:
                public_address(Options(public_url=options["base_url"]))
            except NoPublicAddress as exc:
                raise usage_error(str(exc)) from None

        with self.progress_bar(selection, fmt.unit) as bar:
            opts = Options(
                chunk_size=options["chunk_size"] or fmt.chunk_size,
                progress=bar.update,
                public_url=options["base_url"],
                organization=options["organization"],
            )
            blocks = coalesce(fmt.render(selection, opts))
            if target is not None:
                size = write_atomically(blocks, target)
                bar.close()
                self.stderr.write(f"Wrote {target} ({size:,} bytes, {fmt.label})")
            else:
                self.write_stdout(blocks)

    def write_stdout(self, blocks: Any) -> None:
        out = self.stdout._out
        if hasattr(out, "buffer"):
            out.flush()
            write_stream(blocks, out.buffer)
        else:
            # A text stream (call_command with StringIO): text formats only, checked above.
            for block in blocks:
                out.write(block.decode("utf-8"))

    def progress_bar(self, selection: Selection, unit: str) -> tqdm:
        # Only on a terminal: a bar's carriage returns would litter a log or a pipe.
        interactive = sys.stderr.isatty()
        total = None
        if interactive:
            claims = Claim.objects.filter(selection.claim_q(), article__in=selection.articles())
            if unit == "claims":
                total = claims.count()
            else:
                current = CheckResult.objects.filter(run__superseded_at__isnull=True, claims__in=claims)
                total = current.distinct().count()
        return tqdm(total=total, unit=f" {unit}", file=sys.stderr, disable=not interactive, leave=False)
