"""What an editor reads first about an article: the problems, the verdicts, the corrections needed.

Built once per article from its claims and results, and shared by the HTML (and so the PDF) and
Markdown reports, so both lead with the same things in the same words (:mod:`claims.wording`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims import wording
from claims.exports.loader import ArticleBundle, ClaimRow
from claims.exports.verdicts import VerdictRecord, corrections_of, verdict_record
from factcheck.report import ArticleHead, ClaimItem, ResultItem

NEEDS_CORRECTION = {"inaccurate", "misleading"}
SEVERITY_RANK = {"error": 0, "warning": 1, "info": 2}
# A sentence ends at . ! or ? followed by a space and a capital: "$89.44, which" and "U.S." stay whole.
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")


def first_sentence(message: str) -> str:
    """A check's message opens with its arithmetic; the rest (readings, advice) goes in the appendix."""
    flat = " ".join(message.split())
    head = SENTENCE_END.split(flat, maxsplit=1)[0]
    return head if head.endswith((".", "!", "?")) else head + "."


@dataclass(frozen=True)
class Quote:
    """An article sentence with the figures a result used, as (start, end) offsets into the sentence."""

    text: str
    marks: list[tuple[int, int]]


@dataclass(frozen=True)
class Problem:
    result: ResultItem
    title: str
    arithmetic: str
    quotes: list[Quote]
    # The claims the result is about, each with its verdict so far (None: not reviewed yet).
    reviews: list[tuple[ClaimItem, VerdictRecord | None]]

    @property
    def status_line(self) -> str:
        return wording.finding_reason(self.result.status, self.result.severity, self.result.check)


@dataclass
class Digest:
    head: ArticleHead
    rows: list[ClaimRow]
    results: list[ResultItem]
    problems: list[Problem] = field(default_factory=list)
    verdicts: list[tuple[ClaimItem, VerdictRecord]] = field(default_factory=list)

    @property
    def corrections(self) -> list[tuple[ClaimItem, VerdictRecord]]:
        return [(c, v) for c, v in self.verdicts if v.verdict in NEEDS_CORRECTION]

    @property
    def unreviewed_problems(self) -> list[Problem]:
        return [p for p in self.problems if all(v is None for _, v in p.reviews)]

    @property
    def undecided(self) -> list[ResultItem]:
        return [r for r in self.results if r.status == "indeterminate"]

    @property
    def passed(self) -> list[ResultItem]:
        return [r for r in self.results if r.status == "pass"]

    @property
    def unchecked(self) -> list[ClaimItem]:
        return [row.item for row in self.rows if row.worst == "unchecked"]


@dataclass(frozen=True)
class ResultGroup:
    """Results of one check that say the same thing, listed once with the figures they are about."""

    title: str
    sentence: str
    figures: list[str]


def grouped(results: list[ResultItem], *, by_title: bool = False) -> list[ResultGroup]:
    """Results that say the same thing (or, by_title, come from the same check) as one entry."""
    groups: dict[tuple[str, str], list[str]] = {}
    for result in results:
        key = (wording.check_title(result.check), "" if by_title else first_sentence(result.message))
        groups.setdefault(key, []).extend(q for q in result.quoted if q not in groups.get(key, []))
    return [ResultGroup(title, sentence, figures) for (title, sentence), figures in groups.items()]


def quotes_for(result: ResultItem, claims: dict[int, ClaimItem]) -> list[Quote]:
    """The sentences holding the result's figures, each once, in text order, with those figures marked."""
    sentences: dict[tuple[int, int], str] = {}
    for claim_id in result.claim_ids:
        claim = claims.get(claim_id)
        if claim is not None:
            sentences.setdefault(claim.sentence_span, claim.sentence)
    quotes = []
    for (start, end), text in sorted(sentences.items()):
        marks = sorted((s - start, e - start) for s, e in result.spans if start <= s < e <= end)
        kept, cursor = [], 0
        for s, e in marks:
            if s >= cursor:  # overlapping marks would garble the sentence: the first wins
                kept.append((s, e))
                cursor = e
        quotes.append(Quote(text, kept))
    return quotes


def build(bundle: ArticleBundle) -> Digest:
    rows = list(bundle.claims())
    results = list(bundle.results())
    claims = {row.item.id: row.item for row in rows}
    corrects = corrections_of(claims.values())
    records = {c.id: verdict_record(c, corrects) for c in claims.values() if c.verdict}
    digest = Digest(bundle.head, rows, results)
    digest.verdicts = [(claims[i], record) for i, record in records.items() if record is not None]
    failures = sorted(
        (r for r in results if r.status == "fail"),
        key=lambda r: (SEVERITY_RANK.get(r.severity, 3), min((s for s, _ in r.spans), default=0), r.id),
    )
    for result in failures:
        reviewed = [(claims[i], records.get(i)) for i in result.claim_ids if i in claims]
        digest.problems.append(
            Problem(
                result=result,
                title=wording.check_title(result.check),
                arithmetic=first_sentence(result.message),
                quotes=quotes_for(result, claims),
                reviews=reviewed,
            )
        )
    return digest
