"""One exit-code rule for every factcheck command, and errors that fit on one line.

- 0: done.
- 1: findings, and only from a command whose output is findings (``check_article``).
- 2: bad input or usage: a missing or unreadable file, an unknown id, a malformed option,
  an article the checks could not handle. The one line on stderr says which.

Every command in ``claims`` and ``sources`` is a :class:`FactcheckCommand`.
"""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser, SystemCheckError

OK = 0
FINDINGS = 1
USAGE = 2


def usage_error(message: str) -> CommandError:
    return CommandError(message, returncode=USAGE)


def one_line(text: str) -> str:
    return " ".join(text.split())


class FactcheckCommand(BaseCommand):
    # Only a command whose output is findings may exit 1; any other failure is bad input (2).
    reports_findings = False

    @property
    def command_name(self) -> str:
        return self.__module__.rsplit(".", 1)[-1]

    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        name = subcommand

        def error(message: str) -> None:
            # argparse would print the whole usage block first; one line says it, --help says the rest.
            if parser.called_from_command_line:
                parser.exit(USAGE, f"{name}: {one_line(message)} (see --help)\n")
            raise usage_error(f"Error: {one_line(message)}")

        parser.error = error  # type: ignore[method-assign]
        return parser

    def execute(self, *args: Any, **options: Any) -> Any:
        try:
            return super().execute(*args, **options)
        except SystemCheckError:
            raise  # Django's own report, several lines by design
        except CommandError as error:
            if not (error.returncode == FINDINGS and self.reports_findings):
                error.returncode = USAGE
            if self._called_from_command_line and not options.get("traceback"):
                # Plain words, like any Unix tool: "import_article: notes.txt: no such file".
                self.stderr.write(f"{self.command_name}: {one_line(str(error))}")
                sys.exit(error.returncode)
            raise
