"""Tests that hold the project to its own conventions, so they do not rot silently."""

from __future__ import annotations

import ast
import re

import pytest

from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(
    path.stem
    for app in ("claims", "sources")
    for path in (REPO / app / "management" / "commands").glob("*.py")
    if not path.stem.startswith("_")
)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_is_documented_in_the_readme(command):
    assert f"`{command}" in README, f"README.md does not document the {command} command"


@pytest.mark.parametrize("requirements", ["requirements.txt", "requirements-dev.txt"])
def test_requirements_are_pinned(requirements):
    for line in (REPO / requirements).read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-r"):
            continue
        assert re.fullmatch(r"[A-Za-z0-9_.\-\[\]]+==[A-Za-z0-9_.]+", line), f"{requirements}: {line!r} is not pinned"


def test_every_check_documents_its_rule_and_tolerance():
    from factcheck.checks import describe, registry

    for name in registry():
        doc = describe(name).lower()
        assert len(doc) > 80, f"check {name} has no real docstring"
        assert "toleran" in doc or "rounding" in doc, f"check {name}'s docstring does not state its tolerance"


ENGINE_EXEMPT = {"settings.py", "urls.py", "wsgi.py", "asgi.py"}


def test_engine_modules_never_import_django():
    offenders = []
    for path in (REPO / "factcheck").rglob("*.py"):
        if path.name in ENGINE_EXEMPT and path.parent == REPO / "factcheck":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            if any(name == "django" or name.startswith("django.") for name in names):
                offenders.append(str(path.relative_to(REPO)))
    assert not offenders, f"the engine imports Django in {offenders}"
