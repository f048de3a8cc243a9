"""Vote counts against the stated result of a race: who won, by how many votes.

* "Roe won with 52,345 votes to 49,876 for Doe, a margin of 2,469" (or "a majority of 2,469", as British copy
  says it): the winner's count and the loser's, tied by
  "N votes to M" (or, with a stated margin, the only two counts of the sentence), in that order; with the margin
  as a third member (role ``margin``), the counts' difference must be the margin.
* "Roe won with 5,210 votes, while Doe received 4,980 and Poe got 1,200": the winner's count (the count of the
  player named before "won", or the first count after "won with") is rank 1 among the counts the sentence gives
  other named players (roles ``ranked`` and ``peer``, as :mod:`.ranks` states them).

Evidence: the win word and the counts are in one sentence, a cue. Only one win in the sentence (two winners are
two races), and no count in a clause that names a race, a district, a place or a year of its own ("while in
Ward 2 Doe got 6,000", "the most since Doe in 2008 (6,400)": a past race's count is no rival in this one). A
count whose holder is not named is left out of the peers. Shares of the vote (percentages) are
:mod:`.shares`' wholes; their order of finish is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.ranks_figures import holder_of_level, rank_evidence
from factcheck.relations.shares_holders import names_in, same_holder
from factcheck.relations.shares_reading import sentences
from factcheck.relations.shares_words import RACE

_WIN = re.compile(
    r"\b(?:won|wins|winning|beat|beats|beating|defeated|defeats|defeating|edged(?:\s+out)?|topped|outpolled"
    r"|prevailed|carried)\b",
    re.I,
)
_WIN = gated(_WIN)  # tried on every figure's window, seldom matching there
_MARGIN = re.compile(
    r"(?:\b(?:a|the|his|her|their|winning)\s+)?\b(?:margin|lead|majority)\s+of\s+(?:just\s+|only\s+|some\s+|about\s+|nearly\s+"
    r"|almost\s+|roughly\s+)?$|\b(?:won|win|wins|winning|beat|defeated|edged|led|leads|leading|ahead)\b[^.;,]{0,40}?"
    r"\bby\s+(?:just\s+|only\s+|a\s+mere\s+|some\s+|about\s+|nearly\s+)?$",
    re.I,
)
_TO = re.compile(r"^\s*(?:votes?|ballots?)?\s*(?:to|-|–)\s*$", re.I)
_PLACE = re.compile(r"\b(?:in|for)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*\s+(?:County|Ward|District|Parish)\b")
# A year of its own: "after Doe in 2012 (6,100 votes)", "the record set in the 1998 race": a past race's count,
# compared with this one's, not a rival in it.
YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b(?![,.]?\d)")


def _is_votes(ctx: ArticleContext, claim: Claim) -> bool:
    q = claim.quantity
    if q.kind == QuantityKind.COUNT and re.match(r"(?:votes?|ballots?)\b", (q.noun or q.unit or "").lower()):
        return True
    after = ctx.text[claim.span[1] : claim.span[1] + 12]
    return q.kind in (QuantityKind.NUMBER, QuantityKind.COUNT) and bool(re.match(r"[\s-]+votes?\b", after, re.I))


def _margin(ctx: ArticleContext, claim: Claim) -> bool:
    """ "a margin of 2,469", "won by 230 votes", "a 230-vote margin"."""
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 60) : claim.span[0]]
    after = ctx.text[claim.span[1] : claim.span[1] + 20]
    return bool(_MARGIN.search(before) or re.match(r"[\s-]*votes?[\s-]+(?:margin|lead|victory|win)\b", after, re.I))


_RECEIVED = re.compile(
    r"\b(?:received|got|garnered|polled|took|had|collected|drew|won|with)\s+(?:just\s+|only\s+)?$", re.I
)


def _a_year(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind == QuantityKind.NUMBER and 1900 <= q.value <= 2100 and "," not in q.text


def _counts(ctx: ArticleContext, claims: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """The sentence's vote counts and its margins. Once the sentence counts votes, a bare number counts them too
    when it is one side of "N to M" or what a candidate "received", "got" or "polled"."""
    levels = [
        c
        for c in claims
        if c.change is None
        and not c.quantity.is_range
        and c.quantity.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)
        and not _a_year(c)
    ]
    if not any(_is_votes(ctx, c) for c in levels):
        return [], []
    counts, margins = [], []
    for i, claim in enumerate(levels):
        before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 30) : claim.span[0]]
        if re.search(r"\bof\s+(?:the\s+)?$", before, re.I) and not _margin(ctx, claim):
            continue  # "won 2,100 of the 5,000 votes cast": the total, not a candidate's count
        nearby = [levels[j] for j in (i - 1, i + 1) if 0 <= j < len(levels)]
        paired = any(_TO.match(ctx.between(claim, other)) for other in nearby)
        if _margin(ctx, claim):
            margins.append(claim)
        elif _is_votes(ctx, claim) or paired or _RECEIVED.search(before):
            counts.append(claim)
    return counts, margins


def _own_race(ctx: ArticleContext, start: int, claim: Claim) -> bool:
    """The clause of a count names a race, a place or a year of its own: "while in Ward 2 Doe got 6,000", "the
    most since Doe in 2008 (6,400)"."""
    clause = ctx.text[start : claim.span[0]]
    # "the most since 1994, while Doe got ...": the year is not Doe's
    own = re.split(r",\s|;|\b(?:while|whereas|but)\b", clause)[-1]
    after = ctx.text[claim.span[1] : claim.span[1] + 40]
    dated = re.match(r"[^\S\n]*(?:votes?|ballots?)?[^\S\n]*(?:[A-Z][\w.-]*[^\S\n]+){0,3}\w*[^\S\n]*\bin[^\S\n]+", after)
    return bool(
        RACE.search(clause)
        or _PLACE.search(clause)
        or YEAR.search(own)
        or (dated is not None and YEAR.match(after, dated.end()))  # "Doe had 9,200 votes in 2017"
    )


