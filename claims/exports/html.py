"""HTML: one self-contained, printable file (inline CSS, no external assets); also the PDF's source.

The report leads with what an editor acts on: per article, the problems found (each with its
arithmetic in one sentence), the verdicts and who signed them off, and the corrections needed;
then the article text with its checked figures marked; then, as an appendix after every article,
the audit trail (hashes, engine, every result's figures, reviews and history).

All article, source and reviewer text reaches the page through Django's autoescape or
through ``format_html``; the only strings marked safe are joins of pieces that were
escaped one by one, so an article containing ``<script>`` prints it as text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from django.template.loader import render_to_string
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

from claims import wording
from claims.exports import digest as digests
from claims.exports.audit_trail import appendix_view
from claims.exports.loader import Parts
from claims.exports.options import Options, Totals, articles
from claims.exports.selection import Selection
from factcheck.report import REPORT_VERSION

TEMPLATES = "claims/report"
# The first part needs reviews and history (who gave and signed off each verdict), not the raw reading.
FIRST_PART = Parts(reading=False, evidence=False, reviews=True, history=True)
APPENDIX = Parts(reading=False)


def highlight(body: str, spans: Iterable[tuple[int, int, int, str]]) -> SafeString:
    """The article body with each checked claim marked and coloured by its worst result; unchecked ones plain."""
    pieces: list[str] = []
    cursor = 0
    for start, end, claim_id, worst in spans:
        if worst == "unchecked":
            continue  # nothing to say about it in the text: the appendix lists it
        if start < cursor or end > len(body):
            continue  # overlapping or stale span: leave the text unmarked rather than garble it
        pieces.append(conditional_escape(body[cursor:start]))
        link = '<a class="hl {0}" id="text-{1}" href="#claim-{1}" title="{3}">{2}</a>'
        pieces.append(format_html(link, worst, claim_id, body[start:end], wording.result(worst)))
        cursor = end
    pieces.append(conditional_escape(body[cursor:]))
    return mark_safe("".join(pieces))  # every piece above was escaped or built by format_html


def marked(quote: digests.Quote) -> SafeString:
    """A sentence with the figures a check used in bold."""
    pieces: list[str] = []
    cursor = 0
    for start, end in quote.marks:
        pieces.append(conditional_escape(quote.text[cursor:start]))
        pieces.append(format_html("<mark>{}</mark>", quote.text[start:end]))
        cursor = end
    pieces.append(conditional_escape(quote.text[cursor:]))
    return mark_safe("".join(pieces))  # escaped piece by piece above


def safe_url(url: str) -> str:
    """Only web links become hrefs: a stored ``javascript:`` URL must not be clickable."""
    return url if url.lower().startswith(("http://", "https://")) else ""


def verdict_view(claim: Any, record: Any) -> dict[str, Any]:
    return {
        "claim": claim,
        "figure": claim.surface,
        "verdict": wording.verdict(record.verdict),
        "verdict_class": "fail" if record.verdict in digests.NEEDS_CORRECTION else "pass",
        "given_by": wording.actor(record.given_by) if record.given_by or record.given_at else "not recorded",
        "given_at": record.given_at,
        "rationale": record.rationale,
        "signed_off_by": record.signed_off_by,
        "signed_off_at": record.signed_off_at,
        "needs_signoff": record.verdict in digests.NEEDS_CORRECTION and not record.signed_off_by,
        "note": record.sign_off_note,
    }


def summary_view(digest: digests.Digest) -> dict[str, Any]:
    head = digest.head
    problems = []
    for problem in digest.problems:
        reviews = [
            {"figure": c.surface, **verdict_view(c, r)} if r else {"figure": c.surface, "verdict": None}
            for c, r in problem.reviews
        ]
        problems.append(
            {
                "p": problem,
                "severity": problem.result.severity,
                "status": problem.status_line.split(":")[0],
                "quotes": [marked(q) for q in problem.quotes],
                "reviews": [r for r in reviews if r["verdict"]],
            }
        )
    return {
        "a": head,
        "url": safe_url(head.url),
        "problems": problems,
        "verdicts": [verdict_view(c, r) for c, r in digest.verdicts],
        "corrections": [verdict_view(c, r) for c, r in digest.corrections],
        "unreviewed": len(digest.unreviewed_problems),
        "undecided": len(digest.undecided),
        "passed": len(digest.passed),
        "checked": head.coverage.numbers_checked,
        "found": head.coverage.numbers_found,
    }


def text_view(digest: digests.Digest, body: SafeString) -> dict[str, Any]:
    return {
        "a": digest.head,
        "body": body,
        "undecided": digests.grouped(digest.undecided),
        "passed": digests.grouped(digest.passed, by_title=True),
        "unchecked": list(dict.fromkeys(c.surface for c in digest.unchecked)),
    }


def totals_view(totals: Totals) -> dict[str, Any]:
    counts = totals.counts

    def listed(mapping: dict[str, int], words: Any) -> str:
        return wording.listing(f"{n} {words(k).lower()}" for k, n in mapping.items())

    return {
        "articles": totals.articles,
        "checked": totals.coverage.numbers_checked,
        "found": totals.coverage.numbers_found,
        "claims": f"{counts.claims}: {listed(counts.claims_by_status, wording.claim_status)}",
        "verdicts": listed(counts.claims_by_verdict, wording.verdict),
        "results": f"{counts.results}: {listed(counts.results_by_status, wording.result)}",
    }


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
    for bundle in articles(selection, options, FIRST_PART):
        totals.add(bundle)
        digest = digests.build(bundle)
        yield render_to_string(f"{TEMPLATES}/summary.html", summary_view(digest))
        body = highlight(digest.head.body, bundle.spans())
        yield render_to_string(f"{TEMPLATES}/text.html", text_view(digest, body))
    if totals.articles > 1:
        yield render_to_string(f"{TEMPLATES}/totals.html", {"t": totals_view(totals)})
    yield render_to_string(f"{TEMPLATES}/appendix_start.html", context)
    # The appendix reads the selection a second time rather than holding every article's claims.
    for bundle in articles(selection, options.quiet(), APPENDIX):
        yield render_to_string(f"{TEMPLATES}/appendix.html", appendix_view(bundle))
    yield render_to_string(f"{TEMPLATES}/end.html", context)
