"""Records and superlatives against the other figures of the article.

Rules:

* A record ("record high", "all-time high", "a record £104.7m", "highest
  ever") must be at least every other stated level of the same series: same
  kind and unit, same metric when known, and within a factor of three (a
  record sales figure is not compared with a profit a tenth its size).
* A superlative change ("the largest rate of growth, up by 16%", "the biggest
  beneficiary ... grew more than 28%") must be at least every other rise of
  the same kind the article states.

Tolerance: rounding intervals; the record or superlative holds when its upper
bound reaches every other figure's lower bound. A miss is a warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import (
    CheckContext,
    Verdict,
    finding,
    from_to_pairs,
    interval,
    is_level,
    is_relative_change,
    rounding_interval,
    same_unit,
    show,
)
from factcheck.claim import Claim, Metric
from factcheck.finding import Finding

NAME = "extremes"

# "a record £104.7m", "the record high": not the verb ("did record a loss").
_RECORD = re.compile(
    r"\b(a record(?:[- ]high)?|record[- ]high|all[- ]time high|highest ever|best ever)\b", re.IGNORECASE
)
_NOT_RECORD = re.compile(r"\b(for the month|for the quarter|for a|since|in \w+ years|low)\b", re.IGNORECASE)
_SUPERLATIVE = re.compile(
    r"\b(largest|biggest|fastest|strongest|highest|steepest)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(rate of growth|growth|gain|increase|rise|beneficiary|jump)",
    re.IGNORECASE,
)


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    yield from _records(ctx)
    yield from _superlatives(ctx)


def _records(ctx: CheckContext) -> Iterator[Finding]:
    for record in ctx.claims:
        if not is_level(record):
            continue
        start = max(record.sentence_span[0], record.span[0] - 60)
        lead = ctx.text[start : record.span[0]]
        tail = ctx.text[record.span[1] : min(record.sentence_span[1], record.span[1] + 60)]
        cue = _RECORD.search(lead)
        if cue is None or _NOT_RECORD.search(lead[cue.start() :] + tail[:25]):
            continue
        # Only figures of a described series (a from/to pair, or dated) can break a record; a lone price
        # of another commodity in the next sentence cannot.
        series = {c.id for pair in from_to_pairs(ctx) for c in pair} | {
            c.id for c in ctx.claims if c.period is not None and c.period.year is not None
        }
        others = [
            c
            for c in ctx.claims
            if c.id != record.id
            and c.id in series
            and is_level(c)
            and same_unit(c, record)
            and (c.metric == record.metric or Metric.UNKNOWN in (c.metric, record.metric))
            and record.quantity.value
            and 1 / 3 <= c.quantity.value / record.quantity.value <= 3
        ]
        if not others:
            continue
        r = interval(record)
        above = [c for c in others if interval(c).lo > r.hi]
        holds = not above
        yield finding(
            NAME,
            [record, *(above or others)],
            f"{cue.group(0)!r} {show(record)}: "
            + (
                "at least every other figure of the series"
                if holds
                else f"{', '.join(show(c) for c in above)} stated higher"
            ),
            verdict=Verdict(holds, False, False),
            tolerance="the record's rounding interval must reach every other figure",
        )


def _superlatives(ctx: CheckContext) -> Iterator[Finding]:
    for match in _SUPERLATIVE.finditer(ctx.text):
        sentence = next(
            (c.sentence_span for c in ctx.claims if c.sentence_span[0] <= match.start() < c.sentence_span[1]), None
        )
        if sentence is None:
            continue
        mine = [
            c
            for c in ctx.claims
            if c.sentence_span == sentence
            and is_relative_change(c)
            and c.span[0] >= match.start()
            and c.change
            and c.change.direction > 0
        ]
        if not mine:
            continue
        best = mine[0]
        others = [
            c
            for c in ctx.claims
            if is_relative_change(c)
            and c.id != best.id
            and c.change
            and c.change.direction > 0
            and c.quantity.kind == best.quantity.kind
            and _rise_of_same_kind(ctx, c)
        ]
        if not others:
            continue
        # "grew more than 28%" names 28 as the figure: compare its rounding, not the open hedge.
        b = rounding_interval(best)
        above = [c for c in others if interval(c).lo > b.hi]
        holds = not above
        yield finding(
            NAME,
            [best, *(above or others)],
            f"{match.group(0)!r} at {show(best)}: "
            + ("no other rise stated is larger" if holds else f"{', '.join(show(c) for c in above)} is larger"),
            verdict=Verdict(holds, False, False),
            extra_spans=[match.span()],
            tolerance="the superlative's rounding interval must reach every other rise",
        )


def _rise_of_same_kind(ctx: CheckContext, claim: Claim) -> bool:
    # A percentage-point move or a share is not a growth rate.
    after = ctx.text[claim.span[1] : claim.span[1] + 25].lower()
    return "point" not in after and "share" not in after
