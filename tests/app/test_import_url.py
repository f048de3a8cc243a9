"""import_article --url: pages fetched from a local server; every refusal one line, exit 2 and nothing stored."""

from __future__ import annotations

import datetime as dt
import http.server
import io
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse

from claims.fetching import USER_AGENT, FetchError, fetch
from claims.models import Article, CheckRun
from tests.conftest import REPO

pytestmark = pytest.mark.django_db

PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


class Handler(http.server.BaseHTTPRequestHandler):
    """Serves the test pages, plus answers made to be refused."""

    seen_agents: list[str] = []
    release = threading.Event()

    def log_message(self, *args) -> None:  # keep the test output quiet
        pass

    def send(self, status: int, body: bytes, kind: str = "text/html; charset=utf-8", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        if "length" not in headers:
            self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            if name != "length":
                self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?", 1)[0]
        if path.startswith("/pages/"):
            file = PAGES / path.removeprefix("/pages/")
            if file.is_file():
                return self.send(200, file.read_bytes())
            return self.send(404, b"<p>not here</p>")
        if path == "/moved":
            return self.send(301, b"", Location="/pages/harbour-results.html")
        if path.startswith("/loop"):
            n = int(path.removeprefix("/loop") or 0)
            return self.send(302, b"", Location=f"/loop{n + 1}")
        if path == "/to-ftp":
            return self.send(302, b"", Location="ftp://files.example/page.html")
        if path == "/pdf":
            return self.send(200, b"%PDF-1.7 made-up", kind="application/pdf")
        if path == "/plain":
            return self.send(200, b"Revenue rose 8%.", kind="text/plain")
        if path == "/big":
            return self.send(200, b"<p>" + b"a" * 5000 + b"</p>")
        if path == "/big-unannounced":
            # No Content-Length: the limit must hold while reading.
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"a" * 5000 + b"</p>")
            return None
        if path == "/latin1":
            body = (PAGES / "jobs-report.html").read_text(encoding="utf-8").replace("Callum", "Cállum")
            return self.send(200, body.encode("latin-1"), kind="text/html; charset=iso-8859-1")
        if path == "/silent":
            Handler.release.wait(10)  # answers only once the test is over
            return None
        return self.send(404, b"<p>not here</p>")


@pytest.fixture
def server() -> Iterator[str]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    Handler.release.clear()
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        Handler.release.set()
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def local_allowed(settings):
    settings.FACTCHECK_FETCH_PRIVATE_ADDRESSES = True


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("import_article", *args, stdout=out)
    return out.getvalue()


def test_a_page_is_fetched_read_and_stored_with_its_metadata(server, local_allowed):
    output = run(f"--url={server}/pages/harbour-results.html")
    article = Article.objects.get()
    assert f"Imported article {article.pk}" in output
    assert article.title == "Harbourline Ferries lifts revenue as summer crossings climb"
    assert (article.author, article.site_name) == ("Mirela Okonkwo-Haas", "The Lantern Gazette")
    assert article.published == dt.date(2025, 2, 14)
    assert article.url == f"{server}/pages/harbour-results.html"
    assert article.canonical_url.startswith("https://lantern-gazette.example/")
    assert article.source_format == "html"
    assert "Related stories" not in article.body and "Total revenue | 58.6 | 54.0" in article.body
    assert len(article.tables) == 1
    assert Handler.seen_agents[-1] == USER_AGENT and USER_AGENT.startswith("factcheck/")


def test_a_redirect_is_followed_and_the_page_is_stored_under_its_final_address(server, local_allowed):
    run(f"--url={server}/moved")
    assert Article.objects.get().url == f"{server}/pages/harbour-results.html"


def test_the_declared_charset_of_a_page_is_honoured(server, local_allowed):
    run(f"--url={server}/latin1")
    assert Article.objects.get().author == "Cállum Adeyemi-Ross"


def test_given_options_win_over_what_the_page_says(server, local_allowed):
    run(f"--url={server}/pages/harbour-results.html", "--published=2025-02-15", "--title=Ferry results")
    article = Article.objects.get()
    assert (article.published, article.title) == (dt.date(2025, 2, 15), "Ferry results")


