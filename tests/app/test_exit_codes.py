"""One exit-code rule for every command: bad input or usage exits 2 with one line on stderr, storing nothing.

Each case runs the command with one article and one source stored and compares every table's
row count before and after. One case per command also runs manage.py in a real process, on a
file database, for the exit status and the stderr line a script sees.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command, get_commands

from claims.models import Article
from sources.models import Source
from tests.app.file_database import manage, migrated_database, row_counts


@dataclass(frozen=True)
class Case:
    args: tuple[str, ...]
    message: str
    stdin: bytes = b""


GOOD = "Acme's sales rose 5 percent to $21 million from $20 million.\n"
FILES = {
    "good.txt": GOOD.encode(),
    "empty.txt": b"",
    "binary.txt": b"\x00\x01\x02 5 percent",
    "latin1.txt": b"caf\xe9 5%",
}

CASES: dict[str, Case] = {
    # check_article: findings exit 1 (tested in test_check_commands); everything below is bad input.
    "check: no such file": Case(("check_article", "{d}/nope.txt"), "nope.txt: no such file"),
    "check: empty file": Case(("check_article", "{d}/empty.txt"), "empty"),
    "check: binary file": Case(("check_article", "{d}/binary.txt", "--save"), "binary data"),
    "check: not UTF-8 on stdin": Case(("check_article", "-", "--save"), "not valid UTF-8", stdin=b"caf\xe9 5%"),
    "check: unknown --fail-on": Case(("check_article", "{d}/good.txt", "--fail-on", "never"), "invalid choice"),
    "check: malformed --rate": Case(("check_article", "{d}/good.txt", "--rate", "USD=7"), "is not of the form"),
    "check: missing --source": Case(("check_article", "{d}/good.txt", "--source", "{d}/gone.txt"), "no such file"),
    "check: no path": Case(("check_article",), "required: path"),
    # import_article
    "import: no such file": Case(("import_article", "{d}/nope.txt"), "no such file"),
    # import_article imports a folder's files (tests/app/test_import_many.py); import_source takes one file.
    "import: a directory": Case(("import_source", "{d}"), "is a directory"),
    "import: binary file": Case(("import_article", "{d}/binary.txt"), "binary data"),
    "import: not UTF-8": Case(("import_article", "{d}/latin1.txt"), "not valid UTF-8"),
    "import: not UTF-8 on stdin": Case(("import_article", "-"), "not valid UTF-8", stdin=b"\xff\xfe 5%"),
    "import: too large": Case(("import_article", "{d}/good.txt", "--max-bytes", "10"), "too large"),
    "import: bad --published": Case(("import_article", "{d}/good.txt", "--published", "2024-13-01"), "not a date"),
    "import: unknown --format": Case(("import_article", "{d}/good.txt", "--format", "pdf"), "invalid choice"),
    "import: --max-bytes not a number": Case(("import_article", "{d}/good.txt", "--max-bytes", "lots"), "invalid int"),
    # import_source
    "source: no such file": Case(("import_source", "{d}/nope.txt"), "no such file"),
    "source: empty file": Case(("import_source", "{d}/empty.txt", "--kind", "primary"), "empty"),
    "source: unknown --kind": Case(("import_source", "{d}/good.txt", "--kind", "tertiary"), "invalid choice"),
    # run_checks
    "run: nothing to run": Case(("run_checks",), "give article ids or --all"),
    "run: ids and --all": Case(("run_checks", "1", "--all"), "give article ids or --all"),
    "run: unknown article": Case(("run_checks", "1", "999"), "no article with id 999"),
    "run: --workers 0": Case(("run_checks", "--all", "--workers", "0"), "at least 1"),
    "run: --workers not a number": Case(("run_checks", "--all", "--workers", "two"), "invalid int"),
    "run: id not a number": Case(("run_checks", "first"), "invalid int"),
    # link_sources
    "link: nothing to link": Case(("link_sources",), "give article ids or --all"),
    "link: unknown article": Case(("link_sources", "999"), "no article with id 999"),
    "link: unknown source": Case(("link_sources", "1", "--source", "999"), "no source with id 999"),
    "link: malformed --rate": Case(("link_sources", "--all", "--rate", "USD"), "is not of the form"),
    "link: --workers 0": Case(("link_sources", "--all", "--workers", "0"), "at least 1"),
    # export_audit
    "export: bad --since": Case(("export_audit", "--since", "last-week"), "not a date"),
    "export: unknown article": Case(("export_audit", "--article", "999", "-o", "{d}/out.json"), "999"),
    "export: unknown status": Case(("export_audit", "--status", "done"), "invalid choice"),
    "export: --findings as HTML": Case(("export_audit", "--findings", "--format", "html"), "--findings"),
    "export: no such folder": Case(("export_audit", "--output", "{d}/none/out.csv"), "no such directory"),
    "export: --chunk-size 0": Case(("export_audit", "--chunk-size", "0"), "at least 1"),
    # setup_roles and demo
    "roles: stray argument": Case(("setup_roles", "editors"), "unrecognized arguments"),
    "demo: no such folder": Case(("demo", "--examples", "{d}/nowhere"), "no such folder"),
    "demo: folder without articles": Case(("demo", "--examples", "{d}/var"), "no article files"),
}


# One case per command also runs as a real process: the exit status and stderr a script sees.
IN_A_REAL_PROCESS = [
    "check: not UTF-8 on stdin", "import: not UTF-8 on stdin", "source: unknown --kind", "run: unknown article",
    "link: unknown source", "export: bad --since", "roles: stray argument", "demo: no such folder",
]  # fmt: skip


def write_files(folder: Path) -> None:
    for path, data in FILES.items():
        (folder / path).write_bytes(data)
    (folder / "var").mkdir(exist_ok=True)


def every_row() -> dict[str, int]:
    return {model._meta.label: model._default_manager.count() for model in apps.get_models()}


@pytest.fixture
def stored(db, tmp_path: Path) -> Path:
    write_files(tmp_path)
    for command in ("import_article", "import_source"):
        call_command(command, str(tmp_path / "good.txt"), stdout=io.StringIO())
    return tmp_path


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_is_a_one_line_usage_error_and_stores_nothing(stored: Path, monkeypatch, name: str):
    case = CASES[name]
    args = [arg.format(d=stored) for arg in case.args]
    # The ids the cases name as existing are the ones just stored.
    article, source = Article.objects.get().pk, Source.objects.get().pk
    args = [{"1": str(article)}.get(arg, arg) for arg in args]
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(case.stdin)))
    before = every_row()
    with pytest.raises(CommandError) as caught:
        call_command(*args, stdout=io.StringIO(), stderr=io.StringIO())
    assert caught.value.returncode == 2
    message = str(caught.value)
    assert "\n" not in message and case.message in message, message
    assert every_row() == before
    assert not (stored / "out.json").exists() and not list(stored.glob(".out.*"))
    assert source  # both ids exist, so only the bad part of each case is refused


@pytest.fixture(scope="module")
def real_processes(tmp_path_factory) -> dict[str, tuple[subprocess.CompletedProcess[str], dict, dict]]:
    seeded = migrated_database(tmp_path_factory.mktemp("seed"))
    write_files(seeded.parent)
    for command in ("import_article", "import_source"):
        result = manage(seeded, command, str(seeded.parent / "good.txt"))
        assert result.returncode == 0, result.stderr

    def run(name: str) -> tuple[subprocess.CompletedProcess[str], dict, dict]:
        folder = tmp_path_factory.mktemp("case")
        database = folder / "factcheck.sqlite3"
        shutil.copyfile(seeded, database)
        write_files(folder)
        case = CASES[name]
        before = row_counts(database)
        result = manage(database, *(arg.format(d=folder) for arg in case.args), stdin=case.stdin)
        return result, before, row_counts(database)

    with ThreadPoolExecutor(max_workers=4) as pool:
        return dict(zip(IN_A_REAL_PROCESS, pool.map(run, IN_A_REAL_PROCESS), strict=True))


@pytest.mark.parametrize("name", IN_A_REAL_PROCESS)
def test_in_a_real_process_bad_input_exits_two_with_one_line(real_processes, name: str):
    result, before, after = real_processes[name]
    case = CASES[name]
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{case.args[0]}: ") and case.message in lines[0], lines[0]
    assert after == before


def test_every_command_is_covered():
    ours = {name for name, app in get_commands().items() if app in ("claims", "sources")}
    assert ours == {case.args[0] for case in CASES.values()}
    assert ours == {CASES[name].args[0] for name in IN_A_REAL_PROCESS}
