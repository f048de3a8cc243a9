"""Votes: a candidate's tally and share imply the race's total; turnout is votes cast over the electorate.

Election copy gives each candidate's count with the share it is of the ballots:
"Smith won 1,204 votes for 61.3%, while Jones took 760 votes, or 38.7%". Each
tally over its share implies the number of ballots in the race, and the
candidates of one race must imply the same number (``part_share`` with rule
``implied_whole``, members ``part`` and ``share`` in pairs). The words tie each
tally to its share ("for", "or", a bracket, "accounting for"); one sentence is
taken as one race, unless its shares add up to more than the whole or it gives
more than one winning margin ("won by 812 votes (0.6%) ...; and in Eastfield, by
950 votes (1.1%)": a race has one margin), and then it reports several races and
nothing is paired. Tallies whose shares make 100% are read against their sum by
:mod:`.shares_tallies` instead, and not paired here.

Turnout is the share of the registered (eligible) voters who voted: "turnout
was 41%, with 12,300 of the 30,000 registered voters casting ballots" is a
``part_share`` relation (part, whole, share). The figures are matched by what
they measure (the words "turnout", "registered voters", "ballots cast") in one
sentence or the next, so the evidence is inferred and uncertain when another
figure could fill a role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, norm_noun, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Cue, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched
from factcheck.relations.parts import implied_whole, part_share
from factcheck.relations.prose import is_estimate, lead, trail

_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?"
# The words from a tally to its share: "470 votes for 57.6%", "31 votes cast for write-ins accounting for 3.8%".
_TALLY_THEN_SHARE = re.compile(
    rf"^\s*(?:\(\s*|,?\s*(?:also\s+)?(?:or|for|with|representing|giving\s+(?:him|her|them|it))\s+"
    rf"|[^.;:!?\d%()]{{0,60}}?\b(?:(?:to\s+)?account(?:ing|ed|s)?\s+for|amounting\s+to|or)\s+){_HEDGE}$",
    re.IGNORECASE,
)
# The words from a share to its tally: "57.6% (470 votes)", "61% of the vote, or 1,204 votes".
_SHARE_THEN_TALLY = re.compile(
    rf"^\s*(?:of\s+(?:the\s+)?(?:vote|votes|ballots)(?:\s+cast)?\s*)?(?:\(\s*|,?\s*(?:or|with)\s+){_HEDGE}$",
    re.IGNORECASE,
)
# A place or race of its own: "in Ward 1", "for the District 3 seat", "in Lakeside".
PLACE = re.compile(
    r"\b(?:in|for|from)\s+(?:the\s+)?(?:(?:Ward|District|Precinct|County|Division|Zone|Seat)\s+\w+|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
)
_CONTRAST = re.compile(r"\b(?:but|however|whereas|compared\s+with|against|from|last|previous|in\s+20\d\d)\b", re.I)


def is_tally(claim: Claim, ctx: ArticleContext | None = None) -> bool:
    """A count of votes or ballots: "470 votes", "1,204 ballots"; with the text, "polled 6,328,397" too."""
    q = claim.quantity
    if claim.change is not None:
        return False
    if q.kind == QuantityKind.COUNT:
        return bool(re.fullmatch(r"(?:\w+\s+)?(?:votes?|ballots?)", norm_noun(q.noun)))
    return ctx is not None and q.kind == QuantityKind.NUMBER and bool(_POLLED.search(lead(ctx, claim, 20)))


# A candidate's verb before a bare tally: "Mahama polled 6,328,397, representing 56.6%".
_POLLED = re.compile(r"\b(?:polled|garnered|obtained|received|secured)\s+$", re.IGNORECASE)


def _is_share(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind == QuantityKind.PERCENT and claim.change is None and 0 < q.value <= 100


@dataclass
class Tally:
    votes: Claim
    share: Claim
    said: Cue


def tallies(ctx: ArticleContext) -> list[Tally]:
    found: list[Tally] = []
    used: set[str] = set()
    for claims in ctx.sentence_groups().values():
        for a, b in pairwise(claims):
            if a.id in used or b.id in used:
                continue
            gap = ctx.text[a.span[1] : b.span[0]]
            if is_tally(a, ctx) and _is_share(b) and _TALLY_THEN_SHARE.match(gap):
                pair = Tally(a, b, cue(ctx, (a.span[1], b.span[0]), "a tally and its share"))
            elif _is_share(a) and is_tally(b, ctx) and _SHARE_THEN_TALLY.match(gap):
                pair = Tally(b, a, cue(ctx, (a.span[1], b.span[0]), "a share and its tally"))
            else:
                continue
            if is_estimate(ctx, pair.votes) or _CONTRAST.search(gap):
                continue
            used.update((a.id, b.id))
            found.append(pair)
    return found


# A winning margin, not a candidate's count: "won by just 812 votes (0.6% margin)", "a margin of 1,150 votes".
_MARGIN_LEAD = re.compile(
    r"(?:\b(?:won|wins|win|winning|lost|loses|lose|losing|leads?|leading|led|trails?|trailing|trailed|defeated|beat"
    r"|beating|edged(?:\s+out)?|ahead)\b[^.;:!?\d]{0,60}?\bby|\bmargin\s+of)\s+(?:(?:just|only|a\s+mere|some|about"
    r"|around|nearly|almost|over|more\s+than|fewer\s+than|less\s+than)\s+)?$",
    re.IGNORECASE,
)
_MARGIN_TRAIL = re.compile(r"^\s*(?:-|\s)?\s*(?:votes?\s+)?margin\b", re.IGNORECASE)


def _is_margin(ctx: ArticleContext, tally: Tally) -> bool:
    return bool(
        _MARGIN_LEAD.search(lead(ctx, tally.votes, 90))
        or _MARGIN_TRAIL.match(trail(ctx, tally.share, 20))
        or _MARGIN_TRAIL.match(trail(ctx, tally.votes, 20))
    )


def _races(ctx: ArticleContext) -> Iterator[Relation]:
    # a race whose shares make 100% is read tally by tally against the sum (shares_tallies): no need to pair it here
    from factcheck.relations.shares_tallies import races  # imported here: that module reads this one's tallies

    whole = {t.votes.id for race in races(ctx) for t in race}
    by_sentence: dict[tuple[int, int], list[Tally]] = {}
    for tally in tallies(ctx):
        if tally.votes.id in whole:
            continue
        by_sentence.setdefault(tuple(tally.votes.sentence_span), []).append(tally)  # type: ignore[arg-type]
    for race in by_sentence.values():
        if len(race) < 2:
            continue
        if sum(interval(t.share).lo for t in race) > 100:
            continue  # shares of more than one race: nothing says which tallies go together
        if sum(_is_margin(ctx, t) for t in race) > 1:
            continue  # a race has one winning margin: two margins are two races
        anchor = race[0]
        start, end = anchor.votes.sentence_span
        places = {" ".join(m.group(0).lower().split()) for m in PLACE.finditer(ctx.text[start:end])}
        doubts = ["the sentence names more than one place or race"] if len(places) > 1 else []
        for other in race[1:]:
            evidence = matched(ctx, Tie.CUE, [anchor.said, other.said], [anchor.votes, other.votes], doubts=doubts)
            reason = (
                f"{show(anchor.votes)} for {show(anchor.share)} and {show(other.votes)} for {show(other.share)} are "
                "tallies of one race in one sentence: each implies the number of ballots"
            )
            pairs = [(anchor.votes, anchor.share), (other.votes, other.share)]
            spans = [anchor.said.span, other.said.span]
            yield implied_whole(pairs, evidence, reason, whole="number of ballots", spans=spans)


# tallies against the stated total -----------------------------------------------------

# "the total valid votes cast was 11,191,422", "valid votes: 8,465,834", "of the 4,210 valid ballots"
_VALID_BEFORE = re.compile(
    r"\bvalid\s+(?:votes?|ballots?)(?:\s+cast)?(?:\s+(?:was|were|is|are|stood\s+at|came\s+to|totall?ed|amounted\s+to|numbered|reached"
    r"|of))?\s*:?\s*$",
    re.IGNORECASE,
)
_VALID_AFTER = re.compile(r"^\s*valid\s+(?:votes?|ballots?)\b", re.IGNORECASE)
_CAST_TOTAL_BEFORE = re.compile(
    r"\btotal\s+(?:number\s+of\s+)?(?:votes?|ballots?)\s+cast(?:\s+(?:was|were|is|stood\s+at|came\s+to|totall?ed"
    r"|amounted\s+to))?\s*:?\s*$",
    re.IGNORECASE,
)
_SPOILT = re.compile(r"\b(?:invalid|rejected|spoilt|spoiled|void|null)\b", re.IGNORECASE)
_SPOILT = gated(_SPOILT)  # read over the whole article: skipped where none of its words is


def _stated_total(ctx: ArticleContext) -> Claim | None:
    """The one total of the ballots the shares are of: the valid votes, or all cast when none were spoilt."""

    def counted(claim: Claim) -> bool:
        q = claim.quantity
        return q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER) and claim.change is None and q.value >= 100

    valid = [
        c
        for c in ctx.claims
        if counted(c) and (_VALID_BEFORE.search(lead(ctx, c, 50)) or _VALID_AFTER.match(trail(ctx, c, 20)))
    ]
    if not valid and not _SPOILT.search(ctx.text):
        valid = [c for c in ctx.claims if counted(c) and _CAST_TOTAL_BEFORE.search(lead(ctx, c, 50))]
    if len({c.quantity.value for c in valid}) != 1:
        return None  # none stated, or totals of several races
    return valid[0]


def _against_total(ctx: ArticleContext) -> Iterator[Relation]:
    """ "valid votes were 11,191,422 ... Okoro received 5,219 votes, representing 0.09%": each share of the total."""
    total = _stated_total(ctx)
    if total is None:
        return
    below = [t for t in tallies(ctx) if t.votes.quantity.value < total.quantity.value]
    if not below or sum(interval(t.share).lo for t in below) > 100:
        return  # more than one race: the shares are not all of this total
    places: set[str] = set()
    for tally in below:
        start, end = tally.votes.sentence_span
        places |= {" ".join(m.group(0).lower().split()) for m in PLACE.finditer(ctx.text[start:end])}
    doubts = ["the tallies name more than one place or race"] if len(places) > 1 else []
    said = cue(ctx, total.span, "the total of valid votes")
    for tally in below:
        members = [tally.votes, total, tally.share]
        evidence = matched(ctx, Tie.INFERRED, [tally.said, said], [tally.votes, total], clash=members, doubts=doubts)
        reason = (
            f"{show(tally.votes)} is given with its share, {show(tally.share)}; {show(total)} is the one total "
            "of the ballots the article states, and every share stated is of one race"
        )
        yield part_share(tally.votes, total, tally.share, evidence, reason)


# turnout --------------------------------------------------------------------------------

_TURNOUT = re.compile(r"\bturnout\b", re.IGNORECASE)
_TURNOUT = gated(_TURNOUT)  # tried on every figure's window, seldom matching there
_ELECTORATE = re.compile(
    r"^\s*(?:(?:registered|eligible)\s+voters|(?:registered|eligible)\s+(?:\w+\s+)?voters|voters\s+(?:on\s+the\s+roll|"
    r"registered|eligible)|people\s+(?:registered|eligible)\s+to\s+vote)",
    re.IGNORECASE,
)
_CAST = re.compile(
    r"^\s*(?:(?:votes|ballots)\s+(?:were\s+)?cast|people\s+(?:voted|cast)|voters\s+(?:voted|cast|turned\s+out|went)"
    r"|(?:of\s+them\s+)?(?:voted|cast\s+(?:a\s+)?ballots?))",
    re.IGNORECASE,
)


# Some of the votes only: "cast early", "by mail", "absentee ballots".
_SOME_VOTES = re.compile(
    r"\b(?:early|by\s+mail|mail-in|postal|absentee|in\s+person|on\s+election\s+day|provisional)\b", re.IGNORECASE
)


def _counted(ctx: ArticleContext, claim: Claim, words: re.Pattern[str]) -> bool:
    if claim.quantity.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER) or claim.change is not None:
        return False
    noun = claim.quantity.noun or ""
    return bool(words.match(noun + trail(ctx, claim, 40)))


def _out_of(ctx: ArticleContext, claim: Claim, wholes: list[Claim]) -> bool:
    """ "12,300 of the 30,000 registered voters": a count stated as a part of the electorate."""
    if claim.quantity.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER) or claim.change is not None:
        return False
    following = [w for w in wholes if w.span[0] > claim.span[1] and w.sentence_span == claim.sentence_span]
    return bool(following) and bool(
        re.fullmatch(r"\s*(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?", ctx.text[claim.span[1] : following[0].span[0]])
    )


def _turnouts(ctx: ArticleContext) -> Iterator[Relation]:
    for share in ctx.claims:
        if not _is_share(share) or not _TURNOUT.search(lead(ctx, share, 50) + " " + trail(ctx, share, 20)):
            continue
        index = ctx.sentence_index(share.span[0])
        lo = ctx.sentences[max(0, index - 1)][0]
        hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 1)][1]
        around = [c for c in ctx.claims_in(lo, hi) if not is_estimate(ctx, c)]
        wholes = [c for c in around if _counted(ctx, c, _ELECTORATE)]
        around = [c for c in around if not _SOME_VOTES.search(lead(ctx, c, 30) + " " + trail(ctx, c, 40))]
        parts = [c for c in around if c not in wholes and (_counted(ctx, c, _CAST) or _out_of(ctx, c, wholes))]
        if not wholes or not parts:
            continue
        wholes.sort(key=lambda c: abs(c.span[0] - share.span[0]))
        parts.sort(key=lambda c: abs(c.span[0] - share.span[0]))
        whole, part = wholes[0], parts[0]
        if part.quantity.value >= whole.quantity.value:
            continue
        members = [part, whole, share]
        evidence = matched(
            ctx,
            Tie.INFERRED,
            [cue(ctx, (share.span[0], share.span[1]), "turnout"), cue(ctx, whole.span, "the registered voters")],
            [share, part, whole],
            clash=members,
            ambiguous=[show(c) for c in (*wholes[1:], *parts[1:])],
        )
        reason = (
            f"{show(share)} is called the turnout; {show(part)} voted out of {show(whole)} registered, "
            "and turnout is the one over the other"
        )
        yield part_share(part, whole, share, evidence, reason)


@finder("votes")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _races(ctx)
    yield from _turnouts(ctx)
    yield from _against_total(ctx)
