"""Stated ranks against the figures they rank: "No. 4", "second place", "the leader", "followed by".

Three shapes:

* a stated rank bound to its own figure in one clause ("Alibaba ranks No. 4 ...,
  winning 4 percent share", "Apple held on to its status as the second-largest
  vendor ... to claim 12.5% of the market", "Lenovo widened its lead as the top
  supplier, grabbing an 18.9 percent market share"), set against the other
  figures of the same whole (its peers): roles ``ranked`` and ``peer``, params
  ``rank``, ``peer_ranks`` (peers with a stated rank of their own) and
  ``shares`` (the ranked figure is a share of a market or a vote, so the players
  above it must fit in 100%);
* an order the words state between figures of one sentence: "AWS at 30%,
  followed by Microsoft at 21% then Google at 12%", "17% of the market after
  HP's 22%", "Ford sold 1.792 million, with Toyota close behind at 1.789
  million", "35% market share, ahead of Apple at 25%", "X overtook Y": role
  ``item``, in the stated order, highest first;
* a list whose intro calls it a ranking ("the top five browsers:" then one line
  each): role ``item``, in list order.

How the evidence is decided: the rank and its figure are tied by the words of
one clause (a cue), and the player named with the rank must be the figure's
("Toshiba, which held fourth" does not take Lenovo's 9 percent before it). For
shares, the peers are the other players of the figure's whole as
:mod:`.shares` groups them (a structure when they share its sentence, inferred
when neighbouring sentences add them, with that grouping's doubts); peers held
by a named player make one relation, and when the whole also holds figures of
unnamed holders, all of them make a second, uncertain one. A figure of the rest
("others", "vendors outside the top five") is no rival in the ranking. For other
figures (units sold, market values), peers come only from the rank's own
sentence: across sentences a total or a figure of another measure looks the
same. An order stated between figures of one sentence is a cue; its figures must
belong to different players and end their list items (nothing after them names
another measure); figures of one player are a sequence in time, not a ranking.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_level, same_unit, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, periods
from factcheck.relations.prose import has_break, is_prior_by_date, starts_from
from factcheck.relations.shares import Reading, Share, names_in, read_holder, reading, same_holder, sentences

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)"
_NOT_A_STANDING = (
    r"(?![\s-]+(?:time|times|quarter|quarters|half|month|months|year|years|week|weeks|day|days|consecutive|straight"
    r"|successive|in\s+a\s+row|round|phase|wave|stage|fall|rise|decline|gain|loss|increase|drop|annual|quarterly)\b)"
)
_RANK = re.compile(
    rf"\b(?P<a>{_ORD})[\s-]+(?:place|spot|position|largest|biggest|ranked|in\s+the\s+rankings?|highest|most\s+popular"
    rf"|best[\s-]selling)\b"
    rf"|\b(?:ranks?|ranked|ranking|came|comes|come|coming|finished|finishes|placed|places|held|holds|holding|sits|sat"
    rf"|took|takes|taking|finishing|clinched|claimed|secured|grabbed"
    rf"|stood|stands|remains?|remained|trailing\s+at|trails\s+at|slipped\s+to|fell\s+to|rose\s+to|moved\s+up\s+to"
    rf"|moved\s+down\s+to|climbed\s+to|dropped\s+to|is|was)\s+(?:in\s+|at\s+)?(?P<b>{_ORD}){_NOT_A_STANDING}\b"
    rf"|\bNo\.\s?(?P<n>\d{{1,2}})\b|\bnumber\s+(?P<w>one|two|three|four|five)\b(?!\s+of)"
    rf"|(?P<lead>\bthe\s+(?:[\w-]+\s+){{0,2}}?leader\b(?!s)|\bleads\s+(?:with|at|the)\b|\bled\s+(?:with|at)\b"
    rf"|\b(?:took|takes|taking|has|had|holds|held|maintained|maintains|kept|keeps|retained|retains|widened|widens"
    rf"|extended|extends|regained|reclaimed)\s+(?:its|the|a)\s+(?:\w+\s+)?lead\b(?!\s+(?:over|of|to|by|in)\b)"
    rf"|\bin\s+the\s+lead\b|\bthe\s+top\s+(?:spot|position|supplier|vendor|seller|player|brand|maker|provider"
    rf"|company|carrier|airline)\b|\btop[\s-]selling\b|\bfirst\s+place\b|\bstill\s+king\b)",
    re.I,
)
# Words between two figures of one sentence that state their order: (pattern, which comes first: "a" or "b").
_BEFORE_WORDS = r"(?:(?:close|closely|just|right|not\s+far|a\s+close\s+\w+|a\s+distant\s+\w+|far)\s+)?"
_ORDER_GAPS = [
    (re.compile(r"^[^.;]{0,40}?\b(?:after|behind|trailing)\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
                r"\s?(?:['’]s?)?\s*(?:\(\s*)?(?:at|with|on|of)?\s*(?:about\s+|around\s+)?$"), "b"),
    (re.compile(r"^[^.;]{0,40}?\bahead\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
                r"\s?(?:['’]s?)?\s*(?:\(\s*)?(?:at|with|on|of)?\s*(?:about\s+|around\s+)?$"), "a"),
    (re.compile(rf"^[^.;]{{0,30}}?\bwith\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\s+{_BEFORE_WORDS}"
                rf"(?:behind|back)\s*(?:,\s*)?(?:at|with|on)?\s*(?:about\s+|around\s+)?$"), "a"),
]  # fmt: skip
_FOLLOWED = re.compile(r"\b(?:followed\s+(?:closely\s+)?by|trailed\s+by)\b", re.I)
_OVERTOOK = re.compile(
    r"\b(?:overtook|overtaken|overtaking|overtakes|surpassed|surpasses|outsold|outsells|outpaced|leapfrogged|edged\s+"
    r"(?:out|past)|beat|beats|passed)\b",
    re.I,
)
_CHAIN_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|\.\s", re.I)


@dataclass(frozen=True)
class Standing:
    rank: int
    span: tuple[int, int]
    word: str
    holder: str | None


def _standings(ctx: ArticleContext, span: tuple[int, int]) -> list[Standing]:
    """The ranks a sentence states, each with the player named beside it."""
    text = ctx.text[span[0] : span[1]]
    found = []
    for match in _RANK.finditer(text):
        start, end = span[0] + match.start(), span[0] + match.end()
        if match.group("lead"):
            rank = 1
        elif match.group("n"):
            rank = int(match.group("n"))
        else:
            word = (match.group("a") or match.group("b") or match.group("w") or "").lower()
            rank = _ORDINALS.get(word, 0)
        if not 1 <= rank <= 50:
            continue
        if re.match(r"\s*to\s+last\b", ctx.text[end : end + 12]):
            continue  # "second to last" needs the length of the list
        found.append(
            Standing(rank, (start, end), " ".join(match.group(0).split()), _rank_holder(ctx, span, start, end))
        )
    return found


def _rank_holder(ctx: ArticleContext, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """ "Apple held on to its status as the second-largest", "In third place is Google Cloud", "second-place Amazon"."""
    before = ctx.text[sentence[0] : start]
    cuts = [
        m.end()
        for m in re.finditer(r",|;|\bwhile\b|\bwhereas\b|\bbut\b|\bfollowed\s+by\b|\band\b|%|\d\b", before, re.I)
    ]
    cut = max(cuts, default=0)
    holder, named = read_holder(before[cut:], opens=cut == 0)
    if holder and named:
        return holder
    after = ctx.text[end : sentence[1]]
    stop = re.search(r",|;|\bwith\b|\bat\b|\bwhere\b|\bwhile\b|\d", after)
    after = after[: stop.start()] if stop else after
    if re.search(r"\b(?:behind|after|ahead|than|to|over|from)\b", after, re.I):
        return None  # "ranking second behind Volkswagen": the name after is the rival, not the ranked
    found = names_in(after)
    return found[0][0] if found else None


def _is_rival_level(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure a player can be ranked by: units, money, a count; not a change, a start or a year."""
    if not is_level(claim) or claim.quantity.kind in (QuantityKind.RANK, QuantityKind.DURATION):
        return False
    if claim.quantity.kind == QuantityKind.NUMBER and 1900 <= claim.quantity.value <= 2100:
        return False
    if not any(ch.isdigit() for ch in claim.quantity.text):
        return False  # "number one or two": a word, not a figure anyone is ranked by
    return not (starts_from(ctx, claim) or is_prior_by_date(ctx, claim))


