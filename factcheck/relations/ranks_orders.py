"""Orders the words state between figures, and lists their intro calls a ranking.

* an order the words state between figures of one sentence: "AWS at 30%, followed by Microsoft at 21% then Google
  at 12%", "17% of the market after HP's 22%", "Ford sold 1.792 million, with Toyota close behind at 1.789
  million", "35% market share, ahead of Apple at 25%", "behind Rook, which shipped 55 million", "X overtook Y":
  role ``item``, in the stated order, highest first;
* a list whose intro calls it a ranking ("the top five browsers:" then one line each): role ``item``, in list
  order.

How the evidence is decided: an order stated between figures of one sentence is a cue; its figures must belong
to different players and end their list items (nothing after them names another measure); figures of one player
are a sequence in time, not a ranking; the whole of "19 of the 33 counties, followed by ..." is no player's
figure, and the part before it leads. A ranked list is a structure; when no figure of it is a share, the list
may be ranked by another measure than the figures it shows, which leaves it in doubt.
"""

from __future__ import annotations

import itertools
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
from factcheck.relations.ranks_figures import CHAIN_BREAK, FOLLOWED, Figure, figures_of, rank_evidence
from factcheck.relations.shares_groups import reading
from factcheck.relations.shares_holders import names_in, same_holder
from factcheck.relations.shares_reading import sentences
from factcheck.relations.shares_words import Reading

_BEFORE_WORDS = r"(?:(?:close|closely|just|right|not\s+far|a\s+close\s+\w+|a\s+distant\s+\w+|far)\s+)?"
# "behind Rook, which shipped 55 million": the rival's own figure in a relative clause after its name.
_WHICH = (
    r"(?:,\s*(?:which|who)\s+(?:\w+\s+){0,2}?(?:shipped|sold|had|has|held|holds|posted|reported|recorded|delivered"
    r"|took|takes|claimed|claims|got|gets)\s+)?"
)
_ORDER_GAPS = [
    (re.compile(rf"^[^.;]{{0,60}}?\b(?:after|behind|trailing)\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})"
                rf"\s?(?:['’]s?)?\s*{_WHICH}(?:\(\s*)?(?:at|with|on|of)?\s*(?:about\s+|around\s+)?$"), "b"),
    (re.compile(rf"^[^.;]{{0,60}}?\bahead\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})"
                rf"\s?(?:['’]s?)?\s*{_WHICH}(?:\(\s*)?(?:at|with|on|of)?\s*(?:about\s+|around\s+)?$"), "a"),
    (re.compile(rf"^[^.;]{{0,30}}?\bwith\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\s+{_BEFORE_WORDS}"
                rf"(?:behind|back)\s*(?:,\s*)?(?:at|with|on)?\s*(?:about\s+|around\s+)?$"), "a"),
]  # fmt: skip
_OVERTOOK = re.compile(
    r"\b(?:overtook|overtaken|overtaking|overtakes|surpassed|surpasses|outsold|outsells|outpaced|leapfrogged|edged\s+"
    r"(?:out|past))\b",  # not "beat" or "passed": a match won, a bill passed
    re.I,
)
_OVERTOOK = gated(_OVERTOOK)  # tried on every sentence, seldom matching there


_PASSIVE_BY = re.compile(r"\s+(?:\w+\s+)?by\b", re.I)
_PASSIVE_BE = re.compile(r"\b(?:was|were|been|being|be|is|are|got|gets|get)\s+(?:\w+\s+)?$", re.I)


# Every order _stated_orders reads holds one of these words: a sentence without any is not read for its figures.
_ORDER_WORD = re.compile(r"\b(?:followed|trailed|after|behind|trailing|ahead|back)\b", re.I)
_ORDER_WORD = gated(_ORDER_WORD)  # tried on every sentence, seldom matching there


_OF_THE = re.compile(r"\s*(?:out\s+)?of\s+(?:the|its|their|all)?\s*", re.IGNORECASE)


