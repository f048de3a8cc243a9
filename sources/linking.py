"""Store the engine's evidence links for stored claims and sources.

Automatic links are replaced on every run; links a reviewer made (``linked_by``
set) are never touched. Each article's links are written atomically.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable, Sequence
from typing import Any

from django.db import transaction

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


def prepared_corpus(sources: Sequence[Source], rates: Rates | None = None) -> Any:
    """The engine's reading of ``sources`` (with ``rates``), made once and reused while they are the same."""
    key = (
        tuple((s.pk, s.content_hash, s.title, s.kind) for s in sources),
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
    claims = list(article.claims.all())
    if not claims or not sources:
        links = []
    else:
        readings = [_reading(claim) for claim in claims]
        links = link_prepared(readings, prepared_corpus(sources, rates))
    by_claim = {f"db{claim.pk}": claim for claim in claims}
    by_source = {str(source.pk): source for source in sources}
    # The article's claims by id, not through a join on the article: the delete and the lookup
    # then read only this article's evidence (the claim's index), whatever the table holds.
    claim_ids = [claim.pk for claim in claims]
    source_ids = [source.pk for source in sources]  # ids, not rows: cheaper for Django to put in a query
    with transaction.atomic():
        Evidence.objects.filter(claim_id__in=claim_ids, source_id__in=source_ids, linked_by__isnull=True).delete()
        manual = set(
            Evidence.objects.filter(claim_id__in=claim_ids, source_id__in=source_ids).values_list(
                "claim_id", "source_id", "start", "end"
            )
        )
        rows = [
            _evidence(link, by_claim[link.claim_id], by_source[link.source_id])
            for link in links
            if link.claim_id in by_claim
        ]
        rows = [row for row in rows if (row.claim_id, row.source_id, row.start, row.end) not in manual]
        return Evidence.objects.bulk_create(rows)


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
    # Claim ids must be unique across the article's claims, whichever extraction run made them.
    return claim.parsed_reading().model_copy(update={"id": f"db{claim.pk}"})


def _evidence(link: EvidenceLink, claim: Claim, source: Source) -> Evidence:
    # bulk_create skips Evidence.save(): the passage is checked against the source text here.
    check_span(source.body, link.span[0], link.span[1], link.passage, f"The passage linked from {source}")
    return Evidence(
        claim=claim,
        source=source,
        start=link.span[0],
        end=link.span[1],
        quote=link.passage,
        score=min(100.0, max(0.0, link.score)),
        stance=link.stance,
        comparison={
            "note": link.note,
            **(link.comparison.model_dump(mode="json") if link.comparison is not None else {}),
        },
    )


def evidence_for_checks(article: Article, reading_ids: dict[int, str]) -> dict:
    """The ``sources`` argument of the engine's runner: the article's stored evidence, keyed by
    the reading ids (claim pk -> engine claim id) of the run about to use it."""
    evidence = Evidence.objects.filter(claim__article=article, claim_id__in=list(reading_ids))
    links = [
        EvidenceLink(
            claim_id=reading_ids[e.claim_id],
            source_id=str(e.source_id),
            span=(e.start, e.end),
            passage=e.passage,
            score=e.score,
            stance=e.stance,
            comparison=_comparison(e.comparison),
            note=e.comparison.get("note", ""),
        )
        for e in evidence.select_related("source")
    ]
    sources = {link.source_id for link in links}
    titles = dict(Source.objects.filter(pk__in=sources).values_list("pk", "title"))
    kinds = dict(Source.objects.filter(pk__in=sources).values_list("pk", "kind"))
    return {
        "evidence": links,
        "kinds": {str(pk): kind for pk, kind in kinds.items()},
        "titles": {str(pk): title for pk, title in titles.items()},
    }


def _comparison(data: dict) -> Comparison | None:
    fields = set(Comparison.model_fields)
    if not fields <= set(data):
        return None
    return Comparison.model_validate({key: data[key] for key in fields})
