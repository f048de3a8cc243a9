"""Multiples and fractions: "doubled", "almost double", "more than doubled", "tripled", "halved".

Rule: a multiple word states the ratio current / prior of one series:
"doubled" 1.9–2.1x, "almost/nearly double" 1.8–2.0x, "more than doubled" and
"over two-fold" > 2x, "tripled"/"three times" 2.85–3.15x, "halved" 0.45–0.55x.
The ratio is computed from the current/prior pair the word describes: a pair
stated in its own sentence or the next two ("more than doubled its profit at
₹54 crore ... compared with ₹25 crore"), or a growth rate stated there
("rose by 120%" is 2.2x). With no pair, the word is indeterminate.

A fraction of another figure ("That is half of what Samsung shipped (70
million)") compares the figure the sentence refers to (the nearest one before,
in the same sentence or, after "That/This/It", the one before) with the figure
after: half is 0.45–0.55, a third 0.30–0.37, a quarter 0.22–0.28, twice
1.9–2.1, three times 2.85–3.15.

Tolerance: the ratio's interval over the figures' rounding intervals must
overlap the word's range.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import (
    _CLAUSE_BREAK,
    CheckContext,
    Verdict,
    cue_from,
    finding,
    interval,
    is_level,
    is_relative_change,
    same_family,
    show,
    signed,
)
from factcheck.claim import Claim
from factcheck.finding import Finding, Severity, Status
from factcheck.intervals import INF, Interval, fmt

NAME = "multiples"

_WORDS: list[tuple[re.Pattern[str], Interval]] = [
    (re.compile(r"\b(?:more than|over)\s+(?:doubled|doubling|double|two-?fold|twice)\b", re.I), Interval(2.0, INF)),
    (re.compile(r"\b(?:almost|nearly|close to)\s+(?:doubled|doubling|double|two-?fold)\b", re.I), Interval(1.8, 2.0)),
    (re.compile(r"\b(?:more than|over)\s+(?:tripled|tripling|triple|three-?fold)\b", re.I), Interval(3.0, INF)),
    (re.compile(r"\b(?:doubled|doubling|two-?fold (?:rise|increase|growth|jump))\b", re.I), Interval(1.9, 2.1)),
    (re.compile(r"\b(?:tripled|tripling|three-?fold (?:rise|increase|growth|jump))\b", re.I), Interval(2.85, 3.15)),
    (re.compile(r"\b(?:halved|halving|cut in half)\b", re.I), Interval(0.45, 0.55)),
]


def _sentence_index(bounds: list[tuple[int, int]], pos: int) -> int | None:
    return next((i for i, (s, e) in enumerate(bounds) if s <= pos < e), None)


def _pairs(ctx: CheckContext, window: list[Claim]) -> list[tuple[Interval, float, list[Claim], str]]:
    found: list[tuple[Interval, float, list[Claim], str]] = []
    for c in window:
        if is_level(c):
            prior = cue_from(ctx, c)
            if prior is not None and same_family(prior, c) and prior.quantity.value:
                ratio = interval(c) / interval(prior)
                found.append((ratio, c.quantity.value / prior.quantity.value, [c, prior], f"{show(c)} / {show(prior)}"))
        elif is_relative_change(c):
            p = signed(c)
            found.append((1 + p / 100, 1 + p.mid / 100, [c], f"a change of {show(c)}"))
    return found


def _prior_nearby(ctx: CheckContext, current: Claim, window: list[Claim]) -> Claim | None:
    """ "It had clocked Rs 27.34 crore net profit in the year-ago period": a prior in the next sentences."""
    from factcheck.checks.growth_vs_prior import _is_prior

    for c in window:
        if (
            c.span[0] > current.span[1]
            and same_family(c, current)
            and _is_prior(ctx, c)
            and ctx.text[current.span[1] : c.span[0]].count(".") <= 1
            and not (
                c.sentence_span == current.sentence_span and _CLAUSE_BREAK.search(ctx.text[current.span[1] : c.span[0]])
            )
        ):
            return c
    return None


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    yield from fraction_of(ctx)
    bounds = sorted({tuple(c.sentence_span) for c in ctx.claims})  # type: ignore[misc]
    taken: list[tuple[int, int]] = []
    for pattern, allowed in _WORDS:
        for match in pattern.finditer(ctx.text):
            span = match.span()
            if any(s < span[1] and span[0] < e for s, e in taken):
                continue
            taken.append(span)
            index = _sentence_index(bounds, span[0])
            start = bounds[index][0] if index is not None else span[0]
            stop = bounds[index + 2][1] if index is not None and index + 2 < len(bounds) else len(ctx.text)
            own = (
                [c for c in ctx.claims if bounds[index][0] <= c.span[0] < bounds[index][1]] if index is not None else []
            )
            window = [c for c in ctx.claims if start <= c.span[0] < stop]
            # The word describes its own clause's figures; later sentences only when its own has none.
            own_after = [c for c in own if c.span[0] >= span[1] and is_level(c)]
            if own_after:
                current = own_after[0]
                prior = cue_from(ctx, current) or _prior_nearby(ctx, current, window)
                pairs = []
                if prior is not None and prior.quantity.value and same_family(prior, current):
                    ratio = interval(current) / interval(prior)
                    pairs = [
                        (
                            ratio,
                            current.quantity.value / prior.quantity.value,
                            [current, prior],
                            f"{show(current)} / {show(prior)}",
                        )
                    ]
            else:
                pairs = _pairs(ctx, window)
            if not pairs:
                yield finding(
                    NAME,
                    [],
                    f"{match.group(0)!r}: the article gives no before/after pair to compare",
                    status=Status.INDETERMINATE,
                    severity=Severity.INFO,
                    extra_spans=[span],
                )
                continue
            # The word describes the nearest pair.
            ratio, point, claims, how = min(pairs, key=lambda p: abs(p[2][0].span[0] - span[0]))
            if allowed.bounded and not (allowed.lo / 5 <= point <= allowed.hi * 5):
                continue  # a ratio this far from the word belongs to another pair of figures
            holds = ratio.overlaps(allowed)
            verdict = Verdict(holds, holds and not allowed.contains(point), False)
            hi = "∞" if allowed.hi == INF else f"{fmt(allowed.hi)}x"
            yield finding(
                NAME,
                claims,
                f"{match.group(0)!r} means {fmt(allowed.lo)}x–{hi}; {how} is {fmt(point)}x",
                verdict=verdict,
                extra_spans=[span],
                computed={"ratio": point, "interval": ratio, "allowed": allowed},
                tolerance="ratio over the figures' rounding intervals must overlap the word's range",
            )


_FRACTION_OF = re.compile(
    r"\b(?P<hedge>more than|over|nearly|almost|about|roughly)?\s*(?P<word>half|a third|one third|a quarter|one quarter"
    r"|twice|three times)\s+(?:of\s+|as\s+(?:much|many)\s+as\s+)?(?:what|that of|the|its)?",
    re.IGNORECASE,
)
_FRACTIONS = {
    "half": Interval(0.45, 0.55),
    "a third": Interval(0.30, 0.37),
    "one third": Interval(0.30, 0.37),
    "a quarter": Interval(0.22, 0.28),
    "one quarter": Interval(0.22, 0.28),
    "twice": Interval(1.9, 2.1),
    "three times": Interval(2.85, 3.15),
}


def fraction_of(ctx: CheckContext) -> Iterator[Finding]:
    for match in _FRACTION_OF.finditer(ctx.text):
        sentence = next(
            (c.sentence_span for c in ctx.claims if c.sentence_span[0] <= match.start() < c.sentence_span[1]), None
        )
        if sentence is None:
            continue
        after = [c for c in ctx.claims if c.sentence_span == sentence and c.span[0] >= match.end() and is_level(c)]
        if not after or after[0].span[0] - match.end() > 60:
            continue
        whole = after[0]
        refers_back = re.match(r"\s*(That|This|It)\b", ctx.text[sentence[0] : sentence[0] + 8])
        before = [
            c
            for c in ctx.claims
            if c.span[1] <= match.start()
            and is_level(c)
            and same_family(c, whole)
            and (c.sentence_span == sentence or (refers_back and match.start() - c.span[1] < 300))
        ]
        if not before or not whole.quantity.value:
            continue
        part = before[-1]
        allowed = _FRACTIONS[match.group("word").lower()]
        hedge = (match.group("hedge") or "").lower()
        if hedge in ("more than", "over"):
            allowed = Interval(allowed.mid, INF)
        elif hedge in ("nearly", "almost"):
            allowed = Interval(allowed.mid * 0.85, allowed.mid)
        ratio = interval(part) / interval(whole)
        point = part.quantity.value / whole.quantity.value
        holds = ratio.overlaps(allowed)
        yield finding(
            NAME,
            [part, whole],
            f"{match.group(0).strip()!r}: {show(part)} / {show(whole)} is {fmt(point)}, "
            + ("within" if holds else "outside")
            + f" {fmt(allowed.lo)}–{fmt(allowed.hi)}",
            verdict=Verdict(holds, False, False),
            extra_spans=[match.span()],
            computed={"ratio": point, "interval": ratio},
            tolerance="the ratio over the figures' rounding and hedge intervals must overlap the word's range",
        )