def _whole_of(ctx: ArticleContext, claim: Claim) -> Claim | None:
    """The part when ``claim`` is the whole of "19 of the 33 counties", else None."""
    before = [c for c in ctx.claims_in(claim.sentence_span[0], claim.span[0]) if c.span[1] <= claim.span[0]]
    if before and _OF_THE.fullmatch(ctx.text[before[-1].span[1] : claim.span[0]]):
        return before[-1]
    return None


def _chains(ctx: ArticleContext, shares: Reading) -> Iterator[Relation]:
    for span, claims in sentences(ctx).items():
        if not (_ORDER_WORD.search(ctx.text, *span) or _OVERTOOK.search(ctx.text, *span)):
            continue
        figures = figures_of(ctx, claims, shares)
        if len(figures) < 2:
            continue
        for chain, words, cue_span in _stated_orders(ctx, span, figures):
            yield _chain_relation(ctx, chain, words, cue_span)


def _stated_orders(
    ctx: ArticleContext, span: tuple[int, int], figures: list[Figure]
) -> Iterator[tuple[list[Figure], str, tuple[int, int]]]:
    text = ctx.text
    for match in FOLLOWED.finditer(text, span[0], span[1]):
        word = " ".join(match.group(0).split())
        before = [f for f in figures if f.claim.span[1] <= match.start()]
        after = []
        for f in figures:
            if f.claim.span[0] < match.end():
                continue
            if CHAIN_BREAK.search(text[match.end() : f.claim.span[0]]):
                break
            after.append(f)
        first = before[-1:] if before and not CHAIN_BREAK.search(text[before[-1].claim.span[1] : match.start()]) else []
        if first and _whole_of(ctx, first[0].claim):
            # "carried 19 of the 33 counties, followed by Reyes with 11": the whole is no player's figure;
            # the part before it is the leader's.
            first = before[-2:-1] if len(before) > 1 and _whole_of(ctx, first[0].claim) is before[-2].claim else []
        chain = first + after
        if len(chain) >= 2 and not _two_measures(ctx, span, chain, match):
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
        if _PASSIVE_BY.match(text, match.end()) or _PASSIVE_BE.search(
            text[max(span[0], match.start() - 30) : match.start()]
        ):
            continue  # "Orlen was surpassed by Quill": the one named first is the one behind
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
        if not CHAIN_BREAK.search(text[lo[1] : hi[0]]):  # "..., though Tesla sold 1.8 million for the year"
            yield [winner, loser], " ".join(match.group(0).split()), (match.start(), match.end())


def _two_measures(ctx: ArticleContext, span: tuple[int, int], chain: list[Figure], match: re.Match[str]) -> bool:
    """ "the biggest rise, Rs 187, closing at Rs 6,999, followed by X with a Rs 28 rise to Rs 17,295": each item
    gives a move and a level, and the words do not say which one is ranked."""
    ids = {f.claim.id for f in chain}
    first_item = ctx.claims_in(span[0], match.start())
    items = [first_item, ctx.claims_in(match.end(), chain[-1].claim.span[1])]
    return any(any(c.id not in ids and c.change is not None for c in item) for item in items)


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
        evidence=rank_evidence(ctx, claims, Tie.CUE, [cue(ctx, cue_span, "a stated order")], doubts, []),
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
            evidence=rank_evidence(ctx, claims, Tie.STRUCTURE, [c for c in (items[0].cue,) if c], doubts, []),
            reason=f"{group.how.replace('one list', 'a ranked list', 1)}, highest first: {listed}",
            params={"order": "descending", "word": "a ranked list", "holders": {s.claim.id: s.holder for s in items}},
            spans=[tuple(span)],  # type: ignore[list-item]
        )


@finder("rank_orders")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    shares = reading(ctx)
    yield from _chains(ctx, shares)
    yield from _ranked_lists(ctx, shares)
