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


# ----- production mode and settings errors, through manage.py as an operator runs it ----------------

PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "k3y-" + "x7Qp9Lm2" * 7, "ALLOWED_HOSTS": "factcheck.example.org"}


def manage(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    base = {"PATH": "/usr/bin:/bin", "FACTCHECK_VAR_DIR": str(tmp_path / "var")}
    return subprocess.run(
        [sys.executable, str(REPO / "manage.py"), *args], env=base | env, cwd=REPO, capture_output=True, text=True
    )


@pytest.mark.parametrize("extra", [{}, {"SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https"}])
def test_production_mode_passes_the_deployment_checks_with_no_warning(tmp_path, extra):
    result = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION, **extra)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_turning_hsts_off_is_reported_by_the_deployment_checks(tmp_path):
    # The check above can fail: the same command sees a weakened production mode.
    result = manage(tmp_path, "check", "--deploy", "--fail-level", "WARNING", **PRODUCTION, SECURE_HSTS_SECONDS="0")
    assert result.returncode != 0
    assert "security.W004" in result.stderr


def test_production_mode_sets_https_cookies_hsts_and_the_proxy_header(tmp_path):
    script = (
        "import json, django; from django.conf import settings as s; django.setup();"
        "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT,"
        " s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER]))"
    )
    env = {"DJANGO_SETTINGS_MODULE": "factcheck.settings", "FACTCHECK_VAR_DIR": str(tmp_path / "var")}
    env |= PRODUCTION | {"SECURE_PROXY_SSL_HEADER": "X-Forwarded-Proto: https"}
    result = subprocess.run([sys.executable, "-c", script], env=env, cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [True, True, True, 365 * 24 * 3600, ["HTTP_X_FORWARDED_PROTO", "https"]]


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"DEBUG": "0"}, "SECRET_KEY is the development key"),
        ({"DEBUG": "0", "SECRET_KEY": "s" * 50}, "ALLOWED_HOSTS is empty"),
        ({"DEBUG": "perhaps"}, "DEBUG='perhaps' is not a boolean"),
        ({"DATABASE_URL": "mongodb://admin:hunter2@db/x"}, "must start with sqlite:// or postgres://"),
        ({"DATABASE_URL": "admin:hunter2@db"}, "must start with sqlite:// or postgres://"),
        ({"DATABASE_URL": "postgres://admin:hunter2@db:port/x"}, "not a valid postgres:// URL"),
        ({"DATABASE_URL": "postgres://"}, "names no database"),
        ({"SQLITE_TIMEOUT": "long"}, "SQLITE_TIMEOUT='long' is not a whole number"),
        ({"FACTCHECK_PUBLIC_URL": "http://news.example"}, "FACTCHECK_PUBLIC_URL='http://news.example' is not an https"),
        ({**PRODUCTION, "SECURE_PROXY_SSL_HEADER": "https"}, "SECURE_PROXY_SSL_HEADER='https'"),
    ],
)
def test_a_settings_error_is_one_line_and_exit_two(tmp_path, env, message):
    result = manage(tmp_path, "check", **env)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], result.stderr
    assert lines[0].startswith("manage.py: settings: ")
    assert "hunter2" not in result.stderr  # a database password is never echoed
