"""Parts that point back at their whole: "8.2 million passengers, 5.1 million of them on domestic routes and 3.1
million on international flights"; "Of the 2,300 patients enrolled, 1,150 received the drug".

Two layouts of one sentence, each tied by its words (a cue):

* a total, then a part marked "of them" ("of these", "of those", "of whom"),
  and any further parts listed after it with only a comma or "and" between;
* "Of the <total> ...," opening the sentence, then the parts of the clause
  after the comma, the first opening that clause ("Of the four carriers, Acme
  signed up the most, some 52,000 lines" gives a member's figure, no part).

The parts are some of the whole, so together they are no larger than it
(``part_whole`` with rule ``within``); when the last part names itself as the
rest ("the rest", "the remaining 300"), the list is complete and must add up
(rule ``sum``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import _exhaustive, fits, is_amount, is_current, listed, part_whole, quote

# The part's own pointer back to the total: "5.1 million of them", "300 of whom".
_OF_THEM = re.compile(r"\s*(?:of\s+(?:them|these|those|whom|which)|among\s+them)\b", re.IGNORECASE)
# Between the total and the first part: a comma, maybe "with", "and" or "including".
_TO_FIRST = re.compile(
    r"[^.;:()\d$£€¥₹]{0,40}?,\s*(?:(?:with|and|including)\s+)?(?:about\s+|some\s+|nearly\s+)?[$£€¥₹]?\s*"
)
# "Of the 2,300 patients enrolled, ...": the sentence opens on its whole.
_OF_THE = re.compile(r"\W*(?:of|out\s+of)\s+(?:the|its|their|those|these)\s+(?:[\w-]+\s+){0,2}?[$£€¥₹]?\s*$", re.I)
_OF_THE = gated(_OF_THE)  # tried on every figure's window, seldom matching there
# Between two listed parts: a comma or "and", the first part's own words, no verb of another clause.
_LIST_JOIN = re.compile(
    r"[^.;:()\d$£€¥₹]{0,40}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+while\s+)(?:the\s+(?:remaining|other|rest)\s+)?"
    r"(?:(?:another|a\s+further|some|about|around|nearly|almost)\s+)?[$£€¥₹]?\s*",
    re.IGNORECASE,
)
# A figure after "and" that starts a clause of its own, not one more part of the same total: "and 1,200 more are
# planned", "and 300 others will follow".
_NOT_A_SIBLING = re.compile(
    r"\s*(?:(?:more|further|additional|extra|others?|new)\b|[^.;,]{0,40}?\b(?:will|would|could|may|might|"
    r"(?:is|are|was|were)\s+(?:planned|expected|forecast|due|set|likely))\b)",
    re.IGNORECASE,
)
# After "Of the <total>,": the part opens the clause, with at most a word of size before it. A name or a verb
# first makes the figure something a member did or had, counted in other units than the total's members.
_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:about|some|around|roughly|nearly|almost|only|just|over|under|more\s+than|fewer\s+than|less\s+than"
    r"|at\s+least)\s+)*[$£€¥₹]?\s*",
    re.IGNORECASE,
)
_OTHER_CLAUSE = re.compile(
    r"\b(?:but|however|whereas|although|though|which|because)\b|\b(?:is|are|was|were)\s+\w+ed\b", re.I
)


def _counts_in(part: Claim, whole: Claim) -> bool:
    """A part in the whole's units, or a bare number standing for them ("5.1 million of them")."""
    if fits(part, whole):
        return True
    return part.quantity.kind == QuantityKind.NUMBER and whole.quantity.kind in (
        QuantityKind.COUNT,
        QuantityKind.NUMBER,
    )


def _rest_of_list(ctx: ArticleContext, whole: Claim, first: Claim, after: int | None = None) -> list[Claim]:
    """The parts listed from ``first`` on; ``after`` is where the first part's pointer ("of which") ends, so that
    the pointer is not read as another clause between it and a second part."""
    items = [first]
    while True:
        nxt = ctx.claim_after(items[-1])
        if nxt is None or not _counts_in(nxt, whole) or not is_current(ctx, nxt):
            return items
        start = after if after is not None and len(items) == 1 else items[-1].span[1]
        gap = ctx.text[start : nxt.span[0]]
        if not _LIST_JOIN.fullmatch(gap) or _OTHER_CLAUSE.search(gap):
            return items
        if _NOT_A_SIBLING.match(ctx.text, nxt.span[1]):
            return items
        items.append(nxt)


@finder("parts_of_them")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for part in ctx.claims:
        pointer = _OF_THEM.match(ctx.text, part.span[1])
        if pointer is None or not is_amount(part) or part.quantity.kind == QuantityKind.PERCENT:
            continue
        whole = ctx.claim_before(part)
        if (
            whole is None
            or not is_current(ctx, whole)
            or not _counts_in(part, whole)
            or part.quantity.kind == QuantityKind.PERCENT
        ):
            continue
        if not _TO_FIRST.fullmatch(ctx.text, whole.span[1], part.span[0]):
            continue
        words = (pointer.start(), pointer.end())
        yield _relation(ctx, whole, _rest_of_list(ctx, whole, part, pointer.end()), words)
    for claims in ctx.sentence_groups().values():
        whole = claims[0]
        if not _OF_THE.fullmatch(ctx.text, whole.sentence_span[0], whole.span[0]) or not is_current(ctx, whole):
            continue
        comma = ctx.text.find(",", whole.span[1], whole.sentence_span[1])
        if comma < 0 or len(claims) < 2 or claims[1].span[0] < comma:
            continue
        first = claims[1]
        if not _counts_in(first, whole) or not is_current(ctx, first) or ctx.claims_between(whole, first):
            continue
        if _OTHER_CLAUSE.search(ctx.text, whole.span[1], comma):
            continue
        if not _OPENS_CLAUSE.fullmatch(ctx.text, comma + 1, first.span[0]):
            continue  # "Of the five carriers, Acme signed up the most, some 52,000 lines": a member's figure
        words = (whole.sentence_span[0], whole.span[0])
        yield _relation(ctx, whole, _rest_of_list(ctx, whole, first), words)


def _relation(ctx: ArticleContext, whole: Claim, parts: list[Claim], words: tuple[int, int]) -> Relation:
    said = cue(ctx, words, "the parts point back at their total")
    complete = len(parts) >= 2 and _exhaustive(ctx, parts[-1])
    evidence = stated_together(ctx, [whole, *parts], [said], levels=[whole])
    start, end = whole.span[0], parts[-1].span[1]
    reason = f"“{said.text}” makes {listed(parts)} part of {whole.quantity.text}: “{quote(ctx, start, end)}”"
    return part_whole(
        whole, parts, evidence, reason, rule="sum" if complete else "within", exhaustive=complete, spans=[said.span]
    )
