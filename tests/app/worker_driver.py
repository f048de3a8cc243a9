"""A command run in a process of its own, as an operator runs it, with its workers made easy to watch.

Batches are small (two articles to a check batch, three files to an import batch), so that every worker
stores several and, for an import, checks while later files are still being read. With ``fault``, the
extraction fails on a text marked FAULT (``tests.app.faulty_engine``). With ``workers_store``, the command's
own ``store_batch`` fails: every run must be stored by a worker.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from claims import batch_checks
from claims.management.commands import import_article
from tests.app import faulty_engine
from tests.app.file_database import command_env
from tests.conftest import REPO

DRIVER = """
import io, json, os, sys
os.environ["DJANGO_SETTINGS_MODULE"] = "factcheck.settings"
import django
django.setup()
from django.core.management import CommandError, call_command
from tests.app import worker_driver
worker_driver.small_batches(fault=sys.argv[1] == "fault", workers_store=sys.argv[2] == "workers-store")
out, err, code, message = io.StringIO(), io.StringIO(), 0, ""
try:
    call_command(*sys.argv[3:], stdout=out, stderr=err)
except CommandError as error:
    code, message = error.returncode, str(error)
print(json.dumps({"code": code, "message": message, "lines": out.getvalue().splitlines(),
                  "errors": err.getvalue().splitlines()}))
"""


def refuse(done: list) -> list:
    raise AssertionError("the command stored a batch itself")


def small_batches(fault: bool, workers_store: bool, monkeypatch: pytest.MonkeyPatch | None = None) -> None:
    """Small batches, and with ``fault`` the failing extraction, with ``workers_store`` no storing here: set on
    the modules for the rest of this process, or through ``monkeypatch`` for one test."""
    changes = [(import_article, "FILES_PER_BATCH", 3), (batch_checks, "STORE_BATCH", 2)]
    if fault:
        changes.append((batch_checks, "extract_claims", faulty_engine.extract))
    if workers_store:
        changes.append((batch_checks, "store_batch", refuse))
    for module, name, value in changes:
        if monkeypatch is not None:
            monkeypatch.setattr(module, name, value)
        else:
            setattr(module, name, value)


def run_driver(database: Path, fault: bool, *command: str, workers_store: bool) -> dict:
    """``command`` (its name and arguments) on the SQLite file ``database``: its exit code, its error's message,
    and the lines it printed to stdout and stderr."""
    process = subprocess.run(
        [sys.executable, "-c", DRIVER, "fault" if fault else "clean", "workers-store" if workers_store else "any",
         *command],
        env=command_env(database, PYTHONPATH=str(REPO)), cwd=REPO, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert process.returncode == 0, process.stderr
    return json.loads(process.stdout)
