"""Find, for each claim, the passage of each source that supports, contradicts or mentions it.

Cost: every source is split and read once; claims are grouped by subject and
metric, and each group is scored with one ``rapidfuzz.process.cdist`` call
against only the passages that name the subject and use a metric word (an
inverted index finds them), so the work grows with the matches, not with
claims x passages.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process, utils

from factcheck.claim import Claim
from factcheck.extraction import extract_quantities
from factcheck.extraction.sentences import split_sentences
from factcheck.linking.compare import Assessment, Comparison, Rates, assess, rates_in_text
from factcheck.linking.vocabulary import metric_words, subject_keys, words
from factcheck.quantity import Quantity

Stance = Literal["supports", "contradicts", "mentions"]

# Below this a passage shares too little wording with the claim to speak of it.
MIN_SCORE = 45.0
# A different figure only contradicts when the passage is clearly about the same thing.
CONTRADICT_SCORE = 55.0
# Sources "about" a subject lend it to all their passages only while they are few.
ABOUT_LIMIT = 50
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


class SourceText(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    text: str
    title: str = ""
    kind: Literal["primary", "secondary"] = "secondary"


class EvidenceLink(BaseModel):
    model_config = ConfigDict(frozen=True)

    claim_id: str
    source_id: str
    span: tuple[int, int]
    passage: str
    score: float
    stance: Stance
    comparison: Comparison | None = None
    note: str


@dataclass
class _Passage:
    source: int
    start: int
    end: int
    text: str
    words: set[str]
    figures: list[Quantity] = field(default_factory=list)


@dataclass
class _Corpus:
    sources: list[SourceText]
    passages: list[_Passage]
    index: dict[str, set[int]]
    source_words: list[set[str]]
    rates: list[Rates]
    source_index: dict[str, set[int]] = field(default_factory=dict)
    source_passages: list[range] = field(default_factory=list)


def prepare_corpus(sources: Sequence[SourceText], rates: Rates | None = None) -> _Corpus:
    """Split and read the sources once; the result serves any number of ``link_prepared`` calls."""
    passages: list[_Passage] = []
    index: dict[str, set[int]] = defaultdict(set)
    source_words: list[set[str]] = []
    source_rates: list[Rates] = []
    for number, source in enumerate(sources):
        sentences = split_sentences(source.text)
        figures = extract_quantities(source.text)
        first = len(passages)
        for sentence in sentences:
            passages.append(_Passage(number, sentence.start, sentence.end, sentence.text, words(sentence.text)))
        # Figures arrive in text order, as do sentences: one merge pass places them.
        cursor = first
        for figure in figures:
            while cursor < len(passages) and passages[cursor].end <= figure.span[0]:
                cursor += 1
            if cursor < len(passages) and passages[cursor].start <= figure.span[0]:
                passages[cursor].figures.append(figure)
        for position in range(first, len(passages)):
            for word in passages[position].words:
                index[word].add(position)
        opening = " ".join(p.text for p in passages[first : first + 3])
        source_words.append(words(f"{source.title} {opening}"))
        source_rates.append({**rates_in_text(source.text), **(rates or {})})
    source_index: dict[str, set[int]] = defaultdict(set)
    for number, vocabulary in enumerate(source_words):
        for word in vocabulary:
            source_index[word].add(number)
    starts = [0] * (len(sources) + 1)
    for passage in passages:
        starts[passage.source + 1] += 1
    for number in range(len(sources)):
        starts[number + 1] += starts[number]
    source_passages = [range(starts[n], starts[n + 1]) for n in range(len(sources))]
    return _Corpus(list(sources), passages, index, source_words, source_rates, source_index, source_passages)


def _candidates(corpus: _Corpus, claim: Claim) -> list[int]:
    keys = subject_keys(claim.subject)
    if not keys:
        return []
    metric = metric_words(claim)
    named: set[int] = set().union(*(corpus.index.get(key, ()) for key in keys))
    about: set[int] = set().union(*(corpus.source_index.get(key, ()) for key in keys))
    # A source about the subject lends it to passages that only say "the company"; a subject that
    # half the corpus is about is too common for that to mean anything.
    if about and len(about) < ABOUT_LIMIT:
        for source in about:
            named.update(corpus.source_passages[source])
    if metric:
        named &= set().union(*(corpus.index.get(word, ()) for word in metric))
    return sorted(named)


def _period_conflict(claim: Claim, passage: _Passage) -> bool:
    """True when the passage speaks only of other years than the claim's period."""
    year = claim.period.year if claim.period is not None else None
    if year is None:
        return False
    years = {int(y) for y in _YEAR.findall(passage.text)}
    return bool(years) and year not in years


