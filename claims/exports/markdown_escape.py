"""Escaping text for Markdown (CommonMark with GitHub's tables and strikethrough), only where it is needed.

A backslash before every punctuation mark is safe but unreadable in the raw file, which is how
many people read a Markdown report ("export\\_audit \\(engine"). Each character is escaped only
where Markdown would read it as syntax at that position: ``_`` inside a word never starts
emphasis, ``(`` never starts a link unless a ``[`` came first, ``#`` and ``>`` mean something
only at the start of a line, ``|`` only inside a table.
"""

from __future__ import annotations

import re

ASCII_PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
ALWAYS = set("`[<")  # code spans, links and images, HTML and autolinks: anywhere on a line
ENTITY = re.compile(r"&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# What makes a block at the start of a line: a heading, a quote, a list item, a thematic break, a fence.
LINE_START = re.compile(
    r"^(#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|[0-9]{1,9}(?=[.)](\s|$))|=+\s*$|[-*_](\s*[-*_]){2,}\s*$|~~~)"
)
URL = re.compile(r"https?://[^\s<>]+")


def _is_space(char: str) -> bool:
    return char == "" or char.isspace()


def _needs_escape(text: str, index: int, in_table: bool) -> bool:
    char = text[index]
    before = text[index - 1] if index else ""
    after = text[index + 1] if index + 1 < len(text) else ""
    if char in ALWAYS:
        return True
    if char == "\\":
        # A backslash is literal unless it comes before punctuation (or ends a line: a hard break).
        return after == "" or after in ASCII_PUNCTUATION
    if char == "*" or char == "~":
        # Emphasis and strikethrough need a delimiter touching text; "2 * 3" and "a ~ b" are plain.
        return not (_is_space(before) and _is_space(after))
    if char == "_":
        # Underscores inside a word (export_audit) never open or close emphasis in CommonMark.
        return not (before.isalnum() and after.isalnum()) and not (_is_space(before) and _is_space(after))
    if char == "&":
        return ENTITY.match(text, index) is not None
    if char == "|":
        return in_table
    return False


def escape_inline(text: object, *, line_start: bool = False, in_table: bool = False) -> str:
    """Text on one line, escaped for where it is put: mid-line, at the start of a line, or in a table cell."""
    flat = " ".join(str(text).split())
    out = [("\\" + c) if _needs_escape(flat, i, in_table) else c for i, c in enumerate(flat)]
    escaped = "".join(out)
    if line_start:
        match = LINE_START.match(escaped)
        if match:
            # One backslash before the first character takes away its block meaning; for "12." it goes
            # before the dot, since a backslash before a digit is printed.
            if match.group(0)[0].isdigit():
                cut = match.end()
                escaped = escaped[:cut] + "\\" + escaped[cut:]
            else:
                escaped = "\\" + escaped
    return escaped


def escape_heading(text: object) -> str:
    """Heading text: a trailing run of # would be read as the heading's closing sequence."""
    escaped = escape_inline(text)
    return re.sub(r"(\s)(#+)$", r"\1\\\2", escaped)


def autolink(url: str) -> str:
    """A web address as a clickable <...> link, or as escaped text when it is not a plain http(s) address.

    Backslash escapes do not work inside <...>, so only an address that needs none is put there.
    """
    if URL.fullmatch(url):
        return f"<{url}>"
    return escape_inline(url)
