"""The whole API tested from its own OpenAPI schema with schemathesis, in-process through the WSGI app.

Every operation gets generated requests (valid and invalid) sent with an editor's token; a
response must never be a server error and must match the schema (status, content type, body).
Derandomized and bounded, so the run is the same each time and takes about a minute.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings

from claims.api.tokens import create_token
from claims.roles import EDITOR
from factcheck.wsgi import application
from tests.app.conftest import DATABASE
from tests.app.test_admin_queue import build_queue, make_user

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)

EXAMPLES = 25


@pytest.fixture
def keep_test_connection() -> Iterator[None]:
    """What Django's test client does: a request must not close the connection that holds the test's
    transaction (with CONN_MAX_AGE=0 the WSGI handler closes it after every request; PostgreSQL notices)."""
    signals = (request_started, request_finished)
    for signal in signals:
        signal.disconnect(close_old_connections)
    yield
    for signal in signals:
        signal.connect(close_old_connections)


@pytest.fixture
def api_headers(db, settings, keep_test_connection) -> dict[str, str]:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.TASKS = DATABASE  # tasks are only enqueued: what is tested is the API's answers
    build_queue(30)
    _, key = create_token(make_user("edna", EDITOR), "schemathesis")
    return {"Authorization": f"Bearer {key}"}


@schema.parametrize()
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.filter_too_much],
)
def test_api_from_its_schema(case, api_headers) -> None:
    # Not positive_data_acceptance: some well-formed requests are refused on their meaning, with a 422 the
    # schema cannot foresee (text that is not readable, an article id that does not exist, both text and url).
    case.call_and_validate(headers=api_headers, excluded_checks=[schemathesis.checks.positive_data_acceptance])