def _holder_of_level(ctx: ArticleContext, claim: Claim, previous_end: int) -> tuple[str | None, bool]:
    segment = ctx.text[previous_end : claim.span[0]]
    cuts = [0] + [m.start() for m in re.finditer(r",|;|\bwhile\b|\band\b|\bwith\b|\bfollowed\s+by\b|\bthen\b", segment)
                  if m.start() > 0]  # fmt: skip
    for i in reversed(range(len(cuts))):
        piece = segment[cuts[i] : cuts[i + 1] if i + 1 < len(cuts) else len(segment)]
        holder, named = read_holder(piece, opens=previous_end == claim.sentence_span[0] and i == 0)
        if holder:
            return holder, named
    return None, False


@dataclass
class Figure:
    """A figure a ranking can be about, with its player."""

    claim: Claim
    holder: str | None
    named: bool
    share: Share | None


def _figures(ctx: ArticleContext, claims: list[Claim], shares: Reading) -> list[Figure]:
    """The shares of a sentence, or, when it has none, its levels of one unit, each with its player."""
    found = [Figure(s.claim, s.holder, s.named, s) for c in claims if (s := shares.share(c.id)) is not None]
    if found:
        return [f for f in found if not (f.share and f.share.rest)]
    levels = [c for c in claims if _is_rival_level(ctx, c)]
    result = []
    previous_end = claims[0].sentence_span[0]
    for claim in levels:
        holder, named = _holder_of_level(ctx, claim, previous_end)
        previous_end = claim.span[1]
        result.append(Figure(claim, holder, named, None))
    return result


