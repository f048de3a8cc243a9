"""Django settings for factcheck, read from the environment with defaults that just work.

With nothing set, the project runs in development mode on an SQLite file under
``var/``. Production sets ``DEBUG=0``, a real ``SECRET_KEY`` and ``ALLOWED_HOSTS``;
``DATABASE_URL`` (``sqlite:///...`` or ``postgres://...``) picks another database.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("FACTCHECK_VAR_DIR", BASE_DIR / "var"))


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    value = raw.strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean (use 1/0, true/false, yes/no, on/off)")


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None


def proxy_ssl_header(raw: str) -> tuple[str, str]:
    """ "X-Forwarded-Proto: https" (or "HTTP_X_FORWARDED_PROTO=https") as Django's (META key, value)."""
    name, sep, value = raw.replace("=", ":", 1).partition(":")
    if not sep or not name.strip() or not value.strip():
        raise ImproperlyConfigured(f"SECURE_PROXY_SSL_HEADER={raw!r} is not 'Header-Name: value'")
    key = name.strip().upper().replace("-", "_")
    return (key if key.startswith("HTTP_") else f"HTTP_{key}", value.strip())


# A known key for local use only: the check below refuses it once DEBUG is off.
DEVELOPMENT_SECRET_KEY = "factcheck-development-only-not-secret"

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = os.environ.get("SECRET_KEY", DEVELOPMENT_SECRET_KEY)
if not DEBUG and SECRET_KEY == DEVELOPMENT_SECRET_KEY:
    raise ImproperlyConfigured("DEBUG is off but SECRET_KEY is the development key: set SECRET_KEY.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
if not DEBUG and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("DEBUG is off but ALLOWED_HOSTS is empty: set ALLOWED_HOSTS to the site's host names.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "ninja",
    "django_tasks_db",
    "claims",
    "sources",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "factcheck.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "factcheck.wsgi.application"
ASGI_APPLICATION = "factcheck.asgi.application"

SUPPORTED_DATABASE_SCHEMES = {"sqlite", "postgres", "postgresql", "pgsql"}


def database_from_url(url: str) -> dict:
    """The database a URL names; a URL we cannot use is refused in one line, never echoing a password."""
    scheme = url.split("://", 1)[0] if "://" in url else ""
    if scheme not in SUPPORTED_DATABASE_SCHEMES:
        # Only the scheme is named: the rest of the URL may hold a password.
        named = f" (not {scheme}://)" if scheme else ""
        raise ImproperlyConfigured(f"DATABASE_URL must start with sqlite:// or postgres://{named}")
    try:
        config = dj_database_url.parse(url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0))
    except ValueError:
        raise ImproperlyConfigured(f"DATABASE_URL is not a valid {scheme}:// URL (quote special characters)") from None
    if not config.get("NAME"):
        raise ImproperlyConfigured("DATABASE_URL names no database (postgres://USER@HOST:PORT/NAME)")
    return config


DATABASES = {
    "default": database_from_url(os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'factcheck.sqlite3'}")
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    if not os.environ.get("DATABASE_URL"):
        # The embedded default must work on a fresh checkout with no set-up.
        VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # WAL lets the admin read while a run writes; NORMAL sync is safe under WAL and much faster.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            # A write takes the lock when its transaction begins, so two writers queue up instead of
            # one failing with "database is locked" when both try to upgrade a read lock.
            "transaction_mode": "IMMEDIATE",
            # How long a writer waits for the lock, in seconds, before giving up.
            "timeout": env_int("SQLITE_TIMEOUT", 30),
            # Prepared statements kept per connection. A bulk insert is a new statement for every number of rows,
            # a large one: the driver's default 128 held about 100 MB in a long run_checks, 16 about 10 MB.
            "cached_statements": 16,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))

# Largest article or source accepted by the import commands, in bytes.
FACTCHECK_MAX_IMPORT_BYTES = env_int("FACTCHECK_MAX_IMPORT_BYTES", 5 * 1024 * 1024)
# Whether `import_article --url` may fetch from loopback and private-network addresses (tests, an intranet CMS).
FACTCHECK_FETCH_PRIVATE_ADDRESSES = env_bool("FACTCHECK_FETCH_PRIVATE_ADDRESSES", False)
# The public https address where the newsroom publishes its fact-checks; each ClaimReview's url is
# FACTCHECK_PUBLIC_URL/claims/ID. Unset, ClaimReview is refused rather than given an address that is not public.
FACTCHECK_PUBLIC_URL = os.environ.get("FACTCHECK_PUBLIC_URL", "").strip()
if FACTCHECK_PUBLIC_URL and not FACTCHECK_PUBLIC_URL.lower().startswith("https://"):
    raise ImproperlyConfigured(f"FACTCHECK_PUBLIC_URL={FACTCHECK_PUBLIC_URL!r} is not an https:// address")

# A request body may hold a whole article as JSON, where escaping can double its size.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(2 * FACTCHECK_MAX_IMPORT_BYTES + 64 * 1024, 2_621_440)

# Background work (claims.tasks): stored in the database and run by `manage.py db_worker`.
# FACTCHECK_TASKS=immediate runs each task inside the request instead (one process, no worker).
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
}
_tasks_backend = os.environ.get("FACTCHECK_TASKS", "database").strip() or "database"
if _tasks_backend not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"FACTCHECK_TASKS={_tasks_backend!r} is not one of: {', '.join(TASK_BACKENDS)}")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[_tasks_backend], "QUEUES": ["default"]}}
# How many times a task that met a passing database error (a lock, a dropped connection) is tried in all.
FACTCHECK_TASK_ATTEMPTS = env_int("FACTCHECK_TASK_ATTEMPTS", 3)
# A running task with no sign of life from its worker for this long is shown as failed ("the worker
# stopped"); a live worker beats every claims.stale_jobs.HEARTBEAT_SECONDS, well inside it.
FACTCHECK_TASK_STALE_SECONDS = env_int("FACTCHECK_TASK_STALE_SECONDS", 300)

# Production mode (DEBUG=0): HTTPS only, cookies marked secure, HSTS; `manage.py check --deploy` passes.
# Each setting can be turned down by its environment variable (say, SECURE_SSL_REDIRECT=0 when the
# proxy in front already redirects).
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 365 * 24 * 3600)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Behind a proxy that terminates HTTPS: the header it sets, e.g. "X-Forwarded-Proto: https".
if os.environ.get("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = proxy_ssl_header(os.environ["SECURE_PROXY_SSL_HEADER"])

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
