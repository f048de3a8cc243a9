"""Findings CSV: one row per check result of the current run, with its arithmetic."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator

from claims.exports.csv_export import Line
from claims.exports.options import Options, articles
from claims.exports.selection import Selection
from claims.exports.spreadsheet import safe_row

COLUMNS = [
    "article_id", "article_title", "run_id", "engine_version", "result_id", "check", "status", "severity",
    "message", "computed", "tolerance", "within_rounding", "spans", "quoted", "claim_ids",
]  # fmt: skip


def render(selection: Selection, options: Options) -> Iterator[str]:
    writer = csv.writer(Line(), lineterminator="\n")
    yield writer.writerow(COLUMNS)
    for bundle in articles(selection, options):
        head = bundle.head
        for result in bundle.results():
            yield writer.writerow(safe_row([
                head.id, head.title, head.run.id if head.run else "", result.engine_version, result.id,
                result.check, result.status, result.severity, result.message,
                json.dumps(result.computed, sort_keys=True, default=str), result.tolerance,
                "yes" if result.within_rounding else "no", json.dumps(result.spans), json.dumps(result.quoted),
                " ".join(map(str, result.claim_ids)),
            ]))  # fmt: skip
            if options.progress:
                options.progress(1)
