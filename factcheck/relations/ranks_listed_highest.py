"""A level named the highest of a listed set: "• Coastal, 4.1%. Occupancy rose to 81.3%, the highest among the areas".

Statistics copy gives one item per line of a bulleted list (a region, a segment, a product), each with the same
measure, and names one item's level as the top of the set: "..., which is the highest of all four areas", "..., the
largest of all segments". The superlative stands right after the figure it is about (a comma, then "which was",
"the ..."), and "among" or "of all" names the set: the items of its list. Its rivals are the other levels of the
same measure in the list (the run of bulleted lines the figure's line belongs to), so none may be larger
(``rank_order`` with rank 1).

A figure named the highest in its own paragraph, with no list, may be ranked against items the paragraph does not
give (the regions told elsewhere), so that pairing stays uncertain. Moves ("rose 2 points"), starts ("from 78%"),
estimates and levels of another measure or unit are no rivals; nor is the whole's level told outside the list.
Only the top of a set is read: the rank check has no "lowest".
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.prose import is_estimate, is_prior_by_date, starts_from
from factcheck.relations.ranks_figures import rank_evidence

# Right after the figure: ", which is the highest of all four areas", ", the largest of all segments".
_HIGHEST = re.compile(
    r"\s*(?:per\s*cent|percent)?\s*,\s*(?:(?:which|that)\s+(?:was|is|were|are)\s+)?(?:by\s+far\s+)?the\s+"
    r"(?:highest|largest|biggest|greatest|strongest|best)\s+(?:level\s+|rate\s+|figure\s+|reading\s+)?"
    r"(?:among|of\s+all)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[a-z-]+s\b",
    re.IGNORECASE,
)
_HIGHEST = gated(_HIGHEST)  # tried after every figure, seldom matching there
_BULLET = re.compile(r"[ \t]*[-–•*·][ \t]")


def _list_span(ctx: ArticleContext, offset: int) -> tuple[int, int] | None:
    """The run of bulleted lines holding ``offset`` (blank lines between them allowed), or None off a list."""
    text = ctx.text
    start = text.rfind("\n", 0, offset) + 1
    if not _BULLET.match(text, start):
        return None
    lo = start
    while lo > 0:
        prev_end = lo - 1
        prev_start = text.rfind("\n", 0, prev_end) + 1
        line = text[prev_start:prev_end]
        if line.strip() and not _BULLET.match(line):
            break
        lo = prev_start
    hi = text.find("\n", offset)
    hi = len(text) if hi < 0 else hi
    while hi < len(text):
        next_end = text.find("\n", hi + 1)
        next_end = len(text) if next_end < 0 else next_end
        line = text[hi + 1 : next_end]
        if line.strip() and not _BULLET.match(line):
            break
        hi = next_end
    return lo, hi


# A list's line for the whole ("• Total, $20.4m", "Overall, 80.1%"): the sum or mean of the items, not one of them.
_WHOLE = re.compile(
    r"\b(?:total|overall|combined|altogether|in\s+all|all\s+(?:regions|markets|segments|sectors))\b", re.I
)


def _rival(ctx: ArticleContext, ranked: Claim, other: Claim) -> bool:
    q, r = other.quantity, ranked.quantity
    line_start = ctx.text.rfind("\n", 0, other.span[0]) + 1
    return (
        other is not ranked
        and not _WHOLE.search(ctx.text, max(line_start, other.sentence_span[0]), other.span[0])
        and other.change is None
        and not q.is_range
        and q.kind == r.kind
        and q.unit == r.unit
        and other.measure is not None
        and other.measure == ranked.measure
        and starts_from(ctx, other) is None
        and not is_prior_by_date(ctx, other)
        and is_estimate(ctx, other) is None
    )


@finder("ranks_listed_highest")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for ranked in ctx.claims:
        found = _HIGHEST.match(ctx.text, ranked.span[1], ranked.sentence_span[1])
        if found is None or ranked.change is not None or ranked.quantity.is_range or not ranked.measure:
            continue
        listed = _list_span(ctx, ranked.span[0])
        scope = listed or ctx.block(ranked.span[0])
        peers = [c for c in ctx.claims_in(*scope) if _rival(ctx, ranked, c)]
        if len(peers) < 2:
            continue
        span = (ranked.span[1], found.end())
        word = " ".join(ctx.text[span[0] : span[1]].strip(" ,").split())
        doubts = [] if listed else ["no list gives the set it is ranked in: its paragraph may leave some out"]
        claims = [ranked, *peers]
        yield Relation(
            kind=RelationKind.RANK_ORDER,
            members=[Member(role="ranked", claim=ranked.id), *(Member(role="peer", claim=p.id) for p in peers)],
            evidence=rank_evidence(
                ctx, claims, Tie.CUE if listed else Tie.INFERRED, [cue(ctx, span, "the top of a set")], doubts, []
            ),
            reason=f"“{word}” makes {show(ranked)} the top of the {ranked.measure} levels "
            f"{'of its list' if listed else 'in its paragraph'}: {', '.join(show(p) for p in peers)}",
            params={"rank": 1, "word": word, "shares": False, "peer_ranks": {}, "above": []},
            spans=[span],
        )
