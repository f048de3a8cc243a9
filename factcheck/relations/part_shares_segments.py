"""A player's figure and market share inside a segment a report opens with "In <segment>,", the segment's total
stated earlier: "The van market fell 4% to 8,200 units. [...] In vans, Corvo delivered 1,640 units, taking a 20%
share. Brisk sold 1,230, down 3% on last year, with a 15% share."

Sales and registration reports give each segment's total first ("The van market ... to 8,200 units", "Van
registrations were down 4% to 8,200") and then walk through the segment: a sentence opens on "In <segment>," and
it and the sentences after it (until another segment opens) give players' figures, each with its share of the
segment: "1,640 units, taking a 20% share", "1,230 vehicles and a 15% share". The share is the figure
over the segment's total (``part_share``).

Read only where the layout leaves no doubt (structure): the share is said as a share right after it ("share",
"market share") and tied to the figure just before it by "for", "taking", "with" or "and" (a move of the figure may
stand between: "up 12% year-on-year"); the segment's total is the one level in the figure's units, before the segment
opens, whose sentence names the segment word before a market noun ("van market", "Van registrations"), and is larger
than the part; a total told of another period ("Last year, ...", "a year earlier") or a forecast is not it. A section
runs at most eight paragraphs, and a sentence that opens on another "In <word>," ends it.
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
from factcheck.relations.parts import fits, is_prior, part_share
from factcheck.relations.prose import lead, trail

_OPENER = re.compile(r"\W*In\s+(?:the\s+)?(?P<word>[a-z][a-z-]+)(?:\s+(?:segment|market|sales|category))?\s*,")
_MARKET_NOUN = r"(?:market|registrations|sales|segment|deliveries|shipments)"
# From the player's figure to its share: "units, down 2% on last year, with a", " vehicles and a", ", taking a".
_TO_SHARE = re.compile(
    r"\s*(?:units?|vehicles?|cars?)?\s*,?\s*(?:(?:up|down)\s+\d[\d.,]*\s*(?:%|per\s*cent|percent)"
    r"(?:\s+(?:year-on-year|year\s+on\s+year|y/y|on\s+last\s+year))?\s*,?\s*)?(?:for|taking|with|and)\s+an?\s+$",
    re.IGNORECASE,
)
_SHARE_AFTER = re.compile(r"\s*(?:market\s+)?share\b", re.IGNORECASE)
_SECTION_PARAGRAPHS = 8
# A total of another period than the players' figures.
_EARLIER = re.compile(r"\W*\b(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|previous(?:ly)?|prior)\b", re.I)


def _sections(ctx: ArticleContext) -> list[tuple[int, int, str]]:
    """Each segment a sentence opens ("In passenger cars,"): its start, end and word."""
    opened = []
    for start, _end in ctx.sentences:
        found = _OPENER.match(ctx.text, start)
        if found is not None:
            opened.append((start, found.group("word").lower()))
    out = []
    for i, (start, word) in enumerate(opened):
        end = opened[i + 1][0] if i + 1 < len(opened) else len(ctx.text)
        paragraphs = 0
        pos = start
        while pos < end and paragraphs < _SECTION_PARAGRAPHS:
            pos = ctx.paragraph(pos)[1] + 1
            paragraphs += 1
        out.append((start, min(end, pos), word))
    return out


def _earlier(ctx: ArticleContext, claim: Claim) -> bool:
    """A total told of another period: its sentence opens on one ("Last year, the van market ..."), or the words
    beside it name one ("9,000 units a year earlier"); a move's base ("down 4% on last year, to 8,200") is not."""
    if _EARLIER.match(ctx.text, claim.sentence_span[0]):
        return True
    return bool(
        _EARLIER.search(trail(ctx, claim, 30)) or re.search(r"\bforecasts?\b|\bexpected\b", lead(ctx, claim, 40))
    )


def _total(ctx: ArticleContext, part: Claim, start: int, word: str) -> Claim | None:
    named = re.compile(rf"\b{re.escape(word.removesuffix('s'))}s?\s+{_MARKET_NOUN}\b", re.IGNORECASE)
    candidates = [
        c
        for c in ctx.claims_in(0, start)
        if c.change is None
        and c.quantity.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)
        and fits(part, c)
        and not is_prior(ctx, c)
        and named.search(ctx.text, c.sentence_span[0], c.span[0])
        and not _earlier(ctx, c)
    ]
    if len(candidates) != 1 or candidates[0].quantity.value <= part.quantity.value:
        return None
    return candidates[0]


@finder("part_shares_segments")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for start, end, word in _sections(ctx):
        for share in ctx.claims_in(start, end):
            q = share.quantity
            if q.kind != QuantityKind.PERCENT or share.change is not None or not 0 < q.value < 100:
                continue
            if not _SHARE_AFTER.match(ctx.text, share.span[1]):
                continue
            before = [c for c in ctx.claims_in(share.sentence_span[0], share.span[0]) if c.span[1] <= share.span[0]]
            parts = [c for c in before if c.quantity.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)]
            if (
                not parts
                or parts[-1].change is not None
                or not _TO_SHARE.fullmatch(ctx.text, parts[-1].span[1], share.span[0])
            ):
                continue
            part = parts[-1]
            total = _total(ctx, part, start, word)
            if total is None:
                continue
            evidence = stated_together(
                ctx,
                [part, total, share],
                [
                    cue(ctx, (part.span[1], share.span[1]), "a player's figure and its share"),
                    cue(ctx, (start, start + len(word) + 4), f"the “{word}” segment"),
                ],
                levels=[part, total],
                tie=Tie.STRUCTURE,
            )
            reason = f"{show(share)} is the share of {show(part)} in the “{word}” segment, whose total is {show(total)}"
            yield part_share(part, total, share, evidence, reason)
