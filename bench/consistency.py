"""Score the consistency checker on the shared development set.

    .venv/bin/python bench/consistency.py [--data ../shared/benchmarks/consistency] [--show-misses]

Runs the engine in process (``factcheck.runner.check_text``: extraction, then
every check) on each passage and each one-number mutant, and prints the rates
defined in the data set's README: detection on mutants (a warning/error span
overlaps the mutated span), false alarms on consistent passages (any
warning/error), recall on the passages with real published errors (a
warning/error span overlaps a surface of an inconsistent relation), each broken
down by relation kind. A run that raises counts as a miss (and is reported).
The data is read, never copied: it must not enter the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "consistency"


def run(text: str) -> tuple[list[dict[str, Any]] | None, str | None]:
    from factcheck.runner import check_text

    try:
        report = check_text(text)
    except Exception as exc:  # a failed run is a miss, reported apart
        return None, f"{type(exc).__name__}: {exc}"
    return report.to_json_dict()["findings"], None


def problems(findings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in findings if f["severity"] in ("warning", "error")]


def overlaps(spans: list[list[int]], target: list[int]) -> bool:
    return any(s < target[1] and e > target[0] for s, e in spans)


def rate(hit: int, total: int) -> str:
    return f"{hit}/{total} = {100 * hit / total:.1f}%" if total else "0/0"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--show-misses", action="store_true", help="print each miss and false alarm")
    args = parser.parse_args(argv)
    if not (args.data / "passages.json").exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2
    passages = json.loads((args.data / "passages.json").read_text(encoding="utf-8"))
    mutants = json.loads((args.data / "mutants.json").read_text(encoding="utf-8"))
    started = time.monotonic()
    failed: list[str] = []

    # Mutants: detection.
    detected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for mutant in mutants:
        findings, error = run(mutant["text"])
        kind = mutant["relation_kind"]
        detected[kind][1] += 1
        if error:
            failed.append(f"{mutant['id']}: {error}")
            misses.append((mutant["id"], "failed run"))
            continue
        if any(overlaps(f["spans"], mutant["mutated_span"]) for f in problems(findings or [])):
            detected[kind][0] += 1
        else:
            misses.append((mutant["id"], f"{kind}: {mutant['original']} -> {mutant['mutated']}"))

    # Originals: false alarms and recall.
    alarms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_alarms = []
    recall_hits, recall_total, recall_misses = 0, 0, []
    for passage in passages:
        findings, error = run(passage["text"])
        if error:
            failed.append(f"{passage['id']}: {error}")
        flagged = problems(findings or [])
        if passage["consistent"]:
            kind = passage["primary_kind"]
            alarms[kind][1] += 1
            if flagged:
                alarms[kind][0] += 1
                false_alarms.append((passage["id"], [f"{f['check']}: {f['message']}" for f in flagged]))
        else:
            recall_total += 1
            surfaces = [
                span
                for relation in passage["relations"]
                if relation.get("consistent") is False
                for span in relation["surface_spans"]
            ]
            if any(overlaps(f["spans"], s) for f in flagged for s in surfaces):
                recall_hits += 1
            else:
                recall_misses.append(passage["id"])

    total_detected = sum(v[0] for v in detected.values())
    total_alarms = sum(v[0] for v in alarms.values())
    consistent = sum(v[1] for v in alarms.values())
    print(f"consistency benchmark: {len(passages)} passages, {len(mutants)} mutants ({args.data})")
    print(f"detection on mutants:      {rate(total_detected, len(mutants))}")
    print(f"false alarms (consistent): {rate(total_alarms, consistent)}")
    print(f"recall on real errors:     {rate(recall_hits, recall_total)}")
    print(f"failed runs:               {len(failed)}")
    print("detection by mutated relation kind:")
    for kind, (hit, n) in sorted(detected.items()):
        print(f"  {kind:15} {rate(hit, n)}")
    print("false alarms by passage primary_kind:")
    for kind, (hit, n) in sorted(alarms.items()):
        print(f"  {kind:15} {rate(hit, n)}")
    print(f"time: {time.monotonic() - started:.1f}s")
    if args.show_misses:
        print("\nmissed mutants:")
        for mid, why in misses:
            print(f"  {mid}: {why}")
        print("false alarms:")
        for pid, found in false_alarms:
            print(f"  {pid}: " + " | ".join(found))
        print("real errors missed:", ", ".join(recall_misses) or "none")
        for line in failed[:20]:
            print("  failed:", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
