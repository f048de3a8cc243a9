"""How many times a share offer was subscribed: the shares bid for over the shares on offer.

Offer copy states the multiple and then, often, its two counts: "the issue was subscribed 12.5 times, drawing
bids for 25 crore shares against 2 crore shares on offer"; "Retail: 3.1 times, with 31 lakh shares bid for
out of 10 lakh shares offered"; "was oversubscribed 4.2 times ... The offer received bids for 8.4 million
shares, compared with 2 million shares on offer". The multiple is the bids over the shares offered
(``multiple``, members ``figure`` the bids, ``base`` the offer, ``factor`` the printed multiple; its range
is the printed multiple's rounding and hedge).

A multiple is a figure printed as "N times" (or "Nx") in a clause that speaks of subscription
("subscribed", "subscription", "oversubscribed"). The bids are a count of shares the words call bid for
("bids for N shares", "N shares bid for"); the offer a count of shares the words call offered ("against N
shares on offer", "offer size of N shares", "out of N shares offered").

What makes a pairing certain:

* the multiple, the bids and the offer in one sentence: the words tie them (a cue);
* the bids and the offer in a sentence with no multiple, the multiple said of the whole offer earlier in
  the article: a portion's multiple ("the retail portion was subscribed 5 times", "QIBs subscribed 20
  times") is no whole-offer figure when the counts' sentence names no portion, nor one the words date to
  another time or set as a forecast ("was expected to be subscribed"). Inferred, and uncertain when the
  article gives the whole offer more than one multiple (the first day's and the last day's) or the counts'
  sentence names a portion.

Offer copy then lists each class of bidder's row ("QIBs: 0.9 times, with N shares bid for out of M offered") and
the whole offer's ("The total number of shares offered is ..."): each portion's shares are some of the whole's,
on offer and bid for alike (``part_whole`` with rule ``within``, the rows' layout tying them: a structure).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, same_family, show
from factcheck.intervals import INF
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_words import sentence_of
from factcheck.relations.parts import part_whole
from factcheck.relations.time_now import MONTHS

_TIMES = re.compile(r"(?:\btimes|x)\s*$", re.IGNORECASE)
_TIMES = gated(_TIMES)  # tried on every figure's window, seldom matching there
_SUBSCRIBED = re.compile(r"\b(?:over-?|under-?)?subscri(?:bed|ption)\b", re.IGNORECASE)
# A clause about one class of bidders or one part of the offer.
_PORTION = re.compile(
    r"\b(?:portion|categor(?:y|ies)|segment|quota|tranche|part|book|retail|institutional|QIBs?|NIIs?|HNIs?"
    r"|[bs]NIIs?|RIIs?|employees?|anchor|shareholders?|high[\s-]net[\s-]worth|individual)\b",
    re.IGNORECASE,
)
_FORECAST = re.compile(r"\b(?:expected|likely|could|may|might|would|will|forecast|estimated?|predict\w*)\b", re.I)
# A multiple of another offer or another time: "last year", "in November 2022", "its previous issue".
_OTHER_TIME = re.compile(
    r"\b(?:last|previous|prior|earlier)\s+(?:year|month|issue|offer|IPO)\b|\bin\s+(?:19|20)\d\d\b|\bin\s+"
    rf"(?:{'|'.join(MONTHS)})\b",
    re.IGNORECASE,
)
_BIDS_BEFORE = re.compile(
    r"(?:\bbids?\s+(?:for|of)|\bshares\s+bid\s+for\s+(?:is|was|were|stood\s+at|at|of))\s+"
    r"(?:(?:more|over|less|fewer)\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_BIDS_AFTER = re.compile(r"^\s*(?:shares\s+)?(?:(?:were|was|had\s+been|have\s+been|being)\s+)?bid\s+for\b", re.I)
_OFFER_BEFORE = re.compile(
    r"(?:\boffer(?:ed)?\s+size\s+of|\bshares\s+(?:offered|on\s+offer)\s+(?:is|was|were|stood\s+at|at|of))\s+"
    r"(?:(?:more|over|less|fewer)\s+than\s+|about\s+|nearly\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_OFFER_AFTER = re.compile(
    r"^\s*(?:shares\s+)?(?:(?:were|was|being)\s+)?(?:on\s+offer|offered|up\s+for\s+(?:sale|grabs)|available)\b",
    re.IGNORECASE,
)


def _shares(claim: Claim) -> bool:
    return (
        claim.quantity.kind in (QuantityKind.NUMBER, QuantityKind.COUNT)
        and claim.quantity.value > 0
        and claim.change is None
    )


def _counts_shares(ctx: ArticleContext, claim: Claim, sentence: tuple[int, int]) -> bool:
    """ "25 crore shares", or a bare count the words before call shares ("shares bid for is 25,00,000")."""
    if re.search(r"\bshares?\b", claim.quantity.text or "", re.IGNORECASE):
        return True
    return bool(
        re.search(
            r"\bshares\s+(?:bid\s+for|offered|on\s+offer)\s+(?:is|was|were|stood\s+at|at)\s+$",
            _lead(ctx, claim, sentence),
        )
    )


def _lead(ctx: ArticleContext, claim: Claim, sentence: tuple[int, int]) -> str:
    return ctx.text[max(sentence[0], claim.span[0] - 60) : claim.span[0]]


def _trail(ctx: ArticleContext, claim: Claim, sentence: tuple[int, int]) -> str:
    return ctx.text[claim.span[1] : min(sentence[1], claim.span[1] + 40)]


def _is_bids(ctx: ArticleContext, claim: Claim, sentence: tuple[int, int]) -> bool:
    return bool(_BIDS_BEFORE.search(_lead(ctx, claim, sentence)) or _BIDS_AFTER.match(_trail(ctx, claim, sentence)))


def _is_offer(ctx: ArticleContext, claim: Claim, sentence: tuple[int, int]) -> bool:
    return bool(_OFFER_BEFORE.search(_lead(ctx, claim, sentence)) or _OFFER_AFTER.match(_trail(ctx, claim, sentence)))


def _multiples(ctx: ArticleContext) -> list[Claim]:
    found = []
    for claim in ctx.claims:
        if claim.quantity.value <= 0 or claim.change is not None or not _TIMES.search(claim.quantity.text or ""):
            continue
        sentence = sentence_of(ctx, claim.span[0])
        if _SUBSCRIBED.search(ctx.text[max(sentence[0], claim.span[0] - 80) : claim.span[1] + 30]):
            found.append(claim)
    return found


def _clause(ctx: ArticleContext, claim: Claim) -> str:
    """The multiple's sentence up to it and its clause after it: who or what was subscribed."""
    sentence = sentence_of(ctx, claim.span[0])
    after = ctx.text[claim.span[1] : sentence[1]]
    cut = re.search(r"[,;:]|\s(?:while|whereas|and)\s", after)
    return ctx.text[sentence[0] : claim.span[1]] + (after[: cut.start()] if cut else after)