_RIVALS_FIGURE = re.compile(
    r"\b(?:after|behind|than|trailing|ahead\s+of)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s?(?:['’]s?)?\s*"
    r"(?:\(\s*)?(?:at|on|of)?\s*(?:about\s+|around\s+|nearly\s+)?$"
)


def _bind(ctx: ArticleContext, standing: Standing, figures: list[Figure]) -> Figure | None:
    """The figure a stated rank is about: the first one after it in its clause, else its player's one before."""
    for figure in figures:
        if figure.claim.span[0] < standing.span[1]:
            continue
        gap = ctx.text[standing.span[1] : figure.claim.span[0]]
        if _FOLLOWED.search(gap) or _CHAIN_BREAK.search(gap) or _RIVALS_FIGURE.search(gap):
            break  # "third place ... after HP's 22%": the figure that follows is the rival's
        if standing.holder and figure.holder and not same_holder(standing.holder, figure.holder):
            break
        return figure
    for figure in reversed(figures):
        if figure.claim.span[1] > standing.span[0]:
            continue
        same = standing.holder and figure.holder and same_holder(standing.holder, figure.holder)
        if same and not has_break(ctx.text[figure.claim.span[1] : standing.span[0]]):
            return figure
        break
    return None


def _evidence(
    ctx: ArticleContext, claims: Sequence[Claim], tie: Tie, cues: list[Cue], doubts: list[str], ambiguous: list[str]
) -> Evidence:
    units = all(same_unit(claims[0], c) for c in claims[1:]) or all(
        c.quantity.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION) for c in claims
    )
    return Evidence(
        tie=tie,
        cues=cues,
        sentences_apart=max((ctx.sentences_apart(claims[0], c) for c in claims[1:]), default=0),
        # The subject of a ranking is the whole its players share: the same for all, or they were not paired.
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE if units else Agreement.DISAGREE,
        period=periods(list(claims)) if len(claims) > 1 else Agreement.UNKNOWN,
        ambiguous=ambiguous,
        doubts=doubts,
    )


@dataclass
class Rivals:
    """The other players of a ranked figure's whole, with what is in doubt about that whole."""

    peers: list[Figure]
    doubts: list[str]
    tie: Tie
    family: str  # "market", "vote" ...: a whole the shares split; "" when not known


def _rivals(figure: Figure, figures: list[Figure], shares: Reading) -> list[Rivals]:
    """The rivals named as players (certain when the whole is) and, when the whole also holds figures of
    unnamed holders, all of them (uncertain)."""
    if figure.share is not None:
        group = shares.group_of(figure.claim.id)
        own = figure.share.whole.family
        if group is None:
            return [Rivals([], [], Tie.CUE, own)]
        family = own or next((s.whole.family for s in group.shares if s.whole.family), "")
        others = [s for s in group.shares if s.claim.id != figure.claim.id and not s.rest]
        named = [Figure(s.claim, s.holder, s.named, s) for s in others if s.holder and s.named]
        doubts = [*group.doubts, *group.ambiguous]
        found = [Rivals(named, doubts, group.tie, family)]
        if len(named) < len(others):
            every = [Figure(s.claim, s.holder, s.named, s) for s in others]
            found.append(Rivals(every, [*doubts, group.loose] if group.loose else doubts, group.tie, family))
        return found
    peers = [
        f
        for f in figures
        if f.claim.id != figure.claim.id
        and f.named
        and same_unit(f.claim, figure.claim)
        and not (figure.holder and same_holder(f.holder, figure.holder))
    ]
    return [Rivals(peers, [], Tie.STRUCTURE, "")]


