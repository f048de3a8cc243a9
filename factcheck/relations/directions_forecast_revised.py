"""A forecast raised or cut, its new figure and the one it replaced said apart: "Kestrel raised its profit forecast
on Tuesday. It now expects net profit of $2.4 billion ... It had previously forecast $2.1 billion".

Company and agency copy says a forecast was revised (raised, lifted, upgraded; cut, lowered, trimmed), then gives
the new figure ("now expects", "now sees", "now forecasts", "is now forecast to") and the old one ("had previously
forecast", "had earlier expected", "its previous forecast of", "formerly projected") in the same or neighbouring
sentences. The revision word gives the move's sign: the new figure must lie above the old one for a raise, below
it for a cut.

Nothing ties the two figures but the words around each, so the pairing is inferred: it needs exactly one new
and one old figure of one unit within the three sentences that start at the revision word, both within a factor
of five of each other (a per-share figure is no forecast of a total). A one-clause revision with both figures ("raised
its forecast to $2.4 billion from $2.1 billion") is read by the one-clause move finders.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_change, same_unit, show
from factcheck.literals import led
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.evidence import cue, inferred

_REVISED = re.compile(
    r"\b(?:(?P<up>raised|raises|raising|lifted|lifts|lifting|upgraded|upgrades|increased|boosted|hiked)"
    r"|(?P<down>cut|cuts|cutting|lowered|lowers|lowering|trimmed|trims|downgraded|downgrades|slashed|reduced))\s+"
    r"(?:its|their|the)\s+(?:[\w-]+\s+){0,4}?(?:forecasts?|guidance|outlooks?|projections?|estimates?|targets?)\b",
    re.IGNORECASE,
)
_REVISED = led(_REVISED)  # read over the whole article: tried only where its first words are
_NEW = re.compile(
    r"\b(?:now|currently)\s+(?:expects?|sees?|forecasts?|projects?|predicts?|estimates?|anticipates?"
    r"|(?:is|are)\s+(?:forecast|expected|projected|estimated|seen)\s+to\s+(?:be|reach|come\s+to|hit))\b"
    r"[^.;!?\d]{0,60}$",
    re.IGNORECASE,
)
_OLD = re.compile(
    r"\b(?:(?:had\s+)?(?:previously|formerly|earlier|originally|initially)\s+(?:forecast|expected|projected|predicted"
    r"|estimated|seen|guided)|(?:its|their|the|a)\s+(?:previous|prior|earlier|original|initial|old)\s+"
    r"(?:forecast|guidance|outlook|projection|estimate|target)(?:\s+of)?)\b[^.;!?\d]{0,60}$",
    re.IGNORECASE,
)


@finder("directions_forecast_revised")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for said in _REVISED.finditer(ctx.text):
        index = ctx.sentence_index(said.start())
        lo, hi = said.end(), ctx.sentences[min(len(ctx.sentences) - 1, index + 2)][1]
        claims = [c for c in ctx.claims_in(lo, hi) if not is_change(c)]
        new = [c for c in claims if _NEW.search(_lead(ctx, c))]
        old = [c for c in claims if _OLD.search(_lead(ctx, c))]
        if len(new) != 1 or len(old) != 1:
            continue
        after, before = new[0], old[0]
        if not (same_unit(after, before) and _one_size(after, before)):
            continue
        sign = 1 if said.group("up") else -1
        word = " ".join(said.group(0).split())
        evidence = inferred(
            ctx,
            [before, after],
            [cue(ctx, said.span(), "a forecast revised"), cue(ctx, _cue_span(ctx, after), "the new forecast")],
            period=Agreement.AGREE,  # two forecasts of one period: the new and the one it replaced
        )
        yield Relation(
            kind=RelationKind.DIRECTION,
            members=[Member(role="from", claim=before.id), Member(role="to", claim=after.id)],
            evidence=evidence,
            reason=f"“{word}”: {show(after)} is the new forecast, {show(before)} the one it replaced",
            params={"direction": sign, "word": word},
            spans=[said.span()],
        )


def _lead(ctx: ArticleContext, claim: Claim) -> str:
    start = ctx.sentences[ctx.sentence_index(claim.span[0])][0]
    return ctx.text[max(start, claim.span[0] - 90) : claim.span[0]]


def _cue_span(ctx: ArticleContext, claim: Claim) -> tuple[int, int]:
    start = ctx.sentences[ctx.sentence_index(claim.span[0])][0]
    return (max(start, claim.span[0] - 90), claim.span[0])


def _one_size(a: Claim, b: Claim) -> bool:
    if not a.quantity.value or not b.quantity.value:
        return False
    return 0.2 <= a.quantity.value / b.quantity.value <= 5