@finder("multiple_subscriptions")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    multiples = _multiples(ctx)
    if not multiples:
        return
    rows: list[tuple[tuple[int, int], Claim, Claim]] = []
    for sentence in ctx.sentences:
        claims = [c for c in ctx.claims_in(sentence[0], sentence[1]) if _shares(c) and _counts_shares(ctx, c, sentence)]
        bids = [c for c in claims if _is_bids(ctx, c, sentence)]
        offers = [c for c in claims if _is_offer(ctx, c, sentence) and c not in bids]
        if len(bids) != 1 or len(offers) != 1 or not same_family(bids[0], offers[0]):
            continue
        rows.append((sentence, bids[0], offers[0]))
        own = [m for m in multiples if sentence[0] <= m.span[0] < sentence[1]]
        if len(own) == 1:
            yield _relation(ctx, own[0], bids[0], offers[0], Tie.CUE, [], [])
        elif not own:
            relation = _apart(ctx, multiples, bids[0], offers[0], sentence)
            if relation is not None:
                yield relation
    yield from _portions(ctx, rows)


_WHOLE_ROW = re.compile(r"\b(?:total|overall|in\s+all|altogether|aggregate)\b", re.IGNORECASE)


def _portions(ctx: ArticleContext, rows: list[tuple[tuple[int, int], Claim, Claim]]) -> Iterator[Relation]:
    """The portions' rows (bids and offer of each class of bidder) against the whole offer's row: each portion's
    shares are some of the whole's, on offer and bid for alike."""
    portions = [r for r in rows if _PORTION.search(ctx.text[r[0][0] : r[0][1]])]
    wholes = [
        r
        for r in rows
        if r not in portions
        and _WHOLE_ROW.search(ctx.text[r[0][0] : r[0][1]])
        and all(
            r[1].quantity.value > p[1].quantity.value and r[2].quantity.value > p[2].quantity.value for p in portions
        )
    ]
    if len(portions) < 2 or not wholes:
        return
    whole = wholes[0]
    ambiguous = [f"the counts {show(w[1])} and {show(w[2])}" for w in wholes[1:]]
    for index, what in ((2, "on offer"), (1, "bid for")):
        members = [whole[index], *(p[index] for p in portions)]
        evidence = Evidence(
            tie=Tie.STRUCTURE,
            cues=[cue(ctx, whole[0], "the whole offer's counts")]
            + [cue(ctx, p[0], "a portion's counts") for p in portions],
            sentences_apart=max(ctx.sentences_apart(whole[index], p[index]) for p in portions),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            ambiguous=ambiguous,
        )
        reason = (
            f"{show(whole[index])} shares {what} in the whole offer; "
            f"{', '.join(show(p[index]) for p in portions)} are the shares {what} in its portions, some of it"
        )
        yield part_whole(members[0], members[1:], evidence, reason, rule="within")