def _results(ctx: ArticleContext, span: tuple[int, int], claims: list[Claim]) -> Iterator[Relation]:
    text = ctx.text[span[0] : span[1]]
    wins = list(_WIN.finditer(text))
    if len(wins) != 1:
        return  # no result stated, or two winners: two races
    win = wins[0]
    counts, margins = _counts(ctx, claims)
    if len(counts) < 2:
        return
    holders: dict[str, str | None] = {}
    previous_end = span[0]
    for claim in counts:
        if claim is not counts[0] and _own_race(ctx, previous_end, claim):
            return  # a count of another race in the same sentence
        holder, named = holder_of_level(ctx, claim, previous_end)
        holders[claim.id] = holder if named else None
        previous_end = claim.span[1]
    winner, name = _winner(ctx, span, win, counts, holders)
    if winner is None:
        return
    holders[winner.id] = holders.get(winner.id) or name
    cue_span = (span[0] + win.start(), span[0] + win.end())
    rivals = [c for c in counts if c is not winner and holders.get(c.id) and not same_holder(holders[c.id], name)]
    paired = next(
        (c for c in counts if c.span[0] > winner.span[1] and _TO.match(ctx.text[winner.span[1] : c.span[0]])), None
    )
    loser = paired or (rivals[0] if len(counts) == 2 and rivals else None)
    if loser is not None:
        yield _pair(ctx, winner, loser, margins[0] if len(margins) == 1 else None, win.group(0), cue_span, holders)
    if [c for c in rivals if c is not loser]:
        yield _winner_rank(ctx, winner, rivals, win.group(0), cue_span, holders)


def _winner(
    ctx: ArticleContext, span: tuple[int, int], win: re.Match[str], counts: list[Claim], holders: dict[str, str | None]
) -> tuple[Claim | None, str | None]:
    """The winner and its count: the player named before "won", and the first count right after "won with" (or
    "defeated Doe by 230 votes, 5,210 to 4,980"), else that player's own count."""
    names = names_in(ctx.text[span[0] : span[0] + win.start()], opens=True)
    name = names[-1][0] if names else None
    if name is None:
        return None, None
    after = [c for c in counts if c.span[0] >= span[0] + win.end()]
    lead = ctx.text[span[0] + win.end() : after[0].span[0]] if after else ""
    if after and re.match(r"^\s*(?:the\s+[\w-]+(?:\s+[\w-]+)?\s+)?with\s+(?:\w+\s+){0,2}$", lead, re.I):
        return after[0], name
    if after and re.match(r"^\s*(?:[A-Z][\w.-]*\s*){1,3},?\s*$", lead) and len(after) >= 2:
        return after[0], name  # "Roe beat Doe 5,210 votes to 4,980"
    mine = [c for c in counts if holders.get(c.id) and same_holder(holders[c.id], name)]
    return (mine[0], name) if len(mine) == 1 else (None, name)


def _pair(
    ctx: ArticleContext,
    winner: Claim,
    loser: Claim,
    margin: Claim | None,
    word: str,
    cue_span: tuple[int, int],
    holders: dict[str, str | None],
) -> Relation:
    members = [Member(role="item", claim=winner.id), Member(role="item", claim=loser.id)]
    reason = f"“{word}” puts the winner's {show(winner)} ahead of {show(loser)}"
    if margin is not None:
        members.append(Member(role="margin", claim=margin.id))
        reason += f", by a stated margin of {show(margin)}"
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=members,
        evidence=rank_evidence(ctx, [winner, loser], Tie.CUE, [cue(ctx, cue_span, "a stated result")], [], []),
        reason=reason,
        params={"order": "descending", "word": word, "holders": {k: v for k, v in holders.items() if v}},
        spans=[cue_span],
    )


def _winner_rank(
    ctx: ArticleContext,
    winner: Claim,
    peers: list[Claim],
    word: str,
    cue_span: tuple[int, int],
    holders: dict[str, str | None],
) -> Relation:
    listed = ", ".join(f"{holders[c.id]} {show(c)}" for c in peers)
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=[Member(role="ranked", claim=winner.id), *(Member(role="peer", claim=c.id) for c in peers)],
        evidence=rank_evidence(ctx, [winner, *peers], Tie.CUE, [cue(ctx, cue_span, "a stated result")], [], []),
        reason=f"“{word}” makes {show(winner)} the most votes; the other candidates: {listed}",
        params={"rank": 1, "word": word, "shares": False, "peer_ranks": {}, "above": [],
                "holders": {k: v for k, v in holders.items() if v}},
        spans=[cue_span],
    )  # fmt: skip


def _all_results(ctx: ArticleContext) -> list[Relation]:
    return ctx.memo("vote_results", lambda: [r for span, cs in sentences(ctx).items() for r in _results(ctx, span, cs)])


def margins_read(ctx: ArticleContext) -> set[str]:
    """Ids of the margins a race's result holds here: :mod:`.margins_won` leaves them to this finder."""
    return {m.claim for r in _all_results(ctx) for m in r.members if m.role == "margin"}


@finder("vote_results")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _all_results(ctx)
