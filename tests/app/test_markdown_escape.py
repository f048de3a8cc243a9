"""Markdown escaping: only what Markdown would read as syntax at that position gets a backslash.

Each case is checked two ways: the exact escaped text (so a reader of the raw file sees no needless
backslashes), and a CommonMark parser (markdown-it-py, with GitHub's tables and strikethrough) reading
it back as the same plain text, with no emphasis, link, code, heading, list or HTML made from it.
"""

from __future__ import annotations

import html

import pytest
from markdown_it import MarkdownIt

from claims.exports.markdown_escape import autolink, escape_heading, escape_inline

PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])


def plain_text(markdown: str) -> tuple[str, set[str]]:
    """The text a reader sees, and the kinds of token the parser made."""
    tokens = PARSER.parse(markdown)
    kinds = {t.type for t in tokens}
    texts = []
    for token in tokens:
        for child in token.children or []:
            kinds.add(child.type)
            if child.type in ("text", "code_inline", "html_inline"):
                texts.append(child.content)
            elif child.type == "softbreak":
                texts.append(" ")
    return "".join(texts), kinds


MARKUP = {"em_open", "strong_open", "s_open", "link_open", "image", "code_inline", "html_inline", "html_block",
          "heading_open", "blockquote_open", "bullet_list_open", "ordered_list_open", "hr", "table_open",
          "fence", "code_block"}  # fmt: skip

INLINE = [
    # (text, escaped mid-line)
    ("export_audit (engine 0.1.0)", "export_audit (engine 0.1.0)"),
    ("revenue rose 5% (to $11) from $10 + fees!", "revenue rose 5% (to $11) from $10 + fees!"),
    ("the _whole_ year", "the \\_whole\\_ year"),
    ("a *big* rise, 2 * 3 = 6", "a \\*big\\* rise, 2 * 3 = 6"),
    ("see [the filing](http://evil.example)", "see \\[the filing](http://evil.example)"),
    ("![pixel](http://evil.example/x.png)", "!\\[pixel](http://evil.example/x.png)"),
    ("code `rm -rf` here", "code \\`rm -rf\\` here"),
    ("<script>alert(1)</script> & <b>", "\\<script>alert(1)\\</script> & \\<b>"),
    ("AT&T and &amp; and &#60;", "AT&T and \\&amp; and \\&#60;"),
    ("C:\\Users\\acme and a\\*b", "C:\\Users\\acme and a\\\\\\*b"),
    ("~~gone~~ and ~5%", "\\~\\~gone\\~\\~ and \\~5%"),
    ("a | b # c > d", "a | b # c > d"),
    ("multi\nline\n\ntext", "multi line text"),
]


@pytest.mark.parametrize(("text", "expected"), INLINE)
def test_inline_text_is_escaped_only_where_markdown_would_read_it(text: str, expected: str):
    escaped = escape_inline(text)
    assert escaped == expected
    seen, kinds = plain_text(f"Before {escaped} after")
    assert seen == f"Before {' '.join(text.split())} after"
    assert not kinds & MARKUP, kinds


LINE_START = [
    ("# not a heading", "\\# not a heading"),
    ("#hashtag stays", "#hashtag stays"),
    ("> not a quote", "\\> not a quote"),
    ("- not a list", "\\- not a list"),
    ("-0.5 percent", "-0.5 percent"),
    ("+ not a list", "\\+ not a list"),
    ("* not a list", "\\* not a list"),
    ("2024. A year", "2024\\. A year"),
    ("3) items", "3\\) items"),
    ("3.5 percent", "3.5 percent"),
    ("---", "\\---"),
    ("===", "\\==="),
    ("~~~ fence", "\\~\\~\\~ fence"),
    ("Revenue (up 5%)", "Revenue (up 5%)"),
]


@pytest.mark.parametrize(("text", "expected"), LINE_START)
def test_the_start_of_a_line_escapes_block_syntax_too(text: str, expected: str):
    escaped = escape_inline(text, line_start=True)
    assert escaped == expected
    seen, kinds = plain_text(escaped)
    assert seen == text
    assert not kinds & MARKUP, kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a | b", "a \\| b"), ("x_y | *z*", "x_y \\| \\*z\\*"), ("plain", "plain")],
)
def test_table_cells_escape_the_pipe(text: str, expected: str):
    escaped = escape_inline(text, in_table=True)
    assert escaped == expected
    tokens = PARSER.parse(f"| head |\n| --- |\n| {escaped} |\n")
    cells = [t.content for t in tokens if t.type == "inline"]
    assert len(cells) == 2  # one header cell and one body cell: the pipe did not split the cell
    assert html.unescape(PARSER.renderInline(cells[1])) == text


@pytest.mark.parametrize(
    ("text", "expected"), [("Up 5% #", "Up 5% \\#"), ("Item #3", "Item #3"), ("C# rises", "C# rises")]
)
def test_a_heading_keeps_a_trailing_hash(text: str, expected: str):
    escaped = escape_heading(text)
    assert escaped == expected
    tokens = PARSER.parse(f"## {escaped}\n")
    assert tokens[0].type == "heading_open"
    assert html.unescape(PARSER.renderInline(tokens[1].content)) == text


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://news.example/a_b?x=1&y=2", "<https://news.example/a_b?x=1&y=2>"),
        ("javascript:alert(1)", "javascript:alert(1)"),
        ("https://bad.example/<x>", "https://bad.example/\\<x>"),
    ],
)
def test_only_plain_web_addresses_become_links(url: str, expected: str):
    assert autolink(url) == expected
