"""CSV: one row per claim, with its latest verdict and a digest of its check results."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Iterator

from claims.exports.loader import Parts
from claims.exports.options import Options, articles
from claims.exports.selection import Selection

COLUMNS = [
    "article_id", "article_title", "article_url", "run_id", "engine_version", "claim_id", "start", "end", "surface",
    "sentence", "subject", "metric", "value", "unit", "lower", "upper", "hedge", "period", "baseline", "origin",
    "status", "verdict", "reviewer", "reviewed_at", "rationale", "results_pass", "results_fail",
    "results_indeterminate", "failed_checks", "failure_messages", "evidence", "result_ids",
]  # fmt: skip


class Line:
    """A file-like whose write returns the line, so csv.writer can feed a generator."""

    def write(self, value: str) -> str:
        return value


def render(selection: Selection, options: Options) -> Iterator[str]:
    writer = csv.writer(Line(), lineterminator="\n")
    yield writer.writerow(COLUMNS)
    # History and the reading are in the JSON export; a spreadsheet row does not need them.
    parts = Parts(reading=False, history=False)
    for bundle in articles(selection, options):
        head = bundle.head
        run_id = head.run.id if head.run else ""
        engine = head.run.engine_version if head.run else ""
        for row in bundle.claims(parts):
            claim = row.item
            latest = claim.reviews[-1] if claim.reviews else None
            statuses = Counter(r.status for r in row.results)
            failed = [r for r in row.results if r.status == "fail"]
            yield writer.writerow([
                head.id, head.title, head.url, run_id, engine, claim.id, claim.span[0], claim.span[1],
                claim.surface, claim.sentence, claim.subject, claim.metric, _num(claim.value), claim.unit,
                _num(claim.lower), _num(claim.upper), claim.hedge, claim.period, claim.baseline, claim.origin,
                claim.status, claim.verdict, latest.reviewer if latest else "",
                latest.created_at.isoformat() if latest else "", latest.rationale if latest else "",
                statuses["pass"], statuses["fail"], statuses["indeterminate"],
                ";".join(sorted({r.check for r in failed})), " | ".join(r.message for r in failed),
                len(claim.evidence), " ".join(str(r.id) for r in row.results),
            ])  # fmt: skip


def _num(value: float | None) -> str:
    # repr keeps every digit, so a reader recomputing from the CSV gets the stored float back.
    return "" if value is None else repr(value)
