"""Hand-labelled relations of real-news passages, read from a tsv, and the engine scored against them.

The tsv holds, per relation, the passage id, the kind and its members as
``role=start:end:figure``: character offsets into the stored text and the figure
as printed there, never other words of the passage (the texts stay outside the
repository). ``# labelled: a001 a002 ...`` lists the passages labelled in full, so a
passage with no relation still counts; ``#? `` rows are doubtful pairings, kept for a
reader and scored apart.

A labelled relation is **found** when one relation of the engine overlaps every
labelled member, **found partly** when one overlaps at least two (not all), and
**checked** when a relation that finds it also got a pass or fail finding (an
indeterminate one says the pairing was not certain enough to judge). An engine
relation **matches** a label under the development set's precision rule: all its
members lie on the label's members and it covers at least two of them (or the only one).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.relation_match import covered, lies_on, member_spans

DOUBTFUL = "#? "
LABELLED = re.compile(r"#\s*labelled:(.*)")
MEMBER = re.compile(r"(\w+)=(\d+):(\d+):(\S+)")


@dataclass(frozen=True)
class Member:
    role: str
    start: int
    end: int
    figure: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Label:
    passage: str
    kind: str
    members: tuple[Member, ...]
    line: int
    doubtful: bool = False

    @property
    def roles(self) -> list[tuple[int, int]]:
        return [m.span for m in self.members]

    def describe(self) -> str:
        return f"{self.passage} {self.kind} " + " ".join(f"{m.role}={m.figure}" for m in self.members)


@dataclass
class LabelSet:
    labels: list[Label] = field(default_factory=list)
    doubtful: list[Label] = field(default_factory=list)
    passages: list[str] = field(default_factory=list)

    def of(self, passage: str) -> list[Label]:
        return [label for label in self.labels if label.passage == passage]


def parse_row(row: str, line: int, doubtful: bool = False) -> Label:
    columns = row.split("\t")
    if len(columns) < 3:
        raise ValueError(f"line {line}: expected id, kind and members separated by tabs")
    passage, kind, members = columns[:3]
    parsed = []
    for token in members.split():
        match = MEMBER.fullmatch(token)
        if not match:
            raise ValueError(f"line {line}: member {token!r} is not role=start:end:figure")
        role, start, end, figure = match.groups()
        parsed.append(Member(role, int(start), int(end), figure))
    if not parsed:
        raise ValueError(f"line {line}: a relation with no members")
    return Label(passage.strip(), kind.strip(), tuple(parsed), line, doubtful)


def read_labels(text: str) -> LabelSet:
    """Parse the tsv; the passages labelled are those of the ``# labelled:`` line, else those with rows."""
    out = LabelSet()
    listed: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        row = raw.rstrip("\n")
        if row.startswith(DOUBTFUL):
            out.doubtful.append(parse_row(row[len(DOUBTFUL) :], number, doubtful=True))
        elif match := LABELLED.fullmatch(row.strip()):
            listed = match.group(1).split()
        elif row.strip() and not row.startswith("#") and not row.startswith("id\t"):
            out.labels.append(parse_row(row, number))
    rows = list(dict.fromkeys(label.passage for label in out.labels))
    out.passages = listed if listed is not None else rows
    unlisted = sorted(set(rows) - set(out.passages))
    if unlisted:
        raise ValueError(f"relations for passages not in the labelled list: {', '.join(unlisted)}")
    return out


def mismatches(labels: list[Label], texts: dict[str, str]) -> list[tuple[Label, str]]:
    """Labels whose stored figure is not the text at its offsets (a re-fetched text may differ)."""
    wrong = []
    for label in labels:
        text = texts.get(label.passage)
        if text is None:
            wrong.append((label, "no text"))
            continue
        for m in label.members:
            if text[m.start : m.end] != m.figure:
                there = text[m.start : m.end]
                wrong.append((label, f"{m.role}: expected {m.figure!r} at {m.start}:{m.end}, text has {there!r}"))
                break
    return wrong


@dataclass(frozen=True)
class Unmatched:
    """An engine relation that matches no label: for a reader to judge."""

    passage: str
    relation: Any
    members: list[tuple[int, int]]
    verdicts: str
    doubtful: bool


@dataclass
class Score:
    """Counts by labelled kind, and the engine's relations that match no label."""

    labelled: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    partly: Counter = field(default_factory=Counter)
    checked: Counter = field(default_factory=Counter)
    missed: list[tuple[Label, bool]] = field(default_factory=list)  # with whether it was found partly
    relations: Counter = field(default_factory=Counter)
    unmatched: list[Unmatched] = field(default_factory=list)
    doubtful_found: int = 0


def decided(report: Any) -> set[str]:
    """Ids of the relations a check judged, pass or fail (not indeterminate)."""
    return {f.relation for f in report.findings if f.relation and f.status.value in ("pass", "fail")}


def score_passage(
    passage: str,
    labels: list[Label],
    doubtful: list[Label],
    report: Any,
    claim_spans: dict[str, tuple[int, int]],
    score: Score,
) -> None:
    found = list(report.relations) if report else []
    members = [member_spans(r, claim_spans) for r in found]
    judged = decided(report) if report else set()
    for label in labels:
        roles = label.roles
        score.labelled[label.kind] += 1
        full = [r for r, m in zip(found, members, strict=True) if covered(m, roles) == len(roles)]
        if full:
            score.found[label.kind] += 1
            if any(r.id in judged for r in full):
                score.checked[label.kind] += 1
            continue
        partly = len(roles) > 1 and any(covered(m, roles) >= 2 for m in members)
        score.partly[label.kind] += partly
        score.missed.append((label, partly))
    score.doubtful_found += sum(
        1 for label in doubtful if any(covered(m, label.roles) == len(label.roles) for m in members)
    )

    def matches(m: list[tuple[int, int]], label: Label) -> bool:
        return lies_on(m, label.roles) and covered(m, label.roles) >= min(2, len(label.roles))

    for relation, m in zip(found, members, strict=True):
        score.relations[relation.kind.value] += 1
        if any(matches(m, label) for label in labels):
            continue
        verdicts = ", ".join(f.status.value for f in report.findings if f.relation == relation.id) or "no finding"
        on_doubtful = any(matches(m, label) for label in doubtful)
        score.unmatched.append(Unmatched(passage, relation, m, verdicts, on_doubtful))


def load_texts(directory: Path, passages: list[str]) -> tuple[dict[str, str], list[str]]:
    texts, missing = {}, []
    for passage in passages:
        path = directory / f"{passage}.txt"
        if path.exists():
            texts[passage] = path.read_text(encoding="utf-8")
        else:
            missing.append(passage)
    return texts, missing
