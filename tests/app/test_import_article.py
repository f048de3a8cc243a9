"""The import_article command: each format, idempotency, and every bad input writing nothing."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from claims.models import Article
from tests.conftest import EXAMPLES, REPO

pytestmark = pytest.mark.django_db

PLAIN = "Acme Corp. said revenue rose 8 percent to $38.4 billion.\nIt has 194,000 employees.\n"
MARKDOWN = "# Acme results\n\nAcme said **revenue** rose 8 percent to [$38.4 billion](https://example.com).\n"
HTML = """<!doctype html><html><head><title>Acme &amp; Co results</title>
<style>p { color: red }</style><script>document.write("$999 billion")</script></head>
<body><nav>Home | Markets</nav><h1>Acme results</h1>
<p>Acme said revenue rose <b>8 percent</b> to $38.4 billion.</p>
<!-- an editor's note: $1 trillion -->
<ul><li>194,000 employees</li></ul><noscript>$5 billion</noscript></body></html>"""


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("import_article", *args, stdout=out)
    return out.getvalue()


def write(tmp_path: Path, name: str, data: bytes | str) -> str:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


@pytest.mark.parametrize(
    ("name", "content", "fmt", "title", "present", "absent"),
    [
        ("a.txt", PLAIN, "text", "Acme Corp. said revenue rose 8 percent to $38.4 billion.", ["194,000"], []),
        ("a.md", MARKDOWN, "markdown", "Acme results", ["rose 8 percent to $38.4 billion"], ["**", "]("]),
        (
            "a.html",
            HTML,
            "html",
            "Acme results",  # the page's one headline (h1), as trafilatura reads it, before its <title>
            ["rose 8 percent to $38.4 billion", "194,000 employees"],
            ["$999", "color: red", "$1 trillion", "$5 billion", "Home | Markets", "<b>"],
        ),
    ],
)
def test_each_format_is_stored_as_readable_text(tmp_path, name, content, fmt, title, present, absent):
    output = run(write(tmp_path, name, content))
    article = Article.objects.get()
    assert f"Imported article {article.pk}" in output
    assert article.source_format == fmt
    assert article.title == title
    for text in present:
        assert text in article.body
    for text in absent:
        assert text not in article.body


def test_metadata_options_are_stored(tmp_path):
    run(
        write(tmp_path, "a.txt", PLAIN),
        "--title=Acme results",
        "--url=https://news.example.com/acme",
        "--publisher=Example News",
        "--published=2025-02-24",
    )
    article = Article.objects.get()
    assert (article.title, article.url, article.publisher) == (
        "Acme results",
        "https://news.example.com/acme",
        "Example News",
    )
    assert article.published == dt.date(2025, 2, 24)
    assert len(article.content_hash) == 64


def test_same_content_again_reports_the_existing_article(tmp_path):
    first = run(write(tmp_path, "a.txt", PLAIN))
    again = run(write(tmp_path, "b.txt", PLAIN), "--title=Another title")
    article = Article.objects.get()
    assert "Imported article" in first
    assert again.strip() == f"Already imported as article {article.pk}: {article.title}"
    assert Article.objects.count() == 1


def test_json_output(tmp_path):
    import json

    path = write(tmp_path, "a.txt", PLAIN)
    first = json.loads(run(path, "--json"))
    second = json.loads(run(path, "--json"))
    assert first["created"] is True and second["created"] is False
    assert first["id"] == second["id"]


def test_windows_newlines_are_normalised_so_spans_are_stable(tmp_path):
    run(write(tmp_path, "a.txt", PLAIN.replace("\n", "\r\n").encode()))
    assert "\r" not in Article.objects.get().body


@pytest.mark.parametrize(
    ("name", "content", "options", "message"),
    [
        ("missing.txt", None, [], "no such file"),
        ("empty.txt", b"", [], "empty"),
        ("blank.txt", b"  \n\t\n", [], "empty"),
        ("binary.bin", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", [], "binary"),
        ("latin1.txt", "Revenue rose to €4 billion".encode("cp1252"), [], "not valid UTF-8: byte 0x80 at offset 16"),
        ("big.txt", b"a" * 2048, ["--max-bytes=1024"], "too large: 2,048 bytes, the limit is 1,024 bytes"),
        ("scripts.html", b"<html><script>alert(1)</script></html>", [], "no readable text"),
        ("ok.txt", PLAIN.encode(), ["--published=24/02/2025"], "is not a date"),
        ("ok.txt", PLAIN.encode(), ["--url=javascript:alert(1)"], "is not an http(s) URL"),
    ],
)
def test_bad_input_is_refused_with_one_line_and_writes_nothing(tmp_path, name, content, options, message):
    path = str(tmp_path / name) if content is None else write(tmp_path, name, content)
    with pytest.raises(CommandError) as excinfo:
        run(path, *options)
    assert message in str(excinfo.value)
    assert "\n" not in str(excinfo.value)
    assert Article.objects.count() == 0


def test_an_empty_folder_is_refused(tmp_path):
    # A folder is imported file by file (tests/app/test_import_many.py); one with no files is bad input.
    with pytest.raises(CommandError, match="no files to import"):
        run(str(tmp_path))


def test_size_limit_comes_from_settings(tmp_path, settings):
    settings.FACTCHECK_MAX_IMPORT_BYTES = 100
    with pytest.raises(CommandError, match="too large"):
        run(write(tmp_path, "a.txt", "x" * 101))
    assert Article.objects.count() == 0


def test_the_example_article_imports(tmp_path):
    run(str(EXAMPLES / "alibaba-ai-investment.md"))
    body = Article.objects.get().body
    for figure in ["$53 billion", "61 percent", "$144", "$85", "$342 billion", "$100 billion", "$38.4 billion",
                   "8 percent", "$4.3 billion", "13 percent", "30 percent", "21 percent", "12 percent",
                   "No. 4", "4 percent", "194,000"]:  # fmt: skip
        assert figure in body


@pytest.mark.usefixtures("transactional_db")
def test_standard_input_and_exit_codes_in_a_real_process(tmp_path):
    env_db = tmp_path / "cli.sqlite3"
    env = {"DATABASE_URL": f"sqlite:///{env_db}", "PATH": "/usr/bin:/bin"}
    manage = [sys.executable, str(REPO / "manage.py")]
    subprocess.run([*manage, "migrate", "-v0"], env=env, check=True, cwd=REPO)
    ok = subprocess.run(
        [*manage, "import_article", "-", "--title=From stdin"],
        input=PLAIN.encode(), env=env, capture_output=True, cwd=REPO,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    assert b"Imported article 1: From stdin" in ok.stdout
    bad = subprocess.run([*manage, "import_article", "-"], input=b"\xff\xfe", env=env, capture_output=True, cwd=REPO)
    assert bad.returncode != 0
    assert bad.stderr.decode().strip().splitlines()[-1] == (
        "import_article: -: not valid UTF-8: byte 0xff at offset 0 (invalid start byte)"
    )
