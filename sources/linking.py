"""Store the engine's evidence links for stored claims and sources.

Automatic links are replaced on every run; links a reviewer made (``linked_by``
set) are never touched. Each article's links are written atomically.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from django.db import transaction
from django.db.models import TextField
from django.db.models.functions import Cast

from claims.bulk_rows import insert_rows, insert_values
from claims.models import Article, Claim
from claims.stored_text import check_span
from factcheck.claim import Claim as ClaimReading
from factcheck.linking import EvidenceLink, SourceText, link_prepared, prepare_corpus
from factcheck.linking.compare import Comparison, Rates
from sources.models import Evidence, Source


def source_texts(sources: Iterable[Source]) -> list[SourceText]:
    return [SourceText(id=str(s.pk), text=s.body, title=s.title, kind=s.kind) for s in sources]


# Sources read for linking (sentences, figures, the word index), kept for the next article: a
# `link_sources --all` run reads its sources once, not once per article. Keyed by what the reading
# depends on, the texts' hashes included (stored texts never change), so a stale one is never used.
_CORPUS_CACHE_SIZE = 4
_corpora: OrderedDict[tuple, Any] = OrderedDict()  # the engine's prepare_corpus results


# What a source's reading depends on besides its text, whose hash stands for it (stored texts never change).
_IDENTITY = ("pk", "content_hash", "title", "kind")
_identity = attrgetter(*_IDENTITY)


def prepared_corpus(sources: Sequence[Source], rates: Rates | None = None) -> Any:
    """The engine's reading of ``sources`` (with ``rates``), made once and reused while they are the same."""
    key = (
        tuple(map(_identity, sources)),
        tuple(sorted((rates or {}).items())),
    )
    corpus = _corpora.get(key)
    if corpus is None:
        corpus = prepare_corpus(source_texts(sources), rates)
        _corpora[key] = corpus
        while len(_corpora) > _CORPUS_CACHE_SIZE:
            _corpora.popitem(last=False)
    else:
        _corpora.move_to_end(key)
    return corpus


def link_article(article: Article, sources: list[Source], rates: Rates | None = None) -> list[Evidence]:
    return next(link_articles([article.pk], sources, rates))[1]


ARTICLES_PER_BATCH = 50  # articles read, linked and written together: a few queries per batch, not per article


IDS_PER_QUERY = 900  # under SQLite's oldest limit on a statement's parameters (999)


def chunks(ids: list[int]) -> Iterator[list[int]]:
    for first in range(0, len(ids), IDS_PER_QUERY):
        yield ids[first : first + IDS_PER_QUERY]


def link_articles(
    article_ids: Sequence[int], sources: list[Source], rates: Rates | None = None
) -> Iterator[tuple[int, list[Evidence]]]:
    """Link each article's claims to ``sources``; yields each article id (in the order given) with
    its new automatic links. Automatic links the articles had to these sources are replaced;
    a reviewer's are kept, and a new link at the very passage a reviewer linked is left out.

    A batch of articles costs a handful of queries whatever its size (its claims' readings, their
    evidence to these sources, one delete, one insert), all by the claims' ids, so the time follows
    the claims and links, not the articles or the size of the tables. Each batch is written in one
    transaction: an article's links are replaced whole or not at all.
    """
    corpus = prepared_corpus(sources, rates) if sources else None
    by_source = {str(source.pk): source for source in sources}
    source_ids = [source.pk for source in sources]  # ids, not rows: cheaper for Django to put in a query
    for first in range(0, len(article_ids), ARTICLES_PER_BATCH):
        batch = article_ids[first : first + ARTICLES_PER_BATCH]
        # Only what linking reads of a claim (its reading), not the whole row.
        readings: dict[int, list[ClaimReading]] = {pk: [] for pk in batch}
        # In the model's order, as article.claims.all() read them: the links come out in the same order.
        # The reading as the stored JSON text, parsed and validated by pydantic in one step: less than half the
        # cost of the JSON field's own decoding followed by a validation of the dicts it gives.
        rows = (
            Claim.objects.filter(article_id__in=batch)
            .annotate(reading_json=Cast("reading", TextField()))
            .values_list("pk", "article_id", "reading_json")
        )
        for claim_id, article_id, reading_json in rows:
            readings[article_id].append(_reading_of_json(claim_id, reading_json))
        claim_ids = [int(r.id[2:]) for found in readings.values() for r in found]
        with transaction.atomic():
            existing = [
                row
                for ids in chunks(claim_ids)
                for row in Evidence.objects.filter(claim_id__in=ids, source_id__in=source_ids).values_list(
                    "pk", "claim_id", "source_id", "start", "end", "linked_by_id"
                )
            ]
            automatic = [row[0] for row in existing if row[5] is None]
            for ids in chunks(automatic):
                Evidence.objects.filter(pk__in=ids).delete()
            manual = {row[1:5] for row in existing if row[5] is not None}
            made: list[tuple[int, list[Evidence]]] = []
            for article_id in batch:
                links = link_prepared(readings[article_id], corpus) if readings[article_id] and corpus else []
                new = [_evidence(link, int(link.claim_id[2:]), by_source[link.source_id]) for link in links]
                made.append((article_id, [e for e in new if (e.claim_id, e.source_id, e.start, e.end) not in manual]))
            created = iter(insert_rows(Evidence, [e for _, evidence in made for e in evidence]))
            done = [(article_id, [next(created) for _ in evidence]) for article_id, evidence in made]
        yield from done


