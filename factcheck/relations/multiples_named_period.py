"""A multiple against a figure named only by its period: "grew at more than double the pace recorded in the first
quarter", "twice the rate seen last month", "half the pace of the first three months".

The word's base is no figure but "the pace/rate/level" of another period. The figures follow in the next
sentences: the one dated to the named period is the base; the one of the same measure that is undated or dated
to the word's own period is the figure described. "Earlier this year" names no single period: the base is then
the one figure of the measure dated to an earlier quarter or month of the same year as the figure described.

Inferred: certain only when each role has one candidate, both figures share a measure, and subject and
measure agree as :func:`factcheck.relations.evidence.inferred` reads them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim, TimeRef
from factcheck.context import ArticleContext
from factcheck.figures import direction, is_relative_change, same_family, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Member, Relation
from factcheck.relations import finder
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.multiples_words import Word, is_figure, make_relation, plan_doubt, word_claim, words
from factcheck.relations.time_now import MONTHS

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "the pace recorded in the first quarter", "the rate seen last month", "that of the first three months".
_NAMED = re.compile(
    r"\s*(?:the\s+)?(?:pace|rate|level|growth|gain|increase|rise|figure|reading)\s+(?:(?:recorded|seen|posted|set"
    r"|logged|reported|registered|achieved)\s+)?(?:(?:in|during|for|of)\s+)?(?:the\s+)?"
    r"(?:(?P<q>first|second|third|fourth)\s+quarter|(?P<m>" + "|".join(MONTHS) + r")"
    r"|(?P<early>earlier\s+(?:this|in\s+the)\s+year))\b",
    re.IGNORECASE,
)


@finder("multiples_named_period")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for word in words(ctx):
        if word.shape != "compare" or word.link.strip().lower() != "the":
            continue
        named = _NAMED.match(ctx.text, word.span[1])
        if named is None:
            continue
        relation = _pair(ctx, word, named)
        if relation is not None:
            yield relation


def _window(ctx: ArticleContext, word: Word) -> list[Claim]:
    index = ctx.sentence_index(word.span[0])
    sentences = ctx.sentences
    last = sentences[min(len(sentences) - 1, index + 2)][1]
    return [c for c in ctx.claims_in(word.span[1], last) if is_figure(c) or _is_rise(c)]


def _is_rise(claim: Claim) -> bool:
    """ "grew 1.2 percent": a pace is a growth rate as often as a level."""
    return is_relative_change(claim) and claim.quantity.value > 0 and direction(claim) > 0


def _alike(a: Claim, b: Claim) -> bool:
    # "expanded at a 1.6 percent annual rate" and "increased 1.2 percent": two growth rates of one measure.
    rates = a.quantity.kind == b.quantity.kind == QuantityKind.PERCENT
    return (
        same_family(a, b) and (rates or _is_rise(a) == _is_rise(b)) and a.measure is not None and a.measure == b.measure
    )


def _is_named(period: TimeRef | None, named: re.Match[str], year: int | None) -> bool:
    if period is None:
        return False
    if named.group("q"):
        return period.quarter == _ORDINALS[named.group("q").lower()] and period.month is None
    if named.group("m"):
        return period.month == MONTHS.index(named.group("m").lower()) + 1
    return False


def _pair(ctx: ArticleContext, word: Word, named: re.Match[str]) -> Relation | None:
    claim = word_claim(ctx, word.span)
    own = claim.period if claim is not None else None
    if own is not None and named.start() <= own.span[0] < named.end():
        own = None  # the word's date read from the period it names: its own is not known
    window = _window(ctx, word)
    if named.group("early"):
        return None if own is None else _pair_earlier(ctx, word, named, own, window)
    bases = [c for c in window if _is_named(c.period, named, None)]
    if len(bases) != 1:
        return None
    base = bases[0]
    figures = [
        c
        for c in window
        if c is not base
        and _alike(c, base)
        and (
            c.period is None
            or (_same_period(c.period, own) if own is not None else not _is_named(c.period, named, None))
        )
    ]
    if own is not None and own.quarter is not None and _is_named(own, named, None):
        return None  # the word's own period is the one it compares with: not this reading
    return _relation(ctx, word, named, figures, base)


def _pair_earlier(
    ctx: ArticleContext, word: Word, named: re.Match[str], own: TimeRef, window: list[Claim]
) -> Relation | None:
    """ "double the pace recorded earlier this year": the base is of an earlier quarter than the word's own."""
    if own.quarter is None:
        return None
    bases = [
        c for c in window if c.period is not None and c.period.quarter is not None and c.period.quarter < own.quarter
    ]
    if len(bases) != 1:
        return None
    base = bases[0]
    figures = [
        c for c in window if c is not base and _alike(c, base) and (c.period is None or _same_period(c.period, own))
    ]
    return _relation(ctx, word, named, figures, base)


def _same_period(a: TimeRef, b: TimeRef) -> bool:
    return (a.quarter, a.month) == (b.quarter, b.month) and (a.year is None or b.year is None or a.year == b.year)


def _relation(
    ctx: ArticleContext, word: Word, named: re.Match[str], figures: list[Claim], base: Claim
) -> Relation | None:
    if not figures:
        return None
    figure = figures[0]
    evidence = inferred(
        ctx,
        [figure, base],
        [cue(ctx, named.span(), "the period of the base")],
        period=Agreement.AGREE,  # two periods by design
        ambiguous=[show(c) for c in figures[1:]],
        doubts=plan_doubt(ctx, word.span),
    )
    return make_relation(
        ctx,
        word,
        [Member(role="figure", claim=figure.id), Member(role="base", claim=base.id)],
        evidence,
        f"“{word.text}” sets a figure against “{' '.join(named.group(0).split())}”: {show(base)} is the figure of "
        f"that period, {show(figure)} the one described",
    )
