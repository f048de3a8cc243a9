"""Reading a web page: its article text, its tables and what its metadata says.

trafilatura finds the article in the page (menus, related links, comments, cookie
banners and share buttons are left out) and reads its metadata (title, author,
site name, canonical URL; htmldate finds the publication date). Its tree of the
article is then laid out as plain text here, so every character of the stored
text is known: headings, paragraphs and list items each take a line, and a table
takes one line per row with its cells parted by " | ", each cell's place kept in a
:class:`~factcheck.tables.Table`.

A page too short for trafilatura to find an article in (a fragment, a bare list)
is read whole by the caller's ``fallback``, so no readable text is lost.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable

from lxml import etree
from pydantic import BaseModel, ConfigDict

from factcheck.tables import CELL_SEPARATOR, Cell, Table

# Elements of trafilatura's tree that stand as a line (or lines) of their own.
_BLOCKS = frozenset({"p", "head", "item", "quote", "code", "list", "div", "main", "body", "doc", "cell", "row"})
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


class PageMeta(BaseModel):
    """What a page says about itself; empty where it says nothing."""

    model_config = ConfigDict(frozen=True)

    title: str = ""
    author: str = ""
    site_name: str = ""
    published: dt.date | None = None
    canonical_url: str = ""


class Page(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    meta: PageMeta
    tables: list[Table] = []


def _clean(text: str) -> str:
    """One line of text as stored: no control characters, one space between words."""
    text = "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch) not in ("Cc", "Cs"))
    return _SPACES.sub(" ", text)


class _Writer:
    """The stored text, written line by line, with the places of table cells."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.line: list[str] = []
        self.tables: list[Table] = []

    def inline(self, text: str | None) -> None:
        if text:
            self.line.append(text)

    def flush(self) -> None:
        lines = [" ".join(line.split()) for line in _clean("".join(self.line)).split("\n")]
        self.line.clear()
        for line in lines:
            if line:
                self._emit(line)

    def _emit(self, line: str) -> int:
        if self.parts:
            self.parts.append("\n")
            self.size += 1
        start = self.size
        self.parts.append(line)
        self.size += len(line)
        return start

    def table(self, element: etree._Element, text_of: Callable[[etree._Element], str]) -> None:
        self.flush()
        cells: list[Cell] = []
        first = None
        rows = list(element.iter("row"))
        for r, row in enumerate(rows):
            texts = [" ".join(_clean(text_of(cell)).split()) for cell in row.iter("cell")]
            heads = [cell.get("role") == "head" for cell in row.iter("cell")]
            while texts and not texts[-1]:  # a caption row: one cell and the empty rest of its span
                texts.pop()
            if not texts:
                continue
            # Kept as laid out, empty cells too, so a column is the same column on every line.
            start = self._emit(CELL_SEPARATOR.join(texts))
            first = start if first is None else first
            offset = start
            for c, (text, head) in enumerate(zip(texts, heads, strict=False)):
                cells.append(Cell(row=r, col=c, span=(offset, offset + len(text)), text=text, header=head))
                offset += len(text) + len(CELL_SEPARATOR)
        if first is None:
            return
        self.tables.append(Table(span=(first, self.size), cells=cells))

    def text(self) -> str:
        self.flush()
        return "".join(self.parts)


def _text_of(element: etree._Element) -> str:
    return "".join(element.itertext())


def _walk(element: etree._Element, out: _Writer) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "table":
        out.table(element, _text_of)
        out.inline(element.tail)
        return
    if tag in ("graphic", "ref") and not (element.text or len(element)):
        out.inline(element.tail)
        return
    if tag == "lb":
        out.flush()
        out.inline(element.tail)
        return
    block = tag in _BLOCKS
    if block:
        out.flush()
    out.inline(element.text)
    for child in element:
        _walk(child, out)
    if block:
        out.flush()
    out.inline(element.tail)


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _too_short() -> int:
    from trafilatura.settings import DEFAULT_CONFIG

    return DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")


def read_page(html: str, url: str | None = None, fallback: Callable[[str], str] | None = None) -> Page:
    """The article text of ``html``, its tables and metadata. ``url`` is where the page came from, if known."""
    import trafilatura

    found = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        # The first publication, not the last edit; and only dates the page states, never one guessed from its text.
        date_extraction_params={"original_date": True, "extensive_search": False, "outputformat": "%Y-%m-%d"},
    )
    meta = PageMeta()
    text = ""
    tables: list[Table] = []
    if found is not None:
        meta = PageMeta(
            title=" ".join((found.title or "").split()),
            author=" ".join((found.author or "").split()),
            site_name=" ".join((found.sitename or "").split()),
            published=_date(found.date),
            canonical_url=found.url or "",
        )
        if found.body is not None:
            writer = _Writer()
            _walk(found.body, writer)
            text, tables = writer.text(), writer.tables
    if fallback is not None and len(text) < _too_short():
        # Too little for trafilatura to tell the article from the page: it then dumps the page's text, menus and
        # all, one line per element. Such a page is short; our own reader takes it whole, dropping what is never
        # text (scripts, navigation, forms) and keeping inline words on their line.
        text, tables = fallback(html), []
    return Page(text=text, meta=meta, tables=tables)
