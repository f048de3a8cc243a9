"""Settings come from the environment, with defaults that work and a refusal to run unsafely."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO

PRINT = (
    "import json, django; from django.conf import settings as s; django.setup();"
    "print(json.dumps({'debug': s.DEBUG, 'hosts': s.ALLOWED_HOSTS, 'engine': s.DATABASES['default']['ENGINE'],"
    "'name': str(s.DATABASES['default']['NAME']), 'limit': s.FACTCHECK_MAX_IMPORT_BYTES}))"
)


def settings_with(tmp_path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {"DJANGO_SETTINGS_MODULE": "factcheck.settings", "FACTCHECK_VAR_DIR": str(tmp_path / "var")}
    return subprocess.run(
        [sys.executable, "-c", PRINT], env=base | env, cwd=REPO, capture_output=True, text=True, check=False
    )


def loaded(tmp_path, **env: str) -> dict:
    result = settings_with(tmp_path, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_defaults_are_debug_and_an_sqlite_file_under_var(tmp_path):
    config = loaded(tmp_path)
    assert config["debug"] is True
    assert config["engine"] == "django.db.backends.sqlite3"
    assert config["name"] == str(tmp_path / "var" / "factcheck.sqlite3")
    assert (tmp_path / "var").is_dir()
    assert "127.0.0.1" in config["hosts"]
    assert config["limit"] == 5 * 1024 * 1024


def test_database_url_selects_postgresql(tmp_path):
    config = loaded(tmp_path, DATABASE_URL="postgres://fc:pw@127.0.0.1:5433/factcheck")
    assert config["engine"] == "django.db.backends.postgresql"
    assert config["name"] == "factcheck"


def test_production_refuses_the_development_secret_key(tmp_path):
    result = settings_with(tmp_path, DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_production_with_a_secret_key_and_hosts(tmp_path):
    config = loaded(tmp_path, DEBUG="false", SECRET_KEY="s" * 50, ALLOWED_HOSTS="factcheck.example.org, x.org")
    assert config["debug"] is False
    assert config["hosts"] == ["factcheck.example.org", "x.org"]


@pytest.mark.parametrize(
    ("env", "message"),
    [({"DEBUG": "maybe"}, "DEBUG='maybe' is not a boolean"),
     ({"FACTCHECK_MAX_IMPORT_BYTES": "5MB"}, "is not a whole number")],
)  # fmt: skip
def test_malformed_values_are_named(tmp_path, env, message):
    result = settings_with(tmp_path, **env)
    assert result.returncode != 0
    assert message in result.stderr


def test_size_limit_is_configurable(tmp_path):
    assert loaded(tmp_path, FACTCHECK_MAX_IMPORT_BYTES="1000")["limit"] == 1000


@pytest.mark.django_db
def test_the_suite_runs_on_the_database_it_was_given():
    import os

    from django.db import connection

    wanted = "postgresql" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "sqlite"
    assert connection.vendor == wanted
