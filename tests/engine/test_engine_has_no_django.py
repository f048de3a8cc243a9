"""The engine (factcheck/*.py except the Django project files) never imports Django."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGE = REPO / "factcheck"
DJANGO_PROJECT_FILES = {"settings.py", "urls.py", "wsgi.py", "asgi.py"}


def _engine_files() -> list[Path]:
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not (path.parent == PACKAGE and path.name in DJANGO_PROJECT_FILES) and "migrations" not in path.parts
    ]


def _imports_django(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names if alias.name.split(".")[0] == "django"]
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "django":
            found.append(node.module)
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and str(node.args[0].value).split(".")[0] == "django"
        ):
            found.append(str(node.args[0].value))
    return found


def test_engine_modules_do_not_import_django() -> None:
    files = _engine_files()
    assert any(p.name == "quantities.py" for p in files)
    offenders = {str(p.relative_to(REPO)): names for p in files if (names := _imports_django(p))}
    assert offenders == {}


def test_extraction_imports_without_django_settings() -> None:
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    code = (
        "import sys\n"
        "from factcheck.extraction import extract_claims, extract_quantities\n"
        "claims = extract_claims('Alibaba has over 194,000 employees.')\n"
        "assert claims and claims[0].quantity.value == 194000\n"
        "assert not [m for m in sys.modules if m == 'django' or m.startswith('django.')], 'django was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
