"""Django-side fixtures: background tasks run at once, in the request, and write their files to a temp folder.

Tests of the worker path (tests/app/test_tasks.py, tests/browser/) switch back to the database backend.
"""

from __future__ import annotations

import pytest

IMMEDIATE = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend", "QUEUES": ["default"]}}
DATABASE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


@pytest.fixture(autouse=True)
def tasks_run_at_once(settings, tmp_path_factory) -> None:
    settings.TASKS = IMMEDIATE
    settings.VAR_DIR = tmp_path_factory.getbasetemp() / "var"
