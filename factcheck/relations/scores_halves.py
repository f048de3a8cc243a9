"""A game's halves add up to its final score; records after "through N games" add up to N.

Game stories give the final ("In a 101-94 win over Denver, the Hawks ...") and later how it came about: the score at
the half and how the second half went ("The Hawks trailed 50-47 at the break but outscored Denver 54-44 in the
second half"). Each side's first-half points plus its second-half points are its final points (``part_whole``, rule
``sum``, exhaustive; one relation per side).

Scores are printed higher side first, so which side is whose comes from the words: a "win" (or "victory") is the
subject's higher score, a "loss" or "defeat" its lower; "trailing" at the half gives the subject the lower side,
"leading" or "led" the higher; "outscored" the higher. Read only when the article holds exactly one final score, one
half-time score and one second-half score, the two halves in one sentence (one subject), and the side the final is
against ("over Denver", "to Denver") is the one the halves' sentence names after its verb.

Records in brackets after "a better record ... through N games:" ("Miami (37-3) in 1997 and Portland (36-4)") are
wins and losses of N games each: wins plus losses are N (rule ``sum``, exhaustive). A record with a third figure
(ties, overtime losses) is not read as two.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import part_whole

_RESULT = re.compile(
    r"\s+(?P<word>win|victory|loss|defeat)\s+(?:over|against|to)\s+(?:the\s+)?(?P<team>(?:[A-Z][\w.’'-]*\s*)+)"
)
_HALF = re.compile(r"\s+at\s+(?:the\s+half|half[\s-]?time|the\s+break|the\s+interval)\b", re.IGNORECASE)
_SECOND_HALF = re.compile(r"\s+in\s+the\s+second\s+half\b", re.IGNORECASE)
_HALF_VERB = re.compile(r"\b(?P<verb>trail(?:ed|ing)|lead(?:ing)?|led)\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,3}$")
_OUTSCORED = re.compile(r"\boutscor(?:ed|ing)\s+(?:the\s+)?(?P<team>(?:[A-Z][\w.’'-]*\s+)+)$")
_GAMES = re.compile(r"\b(?:through|after|over|in)\s+(?:their\s+|its\s+|the\s+)?(?:first\s+)?$", re.IGNORECASE)


def _pairs(ctx: ArticleContext, unit: str, other: str) -> list[tuple[Claim, Claim]]:
    """Both sides of each score or record: two figures joined by a dash."""
    out = []
    for a, b in pairwise(ctx.claims):
        if a.quantity.unit == unit and b.quantity.unit == other and ctx.text[a.span[1] : b.span[0]] in ("-", "–"):
            out.append((a, b))
    return out


def _team(name: str) -> str:
    return name.split()[-1] if name.split() else ""


@finder("scores_halves")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _halves(ctx)
    yield from _records(ctx)


def _halves(ctx: ArticleContext) -> Iterator[Relation]:
    pairs = _pairs(ctx, "points", "points")
    finals = [(p, m) for p in pairs if (m := _RESULT.match(ctx.text, p[1].span[1]))]
    halves = [p for p in pairs if _HALF.match(ctx.text, p[1].span[1])]
    seconds = [p for p in pairs if _SECOND_HALF.match(ctx.text, p[1].span[1])]
    if len(finals) != 1 or len(halves) != 1 or len(seconds) != 1:
        return
    (final, result), half, second = finals[0], halves[0], seconds[0]
    if half[0].sentence_span != second[0].sentence_span:
        return
    held = _HALF_VERB.search(ctx.text, half[0].sentence_span[0], half[0].span[0])
    outscored = _OUTSCORED.search(ctx.text, second[0].sentence_span[0], second[0].span[0])
    if held is None or outscored is None or _team(outscored.group("team")) != _team(result.group("team")):
        return
    # each score's (subject's side, other side), higher printed first
    won = result.group("word").lower() in ("win", "victory")
    ahead = not held.group("verb").lower().startswith("trail")
    sides = [(final[0], final[1]) if won else (final[1], final[0])]
    sides.append((half[0], half[1]) if ahead else (half[1], half[0]))
    sides.append((second[0], second[1]))
    if any(a.quantity.value < b.quantity.value for a, b in (final, half, second)):
        return  # a score not printed higher side first: whose side is whose is not known
    said = [
        cue(ctx, (final[0].span[0], result.end()), "the final score"),
        cue(ctx, (half[0].span[0], second[1].span[1]), "the score at the half, and the second half's"),
    ]
    for k, whose in ((0, "the subject's"), (1, "the other side's")):
        total, first, last = sides[0][k], sides[1][k], sides[2][k]
        evidence = stated_together(ctx, [total, first, last], said, tie=Tie.STRUCTURE, period=Agreement.AGREE)
        reason = (
            f"{whose} points at the half ({show(first)}) and in the second half ({show(last)}) make its final "
            f"{show(total)}"
        )
        yield part_whole(
            total, [first, last], evidence, reason, rule="sum", exhaustive=True, spans=[s.span for s in said]
        )


def _records(ctx: ArticleContext) -> Iterator[Relation]:
    for wins, losses in _pairs(ctx, "wins", "losses"):
        if not ctx.text[: wins.span[0]].endswith("(") or not ctx.text[losses.span[1] :].startswith(")"):
            continue
        games = [
            c
            for c in ctx.claims_in(wins.sentence_span[0], wins.span[0])
            if c.quantity.kind == QuantityKind.COUNT
            and (c.quantity.noun or "").lower() == "games"
            and _GAMES.search(ctx.text, c.sentence_span[0], c.span[0])
        ]
        if len(games) != 1:
            continue
        total = games[0]
        said = cue(ctx, (total.span[0], losses.span[1] + 1), "a record through a number of games")
        # each record's season is its own; the number of games is what they share
        evidence = stated_together(ctx, [total, wins, losses], [said], tie=Tie.STRUCTURE, period=Agreement.AGREE)
        reason = f"the record {show(wins)}-{show(losses)} is told through {show(total)}: its wins and losses"
        yield part_whole(total, [wins, losses], evidence, reason, rule="sum", exhaustive=True, spans=[said.span])
