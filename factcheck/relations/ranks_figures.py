"""The figures a ranking can be about, each with its player, and the evidence a ranking relation carries."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_level, same_unit, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Tie
from factcheck.relations.evidence import periods
from factcheck.relations.prose import is_prior_by_date, starts_from
from factcheck.relations.shares_holders import is_descriptor, names_in, read_holder, referent
from factcheck.relations.shares_reading import sentences
from factcheck.relations.shares_words import NOT_NAME, Reading, Share

FOLLOWED = re.compile(r"\b(?:followed\s+(?:closely\s+)?by|trailed\s+by)\b", re.I)
CHAIN_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|\.\s", re.I)


def is_rival_level(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure a player can be ranked by: units, money, a count; not a change, a start or a year."""
    if not is_level(claim) or claim.quantity.kind in (QuantityKind.RANK, QuantityKind.DURATION):
        return False
    if claim.quantity.kind == QuantityKind.NUMBER and 1900 <= claim.quantity.value <= 2100:
        return False
    if not any(ch.isdigit() for ch in claim.quantity.text):
        return False  # "number one or two": a word, not a figure anyone is ranked by
    if is_prior_by_date(ctx, claim):
        return False
    start = starts_from(ctx, claim)
    # "compared to the 9.8 million recorded by Norvik": a rival's figure, not an earlier one
    return start is None or (_RIVAL_START.search(start.group(0)) is not None and _holder_after(ctx, claim) is not None)


_RIVAL_START = re.compile(r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s", re.I)
# The player named right after its figure: "9.8 million sales recorded by Norvik", "$4 billion for Acme".
_AFTER_HOLDER = re.compile(
    r"^\s*(?:[a-z]+\s+){0,3}?(?:(?:recorded|posted|reported|shipped|sold|delivered|booked|registered|achieved|made"
    r"|earned|held|claimed)\s+by|for|from)\s+(?:the\s+)?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
)


def _holder_after(ctx: ArticleContext, claim: Claim) -> str | None:
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 60)]
    match = _AFTER_HOLDER.match(after)
    if match is None:
        return None
    found = names_in(match.group("name"))
    return found[0][0].rstrip(".") if found else None


