"""A percentage change summed up first, its two levels given in a clause that follows it.

News often states the move in percent and then, in a trailing clause of the same
sentence, the two levels it was measured between: "the maker fell 12.5 percent,
with deliveries dropping from 4.8 million to 4.2 million", "sales grew 9
percent as deliveries climbed from 1.2 million to 1.31 million". The clause is
joined by "with", "as" or "after" and has a from/to pair of its own and no
change of its own; it restates the move the percentage measures.

The words tie them, so the evidence is a cue, but only when nothing else could
fill a role: the percentage has no level of its own in its clause, no other
figure stands between it and the pair, the trailing clause holds exactly one
pair, the pair is not of two rates (a rate's change may be in points), no
contrast word ("while", "but", "whereas") brings in a second subject, and the
subjects named do not disagree. A percentage without a direction word of its
own is paired only with a pair that rises, and only after "growth", "increase"
or "gain" words ("the most growth at 48.1 percent as shipments improved from
...").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_unit, show, signed_value
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import Statement, roles, statements
from factcheck.relations.evidence import cue, subjects

# The words between the percentage and the pair: a comma or dash, then "with", "as" or "after" and a short noun
# phrase that owns the pair ("with shipments dropping", "as its shipment total improved"), and no other clause.
_LINK = re.compile(
    r"^\s*(?:percent|per\s*cent|pct|%)?\s*(?:year[- ]on[- ]year|year[- ]over[- ]year|on\s+the\s+year)?\s*"
    r"(?P<cue>[,—–-]?\s*(?:with|as|after)\b)"
    r"(?P<rest>(?:\s+[\w’'-]+){1,6}?\s+(?:(?:had|has|have|was|were)\s+)?\w+(?:ed|ing))"
    r"\s+(?:from|to)\s+(?:(?:a|an|the|its|their)\s+)?$",
    re.IGNORECASE,
)
_CONTRAST = re.compile(r"\b(?:while|whereas|but|though|although|compared|against|versus)\b", re.IGNORECASE)
# "the most growth ... at 48.1 percent": a percentage that names growth without a verb of its own
_GROWTH_NOUN = re.compile(r"\b(?:growth|increase|gain|rise|jump)\b[^.;,]{0,60}$", re.IGNORECASE)
_GROWTH_NOUN = gated(_GROWTH_NOUN)  # tried on every figure's window, seldom matching there


def _pairs_after(ctx: ArticleContext, change: Claim) -> list[Statement]:
    """The from/to pairs of ``change``'s sentence that start after it and have no change of their own."""
    return [
        s
        for s in _by_start_sentence(ctx).get(tuple(change.sentence_span), ())
        if s.start is not None
        and s.end is not None
        and s.change is None
        and s.delta is None
        and s.points is None
        and min(s.start.span[0], s.end.span[0]) > change.span[1]
    ]


def _by_start_sentence(ctx: ArticleContext) -> dict[tuple[int, int], list[Statement]]:
    """The statements that have a start, by the start's sentence, in text order: each growth figure then reads its
    own sentence's statements instead of the whole article's (which made the finder quadratic in the figures)."""

    def make() -> dict[tuple[int, int], list[Statement]]:
        index: dict[tuple[int, int], list[Statement]] = {}
        for s in statements(ctx):
            if s.start is not None:
                index.setdefault(tuple(s.start.sentence_span), []).append(s)  # type: ignore[arg-type]
        return index

    return ctx.memo("growth_clauses_by_start_sentence", make)


def _own_levels(ctx: ArticleContext) -> frozenset[str]:
    """Changes a statement already gives a level, a start or a size in units."""

    def make() -> frozenset[str]:
        return frozenset(s.change.id for s in statements(ctx) if s.change is not None and (s.start or s.end or s.delta))

    return ctx.memo("growth_clauses_own_levels", make)


def _is_growth_figure(ctx: ArticleContext, claim: Claim) -> bool:
    if claim.quantity.kind != QuantityKind.PERCENT:
        return False
    if is_relative_change(claim):
        return claim.change is not None and claim.change.kind == ChangeKind.RELATIVE
    return claim.change is None and bool(_GROWTH_NOUN.search(ctx.text[claim.sentence_span[0] : claim.span[0]]))


@finder("growth_clauses")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    own = _own_levels(ctx)
    for change in ctx.claims:
        if change.id in own or not _is_growth_figure(ctx, change):
            continue
        pairs = _pairs_after(ctx, change)
        if len(pairs) != 1:
            continue  # none, or several moves after it: which one it sums up is not said
        pair = pairs[0]
        start, end = pair.start, pair.end
        assert start is not None and end is not None
        first = min(start, end, key=lambda c: c.span[0])
        between = ctx.text[change.span[1] : first.span[0]]
        link = _LINK.match(between)
        if link is None or _CONTRAST.search(between) or ctx.claims_in(change.span[1], first.span[0]):
            continue
        if start.quantity.kind == QuantityKind.PERCENT or end.quantity.kind == QuantityKind.PERCENT:
            continue  # a rate's move may be stated in points or in percent: left alone
        if not same_unit(start, end) or subjects([change, start, end]) == Agreement.DISAGREE:
            continue
        if change.measure not in (None, start.measure) or start.measure != end.measure:
            continue  # "sales rose 12 percent as deliveries climbed from ...": two measures, two moves
        if change.change is None and end.quantity.value <= start.quantity.value:
            continue  # no direction word of its own: only a rise is sure to be the growth it names
        if change.change is not None and not change.change.direction:
            continue
        doubts = []
        if change.measure is None and (end.quantity.value < start.quantity.value) != (signed_value(change) < 0):
            # "Orbis fell 3 percent, as deliveries rose from ...": with no measure named, the percentage may be
            # another figure's move (the share price), so a move the other way is not a sure break
            doubts.append("the change names no measure and goes the other way from the pair")
        cue_span = (change.span[1] + link.start("cue"), change.span[1] + link.end("rest"))
        evidence = Evidence(
            tie=Tie.CUE,
            cues=[
                cue(ctx, cue_span, "a trailing clause gives the levels of the move"),
                *(cue(ctx, link_.cue_span, "from X to Y") for link_ in pair.links),
            ],
            sentences_apart=0,
            subject=subjects([change, start, end]),
            metric=Agreement.UNKNOWN,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,
            doubts=doubts,
        )
        yield Relation(
            kind=RelationKind.PERCENT_CHANGE,
            members=roles(change=change, from_=start, to=end),
            evidence=evidence,
            reason=f"{show(change)} is followed in its sentence by “{link.group('cue').strip(' ,—–-')}"
            f"{link.group('rest').rstrip()}” from {show(start)} to {show(end)}, the move it measures",
            spans=[cue_span],
        )