def _ranked(ctx: ArticleContext, shares: Reading) -> Iterator[Relation]:
    bound: dict[str, tuple[Standing, Figure]] = {}
    by_claim: dict[str, list[Claim]] = {}
    for span, claims in sentences(ctx).items():
        by_claim.update({c.id: claims for c in claims})
        figures = _figures(ctx, claims, shares)
        for standing in _standings(ctx, span):
            figure = _bind(ctx, standing, figures)
            if figure is not None and figure.claim.id not in bound:
                bound[figure.claim.id] = (standing, figure)
    for standing, figure in bound.values():
        sentence = by_claim[figure.claim.id]
        for rivals in _rivals(figure, _figures(ctx, sentence, shares), shares):
            relation = _rank_relation(ctx, standing, figure, rivals, bound)
            if relation is not None:
                yield relation


def _rank_relation(
    ctx: ArticleContext, standing: Standing, figure: Figure, rivals: Rivals, bound: dict[str, tuple[Standing, Figure]]
) -> Relation | None:
    peers = rivals.peers
    # Only shares of a whole that players split must leave room for the players above within 100%.
    within_100 = figure.share is not None and rivals.family in ("market", "vote")
    if not peers and not (within_100 and standing.rank > 1):
        return None
    doubts = list(rivals.doubts)
    if not (figure.holder and figure.named) and not standing.holder:
        doubts.append(f"the player ranked “{standing.word}” is not named")
    peer_ranks = {p.claim.id: bound[p.claim.id][0].rank for p in peers if p.claim.id in bound}
    claims = [figure.claim, *(p.claim for p in peers)]
    who = standing.holder or figure.holder or "the player"
    reason = f"“{standing.word}” ranks {who} with {show(figure.claim)}"
    if peers:
        listed = ", ".join(f"{p.holder + ' ' if p.holder else ''}{show(p.claim)}" for p in peers)
        reason += f"; the others of that whole: {listed}"
    members = [Member(role="ranked", claim=figure.claim.id), *(Member(role="peer", claim=p.claim.id) for p in peers)]
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=members,
        evidence=_evidence(ctx, claims, rivals.tie if peers else Tie.CUE, [cue(ctx, standing.span, "a stated rank")],
                           doubts, []),
        reason=reason,
        params={"rank": standing.rank, "word": standing.word, "shares": within_100, "peer_ranks": peer_ranks,
                "holders": {f.claim.id: f.holder for f in [figure, *peers] if f.holder}},
        spans=[standing.span],
    )  # fmt: skip


def _chains(ctx: ArticleContext, shares: Reading) -> Iterator[Relation]:
    for span, claims in sentences(ctx).items():
        figures = _figures(ctx, claims, shares)
        if len(figures) < 2:
            continue
        for chain, words, cue_span in _stated_orders(ctx, span, figures):
            yield _chain_relation(ctx, chain, words, cue_span)


def _stated_orders(
    ctx: ArticleContext, span: tuple[int, int], figures: list[Figure]
) -> Iterator[tuple[list[Figure], str, tuple[int, int]]]:
    text = ctx.text
    for match in _FOLLOWED.finditer(text, span[0], span[1]):
        word = " ".join(match.group(0).split())
        before = [f for f in figures if f.claim.span[1] <= match.start()]
        after = []
        for f in figures:
            if f.claim.span[0] < match.end():
                continue
            if _CHAIN_BREAK.search(text[match.end() : f.claim.span[0]]):
                break
            after.append(f)
        first = (
            before[-1:] if before and not _CHAIN_BREAK.search(text[before[-1].claim.span[1] : match.start()]) else []
        )
        chain = first + after
        if len(chain) >= 2:
            yield chain, word, (match.start(), match.end())
    for a, b in itertools.pairwise(figures):
        gap = text[a.claim.span[1] : b.claim.span[0]]
        if not _ends_item(ctx, a.claim, b.claim):
            continue  # "ahead of Friday's $12 billion bond sale": the second figure measures something else
        for pattern, first in _ORDER_GAPS:
            found = pattern.match(gap)
            if found and not _names_a_day(found.group("name")):
                words = re.search(r"after|behind|trailing|ahead\s+of|back", gap, re.I)
                assert words is not None
                cue_span = (a.claim.span[1] + words.start(), a.claim.span[1] + words.end())
                yield ([a, b] if first == "a" else [b, a]), words.group(0), cue_span
                break
    for match in _OVERTOOK.finditer(text, span[0], span[1]):
        subject = [f for f in figures if f.holder and f.named]
        before_names = names_in(text[span[0] : match.start()])
        after_names = names_in(text[match.end() : span[1]])
        if not before_names or not after_names:
            continue
        winner = next((f for f in subject if same_holder(f.holder, before_names[-1][0])), None)
        loser = next((f for f in subject if same_holder(f.holder, after_names[0][0])), None)
        if winner is None or loser is None or winner is loser:
            continue
        lo, hi = sorted([winner.claim.span, loser.claim.span])
        if not _CHAIN_BREAK.search(text[lo[1] : hi[0]]):  # "..., though Tesla sold 1.8 million for the year"
            yield [winner, loser], " ".join(match.group(0).split()), (match.start(), match.end())