def _apart(
    ctx: ArticleContext, multiples: list[Claim], bids: Claim, offer: Claim, sentence: tuple[int, int]
) -> Relation | None:
    whole = [
        m
        for m in multiples
        if m.span[0] < sentence[0]
        and not _PORTION.search(_clause(ctx, m))
        and not _FORECAST.search(_clause(ctx, m))
        and not _OTHER_TIME.search(ctx.text[slice(*sentence_of(ctx, m.span[0]))])
    ]
    if not whole:
        return None
    chosen = whole[-1]
    ambiguous = [f"the multiple {show(m)}" for m in whole if abs(m.quantity.value - chosen.quantity.value) > 1e-9]
    doubts = []
    if _PORTION.search(ctx.text[sentence[0] : sentence[1]]):
        doubts.append("the counts' sentence names a portion of the offer, the multiple the whole")
    return _relation(ctx, chosen, bids, offer, Tie.INFERRED, sorted(set(ambiguous)), doubts)


def _relation(
    ctx: ArticleContext,
    multiple: Claim,
    bids: Claim,
    offer: Claim,
    tie: Tie,
    ambiguous: list[str],
    doubts: list[str],
) -> Relation:
    allowed = interval(multiple)
    spans = sorted([multiple.span, bids.span, offer.span])
    evidence = Evidence(
        tie=tie,
        cues=[cue(ctx, multiple.span, "the subscription multiple"), cue(ctx, (spans[0][0], spans[-1][1]), "its counts")]
        if tie == Tie.CUE
        else [cue(ctx, multiple.span, "the subscription multiple")],
        sentences_apart=max(ctx.sentences_apart(multiple, bids), ctx.sentences_apart(multiple, offer)),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
        ambiguous=ambiguous,
        doubts=doubts,
    )
    return Relation(
        kind=RelationKind.MULTIPLE,
        members=[*roles(figure=bids, base=offer), *roles(factor=multiple)],
        evidence=evidence,
        reason=f"subscribed {show(multiple)}: {show(bids)} bid for against {show(offer)} on offer",
        params={
            "word": f"subscribed {show(multiple)}",
            "factor": multiple.quantity.value,
            "low": allowed.lo,
            "high": None if allowed.hi == INF else allowed.hi,
        },
        spans=[multiple.span],
    )
