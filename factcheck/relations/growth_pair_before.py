"""A bare change that follows the pair it is computed from: "Profit was $52 million, compared with $47 million
a year earlier. ... Profit rose 10.6 percent."

:mod:`.growth` reads a lead's bare change against the current/prior pair of the
next sentences; results copy just as often states the pair first and sums it up
after ("That works out to a 10.6 percent increase", "Sales were up 4% on the
year"). A relative change with no level in its clause is set against the nearest
pair of the same measure ending in the two sentences before it, when nothing
after it already gives it a pair.

Nothing in the words ties them, so the evidence is inferred: the measure must be
the same, subjects must not differ, the change must not be dated to another
period or basis than the pair, and other changes between them or other pairs of
that measure are named, which leaves the pairing uncertain; so does another move
of the measure in the change's own sentence ("regional passengers up 6%, while
transfer passengers rose 14%"), which lists the moves of parts of the whole,
and a paragraph break between them: a round-up starts each company on a new
paragraph, and a bare change there may be the next company's move.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation
from factcheck.relations import finder
from factcheck.relations.changes import Statement, statements
from factcheck.relations.evidence import cue, periods, subjects
from factcheck.relations.growth import (
    _AGAINST_MARK,
    _hypothetical,
    _in_statement,
    _pair_for,
    _prior_beside,
    growth_relation,
)
from factcheck.relations.prose import is_ticker_quote, trail

# How many sentences before a change its pair may end.
_REACH = 2

# A change that names its own basis ("like-for-like", "in constant currency") is not the plain pair's.
_OWN_BASIS = re.compile(
    r"\b(?:like[- ]for[- ]like|same[- ]store|comparable|organic(?:ally)?|underlying|constant[- ]currenc\w*|adjusted"
    r"|excluding|ex-\w+|per[- ]share)\b",
    re.IGNORECASE,
)
# A change for a longer or other stretch than the pair's, or dated apart: "for the full year", "since 2019", "in
# April 2023": another move than the pair's, so not paired at all.
_OTHER_STRETCH = re.compile(
    r"\b(?:full[- ]year|for\s+the\s+year|so\s+far|year[- ]to[- ]date|to\s+date|since|over\s+the\s+past|in\s+the\s+past"
    r"|over\s+the\s+last|in\s+the\s+last|during\s+the\s+(?:past|last)|year[- ]on[- ]year"
    r"|cumulative|first\s+half|second\s+half|nine\s+months|six\s+months|annual(?:ised|ized)|a\s+year\s+ago"
    r"|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _pairs_by_end_sentence(ctx: ArticleContext) -> dict[int, list[Statement]]:
    """Pairs with no change of their own (start and end only), by the sentence of their end: made once."""

    def make() -> dict[int, list[Statement]]:
        index: dict[int, list[Statement]] = {}
        for s in statements(ctx):
            if s.change is None and s.delta is None and s.points is None and s.start and s.end:
                index.setdefault(ctx.sentence_index(s.end.span[0]), []).append(s)
        return index

    return ctx.memo("growth_pairs_by_end_sentence", make)


@finder("growth_pair_before")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for change in ctx.claims:
        if not is_relative_change(change) or change.measure is None or change.quantity.kind != QuantityKind.PERCENT:
            continue
        if _in_statement(ctx, change) or _hypothetical(ctx, change) or is_ticker_quote(ctx, change):
            continue
        if _AGAINST_MARK.match(trail(ctx, change, 60)):
            continue  # "6% below the pre-recession peak": set against a mark, not a move
        found = _pairs_before(ctx, change)
        if not found or _changes_between(ctx, found[-1], change):
            continue
        stretch = _OTHER_STRETCH.search(ctx.text, change.sentence_span[0], change.sentence_span[1])
        if stretch is not None and not _said_of(ctx, stretch.group(0), found[-1].end):
            # "It last raised its payout in April 2023, when it increased it 3.3%": another time's move
            continue
        if next(_pair_for(ctx, change), None) is not None or next(_prior_beside(ctx, change), None) is not None:
            continue  # the pair stated after it, or a prior beside it, is the change's own
        yield _pair(ctx, change, found)


def _changes_between(ctx: ArticleContext, pair: Statement, change: Claim) -> bool:
    """ "Prices fell to $219,600 from $221,900. Condos rose 7.1 percent ... Houses fell 5.8 percent": only the first
    change after a pair may sum it up; the later ones are moves of its parts or of other things."""
    assert pair.end is not None
    return any(is_relative_change(c) for c in ctx.claims_in(pair.end.span[1], change.span[0]))


def _said_of(ctx: ArticleContext, words: str, level: Claim | None) -> bool:
    """Whether the sentence of ``level`` says ``words`` too: then the change and its pair share that stretch."""
    if level is None:
        return False
    return re.search(re.escape(words), ctx.text[level.sentence_span[0] : level.sentence_span[1]], re.I) is not None


def _pairs_before(ctx: ArticleContext, change: Claim) -> list[Statement]:
    index = _pairs_by_end_sentence(ctx)
    here = ctx.sentence_index(change.span[0])
    found = []
    for sentence in range(here - _REACH, here + 1):
        for pair in index.get(sentence, ()):
            end = pair.end
            assert end is not None
            if end.span[1] > change.span[0] or sentence == here:
                continue  # a pair in the change's own sentence is that clause's business (growth, changes)
            if end.measure != change.measure or end.quantity.kind == QuantityKind.PERCENT:
                continue  # a relative change of a rate is ambiguous (points or percent); left alone
            if subjects([change, end]) == Agreement.DISAGREE:
                continue
            found.append(pair)
    return found


def _pair(ctx: ArticleContext, change: Claim, found: list[Statement]) -> Relation:
    chosen = found[-1]
    start, end = chosen.start, chosen.end
    assert start is not None and end is not None
    doubts = []
    own = _OWN_BASIS.search(ctx.text, change.sentence_span[0], change.span[0])
    if own is not None and not _said_of(ctx, own.group(0), end):
        doubts.append(f"the change is stated “{own.group(0)}”, which the pair is not said to be")
    if ctx.block(change.span[0]) != ctx.block(end.span[0]):
        # A round-up starts each company on a new paragraph: a bare change there may be the next one's move.
        doubts.append("the change is in another paragraph than the pair")
    if change.period is not None and periods([change, end]) == Agreement.DISAGREE:
        doubts.append(f"the change is dated {change.period.text}, the pair is not")
    siblings = [
        c
        for c in ctx.sentence_claims(change)
        if c.id != change.id and is_relative_change(c) and c.measure == change.measure
    ]
    if siblings:
        # "Domestic passengers rose 9%, while transfer passengers rose 17%": one sentence listing moves of the
        # measure tells its parts' moves, any of which may be narrower than the pair's whole.
        doubts.append(f"its sentence also gives {show(siblings[0])}: the changes may be of parts of the whole")
    return growth_relation(
        ctx,
        change,
        start,
        end,
        f"{show(change)} ({change.measure}) has no level in its clause; {show(start)} -> {show(end)} is the "
        f"{change.measure} pair stated just before it",
        [cue(ctx, change.span, "the change"), *(cue(ctx, link.cue_span, "a pair") for link in chosen.links)],
        [p.end for p in found[:-1] if p.end is not None][-2:],
        doubts=doubts,
    )
