"""Two counts on either side of one threshold, out of one whole: "Of the 420 schools, 260 scored above 70 per
cent and 150 scored below 70 per cent", "312 members got over half the vote and 188 got less than half of the 500
seats".

A tally of results often splits a group at a line: the items over it and the items under it. In one sentence, a
count, the words "over" (above, more than, at least ...) and the threshold, then "and" (while, whereas) and a
second count with "under" (below, less than, fewer than ...) and the same threshold, with the whole named by
"of the" / "out of" right after the second threshold, or opening the sentence ("Of the 420 schools, ..."). The
two counts are parts of the whole (``part_whole``); the words tie them (a cue). Items right at the threshold
belong to neither side unless one side says "at least" or "or more", so the parts must add up to the whole only
then (rule ``sum``, exhaustive); otherwise they fit within it (rule ``within``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import part_whole

_GATE = re.compile(r"\b(?:less\s+than|fewer\s+than|under|below)\b", re.IGNORECASE)
_GATE = gated(_GATE)  # read over the whole article, seldom matching: its words are looked up first
_ABOVE = re.compile(
    r"^[^\d.;:()]{0,60}?\b(?P<word>over|above|more\s+than|at\s+least|in\s+excess\s+of)\s+(?:the\s+)?$", re.I
)
_BELOW = re.compile(r"^[^\d.;:()]{0,60}?\b(?:under|below|less\s+than|fewer\s+than)\s+(?:the\s+)?$", re.I)
_JOIN = re.compile(
    r"^(?:\s*(?:percent|per\s*cent|%))?[^\d.;:()]{0,40}?(?:,\s*)?\b(?:and|while|whereas|but)\s+(?:only\s+)?$", re.I
)
_TO_WHOLE = re.compile(
    r"^(?:\s*(?:percent|per\s*cent|%))?[^\d.;:()]{0,40}?\b(?:of|out\s+of)\s+(?:the|all|its|their)?\s*$", re.I
)
_OF_THE_OPENING = re.compile(r"^\W*(?:of|out\s+of)\s+(?:the|all|its|their)\s+$", re.I)
_OR_MORE = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*or\s+(?:more|above|higher)\b", re.I)


def _count(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER) and claim.change is None and not q.is_range


@finder("parts_threshold")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    if not _GATE.search(ctx.text):
        return
    for claims in ctx.sentence_groups().values():
        for i in range(len(claims) - 3):
            a, t1, b, t2 = claims[i : i + 4]
            if not (_count(a) and _count(b)):
                continue
            above = _ABOVE.match(ctx.between(a, t1))
            if above is None or not _JOIN.match(ctx.between(t1, b)) or not _BELOW.match(ctx.between(b, t2)):
                continue
            if t1.quantity.value != t2.quantity.value or t1.quantity.kind != t2.quantity.kind:
                continue
            whole = None
            if i + 4 < len(claims) and _TO_WHOLE.match(ctx.between(t2, claims[i + 4])):
                whole = claims[i + 4]
            elif i > 0 and _OF_THE_OPENING.match(ctx.text[claims[i - 1].sentence_span[0] : claims[i - 1].span[0]]):
                whole = claims[i - 1]
            if whole is None or whole.quantity.kind != QuantityKind.COUNT or whole.change is not None:
                continue
            if max(a.quantity.value, b.quantity.value) > whole.quantity.value * 1.5:
                continue
            at_least = above.group("word").lower().startswith("at") or bool(_OR_MORE.match(ctx.text, t1.span[1]))
            span = (a.span[0], whole.span[1]) if whole.span[0] > a.span[0] else (whole.span[0], t2.span[1])
            yield part_whole(
                whole,
                [a, b],
                stated_together(ctx, [whole, a, b], [cue(ctx, span, "two counts either side of one threshold")]),
                f"{show(a)} over {show(t1)} and {show(b)} under it are two sides of {show(whole)}",
                rule="sum" if at_least else "within",
                exhaustive=at_least,
                spans=[span],
            )
