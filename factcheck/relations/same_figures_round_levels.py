"""A level told round and hedged at the top of a story, and exactly in its body.

A headline or a lead gives the story's level in round words, the body the exact figure: "Calder crude settles
near $70" over "settled at $69.42 a barrel"; "output fell below 31 million barrels a day" before "came in at 30.8
million bpd"; "the plant built more than 52,000 cars and delivered almost 50,000" over a table's "52,114" and
"49,380"; "obesity rose to about 42 percent" after "41.8 percent of adults are obese". The hedge says on which
side of the round figure the exact one lies: "more than", "above", "over" below it, "less than", "below",
"under", "almost", "nearly", "close to" above it, "about" around it.

The round figure is a level (a crossing, "climbs above $52", is a level too, not a move of $52), hedged with one of
those words, in the top lines or the first two sentences of the body, or further down when the exact figure is
there. Its exact form is a level of the same unit and family, told without a hedge and more finely (its last
non-zero digit at a lower place), no forecast, start or earlier figure, no item of a list "respectively" assigns to
named things, of no other measure or dated period, in
the twelve sentences after the round one (or before it, when the exact one is at the top), and within one unit of
the round figure's last non-zero digit ("above $52": $51 to $53; "almost 50,000": 40,000 to 60,000). Of several,
the one whose sentence names the round figure's name ("Calder", "WTI" for "West Texas Intermediate") is taken,
else the nearest in value, and the others make the pairing uncertain.

Nothing in the words ties the two: the pairing is inferred, certain only when subject and measure are named
alike, both give the same period and no other figure could be the exact form.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext, per_claim
from factcheck.figures import same_family, show
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, inferred, periods
from factcheck.relations.prose import has_break, is_estimate, is_prior_by_date, starts_from
from factcheck.relations.same_figures_rounded import round_place

_HEDGES = frozenset({Hedge.OVER, Hedge.UNDER, Hedge.NEARLY, Hedge.APPROXIMATE})
_KINDS = frozenset(
    {QuantityKind.MONEY, QuantityKind.PER_UNIT, QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.PERCENT,
     QuantityKind.DIMENSION}
)  # fmt: skip
_WINDOW = 12  # sentences between a round level and its exact form
_NEAR = 0.05  # a round form lies within 5% of what it rounds: "close to $60" is not $52.64
# "climbs above $52 a barrel", "falling below 29 million": a level crossed, read by extraction as a move's size.
_CROSSING = re.compile(r"\b(?:above|below|over|under|past|beyond|tops?|topping|near|nears|nearing)\s+$", re.IGNORECASE)
_ACRONYM = re.compile(r"\b[A-Z]{2,5}\b")
_NAME = re.compile(r"\b[A-Z][a-zA-Z&]+\b")


def _level(ctx: ArticleContext, claim: Claim) -> bool:
    if claim.quantity.kind not in _KINDS or claim.quantity.is_range:
        return False
    if claim.change is not None:
        lead = ctx.text[max(0, claim.span[0] - 20) : claim.span[0]]
        return claim.quantity.hedge in (Hedge.OVER, Hedge.UNDER, Hedge.NEARLY) and bool(_CROSSING.search(lead))
    return True


# A bound a class of things is said to pass is no round level: "the regions which posted growth of over 9 per
# cent", "members who took over 60 per cent of the vote", "above 15% for four straight quarters", "six members won
# with more than 40 per cent".
_CLASS = re.compile(r"\b(?:which|who|whose|those|that)\b[^.;:]*$", re.IGNORECASE)
_HELD = re.compile(
    r"^\s*(?:[\w%-]+\s+){0,3}?(?:for|in)\s+(?:\w+\s+)?(?:consecutive|straight|successive|running|in\s+a\s+row)\b",
    re.IGNORECASE,
)


def _round(ctx: ArticleContext, claim: Claim) -> bool:
    if claim.quantity.hedge not in _HEDGES or not _level(ctx, claim) or is_estimate(ctx, claim) is not None:
        return False
    lead = ctx.text[max(claim.sentence_span[0], claim.span[0] - 80) : claim.span[0]]
    if _CLASS.search(lead) or _HELD.match(ctx.text[claim.span[1] : claim.sentence_span[1]]):
        return False
    # "six winners won with more than 40 per cent", "341 members got over 50 per cent": a counted group's bound
    before = ctx.claim_before(claim)
    return not (
        before is not None
        and claim.quantity.kind == QuantityKind.PERCENT
        and before.sentence_span == claim.sentence_span
        and (
            before.quantity.kind == QuantityKind.COUNT
            or (before.quantity.kind == QuantityKind.NUMBER and not 1800 <= before.quantity.value <= 2100)
        )
        and not has_break(ctx.between(before, claim))
    )


# "A week ago it was worth $8,150", "Last year the plant built 51,870": a sentence that opens on an earlier time.
_PAST_OPENING = re.compile(
    r"^\W*(?:(?:a|one|two|three|four|\d+)\s+(?:days?|weeks?|months?|years?|quarters?)\s+(?:ago|earlier|before)"
    r"|(?:last|the\s+previous|the\s+prior|a\s+year\s+earlier|in\s+the\s+(?:previous|prior|same))\b"
    r"|in\s+(?:19|20)\d\d\b)",
    re.IGNORECASE,
)


# "running at 11.6%, 9.6% and 8% respectively": each figure of such a list is some named item's, not the story's level.
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)


@per_claim  # asked of every figure in the sentences around each round one: a figure is in many windows
def _exact(ctx: ArticleContext, claim: Claim) -> bool:
    return (
        not _PAST_OPENING.match(ctx.text[claim.sentence_span[0] : claim.span[0]])
        and not _RESPECTIVELY.search(ctx.text, claim.span[1], claim.sentence_span[1])
        and claim.quantity.hedge == Hedge.EXACT
        and claim.change is None
        and _level(ctx, claim)
        and is_estimate(ctx, claim) is None
        and not starts_from(ctx, claim)
        and not is_prior_by_date(ctx, claim)
    )


def _fits(rough: Claim, exact: Claim) -> bool:
    """The exact figure is finer than the round one and within one unit of its last non-zero digit."""
    if not same_family(rough, exact) or (rough.measure and exact.measure and rough.measure != exact.measure):
        return False
    if {rough.quantity.kind, exact.quantity.kind} == {QuantityKind.NUMBER} or periods([rough, exact]) == (
        Agreement.DISAGREE
    ):
        return False  # two bare numbers say nothing of what they count
    place = round_place(rough.quantity)
    if not round_place(exact.quantity) < place:
        return False
    gap = abs(exact.quantity.value - rough.quantity.value)
    return gap <= 2 * place and gap <= _NEAR * abs(rough.quantity.value)


def _names(ctx: ArticleContext, claim: Claim) -> set[str]:
    """Names in the round figure's own words, back to the figure before it: "Brent", "WTI"."""
    before = ctx.claim_before(claim)
    start = max(claim.sentence_span[0], before.span[1] if before is not None else 0, claim.span[0] - 60)
    words = ctx.text[start : claim.span[0]]
    return {w for w in _NAME.findall(words) if w.lower() not in _COMMON} | set(_ACRONYM.findall(words))


