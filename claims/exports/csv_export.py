"""CSV: one row per claim, with its latest verdict and a digest of its current check results.

Spreadsheet rows need neither the reading JSON nor the history, so this export reads
flat tuples (``loader.iter_flat_claims``) rather than the report models: it is the
format people run over the whole archive.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator

from claims.exports.loader import iter_flat_claims
from claims.exports.options import Options
from claims.exports.selection import Selection
from claims.exports.spreadsheet import safe_row

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
    for claim in iter_flat_claims(selection, options.chunk_size, options.progress):
        (pk, article_id, start, end, surface, sentence, subject, metric, value, unit, lower, upper, hedge, period,
         baseline, origin, status, verdict) = claim.values  # fmt: skip
        title, url = claim.article
        run = claim.run
        reviewer, reviewed_at, rationale = claim.latest_review or ("", None, "")
        statuses = {"pass": 0, "fail": 0, "indeterminate": 0}
        for result in claim.results:
            statuses[result.status] += 1
        failed = [r for r in claim.results if r.status == "fail"] if statuses["fail"] else []
        yield writer.writerow(safe_row([
            article_id, title, url, run.pk if run else "", run.engine_version if run else "", pk, start, end,
            surface, sentence, subject, metric, _num(value), unit, _num(lower), _num(upper), hedge, period, baseline,
            origin, status, verdict, reviewer, reviewed_at.isoformat() if reviewed_at else "", rationale,
            statuses["pass"], statuses["fail"], statuses["indeterminate"],
            ";".join(sorted({r.check for r in failed})), " | ".join(r.message for r in failed),
            claim.evidence, " ".join([str(r.id) for r in claim.results]),
        ]))  # fmt: skip


def _num(value: float | None) -> str:
    # repr keeps every digit, so a reader recomputing from the CSV gets the stored float back.
    return "" if value is None else repr(value)
