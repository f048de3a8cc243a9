"""Part and whole: components add up to a stated total; a part is no larger than its whole.

Rules:

* Components vs total: a total followed by its breakdown in one sentence
  ("out of 4,560 shares, 2,559 advanced, 1,813 declined and 188 were
  unchanged"; "$14 billion -- $8 billion for X and $6 billion for Y") must
  equal the sum of the parts. A breakdown is recognised by its cue ("out of",
  "total", "of which", "including", a dash or colon after the total) and its
  parts are the levels of the same unit that follow it in the sentence.
* Part <= whole: a segment revenue stated for the same subject and period as
  the total revenue cannot exceed it.

Tolerance: sums over rounding intervals widened by hedges must overlap the
stated total. A breakdown more than 20x off is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import ROUNDING, CheckContext, finding, interval, is_level, judge, same_unit, show
from factcheck.claim import Claim, Metric
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.quantity import QuantityKind

NAME = "part_whole"

_TOTAL_BEFORE = re.compile(r"\b(out of|total(?:ling)?|of which|altogether|in all)\b[^.;]{0,40}$", re.IGNORECASE)
_BREAKDOWN_AFTER = re.compile(r"^\s*(?:--|—|–|:|,\s*(?:of which|including))", re.IGNORECASE)


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    yield from _components(ctx)
    yield from _segment_within_total(ctx)


def _components(ctx: CheckContext) -> Iterator[Finding]:
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for claim in ctx.claims:
        by_sentence.setdefault(tuple(claim.sentence_span), []).append(claim)  # type: ignore[arg-type]
    for claims in by_sentence.values():
        claims.sort(key=lambda c: c.span[0])
        for i, total in enumerate(claims):
            if not is_level(total):
                continue
            before = ctx.text[max(total.sentence_span[0], total.span[0] - 50) : total.span[0]]
            after = ctx.text[total.span[1] : total.span[1] + 30]
            if not (_TOTAL_BEFORE.search(before) or _BREAKDOWN_AFTER.match(after)):
                continue
            parts = []
            for c in claims[i + 1 :]:
                gap = ctx.text[total.span[1] : c.span[0]]
                if ";" in gap or re.search(r"\b(from|against|compared|versus|last year|a year)\b", gap, re.I):
                    break
                if is_level(c) and _same_kind(c, total):
                    parts.append(c)
            if len(parts) < 2:
                continue
            computed = Interval.point(0)
            for part in parts:
                computed = computed + interval(part)
            point = sum(p.quantity.value for p in parts)
            verdict = judge(computed, interval(total), point)
            yield finding(
                NAME,
                [total, *parts],
                f"{' + '.join(show(p) for p in parts)} = {fmt(point)}; the article's total is {show(total)}",
                verdict=verdict,
                computed={"sum": point, "interval": computed},
                tolerance=ROUNDING,
            )


def _same_kind(a: Claim, b: Claim) -> bool:
    loose = {QuantityKind.NUMBER, QuantityKind.COUNT}
    if a.quantity.kind in loose and b.quantity.kind in loose:
        return True
    return same_unit(a, b)


def _segment_within_total(ctx: CheckContext) -> Iterator[Finding]:
    totals = [c for c in ctx.claims if c.metric == Metric.REVENUE and is_level(c)]
    segments = [c for c in ctx.claims if c.metric == Metric.SEGMENT_REVENUE and is_level(c)]
    for segment in segments:
        for total in totals:
            if not same_unit(segment, total):
                continue
            if (segment.period and total.period and segment.period.text != total.period.text) or (
                segment.sentence_span != total.sentence_span
                and (segment.period is None or total.period is None)
                and abs(segment.span[0] - total.span[0]) > 400
            ):
                continue
            holds = interval(segment).lo <= interval(total).hi
            verdict = judge(Interval.point(0), Interval.point(0 if holds else 1), 0)
            yield finding(
                NAME,
                [segment, total],
                f"segment {show(segment)} " + ("is within" if holds else "exceeds") + f" the total {show(total)}",
                verdict=verdict,
                computed={
                    "share_of_total": segment.quantity.value / total.quantity.value * 100
                    if total.quantity.value
                    else None
                },
                tolerance="the part's rounding interval must reach no higher than the whole's",
            )
            break
