"""HTML: one self-contained, printable file (inline CSS, no external assets); also the PDF's source.

All article, source and reviewer text reaches the page through Django's autoescape or
through ``format_html``; the only strings marked safe are joins of pieces that were
escaped one by one, so an article containing ``<script>`` prints it as text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import batched
from typing import Any

from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from claims.exports.loader import ClaimRow
from claims.exports.options import Options, Totals, articles
from claims.exports.selection import Selection
from factcheck.report import REPORT_VERSION, ClaimItem, HistoryEntry, ResultItem

TEMPLATES = "claims/report"
RENDER_BATCH = 200  # claims or results per template render: few renders, small strings.
SHORT = 80


def highlight(body: str, spans: Iterable[tuple[int, int, int, str]]) -> SafeString:
    """The article body with each claim marked and coloured by its worst result."""
    pieces: list[str] = []
    cursor = 0
    for start, end, claim_id, worst in spans:
        if start < cursor or end > len(body):
            continue  # overlapping or stale span: leave the text unmarked rather than garble it
        pieces.append(conditional_escape(body[cursor:start]))
        link = '<a class="hl {0}" id="text-{1}" href="#claim-{1}" title="Claim {1} ({0})">{2}</a>'
        pieces.append(format_html(link, worst, claim_id, body[start:end]))
        cursor = end
    pieces.append(conditional_escape(body[cursor:]))
    return mark_safe("".join(pieces))  # every piece above was escaped or built by format_html


def sentence_with_figure(claim: ClaimItem) -> SafeString:
    start = claim.span[0] - claim.sentence_span[0]
    end = claim.span[1] - claim.sentence_span[0]
    text = claim.sentence
    if not (0 <= start < end <= len(text)) or text[start:end] != claim.surface:
        return conditional_escape(text)
    return format_html("{}<mark>{}</mark>{}", text[:start], text[start:end], text[end:])


def safe_url(url: str) -> str:
    """Only web links become hrefs: a stored ``javascript:`` URL must not be clickable."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def short(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str, sort_keys=True)
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


def number(value: Any) -> Any:
    """Whole floats with thousands separators (3.42e11 reads as 342,000,000,000); others exactly as stored."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return f"{int(value):,}"
    return value


def history_view(entry: HistoryEntry) -> dict[str, Any]:
    changes = [] if entry.action != "changed" else [(k, short(c.old), short(c.new)) for k, c in entry.changes.items()]
    return {"e": entry.model_dump(), "changes": changes}


def claim_view(row: ClaimRow) -> dict[str, Any]:
    # Dicts, not models, reach the templates: Django tries item lookup before attribute
    # lookup, and the exception a model raises for each of thousands of lookups is the cost.
    claim = row.item
    return {
        "c": claim.model_dump(exclude={"evidence", "history", "reading"}),
        "worst": row.worst,
        "value": number(claim.value),
        "lower": number(claim.lower),
        "upper": number(claim.upper),
        "results": [r._asdict() for r in row.results],
        "sentence": sentence_with_figure(claim),
        "evidence": [
            {"e": e.model_dump(), "href": safe_url(e.source.url), "comparison": json.dumps(e.comparison, default=str)}
            for e in claim.evidence
        ],
        "history": [history_view(h) for h in claim.history],
        # One line per claim: the reading is for re-checking, not for reading top to bottom.
        "reading": json.dumps(claim.reading, sort_keys=True, separators=(", ", ": ")) if claim.reading else "",
    }


def result_view(result: ResultItem) -> dict[str, Any]:
    computed = [(k, number(v) if isinstance(v, str | int | float) else short(v)) for k, v in result.computed.items()]
    quoted = [{"span": span, "text": text} for span, text in zip(result.spans, result.quoted, strict=True)]
    return {"r": result.model_dump(exclude={"computed", "quoted"}), "computed": computed, "quoted": quoted}


def render(selection: Selection, options: Options, *, for_print: bool = False) -> Iterator[str]:
    context = {
        "generated_at": selection.generated_at,
        "generator": options.generator,
        "version": REPORT_VERSION,
        "filters": selection.as_filters(),
        "for_print": for_print,
    }
    yield render_to_string(f"{TEMPLATES}/start.html", context)
    totals = Totals()
    for bundle in articles(selection, options):
        totals.add(bundle)
        head = bundle.head
        body = highlight(head.body, bundle.spans())
        yield render_to_string(f"{TEMPLATES}/article.html", {"a": head, "body": body, "url": safe_url(head.url)})
        for rows in batched(bundle.claims(), RENDER_BATCH):
            yield render_to_string(f"{TEMPLATES}/claims.html", {"rows": [claim_view(r) for r in rows]})
        first = True
        for results in batched(bundle.results(), RENDER_BATCH):
            views = [result_view(r) for r in results]
            yield render_to_string(f"{TEMPLATES}/results.html", {"results": views, "first": first})
            first = False
        yield render_to_string(f"{TEMPLATES}/article_end.html", {"a": head, "had_results": not first})
    yield render_to_string(f"{TEMPLATES}/end.html", {"totals": totals})
