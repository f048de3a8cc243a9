"""The export formats by name: how each renders, what it is called, what it is served as."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from claims.exports import claimreview, csv_export, findings_csv, html, json_export, markdown, pdf
from claims.exports.loader import CHUNK_SIZE
from claims.exports.options import Options
from claims.exports.selection import Selection


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    extension: str
    content_type: str
    render: Callable[[Selection, Options], Iterator[str] | Iterator[bytes]]
    binary: bool = False
    # Claims for the progress bar; the findings CSV counts results instead.
    unit: str = "claims"
    # Claims per query. CSV rows are flat tuples, so bigger pages are cheap and save queries.
    chunk_size: int = CHUNK_SIZE


FORMATS: dict[str, Format] = {
    f.name: f
    for f in [
        Format("json", "JSON", "json", "application/json", json_export.render),
        Format("csv", "CSV (one row per claim)", "csv", "text/csv; charset=utf-8", csv_export.render, chunk_size=5000),
        Format(
            "findings",
            "CSV (one row per result)",
            "findings.csv",
            "text/csv; charset=utf-8",
            findings_csv.render,
            unit="results",
        ),
        Format("html", "HTML", "html", "text/html; charset=utf-8", html.render),
        Format("pdf", "PDF", "pdf", "application/pdf", pdf.render, binary=True),
        Format("claimreview", "ClaimReview JSON-LD", "jsonld", "application/ld+json", claimreview.render),
        Format("md", "Markdown", "md", "text/markdown; charset=utf-8", markdown.render),
    ]
}


def coalesce(chunks: Iterator[str] | Iterator[bytes], size: int = 1 << 16) -> Iterator[bytes]:
    """Many small pieces as fewer ~64 KiB byte blocks: fewer writes, fewer HTTP chunks."""
    buffer: list[bytes] = []
    held = 0
    for chunk in chunks:
        data = chunk.encode("utf-8") if isinstance(chunk, str) else chunk
        buffer.append(data)
        held += len(data)
        if held >= size:
            yield b"".join(buffer)
            buffer, held = [], 0
    if buffer:
        yield b"".join(buffer)
