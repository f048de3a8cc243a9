"""A total, then one bracket that lists where it falls: "44 points on the road trip (20 in Denver and 24 in
Austin)", "$40 million in fees ($25 million from Europe and $15 million from Asia)".

News copy often breaks a figure down in a bracket right behind it, each piece a figure in the total's units followed
by where or when it falls ("in", "from", "on", "for", "during" and a few words; not "at" or "by", which give running
totals: "45 at the half"), the pieces joined by commas and "and". The pieces are some of the total, so together they
are no larger than it (``part_whole`` with rule ``within``): the words do not say the bracket names every piece, so a
sum short of the total is no error.

The layout ties them (structure). Read only where the bracket holds nothing else: it opens within a few words of the
total (its noun, no other figure between), holds two pieces or more and closes right after the last one's words. A
bracket with other words ("(up from 30)", "(20 of them in May)", "(including 12 in March)"), with a piece in other
units, or after a move ("rose by 40 (...)") is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import fits, is_amount, is_current, listed, noted, part_whole, quote

_ADDING = frozenset({QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.NUMBER})
# From the total to the bracket: its noun, a few words, no clause break.
_TO_BRACKET = re.compile(r"[\s-]*(?:[A-Za-z][\w’'-]*\s+){0,4}?\(\s*[$£€¥₹]?\s*$")
# After each piece: where or when it falls, then a comma, "and" or the closing bracket.
_WHERE = r"\s+(?:points?\s+|goals?\s+|runs?\s+)?(?:in|from|on|for|during|via)\s+[A-Za-z][\w’'. -]{0,40}?"
_BETWEEN = re.compile(rf"{_WHERE}\s*(?:,\s*(?:and\s+)?|\s+and\s+)[$£€¥₹]?\s*$", re.IGNORECASE)
_LAST = re.compile(rf"{_WHERE}\s*\)", re.IGNORECASE)
# Words inside the bracket that make it another thing than the total's breakdown.
_OTHER = re.compile(
    r"\b(?:up|down|from\s+\d|compared|versus|vs|against|including|includes|of\s+(?:them|whom|which)|each|per|a\s+year"
    r"|earlier|ago|previously|last\s+year)\b|%|\bper\s*cent\b|\bpercent\b",
    re.IGNORECASE,
)


def _pieces(ctx: ArticleContext, whole: Claim, after: list[Claim]) -> list[Claim] | None:
    """The figures of the bracket right behind ``whole``, when it holds nothing but its pieces."""
    if not after or not _TO_BRACKET.fullmatch(ctx.text, whole.span[1], after[0].span[0]):
        return None
    pieces = [after[0]]
    for other in after[1:]:
        if not _BETWEEN.fullmatch(ctx.text, pieces[-1].span[1], other.span[0]):
            break
        pieces.append(other)
    closing = _LAST.match(ctx.text, pieces[-1].span[1])
    if len(pieces) < 2 or closing is None:
        return None
    inside = ctx.text[after[0].span[0] : closing.end()]
    if _OTHER.search(inside):
        return None
    return pieces


@finder("parts_bracket_list")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for i, whole in enumerate(claims):
            if whole.quantity.kind not in _ADDING or whole.change is not None or not is_amount(whole):
                continue
            if not is_current(ctx, whole) or noted(ctx, whole):
                continue
            pieces = _pieces(ctx, whole, claims[i + 1 :])
            if pieces is None or not all(fits(p, whole) and p.change is None for p in pieces):
                continue
            if not all(p.quantity.value < whole.quantity.value for p in pieces):
                continue
            end = ctx.text.index(")", pieces[-1].span[1]) + 1
            said = cue(ctx, (whole.span[1], end), "the total, then a bracket listing where it falls")
            evidence = stated_together(ctx, [whole, *pieces], [said], tie=Tie.STRUCTURE)
            quoted = quote(ctx, whole.span[0], end)
            reason = f"the bracket after {show(whole)} lists where it falls: {listed(pieces)}: “{quoted}”"
            yield part_whole(whole, pieces, evidence, reason, rule="within", spans=[said.span])
