"""Reading articles and sources: bytes in, checked plain text out.

Whatever the input format, the text that is stored and checked is plain text, so
every character span the engine reports points into exactly what was checked.
HTML is parsed, never executed: a web page is read by :mod:`factcheck.webpages`
(the article without the page's menus, ads and comments, its metadata, and its
tables with the place of every cell). Markdown is rendered to HTML and read as a
plain fragment: scripts, styles and other non-content elements are dropped and
block elements become paragraph breaks.
"""

from __future__ import annotations

import hashlib
import re
from enum import StrEnum
from pathlib import PurePath

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from markdown_it import MarkdownIt
from pydantic import BaseModel, ConfigDict

from factcheck.tables import Table
from factcheck.webpages import PageMeta, read_page

DEFAULT_MAX_BYTES = 5 * 1024 * 1024


class SourceFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


class DocumentError(ValueError):
    """Input that cannot be imported; the message is one line meant for the user."""


class Document(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    format: SourceFormat
    title: str = ""
    content_hash: str
    meta: PageMeta = PageMeta()  # what a web page says about itself: author, site, date, canonical URL
    tables: list[Table] = []  # where the cells of each table stand in ``text``


_EXTENSIONS = {
    ".html": SourceFormat.HTML,
    ".htm": SourceFormat.HTML,
    ".xhtml": SourceFormat.HTML,
    ".md": SourceFormat.MARKDOWN,
    ".markdown": SourceFormat.MARKDOWN,
    ".txt": SourceFormat.TEXT,
    ".text": SourceFormat.TEXT,
}

_HTML_START = re.compile(r"\A\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.IGNORECASE)

# Elements whose content is never article text.
_DROPPED = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
    "head", "nav", "form", "button", "select", "input", "textarea",
)  # fmt: skip
_BLOCKS = {
    "address", "article", "aside", "blockquote", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre",
    "section", "table", "tr", "ul", "caption", "details", "summary",
}  # fmt: skip


def guess_format(name: str | None, data: bytes) -> SourceFormat:
    if name and name != "-":
        fmt = _EXTENSIONS.get(PurePath(name).suffix.lower())
        if fmt is not None:
            return fmt
    head = data[:2048].decode("utf-8", errors="ignore")
    return SourceFormat.HTML if _HTML_START.search(head) else SourceFormat.TEXT


def decode_utf8(data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start} ({exc.reason})"
        ) from None
    return text.removeprefix("\ufeff")


def _looks_binary(data: bytes) -> bool:
    return b"\x00" in data[:65536]


def html_to_text(html: str) -> tuple[str, str]:
    """Readable text and the title of an HTML fragment with no page around it (rendered Markdown, or a page in
    which trafilatura finds no article)."""
    soup = BeautifulSoup(html, "lxml")
    title_tag = soup.find("title")
    title = " ".join(title_tag.get_text(" ").split()) if title_tag else ""
    for element in soup(_DROPPED):
        element.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    if not title:
        h1 = soup.find("h1")
        title = " ".join(h1.get_text(" ").split()) if h1 else ""

    paragraphs: list[str] = []
    current: list[str] = []

    def flush() -> None:
        line = re.sub(r"[ \t\r\f\v\n]+", " ", "".join(current)).strip()
        if line:
            paragraphs.append(line)
        current.clear()

    def walk(node: Tag) -> None:
        for child in node.children:
            if isinstance(child, NavigableString):
                current.append(str(child))
            elif isinstance(child, Tag):
                if child.name == "br":
                    flush()
                elif child.name in _BLOCKS:
                    flush()
                    walk(child)
                    flush()
                elif child.name in ("td", "th"):
                    current.append(" ")
                    walk(child)
                    current.append(" ")
                else:
                    walk(child)

    walk(soup)
    flush()
    return "\n".join(paragraphs), title


def markdown_to_text(markdown: str) -> tuple[str, str]:
    html = MarkdownIt("commonmark", {"html": False}).enable("table").render(markdown)
    text, title = html_to_text(html)
    return text, title


# Unicode's control characters (category Cc) but tab and newline, and lone surrogates (Cs): one pattern, where a
# test of every character's category took most of an import's time.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """One newline convention and no control characters, so spans are stable across platforms."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    return text.strip("\n")


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _title_from_text(text: str, limit: int = 120) -> str:
    first_line = text.strip().split("\n", 1)[0].strip()
    if len(first_line) <= limit:
        return first_line
    cut = first_line[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def read_document(
    data: bytes,
    *,
    name: str | None = None,
    fmt: SourceFormat | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    url: str | None = None,
) -> Document:
    """Validate and convert raw bytes; raises DocumentError with a one-line reason."""
    if len(data) > max_bytes:
        raise DocumentError(f"too large: {len(data):,} bytes, the limit is {max_bytes:,} bytes")
    if not data.strip():
        raise DocumentError("empty: there is no text to check")
    if _looks_binary(data):
        raise DocumentError("binary data (it contains NUL bytes): expected text, Markdown or HTML")
    raw = decode_utf8(data)
    source_format = SourceFormat(fmt) if fmt else guess_format(name, data)
    meta, tables = PageMeta(), []
    if source_format is SourceFormat.HTML:
        page = read_page(raw, url=url, fallback=lambda html: html_to_text(html)[0])
        text, meta, tables = page.text, page.meta, page.tables
        title = meta.title or html_to_text(raw)[1] if page.text else ""
    elif source_format is SourceFormat.MARKDOWN:
        text, title = markdown_to_text(raw)
    else:
        text, title = raw, ""
    normalised = normalise_text(text)
    if normalised != text:
        # Table cells point into the text as written; text that normalising moves cannot keep them.
        tables = []
    text = normalised
    if not text.strip():
        raise DocumentError(f"no readable text in this {source_format.value} document")
    if not title:
        title = _title_from_text(text)
    return Document(
        text=text, format=source_format, title=title, content_hash=content_hash(text), meta=meta, tables=tables
    )
