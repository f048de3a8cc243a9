"""Claims against the source passages linked to them.

Linking (:mod:`factcheck.linking`) finds, for a claim, the passage of a source document that talks about the same
subject and measure, and compares the figures. Each such link is a relation of one claim with a passage: tied by
the linker's match (subject, measure and period words shared with the passage), so its evidence is structural. A
link that found no comparable figure carries that as a doubt.

Input: ``ctx.sources`` is a dict whose ``"evidence"`` holds :class:`factcheck.linking.EvidenceLink` objects,
``"kinds"`` maps source ids to ``primary`` or ``secondary`` and ``"titles"`` to titles.
"""

from __future__ import annotations

from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles


@finder("sources")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    sources = ctx.sources if isinstance(ctx.sources, dict) else {}
    kinds: dict[str, str] = sources.get("kinds", {})
    titles: dict[str, str] = sources.get("titles", {})
    for link in sources.get("evidence", []):
        claim = ctx.by_id.get(link.claim_id)
        if claim is None:
            continue
        comparison = link.comparison
        params = {
            "source": link.source_id,
            "title": titles.get(link.source_id) or f"source {link.source_id}",
            "source_kind": kinds.get(link.source_id, "secondary"),
            "stance": link.stance,
            "note": link.note,
            "passage_span": list(link.span),
            "score": link.score,
        }
        if comparison is not None:
            params |= {
                "source_figure": comparison.source_figure,
                "source_interval": list(comparison.source_interval),
                "claim_interval": list(comparison.claim_interval),
                "rate": comparison.rate,
            }
        doubts = [] if link.stance in ("supports", "contradicts") else ["the passage gives no comparable figure"]
        yield Relation(
            kind=RelationKind.SOURCE,
            members=roles(claim=claim),
            evidence=Evidence(
                tie=Tie.STRUCTURE, subject=Agreement.AGREE, metric=Agreement.AGREE, unit=Agreement.AGREE, doubts=doubts
            ),
            reason=f"{params['title']} has a passage on the same subject and measure (match score {link.score:.0f})",
            params=params,
        )