def link_revision(source: Source, rates: Rates | None = None) -> list[Evidence]:
    """Link a new revision of a source to every article its earlier version has evidence for.

    The earlier version's links stay with it: they point into its text, which has not changed.
    """
    earlier = source.revision_of
    if earlier is None:
        return []
    articles = Article.objects.filter(claims__evidence__source=earlier).distinct().order_by("pk")
    made: list[Evidence] = []
    for article in articles:
        made.extend(link_article(article, [source], rates))
    return made


def check_article_revision(article: Article) -> None:
    """Check a new revision of an article and link it to the sources its earlier version had evidence
    from. The earlier version keeps its claims, runs and links: they point into its own text."""
    from claims.pipeline import check_article

    earlier = article.revision_of
    if earlier is None or not earlier.claims.exists():
        return  # never checked: the new text waits for run_checks like any other
    sources = list(Source.objects.filter(evidence__claim__article=earlier).distinct().order_by("pk"))
    check_article(article, link_to=sources or None)


def _reading(claim: Claim) -> ClaimReading:
    return _reading_of(claim.pk, claim.reading)


def _reading_of(claim_id: int, reading: dict) -> ClaimReading:
    # Claim ids must be unique across the article's claims, whichever extraction run made them.
    return ClaimReading.model_validate(reading).model_copy(update={"id": f"db{claim_id}"})


def _reading_of_json(claim_id: int, reading_json: str) -> ClaimReading:
    return ClaimReading.model_validate_json(reading_json).model_copy(update={"id": f"db{claim_id}"})


def _evidence(link: EvidenceLink, claim: int, source: Source) -> Evidence:
    return Evidence(claim_id=claim, source=source, **_passage_fields(link, source))


def _passage_fields(link: EvidenceLink, source: Source) -> dict:
    # Bulk writes skip Evidence.save(): the passage is checked against the source text here.
    check_span(source.body, link.span[0], link.span[1], link.passage, f"The passage linked from {source}")
    return {
        "start": link.span[0],
        "end": link.span[1],
        "quote": link.passage,
        "score": _score(link),
        "stance": link.stance,
        "comparison": {
            "note": link.note,
            **(link.comparison.model_dump(mode="json") if link.comparison is not None else {}),
        },
    }


def evidence_for_checks(article: Article, reading_ids: dict[int, str]) -> dict:
    """The ``sources`` argument of the engine's runner: the article's stored evidence, keyed by
    the reading ids (claim pk -> engine claim id) of the run about to use it."""
    evidence = Evidence.objects.filter(claim__article=article, claim_id__in=list(reading_ids))
    return _for_checks([(reading_ids[e.claim_id], e) for e in evidence.select_related("source")])