_ITEM_END = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:(?:in|through|during|for|over|by|as\s+of|so\s+far|this|last)\s+[^,;.()\d]{1,30}?)?"
    r"\s*(?:$|[,.;)]|\b(?:and|while|then|respectively|each|apiece)\b)"
)


def _ends_item(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """Both figures end their list items: nothing after them names another measure."""
    return all(
        _ITEM_END.match(ctx.text[c.span[1] : min(c.sentence_span[1], c.span[1] + 30)])
        or c.quantity.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION)
        for c in (a, b)
    )


def _names_a_day(words: str) -> bool:
    return bool(
        re.search(
            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
            r"|April|May|June|July|August|September|October|November|December|Q[1-4])\b",
            words,
        )
    )


def _chain_relation(ctx: ArticleContext, chain: list[Figure], word: str, cue_span: tuple[int, int]) -> Relation:
    claims = [f.claim for f in chain]
    doubts = []
    unnamed = [f for f in chain if not f.holder]
    if unnamed:
        doubts.append(f"who holds {', '.join(show(f.claim) for f in unnamed)} is not said")
    for i, a in enumerate(chain):
        for b in chain[i + 1 :]:
            if a.holder and b.holder and same_holder(a.holder, b.holder):
                doubts.append(f"{show(a.claim)} and {show(b.claim)} are both {a.holder}'s: a sequence in time")
    if any(f.share is None for f in chain) and any(f.share is not None for f in chain):
        doubts.append("shares and other figures are mixed")
    listed = ", ".join(f"{f.holder + ' ' if f.holder and not f.holder.startswith('item ') else ''}{show(f.claim)}"
                       for f in chain)  # fmt: skip
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=[Member(role="item", claim=c.id) for c in claims],
        evidence=_evidence(ctx, claims, Tie.CUE, [cue(ctx, cue_span, "a stated order")], doubts, []),
        reason=f"“{word}” puts them in order, highest first: {listed}",
        params={"order": "descending", "word": word,
                "holders": {f.claim.id: f.holder for f in chain if f.holder}},
        spans=[cue_span],
    )  # fmt: skip


def _ranked_lists(ctx: ArticleContext, shares: Reading) -> Iterator[Relation]:
    """ "The top five browsers:" then one line each: a list its intro calls a ranking runs from the largest down."""
    for group in shares.groups:
        if not group.ranked or len(group.shares) < 2:
            continue
        items = [s for s in group.shares if not s.rest]
        claims = [s.claim for s in items]
        doubts = []
        if not any(re.search(r"\bshares?\b|\bmarket\b", s.whole.text, re.I) for s in items):
            doubts.append("the list may be ranked by another measure than the figures it shows")
        span = claims[0].span
        listed = ", ".join(f"{s.holder} {show(s.claim)}" for s in items)
        yield Relation(
            kind=RelationKind.RANK_ORDER,
            members=[Member(role="item", claim=c.id) for c in claims],
            evidence=_evidence(ctx, claims, Tie.STRUCTURE, [c for c in (items[0].cue,) if c], doubts, []),
            reason=f"{group.how.replace('one list', 'a ranked list', 1)}, highest first: {listed}",
            params={"order": "descending", "word": "a ranked list", "holders": {s.claim.id: s.holder for s in items}},
            spans=[tuple(span)],  # type: ignore[list-item]
        )


@finder("ranks")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    shares = reading(ctx)
    yield from _ranked(ctx, shares)
    yield from _chains(ctx, shares)
    yield from _ranked_lists(ctx, shares)