@pytest.mark.parametrize(
    ("path", "options", "message"),
    [
        ("ftp://files.example/page.html", [], "only http and https"),
        ("file:///etc/hostname", [], "only http and https"),
        ("javascript:alert(1)", [], "only http and https"),
        ("http://user:secret@news.example/page", [], "user name or password"),
        ("/pdf", [], "not a web page: the server sent application/pdf, expected HTML"),
        ("/plain", [], "not a web page: the server sent text/plain"),
        ("/big", ["--max-bytes=1000"], "too large: 5,007 bytes, the limit is 1,000 bytes"),
        ("/big-unannounced", ["--max-bytes=1000"], "too large: more than 1,000 bytes"),
        ("/pages/missing.html", [], "the server answered 404"),
        ("/loop", [], "more than 3 redirects"),
        ("/to-ftp", [], "only http and https"),
    ],
)
def test_a_refused_fetch_is_one_line_exit_2_and_nothing_stored(server, local_allowed, path, options, message):
    url = path if "://" in path or ":" in path.split("/", 1)[0] else f"{server}{path}"
    with pytest.raises(CommandError) as excinfo:
        run(f"--url={url}", *options)
    assert message in str(excinfo.value)
    assert "\n" not in str(excinfo.value)
    assert excinfo.value.returncode == 2
    assert Article.objects.count() == 0


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9/page", "http://localhost:9/page", "http://[::1]:9/page", "http://10.1.2.3/page",
     "http://192.168.0.7/page", "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/page"],
)  # fmt: skip
def test_private_and_loopback_addresses_are_refused_unless_the_setting_allows_them(url):
    with pytest.raises(CommandError) as excinfo:
        run(f"--url={url}")
    assert "is a private or local address; set FACTCHECK_FETCH_PRIVATE_ADDRESSES=1 to allow it" in str(excinfo.value)
    assert excinfo.value.returncode == 2
    assert Article.objects.count() == 0


def test_the_local_server_itself_is_refused_without_the_setting(server):
    before = len(Handler.seen_agents)
    with pytest.raises(CommandError, match="private or local address"):
        run(f"--url={server}/pages/harbour-results.html")
    assert len(Handler.seen_agents) == before  # refused before any request was sent


def test_a_server_that_never_answers_is_given_up_on(server, local_allowed):
    with pytest.raises(FetchError, match=r"no answer within 0\.3 seconds"):
        fetch(f"{server}/silent", timeout=0.3)


def test_no_path_and_no_url_is_a_usage_error():
    with pytest.raises(CommandError) as excinfo:
        run()
    assert excinfo.value.returncode == 2
    assert "--url" in str(excinfo.value)


@pytest.mark.usefixtures("transactional_db")
def test_a_refusal_in_a_real_process_is_one_line_on_stderr_and_exit_2(tmp_path, server):
    env = {"DATABASE_URL": f"sqlite:///{tmp_path / 'cli.sqlite3'}", "PATH": "/usr/bin:/bin"}
    manage = [sys.executable, str(REPO / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=REPO)
    for url, message in [
        (f"{server}/pages/harbour-results.html", "is a private or local address"),
        ("gopher://news.example/1", "only http and https"),
    ]:
        bad = subprocess.run([*manage, "import_article", f"--url={url}"], env=env, capture_output=True, cwd=REPO)
        assert bad.returncode == 2
        [line] = bad.stderr.decode().strip().splitlines()
        assert line.startswith(f"import_article: {url}: ") and message in line
    allowed = env | {"FACTCHECK_FETCH_PRIVATE_ADDRESSES": "1"}
    ok = subprocess.run(
        [*manage, "import_article", f"--url={server}/pages/harbour-results.html"], env=allowed, capture_output=True,
        cwd=REPO,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert b"Imported article 1: Harbourline Ferries lifts revenue" in ok.stdout


def test_the_admin_imports_a_page_from_its_address(admin_client, server, local_allowed):
    listing = admin_client.get(reverse("admin:claims_article_changelist")).content.decode()
    assert reverse("admin:claims_article_import_url") in listing
    response = admin_client.post(
        reverse("admin:claims_article_import_url"), {"url": f"{server}/pages/harbour-results.html"}
    )
    article = Article.objects.get()
    assert response.status_code == 302 and response.url == reverse("admin:claims_article_change", args=[article.pk])
    assert (article.author, article.published) == ("Mirela Okonkwo-Haas", dt.date(2025, 2, 14))
    # Checked in the same step, as import_article --check does: claims, a finished run, and it says so.
    run = CheckRun.objects.get(article=article)
    assert run.status == "finished" and article.claims.exists()
    page = admin_client.get(response.url).content.decode()
    assert f"Checked: {run.failed} failed, {run.indeterminate} indeterminate, {run.passed} passed" in page
    # The same address again stores and checks nothing new.
    admin_client.post(reverse("admin:claims_article_import_url"), {"url": f"{server}/pages/harbour-results.html"})
    assert CheckRun.objects.filter(article=article).count() == 1


@pytest.mark.parametrize(
    ("path", "message"),
    [("/pdf", "not a web page: the server sent application/pdf"), ("ftp://files.example/a.html", "only http")],
)
def test_the_admin_shows_a_refusal_in_one_line_and_stores_nothing(admin_client, server, local_allowed, path, message):
    url = path if "://" in path else f"{server}{path}"
    response = admin_client.post(reverse("admin:claims_article_import_url"), {"url": url})
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Article.objects.count() == 0


def test_the_admin_import_refuses_private_addresses_without_the_setting(admin_client, server):
    response = admin_client.post(
        reverse("admin:claims_article_import_url"), {"url": f"{server}/pages/harbour-results.html"}
    )
    assert "private or local address" in response.content.decode()
    assert Article.objects.count() == 0
