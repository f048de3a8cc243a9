"""SQLite as the embedded default: concurrent reviewers and runs wait their turn, nobody gets "database is locked".

These run real processes on a file database (the in-memory test database cannot be shared
between processes), whatever database the rest of the suite uses: the settings under test
are the SQLite ones.
"""

from __future__ import annotations

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.app.file_database import command_env, manage, migrated_database
from tests.conftest import REPO

DJANGO = (
    "import django, json, os, sys, threading\n"
    "os.environ['DJANGO_SETTINGS_MODULE'] = 'factcheck.settings'\n"
    "django.setup()\n"
)

SETUP = (
    DJANGO
    + """
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from claims.models import Claim
call_command("setup_roles", stdout=open(os.devnull, "w"))
for name in ("ana", "ben"):
    user = User.objects.create_user(name, password="x", is_staff=True)
    user.groups.add(Group.objects.get(name="Reviewer"))
print(json.dumps(list(Claim.objects.order_by("pk").values_list("pk", flat=True))))
"""
)

# One reviewer in one process: one thread per claim, all posting a verdict on the claim page at once,
# each from the version it loaded, exactly as the form on the page does.
REVIEWER = (
    DJANGO
    + """
from django.contrib.auth.models import User
from django.db import connections
from django.test import Client
from claims.models import Claim
name, ids = sys.argv[1], json.loads(sys.argv[2])
user = User.objects.get(username=name)
clients = {}
for pk in ids:
    clients[pk] = Client()
    clients[pk].force_login(user)
versions = dict(Claim.objects.filter(pk__in=ids).values_list("pk", "version"))
connections.close_all()
print("ready", flush=True)
sys.stdin.readline()
start = threading.Barrier(len(ids))
outcomes = {}

def post(pk):
    start.wait()
    try:
        response = clients[pk].post(f"/admin/claims/claim/{pk}/change/", {
            "form": "verdict", "verdict-verdict": "accurate", "verdict-rationale": f"Checked by {name}.",
            "verdict-version": versions[pk],
        })
        outcomes[pk] = response.status_code
    except Exception as error:  # the test client raises what the server would answer with a 500
        outcomes[pk] = f"{type(error).__name__}: {error}"
    finally:
        connections.close_all()

threads = [threading.Thread(target=post, args=(pk,)) for pk in ids]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print(json.dumps(outcomes))
"""
)

ARTICLE = "\n".join(
    f"Unit {i}'s sales rose {i + 3} percent to ${100 + i} million in 2024, and its staff grew to {200 + i} people."
    for i in range(12)
)


def python(database: Path, script: str, *args: str, **popen) -> subprocess.Popen[str]:
    env = command_env(database, ALLOWED_HOSTS="testserver")
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], env=env, cwd=REPO, text=True, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, **popen,
    )  # fmt: skip


@pytest.fixture
def checked_database(tmp_path: Path) -> Path:
    database = migrated_database(tmp_path)
    for i in range(3):
        path = tmp_path / f"article-{i}.txt"
        path.write_text(ARTICLE.replace("Unit", f"Team {i} unit"))
        assert manage(database, "import_article", str(path)).returncode == 0
    checked = manage(database, "run_checks", "--all")
    assert checked.returncode == 0, checked.stderr
    return database


def test_the_embedded_database_is_in_wal_mode_with_immediate_writes_and_a_busy_timeout(tmp_path: Path):
    database = migrated_database(tmp_path)
    script = DJANGO + (
        "from django.db import connection\n"
        "with connection.cursor() as cursor:\n"
        "    mode = cursor.execute('PRAGMA journal_mode').fetchone()[0]\n"
        "    timeout = cursor.execute('PRAGMA busy_timeout').fetchone()[0]\n"
        "print(json.dumps([mode, timeout, connection.transaction_mode]))\n"
    )
    process = python(database, script)
    out, err = process.communicate()
    assert process.returncode == 0, err
    assert json.loads(out) == ["wal", 30000, "IMMEDIATE"]


def test_concurrent_verdicts_wait_their_turn_instead_of_failing(checked_database: Path):
    setup = python(checked_database, SETUP)
    out, err = setup.communicate()
    assert setup.returncode == 0, err
    claims = json.loads(out)[:12]
    assert len(claims) == 12
    # Two reviewers, each in their own process, give a verdict on the same twelve claims at the same moment.
    reviewers = [python(checked_database, REVIEWER, name, json.dumps(claims), stdin=subprocess.PIPE)
                 for name in ("ana", "ben")]  # fmt: skip
    for reviewer in reviewers:
        assert reviewer.stdout.readline().strip() == "ready", reviewer.stderr.read()
    for reviewer in reviewers:
        reviewer.stdin.write("go\n")
        reviewer.stdin.flush()
    outcomes = []
    for reviewer in reviewers:
        out, err = reviewer.communicate()
        assert reviewer.returncode == 0, err
        outcomes.append({int(pk): status for pk, status in json.loads(out).items()})
    for pk in claims:
        pair = sorted(str(outcome[pk]) for outcome in outcomes)
        # One verdict is saved (a redirect), the other sees the conflict page (200): never an error.
        assert pair == ["200", "302"], (pk, pair)
    check = python(
        checked_database,
        DJANGO + "from claims.models import Claim, Review\n"
        "print(json.dumps([Review.objects.count(), sorted(set(Claim.objects.filter(pk__in=json.loads(sys.argv[1]))"
        ".values_list('version', flat=True)))]))\n",
        json.dumps(claims),
    )
    out, err = check.communicate()
    assert check.returncode == 0, err
    assert json.loads(out) == [12, [2]]


def test_two_runs_at_once_both_finish(checked_database: Path):
    def run(_: int) -> subprocess.CompletedProcess[str]:
        return manage(checked_database, "run_checks", "--all")

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(run, range(2)))
    for result in results:
        assert result.returncode == 0, result.stderr
        assert "database is locked" not in result.stderr
    count = python(
        checked_database,
        DJANGO + "from claims.models import CheckRun\n"
        "print(json.dumps([CheckRun.objects.filter(status='finished').count(),"
        " CheckRun.objects.filter(superseded_at__isnull=True).count()]))\n",
    )
    out, err = count.communicate()
    assert count.returncode == 0, err
    assert json.loads(out) == [9, 3]  # three articles: one run each before, two more each now, one current each