_COMMON = frozenset(
    ["the", "as", "and", "with", "while", "climbs", "falls", "settles", "rises", "hits", "tops", "above", "below",
     "near", "close", "more", "less", "than", "over", "under", "almost", "nearly", "about", "around", "crude"]
)  # fmt: skip


def _named_in(ctx: ArticleContext, names: set[str], claim: Claim) -> bool:
    sentence = ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]
    for name in names:
        if re.search(rf"\b{re.escape(name)}\b", sentence, re.IGNORECASE):
            return True
        if name.isupper():
            # "WTI" for "West Texas Intermediate": capitalised words whose initials spell it
            spelled = r"\s+".join(rf"{letter}[a-z]+" for letter in name)
            if re.search(rf"\b{spelled}\b", sentence):
                return True
    return False


@finder("same_figures_round_levels")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    rough_ones = [c for c in ctx.claims if _round(ctx, c)]
    if not rough_ones:
        return
    sentences = ctx.sentences
    for rough in rough_ones:
        index = ctx.sentence_index(rough.span[0])
        lo = sentences[max(0, index - _WINDOW)][0]
        hi = sentences[min(len(sentences) - 1, index + _WINDOW)][1]
        candidates = [
            c
            for c in ctx.claims_in(lo, hi)
            if c.sentence_span != rough.sentence_span and _exact(ctx, c) and _fits(rough, c)
        ]
        if not candidates:
            continue
        names = _names(ctx, rough)
        named = [c for c in candidates if names and _named_in(ctx, names, c)]
        pool = named or candidates
        exact = min(pool, key=lambda c: (abs(c.quantity.value - rough.quantity.value), abs(c.span[0] - rough.span[0])))
        others = [c for c in candidates if c is not exact and c not in (named if named else [])]
        doubts = []
        if periods([rough, exact]) != Agreement.AGREE:
            doubts.append("the two figures do not both name their period, so the exact one may be of another time")
        hedge = ctx.text[max(rough.sentence_span[0], rough.span[0] - 20) : rough.span[1]]
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=rough, second=exact),
            evidence=inferred(
                ctx,
                [rough, exact],
                [cue(ctx, (rough.span[0], rough.span[1]), "a round level")],
                ambiguous=[show(c) for c in others[:2]],
                doubts=doubts,
            ),
            reason=f"{show(rough)} (“{' '.join(hedge.split()[-3:])}”) reads as the round form of the level given "
            f"exactly as {show(exact)}: same unit, within the round figure's last digit",
            params={"rounded": True, "round_half_width": 0.0},
        )
