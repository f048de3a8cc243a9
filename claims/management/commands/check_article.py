"""Extract and check an article file without touching the database (unless --save).

Exit status: 0 when no finding reaches the --fail-on level, 1 when one does,
2 for a usage or input error, so the command can gate a CI job.
"""

from __future__ import annotations

import json
import sys

from django.core.management.base import CommandError, CommandParser

from claims.check_report import check_document, report_json
from claims.importing import parse_document, read_input, store_document
from claims.management.exit_codes import FINDINGS, OK, FactcheckCommand
from claims.pipeline import describe_failure
from factcheck.documents import DocumentError, SourceFormat
from factcheck.linking import SourceText
from factcheck.linking.compare import parse_rate
from factcheck.textreport import lint_lines, summary_line


class FindingsFound(CommandError):
    """Findings at the --fail-on level: the run worked, so the exit status says it, not an error message."""

    def __init__(self, count: int) -> None:
        super().__init__(f"{count} finding(s) at or above the --fail-on level", returncode=FINDINGS)


def outcome_line(failing: int, level: str) -> str:
    """The last line of the text output: what the exit status will be, and why, in words."""
    if failing:
        noun = "finding" if failing == 1 else "findings"
        return f"Exit {FINDINGS}: {failing} {noun} at {level} level or above (--fail-on {level})."
    return f"Exit {OK}: no finding at {level} level or above (--fail-on {level})."


class Command(FactcheckCommand):
    help = "Check the numbers of an article file; prints findings like a linter or as JSON."
    reports_findings = True
    # Checking a file must work with no database at all; Django's system checks would open one.
    requires_system_checks = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="File to check, or - for standard input.")
        parser.add_argument("--format", dest="output", choices=["text", "json"], default="text")
        parser.add_argument("--input-format", choices=[f.value for f in SourceFormat], help="Default: guessed.")
        parser.add_argument("--fail-on", choices=["warning", "error"], default="warning")
        parser.add_argument("--save", action="store_true", help="Also store the article, its claims and the run.")
        parser.add_argument("--verbose", "-V", action="store_true", help="List passes and info results too.")
        parser.add_argument(
            "--source", action="append", default=[], metavar="PATH", help="A secondary source to check against."
        )
        parser.add_argument(
            "--primary-source", action="append", default=[], metavar="PATH",
            help="A primary source (the organisation's own filing): a contradiction from it is an error.",
        )  # fmt: skip
        parser.add_argument(
            "--rate", action="append", default=[], metavar="USD/CNY=7.2993",
            help="An exchange rate for comparing figures in another currency (one USD buys 7.2993 CNY).",
        )  # fmt: skip

    def handle(self, *args, **options) -> None:
        path = options["path"]
        try:
            data, name = read_input(path)
            document = parse_document(data, name, options["input_format"])
        except DocumentError as exc:
            raise CommandError(f"{path}: {exc}", returncode=2) from None
        try:
            sources = [
                self.read_source(source, kind)
                for kind, paths in (("secondary", options["source"]), ("primary", options["primary_source"]))
                for source in paths
            ]
            rates = dict(parse_rate(rate) for rate in options["rate"])
        except (DocumentError, ValueError) as exc:
            raise CommandError(str(exc), returncode=2) from None
        try:
            checked = check_document(document, sources, rates)
        except Exception as error:  # text the engine cannot handle is bad input: one line, not a traceback
            raise CommandError(f"{path}: could not be checked: {describe_failure(error)}", returncode=2) from error
        text, report = document.text, checked.report
        saved = None
        if options["save"]:
            from claims.models import Article
            from claims.pipeline import CheckFailed, check_article

            article, _ = store_document(Article, document)
            try:
                run = check_article(article)
            except CheckFailed as failed:
                reason = describe_failure(failed.__cause__ or failed)
                raise CommandError(
                    f"{path}: stored as article {article.pk}, but the checks failed: {reason}", returncode=2
                ) from None
            saved = {"article_id": article.pk, "run_id": run.pk}

        failing = checked.failing(options["fail_on"])

        if options["output"] == "json":
            payload = report_json(checked, options["fail_on"], {"path": path, **(saved or {})})
            self.stdout.write(json.dumps(payload, ensure_ascii=False, allow_nan=False))
        else:
            for line in lint_lines(path, text, report.findings, verbose=options["verbose"]):
                self.stdout.write(line)
            self.stdout.write(
                summary_line(report.findings, report.coverage.numbers_found, report.coverage.numbers_checked)
            )
            if saved:
                self.stdout.write(f"Saved as article {saved['article_id']}, run {saved['run_id']}")
            self.stdout.write(outcome_line(len(failing), options["fail_on"]))
        if failing:
            if self._called_from_command_line:
                # From a shell the output already ended with the summary and the exit status: no error line.
                self.stdout.flush()
                sys.exit(FINDINGS)
            raise FindingsFound(len(failing))  # call_command: the caller reads returncode 1 from it

    def read_source(self, path: str, kind: str) -> SourceText:
        try:
            data, name = read_input(path)
            document = parse_document(data, name)
        except DocumentError as exc:
            raise DocumentError(f"source {path}: {exc}") from None
        return SourceText(id=path, text=document.text, title=document.title, kind=kind)
