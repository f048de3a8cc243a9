"""A winning margin told with both sides' tallies: "beat Berg by 14,274 votes, 61,204 to 48,930".

Election, legislature, poll and sports copy gives a contest as the two sides' figures joined by "to" (or
"against", "versus"), the winner's first, and names the gap between them: before the pair with "by" ("won by 14
runs, scoring 188 to 174"), or after it as a margin, majority or lead ("passed 312 to 287, a majority of 25",
"a 14-run win"). The gap must be the difference of the two figures: an ``absolute_change``
with form ``net`` (``to`` the first figure, ``from`` the second, ``delta`` the margin), compared by size.

Read only where the words leave no doubt: the two figures have nothing but "to"/"against"/"versus" between
them (and at most "votes" and a name: "61,204 votes to Berg's 48,930"); the margin is named by its cue word right
beside it and stands in the same sentence, with only a comma between it and the pair and no other figure; the
margin counts what the pair counts. Shares of a vote and their lead in points are the rank finders' (a lead is a
rank order with its margin), and a margin that a race's result already holds (:mod:`.ranks_votes`) is left to it.
A margin said as a share ("by 812 votes (0.6%)") and a pair of a move ("rose from 1,200 to 1,500") are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import looks_like_year
from factcheck.relations.ranks_votes import margins_read

# "61,204 to 48,930", "61,204 votes to Berg's 48,930", "312 against 287", "188 to the visitors' 174".
_PAIR_GAP = re.compile(
    r"\s*(?:votes?\s+|seats?\s+|points?\s+|runs?\s+|goals?\s+)?(?:to|against|versus|vs\.?)\s+"
    r"(?:(?:the\s+)?[\w.-]+(?:\s+[\w.-]+)?['’]s?\s+)?"
)
_SOFT = r"(?:(?:just|only|a\s+mere|some|about|around|nearly|almost|roughly)\s+)?"
# Before the pair, a verb of winning and "by": "beat Berg by 14,274 votes, 61,204 to ...", "won by 14 runs, scoring".
_WON_BY = re.compile(
    r"\b(?:won|wins?|winning|beat|beats|beating|defeated|defeats|leads?|leading|led|ahead|passed|carried|approved"
    rf"|rejected|edged(?:\s+out)?|topped|outpolled)\b[^.;:,\d]{{0,30}}?\bby\s+{_SOFT}$",
    re.IGNORECASE,
)
_WON_BY = gated(_WON_BY)
_BY_THEN_PAIR = re.compile(r"\s*(?:votes?|seats?|points?|runs?|goals?)?\s*,\s*(?:[a-z]+\s+){0,2}", re.IGNORECASE)
# After the pair, the gap named: ", a majority of 25", ", a margin of 12,274" (the holder may come between: "48,930
# for Berg, a margin of ..."), or ", an eight-point lead", ", a 25-vote majority".
_THEN_NAMED = re.compile(
    r"\s*(?:votes?|seats?|points?|runs?|goals?)?\s*(?:for\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s*)?,\s*"
    rf"(?:a|an|the)\s+(?:winning\s+|clear\s+|comfortable\s+|narrow\s+|slim\s+)?(?:margin|majority|lead|gap"
    rf"|difference)\s+of\s+{_SOFT}",
    re.IGNORECASE,
)
_THEN_SIZED = re.compile(
    r"\s*(?:votes?|seats?|points?|runs?|goals?)?\s*(?:for\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)?\s*)?,\s*"
    r"(?:a|an|the)\s+(?:winning\s+|clear\s+|comfortable\s+|narrow\s+|slim\s+)?",
    re.IGNORECASE,
)
_SIZED_AFTER = re.compile(
    r"[\s-]*(?:votes?|points?|percentage[\s-]points?|seats?|runs?|goals?)?[\s-]*(?:margin|majority|lead)\b",
    re.IGNORECASE,
)
# Words before the pair that make it the two ends of a move or a span, not two sides.
_MOVE_LEAD = re.compile(
    r"\b(?:from|between|aged|ages|rose|fell|grew|climbed|dropped|increased|decreased)\s+$", re.IGNORECASE
)
# Shares of a vote with their lead in points are read by the rank finders (``ranks_votes_shares``).
_TALLIES = (QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.MONEY)


def _side(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind in _TALLIES and claim.change is None and not q.is_range and not looks_like_year(claim)


def _counts_alike(a: Claim, margin: Claim) -> bool:
    """The margin counts what the sides count: money with money, a count with a count."""
    kind, m = a.quantity.kind, margin.quantity.kind
    if kind == QuantityKind.MONEY:
        return m == QuantityKind.MONEY
    return m in (QuantityKind.COUNT, QuantityKind.NUMBER)


def _margin_before(ctx: ArticleContext, margin: Claim, first: Claim) -> re.Match[str] | None:
    """ "beat Berg by 14,274 votes, 61,204 to ...": the margin after a verb of winning and "by", then the pair."""
    won = _WON_BY.search(ctx.text, max(margin.sentence_span[0], margin.span[0] - 60), margin.span[0])
    if won is None or not _BY_THEN_PAIR.fullmatch(ctx.text, margin.span[1], first.span[0]):
        return None
    return won


def _margin_after(ctx: ArticleContext, second: Claim, margin: Claim) -> re.Match[str] | None:
    """ "312 to 287, a majority of 25", "52% to 44%, an eight-point lead": the gap named right after the pair."""
    named = _THEN_NAMED.fullmatch(ctx.text, second.span[1], margin.span[0])
    if named is not None:
        return named
    if _THEN_SIZED.fullmatch(ctx.text, second.span[1], margin.span[0]):
        return _SIZED_AFTER.match(ctx.text, margin.span[1], margin.sentence_span[1])
    return None


@finder("margins_won")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for i in range(len(claims) - 1):
            a, b = claims[i], claims[i + 1]
            if not (_side(a) and _side(b)) or a.quantity.kind != b.quantity.kind:
                continue
            if not _PAIR_GAP.fullmatch(ctx.text, a.span[1], b.span[0]):
                continue
            if _MOVE_LEAD.search(ctx.text, max(a.sentence_span[0], a.span[0] - 20), a.span[0]):
                continue
            found = _named_margin(ctx, claims, i)
            if found is not None and found[0].id not in margins_read(ctx):
                yield _relation(ctx, a, b, *found)


def _named_margin(ctx: ArticleContext, claims: list[Claim], i: int) -> tuple[Claim, re.Match[str]] | None:
    """The margin named beside the pair ``claims[i]``, ``claims[i + 1]``: the figure before it ("by 2,150 votes,
    20,400 to ..."), else the one after it ("212 to 190, a majority of 22"), with the words that name it."""
    a, b = claims[i], claims[i + 1]
    if i > 0 and _counts_alike(a, claims[i - 1]) and claims[i - 1].change is None:
        cued = _margin_before(ctx, claims[i - 1], a)
        if cued is not None:
            return claims[i - 1], cued
    if i + 2 < len(claims) and _counts_alike(a, claims[i + 2]) and claims[i + 2].change is None:
        cued = _margin_after(ctx, b, claims[i + 2])
        if cued is not None:
            return claims[i + 2], cued
    return None


def _relation(ctx: ArticleContext, a: Claim, b: Claim, margin: Claim, cued: re.Match[str]) -> Relation:
    lo, hi = sorted([a.span, b.span])
    evidence = stated_together(
        ctx,
        [a, b, margin],
        [
            cue(ctx, (a.span[1], b.span[0]), "the two sides' figures"),
            cue(ctx, (cued.start(), cued.end()), "the gap between them"),
        ],
        levels=[a, b],
        unit=Agreement.AGREE,
        period=Agreement.AGREE,
    )
    return Relation(
        kind=RelationKind.ABSOLUTE_CHANGE,
        members=roles(delta=margin, from_=b, to=a),
        evidence=evidence,
        reason=f"{show(margin)} is named as the gap between {show(a)} and {show(b)}, said together",
        params={"form": "net", "unsigned": True},
        spans=[(cued.start(), cued.end()), (lo[1], hi[0])],
    )
