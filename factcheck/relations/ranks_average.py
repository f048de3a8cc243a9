"""The highest of a set against the set's average: "The highest rate was in Dunmore, at 212 per 10,000. This compared
with a national average of 95 per 10,000."

Statistics copy names the top member of a set with its figure, then sets it against the average of the set, in the
same sentence or the next one:

* "Dunmore had the highest rate, 212 per 10,000, against an average of 95";
* "The largest share was in the east, at 38%. The average across regions was 24%";
* "The biggest bill came to $1,840, compared with an average of $1,120".

No member of a set lies below its average if the top one does, so the top figure is at least the average
(``rank_order`` with rank 1 and the average as the only peer). The average may be of a wider or another set than the
one the highest is drawn from ("the highest in the north", "a national average"), so the pairing is certain only
when both stand in one sentence, the superlative names no set of its own, and a comparison word ("compared with",
"against", "versus") leads to the average. Superlatives over time ("the highest since 2009", "on record"), of one
player's own history ("its highest") and ordinals ("the second-highest") do not rank among a set's members.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.relation import Agreement, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, periods
from factcheck.relations.ranks_figures import rank_evidence

_HIGHEST = re.compile(r"\b(?:the\s+)?(?:highest|largest|biggest|greatest)\s+(?P<noun>[a-z][\w-]*)\b", re.IGNORECASE)
_HIGHEST = gated(_HIGHEST)  # tried on every sentence with figures, few of which hold a superlative
_NOT_AMONG = re.compile(
    r"(?:\b(?:one|some|two|three)\s+of\s+the\s+|\bamong\s+the\s+|\b(?:its|their|his|her|our|my)\s+"
    r"|[A-Za-z]['’]s\s+|\b(?:second|third|fourth|fifth|2nd|3rd|[4-9]th)[\s-]+|\bnext\s+)$",
    re.IGNORECASE,
)
_OVER_TIME = re.compile(
    r"^\s*(?:[\w-]+\s+){0,5}?(?:since|ever|on\s+record|in\s+history|to\s+date|yet|in\s+(?:a|an|\d+|[a-z]+)[\s-]+"
    r"(?:years?|months?|weeks?|decades?)|(?:this|last)\s+(?:year|month|week|decade|quarter))\b",
    re.IGNORECASE,
)
# What limits the set the highest is drawn from: "the highest rate among northern towns", "in the region".
_SCOPE = re.compile(r"^\s*(?:[\w-]+\s+)?(?:among|within|across|of\s+the|in\s+the|for\s+the)\b", re.IGNORECASE)
# "an average of", "the average was": a noun between ("the average fare of") may be another measure's.
_AVERAGE = re.compile(r"\baverage\s+(?:of|was|is|stood\s+at|at|came\s+to)\s+$", re.IGNORECASE)
# A set the average names after its figure: "an average of $3m for chief executives".
_AVERAGE_SCOPE = re.compile(r"^[^.;]{0,30}?\b(?:for|among|across|in|of\s+all)\b", re.IGNORECASE)
_COMPARED = re.compile(r"\b(?:compared?\s+(?:with|to)|against|versus|vs\.?|than)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\.\s")


def _bound(ctx: ArticleContext, end: int, sentence: tuple[int, int]) -> Claim | None:
    """The figure the superlative is about: the first in its clause after it."""
    for claim in ctx.claims_in(end, sentence[1]):
        gap = ctx.text[end : claim.span[0]]
        if len(gap) > 80 or _CLAUSE_END.search(gap) or re.search(r"\baverage\b", gap, re.IGNORECASE):
            return None
        return claim
    return None


def _is_average(ctx: ArticleContext, claim: Claim) -> bool:
    start = ctx.sentences[ctx.sentence_index(claim.span[0])][0]
    return bool(_AVERAGE.search(ctx.text[max(start, claim.span[0] - 50) : claim.span[0]]))


@finder("ranks_average")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    sentences = ctx.sentences
    for index, sentence in enumerate(sentences):
        text = ctx.text[sentence[0] : sentence[1]]
        for found in _HIGHEST.finditer(text):
            start, end = sentence[0] + found.start(), sentence[0] + found.end()
            if _NOT_AMONG.search(ctx.text[max(sentence[0], start - 30) : start]):
                continue
            if _OVER_TIME.match(ctx.text[end : sentence[1]]) or found.group("noun").lower() == "average":
                continue
            top = _bound(ctx, end, sentence)
            if top is None or top.quantity.value <= 0 or top.quantity.is_range:
                continue
            hi = sentences[min(len(sentences) - 1, index + 1)][1]
            averages = [c for c in ctx.claims_in(top.span[1], hi) if _is_average(ctx, c) and same_unit(top, c)]
            if len(averages) != 1:
                continue
            average = averages[0]
            if periods([top, average]) == Agreement.DISAGREE or average.quantity.value <= 0:
                continue
            doubts: list[str] = []
            one_sentence = tuple(average.sentence_span) == tuple(top.sentence_span)
            if not one_sentence or not _COMPARED.search(ctx.text[top.span[1] : average.span[0]]):
                doubts.append("the average may be of a wider or another set than the one the highest is drawn from")
            if _AVERAGE_SCOPE.match(ctx.text[average.span[1] : average.sentence_span[1]]):
                doubts.append("the average names a set of its own: the highest may be drawn from another")
            if top.measure and average.measure and top.measure != average.measure:
                doubts.append(f"the highest is of {top.measure}, the average of {average.measure}")
            if _SCOPE.match(ctx.text[end : sentence[1]]):
                doubts.append(f"“{found.group(0).strip()}” names a set of its own: the average may be of another")
            word = " ".join(found.group(0).split())
            yield Relation(
                kind=RelationKind.RANK_ORDER,
                members=[Member(role="ranked", claim=top.id), Member(role="peer", claim=average.id)],
                evidence=rank_evidence(
                    ctx,
                    [top, average],
                    Tie.CUE if one_sentence else Tie.INFERRED,
                    [cue(ctx, (start, end), "the highest of a set")],
                    doubts,
                    [],
                ),
                reason=f"“{word}” makes {show(top)} at least the set's average, {show(average)}",
                params={"rank": 1, "word": word, "shares": False, "peer_ranks": {}, "above": []},
                spans=[(start, end)],
            )