def holder_of_level(ctx: ArticleContext, claim: Claim, previous_end: int) -> tuple[str | None, bool]:
    segment = ctx.text[previous_end : claim.span[0]]
    cuts = [0] + [m.start() for m in re.finditer(r",|;|\bwhile\b|\band\b|\bwith\b|\bfollowed\s+by\b|\bthen\b", segment)
                  if m.start() > 0]  # fmt: skip
    for i in reversed(range(len(cuts))):
        piece = segment[cuts[i] : cuts[i + 1] if i + 1 < len(cuts) else len(segment)]
        if re.match(r"\s*,\s*(?:which|who)\b", piece) and i > 0:
            named = re.search(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*$", segment[cuts[i - 1] : cuts[i]])
            if named and named.group(1).split()[0].lower() not in NOT_NAME:
                return named.group(1), True  # "ahead of Rook, which shipped 55 million": Rook's figure
        if _RIVAL_START.search(piece):
            break  # "compared to the 10.3 million ...": the player is named after the figure
        holder, named = read_holder(piece, opens=previous_end == claim.sentence_span[0] and i == 0)
        if holder and is_descriptor(holder):
            found = referent(ctx, claim.span[0])  # "the Japanese company sold 10.2 million"
            return (found, True) if found else (None, False)
        if holder:
            return holder, named
    after = _holder_after(ctx, claim)
    return (after, True) if after else (None, False)


@dataclass
class Figure:
    """A figure a ranking can be about, with its player."""

    claim: Claim
    holder: str | None
    named: bool
    share: Share | None


def figures_of(ctx: ArticleContext, claims: list[Claim], shares: Reading) -> list[Figure]:
    """The shares of a sentence, or, when it has none, its levels of one unit, each with its player.

    Read once per sentence and reading: the rank finders ask for the same sentence many times.
    """
    cache: dict[tuple[str, ...], tuple[Reading, list[Figure]]] = ctx.memo("rank_figures_of", dict)
    key = tuple(c.id for c in claims)
    entry = cache.get(key)
    if entry is None or entry[0] is not shares:
        entry = cache[key] = (shares, _figures_of(ctx, claims, shares))
    return list(entry[1])


def _figures_of(ctx: ArticleContext, claims: list[Claim], shares: Reading) -> list[Figure]:
    found = [Figure(s.claim, s.holder, s.named, s) for c in claims if (s := shares.share(c.id)) is not None]
    if found:
        return [f for f in found if not (f.share and f.share.rest)]
    levels = [c for c in claims if is_rival_level(ctx, c)]
    result = []
    previous_end = claims[0].sentence_span[0]
    for claim in levels:
        holder, named = holder_of_level(ctx, claim, previous_end)
        previous_end = claim.span[1]
        result.append(Figure(claim, holder, named, None))
    return result


# Inside an open bracket, a label and a colon before the figure: "(mean fare: $41)".
_LABEL_IN_BRACKET = re.compile(r"\(\s*[A-Za-z][\w' -]{0,40}:\s*(?:about\s+|around\s+|roughly\s+)?[$£€¥₹]?\s*$")


def labelled_aside(ctx: ArticleContext, claim: Claim) -> bool:
    """The figure is given in a bracket under a label of its own: "Orrin Vale (mean fare: $41)"."""
    return bool(_LABEL_IN_BRACKET.search(ctx.text[max(claim.sentence_span[0], claim.span[0] - 50) : claim.span[0]]))


def rank_evidence(
    ctx: ArticleContext, claims: Sequence[Claim], tie: Tie, cues: list[Cue], doubts: list[str], ambiguous: list[str]
) -> Evidence:
    labelled = [c for c in claims if labelled_aside(ctx, c)]
    if labelled:
        # "Rook came second (mean fare: $41), then Zed (mean fare: $57)": the ranking may
        # be by a measure the text does not give; a bracketed figure under its own label is an attribute of the item.
        many = len(labelled) > 1
        doubts = [
            *doubts,
            f"{', '.join(show(c) for c in labelled)} {'stand' if many else 'stands'} in a bracket under a label of "
            f"{'their' if many else 'its'} own, which may not be the measure ranked",
        ]
    units = all(rival_unit(claims[0], c) for c in claims[1:]) or all(
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


# Nouns that count what is sold whatever it is: "10.3 million sales" and "10.2 million vehicles" count one thing.
_SOLD = frozenset(["sales", "sale", "units", "unit", "deliveries", "shipments", "registrations"])


def rival_unit(a: Claim, b: Claim) -> bool:
    """Two figures players can be ranked on together: one unit, or counts of what is sold."""
    if same_unit(a, b):
        return True
    if a.quantity.kind == b.quantity.kind == QuantityKind.COUNT:
        return bool({_noun(a), _noun(b)} & _SOLD)
    return False


def _noun(claim: Claim) -> str:
    words = (claim.quantity.noun or claim.quantity.unit or "").lower().split()
    return words[-1] if words else ""


_VALUE = re.compile(r"\b(?:valuable|valuation|valued|value|market\s+(?:value|cap\w*)|worth)\b", re.I)
_UNITS = re.compile(
    r"\b(?:sales|sold|sells|selling|seller|shipments?|shipped|ships|deliveries|delivered|registrations|volumes?|units)\b",
    re.I,
)
_REVENUE = re.compile(r"\b(?:revenues?|turnover)\b", re.I)
_SHARE = re.compile(r"\bshare\b", re.I)


def ranking_measure(text: str) -> str | None:
    """What a stated rank is by, when its sentence says: "most valuable" is by value, "by sales" by units."""
    found = [
        name for name, words in (("value", _VALUE), ("revenue", _REVENUE), ("units", _UNITS)) if words.search(text)
    ]
    return found[0] if len(found) == 1 else None


def figure_measure(ctx: ArticleContext, claim: Claim) -> str | None:
    """What a figure measures, as a ranking would be by it."""
    q = claim.quantity
    if q.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION):
        return "share"
    clause = ctx.text[max(claim.sentence_span[0], claim.span[0] - 50) : min(claim.sentence_span[1], claim.span[1] + 30)]
    metric = claim.metric.value
    if metric == "market_cap" or (claim.measure or "") == "market value" or _VALUE.search(clause):
        return "value"
    if q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER) and (
        (claim.measure or "") == "units" or _UNITS.search(clause) or _noun(claim) in _SOLD
    ):
        return "units"
    if q.kind == QuantityKind.MONEY and (metric == "revenue" or _REVENUE.search(clause)):
        return "revenue"
    return None


def measures_fit(ranking: str | None, figure: str | None) -> bool:
    """A rank by ``ranking`` can be read off a figure measuring ``figure``; an unnamed ranking of vendors is by
    units or share."""
    if ranking is None:
        return figure in ("share", "units")
    return figure == ranking or {ranking, figure} == {"units", "share"}


def all_sentences(ctx: ArticleContext) -> list[tuple[int, int]]:
    """Every sentence, those with figures as :func:`sentences` joins them, in order."""

    def make() -> list[tuple[int, int]]:
        with_claims = sorted(sentences(ctx))
        starts = [a for a, _ in with_claims]
        bare = []
        for s in ctx.sentences:
            # The sentences with figures are disjoint and sorted: only the one starting last before s can overlap.
            i = bisect.bisect_right(starts, s[1] - 1) - 1
            if i < 0 or with_claims[i][1] <= s[0]:
                bare.append(s)
        return sorted({*with_claims, *bare})

    return ctx.memo("rank_all_sentences", make)


_TIME = re.compile(
    r"\b(?:19|20)\d\d\b|\bQ[1-4]\b|\b(?:first|second|third|fourth)[\s-]quarter\b|\b(?:first|second)[\s-]half\b", re.I
)


def dates_of(claims: list[Claim]) -> set[str]:
    """The years, quarters and halves the figures are dated to, as their periods word them."""
    return {m.group(0).lower() for c in claims if c.period for m in _TIME.finditer(c.period.text)}


def same_time(text: str, claim: Claim) -> bool:
    """A sentence and a figure dated to the same time, or not both dated: "in 2022" and "in 2023" are two times."""
    said = {m.group(0).lower() for m in _TIME.finditer(text)}
    dated = {m.group(0).lower() for m in _TIME.finditer(claim.period.text)} if claim.period else set()
    return not (said and dated) or bool(said & dated)