def _for_checks(evidence: list[tuple[str, Evidence]]) -> dict:
    """The runner's ``sources`` for these evidence rows (each with the reading id of its claim)."""
    links = [
        EvidenceLink(
            claim_id=reading_id,
            source_id=str(e.source_id),
            span=(e.start, e.end),
            passage=e.passage,
            score=e.score,
            stance=e.stance,
            comparison=_comparison(e.comparison),
            note=e.comparison.get("note", ""),
        )
        for reading_id, e in evidence
    ]
    return _with_sources(links, {e.source_id: e.source for _, e in evidence})


def _with_sources(links: list[EvidenceLink], used: dict[int, Source]) -> dict:
    return {
        "evidence": links,
        "kinds": {str(pk): source.kind for pk, source in used.items()},
        "titles": {str(pk): source.title for pk, source in used.items()},
    }


@dataclass(frozen=True)
class Linked:
    """An article's claims linked away from the store step (in the process that extracts them).

    ``links`` are the engine's, in the order they are stored; ``sources`` the pks of the sources they were
    linked against, so the store step can tell they are still the ones it was asked to link to.
    """

    links: list[EvidenceLink]
    sources: tuple[int, ...]


# The current sources, kept for the next article with what names them (_IDENTITY): their reading is
# prepared_corpus's, cached there under the same names.
_current: tuple[list[tuple], list[Source]] | None = None


def current_corpus() -> tuple[list[Source], Any]:
    """The current sources (``sources.passages.sources_to_link``) and the engine's reading of them.

    Asked by a process that links as it extracts (once per article, or once per batch for a worker that
    stores): the texts are read again only when the sources changed (one small query otherwise).
    """
    global _current
    from sources.passages import current_sources, sources_to_link

    keys = list(current_sources().order_by("pk").values_list(*_IDENTITY))
    if _current is None or _current[0] != keys:
        sources = sources_to_link()
        _current = ([_identity(s) for s in sources], sources)
    return _current[1], prepared_corpus(_current[1])


def link_readings(readings: list[ClaimReading], current: tuple[list[Source], Any] | None = None) -> tuple[Linked, dict]:
    """Link an article's readings to the current sources (``current``, as ``current_corpus`` gives them, or read
    now), without storing anything; with the runner's ``sources`` for those links, exactly as
    ``evidence_for_checks`` will read them back once stored."""
    sources, corpus = current if current is not None else current_corpus()
    if not sources or not readings:
        return Linked([], tuple(s.pk for s in sources)), _for_checks([])
    by_source = {str(source.pk): source for source in sources}
    links = link_prepared(readings, corpus)
    # As evidence_for_checks reads them back: each claim's links by score, best first (a stable sort keeps
    # the engine's order among equal scores); the claims in the order they are stored.
    order = {reading.id: n for n, reading in enumerate(readings)}
    links.sort(key=lambda link: (order[link.claim_id], -_score(link)))
    # Each link as its Evidence row will hold it: the score within 0-100 (store_links checks the passage against
    # the source's text; the comparison's JSON reads back as the same values).
    read_back = [
        link if link.score == _score(link) else link.model_copy(update={"score": _score(link)}) for link in links
    ]
    used = {int(link.source_id): by_source[link.source_id] for link in links}
    return Linked(links, tuple(s.pk for s in sources)), _with_sources(read_back, used)


def store_links(linked: Linked, claim_pks: dict[str, int], sources: list[Source]) -> list[int]:
    """Store links made by ``link_readings`` for claims just created (``claim_pks``: reading id -> pk); their keys."""
    return insert_values(Evidence, link_values(linked, claim_pks, sources))


def link_values(linked: Linked, claim_pks: dict[str, int], sources: list[Source]) -> list[dict]:
    """The Evidence rows (``insert_values``) of links made by ``link_readings``, each passage checked against its
    source's text (``StoredTextError`` otherwise)."""
    by_source = {str(source.pk): source for source in sources}
    return [
        {
            "claim_id": claim_pks[link.claim_id],
            "source_id": int(link.source_id),
            **_passage_fields(link, by_source[link.source_id]),
        }
        for link in linked.links
    ]


def _score(link: EvidenceLink) -> float:
    return min(100.0, max(0.0, link.score))  # the range an Evidence row holds


def _comparison(data: dict) -> Comparison | None:
    fields = set(Comparison.model_fields)
    if not fields <= set(data):
        return None
    return Comparison.model_validate({key: data[key] for key in fields})