def _judge(claim: Claim, passage: _Passage, rates: Rates) -> tuple[Stance, Assessment | None]:
    found = [a for figure in passage.figures if (a := assess(claim.quantity, figure, rates)) is not None]
    # A figure printed in the claim's own currency outranks one converted at some rate: when a
    # filing gives both, the translated figure is the one the article should have used.
    direct = [a for a in found if not a.converted and a.outcome != "not_comparable"]
    if direct:
        found = direct
    for assessment in found:
        if assessment.outcome == "equal":
            return "supports", assessment
    different = [a for a in found if a.outcome == "different"]
    if different and not _period_conflict(claim, passage):
        return "contradicts", different[0]
    unknown = [a for a in found if a.outcome == "not_comparable"]
    return "mentions", unknown[0] if unknown else None


def _note(comparison: Comparison | None) -> str:
    if comparison is not None:
        return comparison.note
    return "the passage speaks of the same subject and metric but states no comparable figure"


def link_claims(
    claims: Sequence[Claim], sources: Sequence[SourceText], rates: Rates | None = None
) -> list[EvidenceLink]:
    """At most one link per claim and source: the supporting passage if any, else a contradicting
    one, else one that mentions the claim's subject and metric."""
    if not claims or not sources:
        return []
    return link_prepared(claims, prepare_corpus(sources, rates))


def link_prepared(claims: Sequence[Claim], corpus: _Corpus) -> list[EvidenceLink]:
    groups: dict[tuple[int, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        candidates = _candidates(corpus, claim)
        if candidates:
            groups[tuple(candidates)].append(claim)
    links: list[EvidenceLink] = []
    for candidates, members in groups.items():
        texts = [corpus.passages[i].text for i in candidates]
        scores = process.cdist(
            [claim.text for claim in members],
            texts,
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            score_cutoff=MIN_SCORE,
        )
        for row, claim in enumerate(members):
            links.extend(_links_for_claim(corpus, claim, candidates, scores[row]))
    return links


def link_exhaustively(claims: Sequence[Claim], corpus: _Corpus) -> list[EvidenceLink]:
    """The same links without the index or vectorising: every claim against every passage in a
    Python loop. Kept as the reference the benchmark measures ``link_prepared`` against."""
    links: list[EvidenceLink] = []
    everything = tuple(range(len(corpus.passages)))
    texts = [utils.default_process(passage.text) for passage in corpus.passages]
    for claim in claims:
        keys, metric = subject_keys(claim.subject), metric_words(claim)
        about = {n for n, vocabulary in enumerate(corpus.source_words) if keys & vocabulary}
        query = utils.default_process(claim.text)
        scores = []
        for passage, text in zip(corpus.passages, texts, strict=True):
            named = bool(keys & passage.words) or (passage.source in about and len(about) < ABOUT_LIMIT)
            relevant = named and (not metric or bool(metric & passage.words))
            scores.append(fuzz.token_set_ratio(query, text, score_cutoff=MIN_SCORE) if relevant else 0.0)
        links.extend(_links_for_claim(corpus, claim, everything, scores))
    return links


_RANK: dict[Stance, int] = {"supports": 2, "contradicts": 1, "mentions": 0}


def _links_for_claim(corpus: _Corpus, claim: Claim, candidates: tuple[int, ...], scores) -> list[EvidenceLink]:
    best: dict[int, tuple[tuple[int, float], _Passage, Stance, Assessment | None]] = {}
    for column, position in enumerate(candidates):
        score = float(scores[column])
        if score <= 0:
            continue
        passage = corpus.passages[position]
        stance, assessment = _judge(claim, passage, corpus.rates[passage.source])
        if stance == "contradicts" and score < CONTRADICT_SCORE:
            stance = "mentions"
        key = (_RANK[stance], score)
        if passage.source not in best or best[passage.source][0] < key:
            best[passage.source] = (key, passage, stance, assessment)
    links = []
    for (_, score), passage, stance, assessment in best.values():
        comparison = assessment.report() if assessment is not None else None
        links.append(
            EvidenceLink(
                claim_id=claim.id,
                source_id=corpus.sources[passage.source].id,
                span=(passage.start, passage.end),
                passage=passage.text,
                score=round(score, 1),
                stance=stance,
                comparison=comparison,
                note=_note(comparison),
            )
        )
    return links


def judge_passage(
    claim: Claim, text: str, span: tuple[int, int], rates: Rates | None = None
) -> tuple[Stance, Comparison | None, float]:
    """What linking would say of one passage a reviewer picked: the stance its figures suggest,
    the comparison behind it and how much wording it shares with the claim (0-100).

    ``span`` is the passage's place in the source ``text``; only the passage is read for
    figures. ``rates`` are the exchange rates that apply; left out, they are the ones the text
    states (a read of the whole text: callers judging many passages of one text pass them).
    """
    start, end = span
    passage = _Passage(0, start, end, text[start:end], set())
    passage.figures = [
        figure.model_copy(update={"span": (figure.span[0] + start, figure.span[1] + start)})
        for figure in extract_quantities(passage.text)
    ]
    stance, assessment = _judge(claim, passage, rates_in_text(text) if rates is None else rates)
    score = fuzz.token_set_ratio(claim.text, passage.text, processor=utils.default_process)
    return stance, assessment.report() if assessment is not None else None, round(float(score), 1)
