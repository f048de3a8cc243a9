"""The same figure stated twice must agree.

Rule: two claims about the same subject, the same metric and the same period
(or both without one), of the same kind and change type ("$53 billion in AI"
and, later, "its $53 billion AI investment") state one figure; their intervals
must overlap. A pair whose values differ by a factor near 1,000 or 1,000,000
is a scale slip (million/billion) and an error; other disagreements are
warnings. Figures with an unknown metric or subject are not paired: two
different unknowns are more often two different things than one thing twice.

An unrounded figure ("Before rounding, prices were up 0.244 percent") must
round to the figure of the same kind stated just before it ("rose 0.2
percent"): the unrounded value lies within the rounded figure's interval.

Tolerance: each figure's rounding interval widened by its hedge ("around 4
percent" and "4 percent" agree); the intervals must overlap.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import CheckContext, _norm, finding, interval, judge, same_subject, same_unit, show
from factcheck.claim import Claim, Metric
from factcheck.finding import Finding, Severity

NAME = "same_figure"

# Metrics one article states once per subject and period; index levels, counts, prices and
# growth rates move within a story and are stated many times with different values.
_STOCK_METRICS = {
    Metric.MARKET_CAP,
    Metric.INVESTMENT,
    Metric.HEADCOUNT,
    Metric.REVENUE,
    Metric.SEGMENT_REVENUE,
    Metric.PROFIT,
    Metric.MARKET_SIZE,
    Metric.MARKET_SHARE,
}


def _period_key(claim: Claim) -> str:
    ref = claim.period
    if ref is None:
        return ""
    parts = [ref.kind.value, ref.year, ref.quarter, ref.month, ref.day, ref.part, ref.months]
    if all(p is None for p in parts[1:]):
        return _norm(ref.text)
    return "|".join(str(p) for p in parts)


def _change_key(claim: Claim) -> str:
    c = claim.change
    return "" if c is None else f"{c.kind.value}{c.direction}"


def _scale_slip(a: float, b: float) -> bool:
    if a == 0 or b == 0:
        return False
    ratio = math.log10(max(abs(a), abs(b)) / min(abs(a), abs(b)))
    return any(abs(ratio - k) < 0.15 for k in (3, 6, 9))


_COMPARED = re.compile(
    r"\b(from|against|versus|vs\.?|compared|a year (?:ago|earlier)|year[- ]ago|last year|previous|prior|preceding"
    r"|same (?:period|quarter|time)|year[- ]on|earlier|before|since|was|had|to)\b",
    re.IGNORECASE,
)


def _compared(ctx: CheckContext, claim: Claim) -> bool:
    start = max(claim.sentence_span[0], claim.span[0] - 40)
    return bool(
        _COMPARED.search(ctx.text[start : claim.span[0]])
        or _COMPARED.search(ctx.text[claim.span[1] : claim.span[1] + 50])
    )


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    yield from unrounded(ctx)
    claims = [c for c in ctx.claims if c.metric in _STOCK_METRICS and c.subject]
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if a.metric != b.metric or not same_subject(a, b) or not same_unit(a, b):
                continue
            if _period_key(a) != _period_key(b) or _change_key(a) != _change_key(b):
                continue
            if (a.baseline is None) != (b.baseline is None):
                continue
            if a.sentence_span == b.sentence_span or _compared(ctx, a) or _compared(ctx, b):
                continue  # two values in one breath, or one set against another, are two times
            if a.quantity.value == b.quantity.value and a.quantity.text.strip() == b.quantity.text.strip():
                continue  # repeated verbatim: nothing to say
            verdict = judge(interval(a), interval(b), a.quantity.value)
            slip = not verdict.holds and _scale_slip(a.quantity.value, b.quantity.value)
            yield finding(
                NAME,
                [a, b],
                f"{a.subject} {a.metric.value.replace('_', ' ')} is given as {show(a)} and as {show(b)}"
                + ("" if verdict.holds else " — a scale slip" if slip else ""),
                verdict=verdict,
                severity=Severity.ERROR if slip else None,
                computed={"values": [a.quantity.value, b.quantity.value]},
                tolerance="rounding intervals widened by hedges must overlap",
            )


_UNROUNDED = re.compile(r"\b(before rounding|unrounded|not rounded|exact figure|precisely)\b", re.IGNORECASE)


def unrounded(ctx: CheckContext) -> Iterator[Finding]:
    for exact in ctx.claims:
        lead = ctx.text[max(exact.sentence_span[0], exact.span[0] - 60) : exact.span[0]]
        if not _UNROUNDED.search(lead):
            continue
        earlier = [
            c
            for c in ctx.claims
            if c.span[1] <= exact.span[0]
            and c.quantity.kind == exact.quantity.kind
            and c.quantity.unit == exact.quantity.unit
            and exact.span[0] - c.span[1] < 300
            and c.id != exact.id
            and c.quantity.rounding > exact.quantity.rounding
        ]
        if not earlier:
            continue
        rounded = earlier[-1]
        verdict = judge(interval(exact), interval(rounded), exact.quantity.value)
        yield finding(
            NAME,
            [exact, rounded],
            f"unrounded {show(exact)} should round to {show(rounded)}" + ("" if verdict.holds else ": it does not"),
            verdict=verdict,
            tolerance="the unrounded figure must lie in the rounded figure's rounding interval",
        )
