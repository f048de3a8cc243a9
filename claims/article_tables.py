"""A stored article's tables as HTML tables, for the article page: cells from the stored text, escaped."""

from __future__ import annotations

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from factcheck.tables import Table, layout


def tables_html(body: str, stored: list[dict]) -> SafeString:
    """Each table as laid out in the page: its title as a caption, header rows and row headers as headers."""
    rendered = []
    for raw in stored or []:
        try:
            table = Table.model_validate(raw)
        except ValueError:
            continue  # a table the engine can no longer read is left out rather than shown wrong
        shape = layout(table)
        width = max((c.col + 1 for c in table.cells), default=0)
        rows = []
        for i, row in enumerate(table.rows):
            # The cell as the body holds it: the stored text is what the claims point into.
            texts = {c.col: body[c.span[0] : c.span[1]] for c in row}
            if i < shape.header_rows and shape.title and len(texts) == 1 and texts.get(0) == shape.title:
                continue  # the title row becomes the caption
            header_row = i < shape.header_rows
            cells = format_html_join(
                "",
                "<{0}>{1}</{0}>",
                (
                    ("th" if header_row or (col == 0 and shape.row_headers) else "td", texts.get(col, ""))
                    for col in range(width)
                ),
            )
            rows.append(format_html("<tr>{}</tr>", cells))
        caption = format_html("<caption>{}</caption>", shape.title) if shape.title else ""
        rendered.append(
            format_html('<table class="page-table">{}<tbody>{}</tbody></table>', caption, mark_safe("".join(rows)))
        )
    return mark_safe("".join(rendered))  # every piece above was built by format_html, which escapes
