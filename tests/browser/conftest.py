"""Browser tests: Debian's Chromium driven by Playwright's sync API against pytest-django's live_server.

Playwright's sync API runs an event loop in the test thread, and Django refuses ORM calls
from a thread with a running loop unless told it is safe; here it is, because the loop only
drives the browser and every query is an ordinary synchronous one.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command

from claims.models import Article
from claims.roles import EDITOR, REVIEWER, setup_roles

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = Path(os.environ.get("FACTCHECK_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "browser"


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """One Chromium for the session (never Playwright's downloaded browsers)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not CHROMIUM.exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: apt-get install chromium")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def artifacts(request: pytest.FixtureRequest) -> Path:
    """A clean folder per test for its screenshots, kept after the run (test-artifacts/ is git-ignored)."""
    folder = ARTIFACTS / request.node.name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    return folder


EXAMPLE = django_settings.BASE_DIR / "examples" / "alibaba-ai-investment.md"
PASSWORD = "correct-horse-battery"


@pytest.fixture
def seed(live_server, settings) -> dict:
    """The example article, imported and checked by the real engine, and three people."""
    from claims.pipeline import check_article

    # The default hasher takes seconds per password on a busy machine; logins are not what is tested.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("import_article", str(EXAMPLE), verbosity=0)
    article = Article.objects.get()
    check_article(article)
    groups = setup_roles()  # a transactional test starts from an empty database: no groups yet
    users = {}
    for username, group in (("rita", REVIEWER), ("rob", REVIEWER), ("edna", EDITOR)):
        user = get_user_model().objects.create_user(username=username, password=PASSWORD, is_staff=True)
        user.groups.add(groups[group])
        users[username] = user
    return {"article": article, **users}


def log_in(chromium, live_server, username: str, next_path: str = "/admin/claims/claim/"):
    context = chromium.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.goto(f"{live_server.url}/admin/login/?next={next_path}")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("input[type=submit]")
    page.wait_for_load_state()
    return page


def shot(page, folder: Path, name: str) -> None:
    page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
