"""A part "of" its whole in one sentence, its share of that whole in the next: "Corvo won 212 of 400 seats.
After taking more than half of the seats, ..." (``part_share``: the part, the whole and the share).

News copy often gives the count first and the share it makes right after, told of the same noun and the same
holder. Read only where the words leave no doubt: the first sentence ties the part to its whole with "of" or "out
of" ("212 of 400 seats", "212 out of the 400 seats"); the next sentence, in its paragraph, holds one share (a
percentage or a fraction) said "of" the whole's own noun ("of seats", "of the seats") and no other figure before it,
and keeps the part's holder: the words before the share are a clause with no subject of its own ("After taking")
or a pronoun and a verb ("It won", "That gives it"). A share told of another holder ("The Greens won 9% of seats",
"Its rival took 20% of seats") is not this part's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import part_share

_OF = re.compile(r"\s+(?:out\s+)?of\s+(?:(?:the|its|their|all)\s+)?$", re.IGNORECASE)


_HEDGE = r"(?:(?:almost|nearly|about|around|roughly|some|just|over|under|more|less|than|only)\s+)*"
# The share's words before it keep the part's holder: a clause with no subject of its own ("After taking nearly
# two-thirds of seats"), or a pronoun standing for it ("It won 53% of the seats", "That gives it 53% of seats").
_SAME_HOLDER = re.compile(
    rf"\W*(?:(?:despite|after|by|while|with|in)\s+)?[a-z]+ing\s+{_HEDGE}"
    rf"|\W*(?:it|they|that|this)\s+(?:[a-z]+\s+){{1,2}}?{_HEDGE}",
    re.IGNORECASE,
)


def _share(claim: Claim) -> bool:
    q = claim.quantity
    if claim.change is not None or q.is_range:
        return False
    if q.kind == QuantityKind.FRACTION:
        return 0 < q.value < 1
    return q.kind == QuantityKind.PERCENT and 0 < q.value < 100


def _pairs(ctx: ArticleContext) -> Iterator[tuple[Claim, Claim, str]]:
    """Each part said "of" its whole in one clause, with the whole's noun."""
    for claims in ctx.sentence_groups().values():
        for part, whole in pairwise(claims):
            noun = (whole.quantity.noun or "").lower()
            if whole.quantity.kind != QuantityKind.COUNT or not noun or part.change is not None:
                continue
            if part.quantity.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER) or whole.change is not None:
                continue
            if part.quantity.noun and part.quantity.noun.lower() != noun:
                continue
            if _OF.fullmatch(ctx.text[part.span[1] : whole.span[0]]) and part.quantity.value < whole.quantity.value:
                yield part, whole, noun


@finder("part_shares_restated")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for part, whole, noun in _pairs(ctx):
        index = ctx.sentence_index(whole.span[0])
        if index + 1 >= len(ctx.sentences):
            continue
        start, end = ctx.sentences[index + 1]
        if ctx.paragraph(start) != ctx.paragraph(whole.span[0]):
            continue
        claims = ctx.claims_in(start, end)
        if not claims or not _share(claims[0]):
            continue
        share = claims[0]
        said = re.match(
            rf"\s*(?:percent\s+|per\s*cent\s+)?of\s+(?:the\s+)?{re.escape(noun)}\b", ctx.text[share.span[1] :]
        )
        if said is None:
            continue
        if not _SAME_HOLDER.fullmatch(ctx.text[start : share.span[0]]):
            continue  # another holder, or none certain: "The Greens won 9% of seats", "Its rival took 20% of seats"
        evidence = stated_together(
            ctx,
            [part, whole, share],
            [
                cue(ctx, (part.span[1], whole.span[0]), "a part of its whole"),
                cue(ctx, (share.span[1], share.span[1] + said.end()), "the share of that whole, next sentence"),
            ],
            levels=[part, whole],
            tie=Tie.STRUCTURE,
        )
        reason = f"{show(share)} of {noun} restates {show(part)} of {show(whole)}, said in the sentence before"
        yield part_share(part, whole, share, evidence, reason)
