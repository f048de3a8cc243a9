"""Markdown: the audit report as a document a reviewer can read in any Markdown viewer."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from claims.exports.loader import ClaimRow
from claims.exports.options import Options, Totals, articles
from claims.exports.selection import Selection
from factcheck.report import REPORT_VERSION, ArticleHead, Counts, Coverage, ResultItem

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")
STATUS_MARK = {"pass": "✅ pass", "fail": "❌ fail", "indeterminate": "❔ indeterminate"}


def esc(text: object) -> str:
    """Inline text with Markdown's and HTML's special characters escaped, on one line."""
    return _SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def fenced(text: str, info: str = "") -> str:
    # A fence longer than any run of backticks inside, so article text can never close it.
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{info}\n{text}\n{fence}\n"


def coverage_line(coverage: Coverage) -> str:
    ratio = f" ({coverage.ratio:.0%})" if coverage.ratio is not None else ""
    return f"{coverage.numbers_checked} of {coverage.numbers_found} numbers took part in a check{ratio}"


def counts_lines(counts: Counts) -> list[str]:
    def fmt(mapping: dict[str, int]) -> str:
        return ", ".join(f"{k} {v}" for k, v in mapping.items()) or "none"

    return [
        f"- Claims: {counts.claims} ({fmt(counts.claims_by_status)})",
        f"- Verdicts: {fmt(counts.claims_by_verdict)}",
        f"- Check results: {counts.results} ({fmt(counts.results_by_status)})",
        f"- Failures by severity: {fmt(counts.failures_by_severity)}",
    ]


def article_start(head: ArticleHead) -> str:
    run = head.run
    lines = [f"## Article {head.id}: {esc(head.title)}", ""]
    lines += [f"- URL: {esc(head.url) or '—'}", f"- Publisher: {esc(head.publisher) or '—'}"]
    lines += [f"- Published: {head.published or '—'}", f"- Imported: {head.imported_at.isoformat()}"]
    lines += [f"- SHA-256: `{head.content_hash}`"]
    if run:
        lines += [f"- Check run {run.id}: engine {esc(run.engine_version)}, {run.started_at.isoformat()}"]
    else:
        lines += ["- Never checked"]
    lines += [f"- Coverage: {coverage_line(head.coverage)}", *counts_lines(head.counts), ""]
    lines += ["### Article text", "", fenced(head.body, "text"), "### Claims", ""]
    return "\n".join(lines) + "\n"


def claim_block(row: ClaimRow) -> str:
    c = row.item
    bounds = f"[{'' if c.lower is None else c.lower}, {'' if c.upper is None else c.upper}]"
    lines = [f"#### Claim {c.id}: {esc(c.surface)} — {esc(c.status)}{' / ' + esc(c.verdict) if c.verdict else ''}"]
    lines += ["", f"> {esc(c.sentence)}", ""]
    lines += [f"- Span: {c.span[0]}–{c.span[1]} (sentence {c.sentence_span[0]}–{c.sentence_span[1]})"]
    lines += [f"- Reading: subject {esc(c.subject) or '—'}; metric {esc(c.metric)}; value {c.value} {esc(c.unit)}"]
    lines += [f"- Interval {bounds}, hedge {esc(c.hedge) or '—'}, period {esc(c.period) or '—'}, baseline "
              f"{esc(c.baseline) or '—'}"]  # fmt: skip
    for r in row.results:
        lines.append(f"- Result {r.id} {STATUS_MARK.get(r.status, r.status)} `{r.check}` ({r.severity})")
    for e in c.evidence:
        lines.append(
            f"- Evidence ({esc(e.stance)}, score {e.score:g}) from *{esc(e.source.title)}*"
            f"{' <' + esc(e.source.url) + '>' if e.source.url else ''}: “{esc(e.passage)}”"
        )
    for r in c.reviews:
        lines.append(f"- Verdict **{esc(r.verdict)}** by {esc(r.reviewer)} at {r.created_at.isoformat()}: "
                     f"{esc(r.rationale)}")  # fmt: skip
    for h in c.history:
        changed = ", ".join(sorted(h.changes)) or "—"
        lines.append(f"- History: {h.at.isoformat()} {h.model} {h.object_id} {h.action} by {esc(h.user or 'system')}"
                     f" ({esc(changed)})")  # fmt: skip
    return "\n".join(lines) + "\n\n"


def result_block(r: ResultItem) -> str:
    lines = [f"#### Result {r.id}: {STATUS_MARK.get(r.status, r.status)} `{r.check}` ({r.severity})", ""]
    lines += [esc(r.message), ""]
    if r.pairing:
        lines += [f"- Why these figures: {esc(r.pairing)}"]
    if r.uncertain:
        lines += [f"- Not certain they belong together: {esc('; '.join(r.uncertain))}"]
    quoted = "; ".join(f"{s}–{e} “{esc(q)}”" for (s, e), q in zip(r.spans, r.quoted, strict=True))
    lines += [f"- Spans: {quoted or '—'}", f"- Claims: {', '.join(map(str, r.claim_ids)) or '—'}"]
    lines += [f"- Tolerance: {esc(r.tolerance) or '—'}; within rounding: {'yes' if r.within_rounding else 'no'}"]
    lines += [f"- Engine version: {esc(r.engine_version)}", "", fenced(json.dumps(r.computed, indent=2), "json")]
    return "\n".join(lines) + "\n"


def render(selection: Selection, options: Options) -> Iterator[str]:
    yield (
        f"# Audit report\n\nGenerated {selection.generated_at.isoformat()} by {esc(options.generator)}; "
        f"report format {REPORT_VERSION}.\n\n"
    )
    totals = Totals()
    for bundle in articles(selection, options):
        totals.add(bundle)
        yield article_start(bundle.head)
        for row in bundle.claims():
            yield claim_block(row)
        yield "### Check results\n\n"
        for result in bundle.results():
            yield result_block(result)
    yield "## Summary\n\n" + f"- Articles: {totals.articles}\n- Coverage: {coverage_line(totals.coverage)}\n"
    yield "\n".join(counts_lines(totals.counts)) + "\n"
