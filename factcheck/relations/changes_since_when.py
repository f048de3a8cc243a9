"""A move counted since a past time whose level the clause gives with "when": "The shares have gained $12 since
March, when they traded at $40".

News copy sizes a move from a past date and names the level at that date in a "when" clause hung on the date,
while the level reached is the one the story has just given: "The index closed at 4,400 on Friday. It has risen
300 points since January, when it stood at 4,100"; "Brent has fallen 15% since June, when it was at $96 a
barrel, to $81.60". The "when" level is the move's start (structure: the words hang it on the move's date); the
end is the level the move's own clause ends at ("..., to $81.60"), else the last level of that unit before the
move in its sentence, else the one level of that unit in the nearest of the two sentences before that has one.

A move in units is an ``absolute_change``, a percentage a ``percent_change``. An end in the sentence before is
certain when the move's sentence points back to it ("It", "The shares"); further back, or with no pointer, it is
paired by position only and stays uncertain; two levels of the unit in that sentence leave the end open, and a level
that ends another move ("jumped 12% to $56") may have come after the move since. A move the past perfect tells
("had fallen 30% since January") ended before the story's latest level, at one the text may not give: not read.
A currency quoted against another ("¥140 to the dollar") "weakens" as its figure rises, so a move in units
near a currency or its quote is checked by its size alone, and a percentage (of the quote or of the currency's
value?) is paired with a doubt and never flagged. A move's sentence that opens on the thing the level's
sentence named ("The rupee ...") points back to it as "It" does, over one sentence that gives no level.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import one_series, roles, statements
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.prose import has_break, is_estimate, starts_from

_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under))\s+)?"
# "since March, when they traded at", "since the start of the year, when it stood at"
_SINCE_WHEN = re.compile(
    r"\bsince\s+(?P<time>[^,;.()]{2,40}?)\s*,?\s+when\s+(?:it|they|the\s+[\w-]+|[A-Z][\w-]*)\s+"
    r"(?:was|were|stood|traded|sat|closed|changed\s+hands|fetched|cost|hovered)(?:\s+(?:at|near))?\s+"
    rf"{_HEDGE}[$£€¥₹]?\s*$"
)
# "The stock had fallen 30% since January": the past perfect ends the move before the story's latest level.
_HAD = re.compile(r"\bhad\s+(?:\w+\s+)?\w+(?:ed|en|lost|grown|risen|fallen|dropped|slid|sunk|shed|gained)\s+$", re.I)
# A currency quoted against another, or a currency's own move: "11.5 per euro", "weakened", "the yen".
_QUOTED = re.compile(
    r"\b(?:(?:per|to\s+the|against\s+the|a)\s+(?:dollar|euro|pound|yen|yuan|franc|rupee|won|greenback)s?"
    r"|weaken\w*|strengthen\w*|appreciat\w*|depreciat\w*|yen|euro|krona|krone|sterling|yuan|rupee|peso|lira|franc"
    r"|rouble|ruble|currency|currencies|exchange\s+rate)\b",
    re.IGNORECASE,
)
# "..., when it was at $96 a barrel, to $81.60": the move's end after the "when" level.
_TO_AFTER = re.compile(r"(?:\s+(?:a|an|per)\s+[\w-]+)?\s*,\s*to\s+[$£€¥₹]?\s*$", re.IGNORECASE)


@finder("changes_since_when")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    stated = {c.id: s for s in statements(ctx) for c in (s.delta, s.change) if c is not None}
    for size in ctx.claims:
        role = _size_role(size)
        if role is None:
            continue
        move = stated.get(size.id)
        if move is not None and (move.start is not None or move.points is not None):
            continue  # the clause gives its own start
        start = _when_level(ctx, size)
        if start is None:
            continue
        if role == "delta" and not (one_series(size, start) or size.quantity.noun == "points"):
            continue  # "gained 40 staff since 2019, when it was worth $2 million": another measure
        if _HAD.search(ctx.text, max(size.sentence_span[0], size.span[0] - 40), size.span[0]):
            continue  # "had fallen 30% since January": a move that ended before the latest one, at a level not given
        end, by_position, others = _end(ctx, move.end if move is not None else None, size, start)
        if end is None:
            continue
        doubts = []
        own = end.sentence_span == size.sentence_span and end.span[0] > size.span[0]
        if not own and any(s.end is not None and s.end.id == end.id for s in stated.values()):
            doubts.append(f"{show(end)} ends another move, and the move since may have been counted before it")
        lo = ctx.sentences[max(0, ctx.sentence_index(end.span[0]))][0]
        quoted = _QUOTED.search(ctx.text, min(lo, size.sentence_span[0]), size.sentence_span[1])
        unsigned = quoted is not None and role == "delta"
        if quoted is not None and not unsigned:
            # a percentage of the quote is not one of the currency's value: 10% weaker is 11.1% more per dollar
            doubts.append(f"“{quoted.group(0)}”: a currency's gain or loss may move its quoted figure either way")
        said = _SINCE_WHEN.search(ctx.text, start.sentence_span[0], start.span[0])
        assert said is not None
        cues = [cue(ctx, (said.start(), said.end()), "the level at the date the move is counted from")]
        if by_position:
            cues.append(cue(ctx, end.span, "the level the story has just given"))
            doubts.append("the level reached is the story's latest one, and the move's sentence does not point to it")
        evidence = stated_together(
            ctx,
            [size, start, end],
            cues,
            levels=[start, end],
            tie=Tie.STRUCTURE,
            period=Agreement.AGREE,
            ambiguous=[show(c) for c in others],
            doubts=doubts,
        )
        reason = f"{show(size)} since {said.group('time')}, when it was {show(start)}, ends at {show(end)}"
        if role == "delta":
            kind, sized = RelationKind.ABSOLUTE_CHANGE, roles(delta=size, from_=start, to=end)
        else:
            kind, sized = RelationKind.PERCENT_CHANGE, roles(change=size, from_=start, to=end)
        params = {"unsigned": True} if unsigned else {}
        yield Relation(kind=kind, members=sized, evidence=evidence, reason=reason, spans=[said.span()], params=params)


def _size_role(claim: Claim) -> str | None:
    """ "delta" for a move in units ("gained $12"), "change" for one in percent ("fell 15%")."""
    change = claim.change
    if change is None or claim.quantity.kind in (QuantityKind.RANK, QuantityKind.DURATION):
        return None
    if change.kind == ChangeKind.ABSOLUTE and claim.quantity.kind != QuantityKind.PERCENTAGE_POINT:
        return "delta"
    if change.kind == ChangeKind.RELATIVE and claim.quantity.kind == QuantityKind.PERCENT:
        return "change"
    return None


def _when_level(ctx: ArticleContext, size: Claim) -> Claim | None:
    """The level the "since ..., when it was" clause right after the move gives."""
    for c in ctx.claims_in(size.span[1], size.sentence_span[1]):
        said = _SINCE_WHEN.search(ctx.text, max(size.span[1], c.span[0] - 90), c.span[0])
        if said is None:
            continue
        if has_break(ctx.text[size.span[1] : said.start()]) or len(ctx.text[size.span[1] : said.start()]) > 40:
            return None  # the "since" clause hangs on another move
        if c.change is not None or is_estimate(ctx, c):
            return None
        return c
    return None


def _end(
    ctx: ArticleContext, clause_end: Claim | None, size: Claim, start: Claim
) -> tuple[Claim | None, bool, list[Claim]]:
    """The level reached: the move's own end, else the last level of the start's unit before the move in its
    sentence, else the one level of it in the nearest of the two sentences before that gives one."""
    if clause_end is not None and clause_end.id != start.id:
        return (clause_end, False, []) if one_series(clause_end, start) else (None, False, [])
    after = ctx.claims_in(start.span[1], start.sentence_span[1])
    if after and _TO_AFTER.fullmatch(ctx.text, start.span[1], after[0].span[0]) and one_series(after[0], start):
        return after[0], False, []
    mine = _levels(ctx, ctx.claims_in(size.sentence_span[0], size.span[0]), start)
    if mine:
        return mine[-1], False, mine[:-1]
    index = ctx.sentence_index(size.span[0])
    pointed = _POINTER.match(ctx.text, size.sentence_span[0]) is not None
    named = _NAMED.match(ctx.text, size.sentence_span[0])
    for back in (1, 2):
        if index - back < 0:
            break
        levels = _levels(ctx, ctx.claims_in(*ctx.sentences[index - back]), start)
        if levels:
            alike = {show(c) for c in levels}
            if len(alike) > 1:
                return None, False, []
            # a level of the rupee, then "The rupee has lost 4.6 since May, when ...": the move's sentence opens
            # on the thing the level's sentence priced, with no other level of it in between
            again = named is not None and _names(ctx, ctx.sentences[index - back], levels[-1], named.group(1))
            return levels[-1], not ((pointed and back == 1) or again), []
    return None, False, []


# "It has risen ...", "The shares have gained ...": the move's sentence points back at the thing just priced.
_POINTER = re.compile(
    r"\W*(?:it|they|its|their|the\s+(?:index|stock|shares|price|currency|rate|gauge|benchmark|yield|coin))\b",
    re.IGNORECASE,
)


# The thing a sentence opens on: "The rupee has ...", "Brent crude has ...".
_NAMED = re.compile(
    r"\W*(?:the\s+)?(?!(?:they|this|that|these|those|she|its)\b)([a-z][\w-]{2,}(?:\s+[a-z][\w-]{2,})?)\s+(?:has|have)\b",
    re.IGNORECASE,
)


def _names(ctx: ArticleContext, sentence: tuple[int, int], level: Claim, name: str) -> bool:
    """The level's sentence names the thing before the level, as the subject it priced."""
    return re.search(rf"\b{re.escape(name)}\b", ctx.text[sentence[0] : level.span[0]], re.IGNORECASE) is not None


def _levels(ctx: ArticleContext, claims: list[Claim], start: Claim) -> list[Claim]:
    return [
        c
        for c in claims
        if c.id != start.id
        and c.change is None
        and one_series(c, start)
        and starts_from(ctx, c) is None
        and is_estimate(ctx, c) is None
    ]
