"""PDF: the HTML report rendered by WeasyPrint, with page numbers from CSS @page counters.

WeasyPrint lays out the whole document at once, so the PDF is the one format whose
memory grows with the export; it is meant for an article or a selection, not the archive.
"""

from __future__ import annotations

from collections.abc import Iterator

from claims.exports import html
from claims.exports.options import Options
from claims.exports.selection import Selection


def render(selection: Selection, options: Options) -> Iterator[bytes]:
    import weasyprint  # heavy (Pango via cffi): loaded only when a PDF is asked for

    document = "".join(html.render(selection, options, for_print=True))
    # The report is self-contained: any URL WeasyPrint is asked to fetch came from content, so none is.
    fetcher = weasyprint.URLFetcher(allowed_protocols=[])
    yield weasyprint.HTML(string=document, url_fetcher=fetcher).write_pdf()
