"""Score the consistency checker on the shared development set and on a real-news corpus.

    .venv/bin/python bench/consistency.py [--split tune|aside|all] [--show-misses] [--kind KIND]
    .venv/bin/python bench/consistency.py --realnews var/realnews [--show-alarms]
    .venv/bin/python bench/consistency.py --realnews --labels bench/realnews-relations.tsv [--show-misses]
    .venv/bin/python bench/consistency.py --realnews var/realnews-aside \
        --labels bench/realnews-aside-relations.tsv [--show-misses]
    .venv/bin/python bench/consistency.py --realnews --labels bench/realnews-relations.tsv --mutants

Runs the engine in process (``factcheck.runner.run_checks`` over
``factcheck.extraction.extract_claims``: claims, then relations, then checks) on
each passage and each one-number mutant, and prints the rates defined in the
data set's README: detection on mutants (a warning/error span overlaps the
mutated span), false alarms on consistent passages (any warning/error), recall
on the passages with real published errors (a warning/error span overlaps a
surface of an inconsistent relation), each broken down by kind. A run that
raises counts as a miss (and is reported).

Relations are scored on their own against the labelled ``role_spans``: a found
relation is right when every member lies on a role of one labelled relation and
it covers at least two of that relation's roles (or its only one); it is wrong
when it matches a trap (``unrelated``) or no labelled relation at all. A time
window's dates are not claims, so its cue spans count as its members. A labelled
relation is recalled when one found relation covers all its roles with no member
outside them. Precision and recall are printed by kind. A second recall line
counts a labelled relation when one found relation covers all its roles whatever
else it holds (a rank order naming every player, a time window whose cue words
stand for its dates): the rule the real-news labels are scored by.

Split: passages whose number is a multiple of 10 (d10, d110, d220 ...) and their
mutants are set aside; ``--split tune`` (the default) scores the rest, ``aside``
only those, ``all`` everything. The set-aside part is scored at the end of a
piece of work, not while tuning. (Until the fifth session of 2026-12-02 the
multiples of 5 were set aside; bench/README.md gives the figures of both halves
when the odd-fives joined the tune split.)

Real news: ``--realnews DIR`` runs every ``*.txt`` in DIR (stored outside the
repository; their addresses are listed in ``bench/realnews.tsv``) and prints
alarms (warnings and errors) per 10,000 words; ``--show-alarms`` lists each
alarm so it can be judged. The data is read, never copied: it must not enter the
repository. ``--labels FILE`` scores the passages labelled in FILE (relations an editor
would check, by character offsets: ``bench/realnews_labels.py``) for found, found
partly and checked relations by kind; ``--show-misses`` lists the labels not found and
the engine's relations that match no label, for a reader to judge. With ``--mutants`` it
breaks each labelled relation it can verify once (``bench/realnews_mutants.py``) and prints
detection on those real-news mutants, by kind.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from bench.relation_match import covered, lies_on, member_spans, overlaps  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "consistency"
DEFAULT_REALNEWS = REPO / "var" / "realnews"

# Our relation kinds against the data set's: which labelled kinds each may stand for.
GOLD_KINDS = {
    "percent_change": {"percent_change", "growth_prior"},
    "growth_prior": {"percent_change", "growth_prior"},
    "absolute_change": {"percent_change", "part_whole", "growth_prior"},
    "points_change": {"percent_change", "per_unit", "qualitative"},
    "direction": {"qualitative", "percent_change", "growth_prior"},
    "comparison": {"qualitative"},
    "word_range": {"qualitative"},
    "multiple": {"multiples", "qualitative"},
    "shares": {"shares_sum"},
    "rank_order": {"shares_sum", "qualitative"},
    "part_whole": {"part_whole"},
    "part_share": {"part_whole", "per_unit"},
    "per_unit": {"per_unit"},
    "share_count": {"per_unit"},
    "run_rate": {"per_unit"},
    "exchange_rate": {"per_unit"},
    "market_value": {"per_unit", "percent_change"},
    "average": {"qualitative", "per_unit", "part_whole"},
    "time_window": {"time_window"},
    "same_figure": {"qualitative", "percent_change"},
}


def set_aside(passage_id: str) -> bool:
    return int(re.sub(r"\D", "", passage_id)) % 10 == 0


def analyse(text: str) -> tuple[Any, dict[str, tuple[int, int]], str | None]:
    from factcheck.extraction import extract_claims
    from factcheck.runner import run_checks

    try:
        claims = extract_claims(text)
        report = run_checks(text, claims)
    except Exception as exc:  # a failed run is a miss, reported apart
        return None, {}, f"{type(exc).__name__}: {exc}"
    return report, {c.id: tuple(c.span) for c in claims}, None


def problems(report: Any) -> list[Any]:
    return [f for f in report.findings if f.severity.value in ("warning", "error")] if report else []


def rate(hit: int, total: int) -> str:
    return f"{hit}/{total} = {100 * hit / total:.1f}%" if total else "0/0"


def print_by_kind(title: str, counts: dict[str, list[int]]) -> None:
    """``title`` and one line per kind: hits over the total, from ``[hit, total]`` pairs."""
    if title:
        print(title)
    for kind, (hit, n) in sorted(counts.items()):
        print(f"  {kind:15} {rate(hit, n)}")


def flagged(report: Any, target: list[int]) -> bool:
    return any(overlaps(span, target) for f in problems(report) for span in f.spans)


# relation scoring --------------------------------------------------------------------


def score_relations(passage: dict[str, Any], report: Any, spans: dict[str, tuple[int, int]], tally: dict) -> None:
    gold = [r for r in passage["relations"] if r.get("role_spans")]
    found = [r for r in report.relations] if report else []
    found_members = [member_spans(r, spans) for r in found]
    for relation, members in zip(found, found_members, strict=True):
        kind = relation.kind.value
        tally["found"][kind] += 1
        verdict = "unlabelled"
        for g in gold:
            roles = list(g["role_spans"].values())
            if not lies_on(members, roles):
                continue
            if covered(members, roles) >= min(2, len(roles)):
                verdict = "trap" if g["kind"] == "unrelated" else "right"
                if verdict == "right":
                    break
        tally[verdict][kind] += 1
    for g in gold:
        if g["kind"] == "unrelated":
            continue
        roles = list(g["role_spans"].values())
        tally["gold"][g["kind"]] += 1
        whole = [members for members in found_members if covered(members, roles) == len(roles)]
        if whole:
            tally["covered"][g["kind"]] += 1
        if any(lies_on(members, roles) for members in whole):
            tally["recalled"][g["kind"]] += 1


def print_relations(tally: dict) -> None:
    found_total = sum(tally["found"].values())
    right_total = sum(tally["right"].values())
    gold_total = sum(tally["gold"].values())
    recalled_total = sum(tally["recalled"].values())
    print(f"relations found:           {found_total}")
    print(f"relation precision:        {rate(right_total, found_total)}"
          f" (traps {sum(tally['trap'].values())}, unlabelled {sum(tally['unlabelled'].values())})")  # fmt: skip
    print(f"relation recall:           {rate(recalled_total, gold_total)}")
    covered_total = sum(tally["covered"].values())
    print(f"  with more members allowed: {rate(covered_total, gold_total)} (the real-news labels' rule)")
    print("relation precision by found kind (right / found; traps, unlabelled):")
    for kind in sorted(tally["found"]):
        print(f"  {kind:15} {rate(tally['right'][kind], tally['found'][kind])}"
              f"  ({tally['trap'][kind]} traps, {tally['unlabelled'][kind]} unlabelled)")  # fmt: skip
    print("relation recall by labelled kind:")
    for kind in sorted(tally["gold"]):
        print(f"  {kind:15} {rate(tally['recalled'][kind], tally['gold'][kind])}")


# real news ---------------------------------------------------------------------------


def realnews(directory: Path, show: bool) -> None:
    files = sorted(directory.glob("*.txt"))
    if not files:
        print(f"real news: no *.txt in {directory}")
        return
    words = 0
    alarms: list[tuple[str, Any]] = []
    failed = []
    relations = certain = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        words += len(text.split())
        report, _, error = analyse(text)
        if error:
            failed.append(f"{path.stem}: {error}")
            continue
        alarms.extend((path.stem, f) for f in problems(report))
        relations += len(report.relations)
        certain += sum(1 for r in report.relations if r.evidence.certain)
    per = 10000 * len(alarms) / words if words else 0.0
    with_alarm = len({name for name, _ in alarms})
    print(f"real news: {len(files)} passages, {words} words ({directory})")
    print(f"alarms:                    {len(alarms)} = {per:.2f} per 10,000 words, in {with_alarm} passages")
    print(f"failed runs:               {len(failed)}")
    density = 1000 * relations / max(words, 1)
    print(f"relations found:           {relations} ({certain} certain) = {density:.1f} per 1,000 words")
    if show:
        for name, f in alarms:
            print(f"  {name} {f.severity.value} {f.check}: {' '.join(f.message.split())}")
            if f.pairing:
                print(f"      why: {f.pairing}")
        for line in failed:
            print("  failed:", line)


def realnews_labelled(directory: Path, labels_path: Path, show: bool) -> None:
    from bench.realnews_labels import Score, load_texts, mismatches, read_labels, score_passage

    label_set = read_labels(labels_path.read_text(encoding="utf-8"))
    texts, missing = load_texts(directory, label_set.passages)
    wrong = mismatches(label_set.labels + label_set.doubtful, texts)
    unusable = {label.line for label, _ in wrong}
    score, failed = Score(), []
    for passage in label_set.passages:
        if passage not in texts:
            continue
        report, spans, error = analyse(texts[passage])
        if error:
            failed.append(f"{passage}: {error}")
        labels = [label for label in label_set.of(passage) if label.line not in unusable]
        doubtful = [label for label in label_set.doubtful if label.passage == passage and label.line not in unusable]
        score_passage(passage, labels, doubtful, report, spans, score)
    total = sum(score.labelled.values())
    words = sum(len(t.split()) for t in texts.values())
    print(f"real-news labels: {labels_path}, {len(label_set.passages)} passages labelled, {len(texts)} on disk"
          f" ({words} words, {directory})")  # fmt: skip
    print(f"passages missing:          {len(missing)}" + (f" ({', '.join(missing)})" if missing else ""))
    print(f"figure mismatches:         {len(wrong)} (relations not scored)")
    for label, why in wrong:
        print(f"  line {label.line}: {label.describe()}: {why}")
    print(f"failed runs:               {len(failed)}")
    for line in failed:
        print("  failed:", line)
    print(f"relations labelled:        {total}")
    print(f"found:                     {rate(sum(score.found.values()), total)}")
    print(f"found partly:              {rate(sum(score.partly.values()), total)} (at least two members, not all)")
    print(f"checked (pass or fail):    {rate(sum(score.checked.values()), total)}")
    print("by labelled kind (found, partly, checked / labelled):")
    for kind in sorted(score.labelled):
        n = score.labelled[kind]
        print(f"  {kind:15} {score.found[kind]:3} {score.partly[kind]:3} {score.checked[kind]:3} / {n}")
    found = sum(score.relations.values())
    print(f"doubtful labels (apart):   {len(label_set.doubtful)}, found {score.doubtful_found}")
    on_doubtful = sum(1 for u in score.unmatched if u.doubtful)
    print(f"engine relations:          {found}, matching no label {len(score.unmatched) - on_doubtful}"
          f" (and {on_doubtful} only a doubtful label)")  # fmt: skip
    if show:
        print("\nlabelled relations not found:")
        for label, partly in score.missed:
            print(f"  {label.describe()}" + (" (found partly)" if partly else ""))
        print("engine relations matching no label (judge them for precision):")
        for u in score.unmatched:
            text = texts[u.passage]
            figures = " | ".join(" ".join(text[s:e].split()) for s, e in u.members)
            tag = ", doubtful label" if u.doubtful else ""
            print(f"  {u.passage} {u.relation.kind.value} ({u.verdicts}{tag}): {figures}")
            print(f"      why: {' '.join(u.relation.reason.split())}")


def realnews_mutants(directory: Path, labels_path: Path, show: bool) -> None:
    from bench.realnews_labels import load_texts, mismatches, read_labels
    from bench.realnews_mutants import mutate

    label_set = read_labels(labels_path.read_text(encoding="utf-8"))
    texts, _ = load_texts(directory, label_set.passages)
    unusable = {label.line for label, _ in mismatches(label_set.labels, texts)}
    detected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses, failed, skipped = [], [], 0
    originals: dict[str, Any] = {}
    for label in label_set.labels:
        if label.line in unusable:
            continue
        text = texts[label.passage]
        mutant = mutate(label, text)
        if mutant is None:
            skipped += 1
            continue
        if label.passage not in originals:
            originals[label.passage] = analyse(text)[0]
        if flagged(originals[label.passage], list(mutant.member.span)):
            skipped += 1  # already alarmed on the published text: not a test of the change
            continue
        report, _, error = analyse(mutant.text)
        detected[label.kind][1] += 1
        if error:
            failed.append(f"{label.describe()}: {error}")
        if not error and flagged(report, list(mutant.span)):
            detected[label.kind][0] += 1
        else:
            misses.append(f"{label.describe()}: {mutant.member.role} {mutant.member.figure} -> {mutant.figure}")
    hit, total = (sum(v[i] for v in detected.values()) for i in (0, 1))
    print(f"real-news mutants: {labels_path}, one per labelled relation this benchmark can verify")
    print(f"labels without a mutant:   {skipped} (not read, not holding, or already alarmed)")
    print(f"detection on mutants:      {rate(hit, total)}")
    print(f"failed runs:               {len(failed)}")
    print_by_kind("", detected)
    if show:
        print("\nmissed mutants:")
        for line in misses:
            print(f"  {line}")
        for line in failed:
            print("  failed:", line)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--split", choices=["tune", "aside", "all"], default="tune")
    parser.add_argument("--kind", help="only mutants and passages whose (primary) kind is this")
    parser.add_argument("--show-misses", action="store_true", help="print each miss and false alarm")
    parser.add_argument("--realnews", type=Path, nargs="?", const=DEFAULT_REALNEWS, help="score a real-news corpus")
    parser.add_argument("--show-alarms", action="store_true", help="list every real-news alarm")
    parser.add_argument("--labels", type=Path, help="with --realnews: score against this relations tsv")
    parser.add_argument("--mutants", action="store_true", help="with --labels: break each label once, score detection")
    args = parser.parse_args(argv)
    started = time.monotonic()
    if args.realnews is not None and args.labels is not None and args.mutants:
        realnews_mutants(args.realnews, args.labels, args.show_misses)
        print(f"time: {time.monotonic() - started:.1f}s")
        return 0
    if args.realnews is not None and args.labels is not None:
        realnews_labelled(args.realnews, args.labels, args.show_misses)
        print(f"time: {time.monotonic() - started:.1f}s")
        return 0
    if args.realnews is not None:
        realnews(args.realnews, args.show_alarms)
        print(f"time: {time.monotonic() - started:.1f}s")
        return 0
    if not (args.data / "passages.json").exists():
        print(f"no data at {args.data}", file=sys.stderr)
        return 2

    def wanted(passage_id: str) -> bool:
        return args.split == "all" or set_aside(passage_id) == (args.split == "aside")

    passages = [p for p in json.loads((args.data / "passages.json").read_text(encoding="utf-8")) if wanted(p["id"])]
    mutants = [m for m in json.loads((args.data / "mutants.json").read_text(encoding="utf-8")) if wanted(m["base"])]
    if args.kind:
        mutants = [m for m in mutants if m["relation_kind"] == args.kind]
        passages = [p for p in passages if p["primary_kind"] == args.kind or args.kind in p["kinds"]]
    failed: list[str] = []

    detected: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    misses = []
    for mutant in mutants:
        report, _, error = analyse(mutant["text"])
        kind = mutant["relation_kind"]
        detected[kind][1] += 1
        if error:
            failed.append(f"{mutant['id']}: {error}")
            misses.append((mutant["id"], "failed run"))
        elif flagged(report, mutant["mutated_span"]):
            detected[kind][0] += 1
        else:
            misses.append((mutant["id"], f"{kind}: {mutant['original']} -> {mutant['mutated']}"))

    alarms: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_alarms = []
    recall_hits, recall_total, recall_misses = 0, 0, []
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for passage in passages:
        report, spans, error = analyse(passage["text"])
        if error:
            failed.append(f"{passage['id']}: {error}")
        score_relations(passage, report, spans, tally)
        found = problems(report)
        if passage["consistent"]:
            kind = passage["primary_kind"]
            alarms[kind][1] += 1
            if found:
                alarms[kind][0] += 1
                false_alarms.append((passage["id"], [f"{f.check}: {f.message}" for f in found]))
        else:
            recall_total += 1
            surfaces = [
                span
                for relation in passage["relations"]
                if relation.get("consistent") is False
                for span in relation["surface_spans"]
            ]
            if any(flagged(report, s) for s in surfaces):
                recall_hits += 1
            else:
                recall_misses.append(passage["id"])

    total_detected = sum(v[0] for v in detected.values())
    total_alarms = sum(v[0] for v in alarms.values())
    consistent = sum(v[1] for v in alarms.values())
    print(f"consistency benchmark ({args.split}): {len(passages)} passages, {len(mutants)} mutants ({args.data})")
    print(f"detection on mutants:      {rate(total_detected, len(mutants))}")
    print(f"false alarms (consistent): {rate(total_alarms, consistent)}")
    print(f"recall on real errors:     {rate(recall_hits, recall_total)}")
    print(f"failed runs:               {len(failed)}")
    print_by_kind("detection by mutated relation kind:", detected)
    print_by_kind("false alarms by passage primary_kind:", alarms)
    print_relations(tally)
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
