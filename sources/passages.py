"""Evidence by passage: a reviewer picks a sentence of a source, the server works out the rest.

A passage is named by its source and its sentence number in the engine's own sentence split of
the source text. Sources never change once stored, so that name always means the same characters;
the offsets, the match score and the figure comparison are computed here from the text, never
taken from what a browser sends.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.contrib.auth.models import AbstractBaseUser
from django.db.models import QuerySet
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString
from pydantic import ValidationError as PydanticValidationError

from claims.models import Claim
from sources.models import Evidence, Source, Stance

if TYPE_CHECKING:
    from factcheck.linking.compare import Comparison, Rates

# Search results shown at once: a reviewer reads them, so a page of them is enough.
SEARCH_LIMIT = 25
# Texts whose reading is kept in memory, keyed by the text itself (hashing even megabytes costs
# milliseconds; a stored hash is only as true as whoever wrote it): sentences and stated rates.
_READ_CACHE_SIZE = 8
_reads: OrderedDict[str, tuple[list[tuple[int, int]], Rates]] = OrderedDict()


class PassageError(ValueError):
    """A picked passage that is not one: the message is one line for the reviewer."""


@dataclass(frozen=True)
class Passage:
    source: Source
    number: int  # the sentence's place in the source, from 1
    start: int
    end: int
    text: str

    @property
    def key(self) -> str:
        """What the page sends back to name this passage: source and sentence number, no offsets."""
        return f"{self.source.pk}:{self.number}"


def _read(source: Source) -> tuple[list[tuple[int, int]], Rates]:
    """The source's sentences and the exchange rates it states, read once per text."""
    # The engine is imported where first needed: the admin loads this module at every start, when most
    # processes (commands, a web worker's first pages) need no passage read.
    from factcheck.extraction.sentences import split_sentences
    from factcheck.linking.compare import rates_in_text

    text = source.body
    known = _reads.get(text)
    if known is None:
        known = [(s.start, s.end) for s in split_sentences(text)], rates_in_text(text)
        _reads[text] = known
        while len(_reads) > _READ_CACHE_SIZE:
            _reads.popitem(last=False)
    else:
        _reads.move_to_end(text)
    return known


def sentence_spans(source: Source) -> list[tuple[int, int]]:
    return _read(source)[0]


def passage(source: Source, number: int) -> Passage:
    spans = sentence_spans(source)
    if not 1 <= number <= len(spans):
        raise PassageError(f"“{source}” has no sentence {number}: search its text again.")
    start, end = spans[number - 1]
    return Passage(source, number, start, end, source.body[start:end])


def passage_by_key(key: str) -> Passage:
    match = re.fullmatch(r"(\d+):(\d+)", key or "")
    if match is None:
        raise PassageError("Pick a passage from the list first.")
    source = Source.objects.filter(pk=int(match.group(1))).first()
    if source is None:
        raise PassageError("That source no longer exists: search again.")
    return passage(source, int(match.group(2)))


def _words(query: str) -> list[str]:
    return [word.casefold() for word in query.split() if word.strip()]


def search(sources: QuerySet[Source], query: str, limit: int = SEARCH_LIMIT) -> list[Passage]:
    """Sentences of the sources that contain every word of the query (any case), in text order."""
    words = _words(query)
    if not words:
        return []
    for word in words:  # the database narrows the sources before any text is split
        sources = sources.filter(body__icontains=word)
    found: list[Passage] = []
    # A few rows at a time: each carries a whole text, and the search stops at ``limit`` passages.
    for source in sources.order_by("title", "pk").iterator(chunk_size=4):
        folded = source.body.casefold()
        # casefold can change a text's length (ß -> ss); then offsets into the folded text mislead.
        same_length = len(folded) == len(source.body)
        for number, (start, end) in enumerate(sentence_spans(source), start=1):
            sentence = folded[start:end] if same_length else source.body[start:end].casefold()
            if all(word in sentence for word in words):
                found.append(Passage(source, number, start, end, source.body[start:end]))
                if len(found) >= limit:
                    return found
    return found


def suggestions(claim: Claim) -> list[tuple[Passage, Evidence]]:
    """The passages automatic linking found for the claim, each with the link it stored."""
    found = []
    # Passages of a text a newer revision replaces are not offered: quote the current text.
    automatic = Evidence.objects.filter(claim=claim, linked_by__isnull=True, source__revisions__isnull=True)
    automatic = automatic.select_related("source")
    for evidence in automatic.order_by("-score", "id"):
        spans = sentence_spans(evidence.source)
        try:
            number = spans.index((evidence.start, evidence.end)) + 1
        except ValueError:
            continue  # linked by an older split of the text: search for it instead
        found.append((passage(evidence.source, number), evidence))
    return found


def marked(text: str, query: str) -> SafeString:
    """The passage, escaped, with each word of the query marked."""
    words = [re.escape(word) for word in _words(query)]
    if not words:
        return format_html("{}", text)
    parts = re.split(f"({'|'.join(words)})", text, flags=re.IGNORECASE)
    return format_html_join(
        "", "{}", ((format_html("<mark>{}</mark>", part) if i % 2 else part,) for i, part in enumerate(parts))
    )


@dataclass(frozen=True)
class Judgement:
    stance: str  # what the figures suggest
    comparison: Comparison | None
    score: float

    @property
    def note(self) -> str:
        if self.comparison is not None:
            return self.comparison.note
        return "no figure in the passage can be compared with the claim's"


def judge(claim: Claim, picked: Passage) -> Judgement:
    from factcheck.linking.link import judge_passage  # see _read

    try:
        reading = claim.parsed_reading()
    except PydanticValidationError:  # a reading stored by an older engine: nothing to compare
        return Judgement(Stance.MENTIONS, None, 0.0)
    stance, comparison, score = judge_passage(
        reading, picked.source.body, (picked.start, picked.end), _read(picked.source)[1]
    )
    return Judgement(stance, comparison, score)


def attach(
    claim: Claim, picked: Passage, *, stance: str, note: str, user: AbstractBaseUser
) -> tuple[Evidence, Judgement, bool]:
    """Link the picked passage to the claim as ``user``'s evidence; the same passage again replaces
    the stance and note of its link (the link's history keeps the earlier ones). Atomic."""
    if stance not in Stance.values:
        raise PassageError("Choose whether the passage supports, contradicts or only mentions the claim.")
    judgement = judge(claim, picked)
    comparison = {
        "note": judgement.note,
        **(judgement.comparison.model_dump(mode="json") if judgement.comparison else {}),
    }
    # update_or_create locks the row it updates and is atomic on its own.
    evidence, created = Evidence.objects.update_or_create(
        claim=claim,
        source=picked.source,
        start=picked.start,
        end=picked.end,
        defaults={
            "quote": picked.text,
            "stance": stance,
            "note": note,
            "score": min(100.0, max(0.0, judgement.score)),
            "comparison": comparison,
            "linked_by": user,
        },
    )
    return evidence, judgement, created


def current_sources() -> QuerySet[Source]:
    """Sources no newer revision replaces: the texts a reviewer should quote."""
    return Source.objects.filter(revisions__isnull=True)


def sources_to_link() -> list[Source]:
    """The current sources, by pk: what an article's claims are linked to (import --check, run_checks --link, the
    API, the import page)."""
    return list(current_sources().order_by("pk"))


def labelled(sources: Iterable[Source]) -> list[tuple[int, str]]:
    return [(s.pk, f"{s.title} ({s.get_kind_display().split(' (')[0].lower()})") for s in sources]
