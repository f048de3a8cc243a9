"""The appendix of a report: everything needed to re-check or audit it, in words, compactly.

Hashes, the engine and its run, every result with the figures it computed, every claim's reading,
the evidence, every review as written and every change in the history. Nothing here is raw JSON:
values go through :mod:`claims.wording`, and the engine's own reading stays in the JSON export.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from claims import wording
from claims.exports.loader import ArticleBundle, ClaimRow
from claims.exports.verdicts import corrections_of, verdict_record
from factcheck.report import HistoryEntry, ResultItem

# Fields of a history record a person reads as the claim's story; the rest are the claim's reading.
STORY_FIELDS = {"status", "verdict", "assignee", "assignee_id"}


def interval(lower: float | None, upper: float | None, unit: str, value: float | None = None) -> str:
    """The range a figure's rounding (and hedge) allows: "±0.5" when it is centred on the figure."""
    if lower is None and upper is None:
        return ""
    if lower is not None and upper is not None and value is not None:
        half = (upper - lower) / 2
        if half == 0:
            return "exactly"
        if abs((lower + upper) / 2 - value) <= 1e-9 * max(1.0, abs(value)):
            return f"±{wording.number(half)}"
    low = "no lower bound" if lower is None else wording.amount(lower, unit)
    high = "no upper bound" if upper is None else wording.amount(upper, unit)
    return low if low == high else f"{low} to {high}"


def claim_line(row: ClaimRow) -> dict[str, Any]:
    c = row.item
    measure = "" if c.metric in ("", "unknown") else c.metric.replace("_", " ")
    about = [c.subject, measure]
    return {
        "c": c,
        "worst": row.worst,
        "result": wording.result("" if row.worst == "unchecked" else row.worst),
        "reading": wording.amount(c.value, c.unit) if c.value is not None else wording.NOT_KNOWN,
        "interval": interval(c.lower, c.upper, c.unit, c.value),
        "hedge": "" if c.hedge in ("", "exact") else c.hedge,
        "about": "; ".join(part for part in [*about, c.period, f"against {c.baseline}" if c.baseline else ""] if part),
        "status": "—" if c.status == "unreviewed" else wording.claim_status(c.status),
        "verdict": wording.verdict(c.verdict) if c.verdict else "",
    }


def result_line(result: ResultItem) -> dict[str, Any]:
    return {
        "r": result,
        "title": wording.check_title(result.check),
        "status": wording.finding_reason(result.status, result.severity, result.check).split(":")[0],
        "computed": wording.computed_rows(result.computed),
        "quoted": [{"text": q, "span": s} for q, s in zip(result.quoted, result.spans, strict=True)],
    }


def result_groups(lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Results of one check that say the same thing (a source that mentions seven figures without comparing
    any) are written once, with a table row per result for what differs: figures, computed, why."""
    groups: dict[tuple, dict[str, Any]] = {}
    for line in lines:
        r = line["r"]
        key = (r.check, r.status, r.severity, r.message, tuple(r.uncertain))
        groups.setdefault(key, {"first": line, "items": []})["items"].append(line)
    for group in groups.values():
        messages = {(item["r"].message, tuple(item["r"].uncertain)) for item in group["items"]}
        group["shared"] = len(messages) == 1
    return list(groups.values())


def change_words(entry: HistoryEntry) -> str:
    """What a change did, as words: "status Not reviewed yet → Awaiting sign-off; verdict Inaccurate"."""
    parts = []
    for name, change in sorted(entry.changes.items()):
        if entry.model == "claim" and name not in STORY_FIELDS:
            continue
        if name == "status":
            parts.append(f"status {wording.status_change(change.old, change.new)}")
        elif name == "verdict":
            parts.append(f"verdict {wording.verdict(change.new)}")
        elif name in ("assignee", "assignee_id"):
            parts.append("assignee changed" if change.new else f"assignee {wording.UNASSIGNED.lower()}")
        elif entry.action == "changed":
            parts.append(name.replace("_", " "))
    return "; ".join(parts)


def history_lines(rows: list[ClaimRow]) -> tuple[list[dict[str, Any]], list[str]]:
    """Each change a person made, with who; what the pipeline did is counted, one line per kind and minute."""
    lines = []
    automatic: dict[tuple[str, str, str], int] = defaultdict(int)
    for row in rows:
        for entry in row.item.history:
            if entry.model == "review" and entry.action == "created":
                continue  # the review itself, with its author, is listed under "Reviews, as written"
            if entry.user is None:
                automatic[(f"{entry.at:%Y-%m-%d %H:%M}", entry.model, entry.action)] += 1
                continue
            lines.append(
                {
                    "at": entry.at,
                    "figure": row.item.surface,
                    "claim": row.item.id,
                    "what": entry.reason or f"{entry.model} {entry.action}",
                    "who": wording.actor(entry.user),
                    "changes": change_words(entry),
                }
            )
    lines.sort(key=lambda line: (line["at"], line["claim"]))
    nouns = {"claim": ("claim", "claims"), "review": ("review", "reviews")}
    nouns["evidence"] = ("evidence link", "evidence links")
    pipeline = [
        f"{when} · {wording.count(n, *nouns.get(model, (model, model + 's')))} {action} by {wording.PIPELINE}"
        for (when, model, action), n in sorted(automatic.items())
    ]
    return lines, pipeline


def rounding_rules(results: list[ResultItem]) -> list[tuple[str, str]]:
    """How each kind of check allows for rounding, once per kind rather than under every result."""
    rules: dict[str, str] = {}
    for result in results:
        if result.tolerance:
            rules.setdefault(wording.check_title(result.check), result.tolerance)
    return sorted(rules.items())


def appendix_view(bundle: ArticleBundle) -> dict[str, Any]:
    rows = list(bundle.claims())
    items = list(bundle.results())
    results = [result_line(r) for r in items]
    evidence = [{"c": row.item, "e": e} for row in rows for e in row.item.evidence]
    # Each source passage is quoted once, however many claims it was linked to.
    passages = {(v["e"].source.id, v["e"].span): v["e"] for v in evidence}
    corrects = corrections_of(row.item for row in rows)
    kinds: dict[int, str] = {review: f"correcting review #{old}" for review, old in corrects.items()}
    for row in rows:
        record = verdict_record(row.item, corrects) if row.item.verdict else None
        if record and record.review_id:
            kinds.setdefault(record.review_id, "the verdict")
        if record and record.signoff_review_id:
            kinds.setdefault(record.signoff_review_id, "sign-off")
    reviews = sorted(
        (
            {"c": row.item, "r": r, "verdict": wording.verdict(r.verdict), "kind": kinds.get(r.id, "")}
            for row in rows
            for r in row.item.reviews
        ),
        key=lambda v: (v["r"].created_at, v["r"].id),
    )
    history, pipeline = history_lines(rows)
    head = bundle.head
    claim_counts, result_counts = head.counts.claims_by_status.items(), head.counts.results_by_status.items()
    return {
        "a": head,
        "results": results,
        "groups": result_groups(results),
        "rounding": rounding_rules(items),
        "claims": [claim_line(row) for row in rows],
        "evidence": evidence,
        "passages": [passages[key] for key in sorted(passages)],
        "reviews": reviews,
        "history": history,
        "pipeline": pipeline,
        "counts": {
            "claims": wording.listing(f"{n} {wording.claim_status(k).lower()}" for k, n in claim_counts),
            "results": wording.listing(f"{n} {wording.result(k).lower()}" for k, n in result_counts),
        },
    }
