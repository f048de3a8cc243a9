"""A migrated SQLite file database for tests that run manage.py in real processes.

pytest-django's test database lives in memory, which another process cannot open; these
tests need a file, as an operator's embedded database is. The schema is migrated once per
test session into a template; each test gets its own copy.
"""

from __future__ import annotations

import atexit
import functools
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.conftest import REPO

MANAGE = [sys.executable, str(REPO / "manage.py")]


def command_env(database: Path, **extra: str) -> dict[str, str]:
    """The environment of a manage.py run on ``database``, whatever database the suite itself uses."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "DATABASE_URL": f"sqlite:///{database}",
        "FACTCHECK_VAR_DIR": str(database.parent / "var"),
        **extra,
    }


def manage(database: Path, *args: str, stdin: bytes = b"", **env: str) -> subprocess.CompletedProcess[str]:
    """Run manage.py on ``database``; stdin is raw bytes (so invalid UTF-8 can be sent), output is text."""
    result = subprocess.run(
        [*MANAGE, *args], env=command_env(database, **env), cwd=REPO, input=stdin, capture_output=True
    )
    return subprocess.CompletedProcess(
        result.args, result.returncode, result.stdout.decode(errors="replace"), result.stderr.decode(errors="replace")
    )


@functools.cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="factcheck-template-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    database = folder / "template.sqlite3"
    result = manage(database, "migrate", "--noinput", "-v0")
    assert result.returncode == 0, result.stderr
    _checkpoint(database)
    return database


def _checkpoint(database: Path) -> None:
    # Fold the write-ahead log into the main file so a plain copy holds everything.
    with sqlite3.connect(database) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


def migrated_database(folder: Path, name: str = "factcheck.sqlite3") -> Path:
    """A fresh copy of the migrated schema at ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(_template(), target)
    return target


def row_counts(database: Path) -> dict[str, int]:
    """Rows per table: equal before and after a refused command means nothing was stored."""
    with sqlite3.connect(database) as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        counts = {table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] for table in tables}
    connection.close()
    return counts
