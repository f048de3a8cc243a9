"""Percent change against stated start and end values, including implied baselines.

Rule: a relative change P stated with both ends ("rose 5% from X to Y", or a
change whose ``related`` links give ``from`` and ``to``/``of``) must satisfy
(Y - X) / X = P. A change stated with its end level and an absolute change
("fell 845.12 points or 1.14 per cent to 73,399.78") must satisfy
delta / (end - delta) = P. A change stated with only its end level and a
baseline time ("up 61% at $144 compared with one month ago") implies a start
of end / (1 + P); when the article states a level of the same series at a time
that could be that baseline ("$85 at the start of 2025"), the two readings are
compared and both are explained.

Tolerance: every figure stands for its rounding interval widened by its hedge;
the relation holds when the computed interval overlaps the stated one. For the
implied-baseline reading the hedges are not applied, because the question there
is which base the percentage was computed from, not how precise the levels are;
the tolerance is the figures' rounding. A flipped direction or a scale slip is
an error, any other miss a warning. No start and no candidate: indeterminate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import (
    _CLAUSE_BREAK,
    ROUNDING,
    CheckContext,
    claim_basis,
    comparable_levels,
    cue_from,
    cue_to,
    finding,
    from_to_pairs,
    interval,
    is_level,
    is_relative_change,
    judge,
    pct,
    rounding_interval,
    same_family,
    show,
    show_value,
    signed,
)
from factcheck.claim import ChangeKind, Claim, TimeKind
from factcheck.finding import Finding, Severity, Status
from factcheck.intervals import Interval, fmt, implied_start, percent_change
from factcheck.quantity import QuantityKind

NAME = "percent_change"


def end_level(ctx: CheckContext, claim: Claim) -> Claim | None:
    return cue_to(ctx, claim)


def start_level(ctx: CheckContext, claim: Claim) -> Claim | None:
    return cue_from(ctx, claim)


_JOINER = re.compile(
    r"^[\s,(]*(or|and|,|\(|—|-|–)?[\s,(]*(?:nearly|about|around|almost|roughly|some|over|more than|just)?\s*$",
    re.IGNORECASE,
)


def paired_absolute(ctx: CheckContext, claim: Claim) -> Claim | None:
    """An absolute change printed beside a relative one: "fell 845.12 points or 1.14%"."""
    for other in ctx.sentence_claims(claim):
        if other.id == claim.id or other.change is None or other.change.kind != ChangeKind.ABSOLUTE:
            continue
        lo, hi = sorted([claim.span, other.span])
        between = ctx.text[lo[1] : hi[0]]
        if len(between) <= 20 and _JOINER.match(between):
            return other
    return None


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        if claim.change is not None and claim.change.kind == ChangeKind.ABSOLUTE:
            yield from _absolute(ctx, claim)
        if not is_relative_change(claim):
            continue
        start, end = start_level(ctx, claim), end_level(ctx, claim)
        if start is not None and end is not None and start.span == end.span:
            start = None  # one figure read both ways by the cues: no start after all
        if start is not None and end is not None and not _same_basis(ctx, claim, start):
            continue  # "up 60% on the quarter, 150 million compared with 100 million elsewhere": two comparisons
        if start is not None and end is not None:
            yield _both_ends(claim, start, end)
            # "an increase of about 2.3% ... from $0.44 to $0.45, an increase from $1.76 to $1.80 annualized":
            # a change stated once for a pair restated in the same clause holds for each of them.
            for s2, e2 in from_to_pairs(ctx):
                if (
                    e2.sentence_span == end.sentence_span
                    and s2.span[0] > end.span[1]
                    and s2.id != start.id
                    and not _CLAUSE_BREAK.search(ctx.text[end.span[1] : s2.span[0]])
                    and claim.span[1] <= start.span[0]
                ):
                    yield _both_ends(claim, s2, e2)
            continue
        if start is not None:
            continue  # "up 5% from X" with no end: growth_vs_prior looks for the current figure
        if end is None:
            continue
        delta = paired_absolute(ctx, claim)
        if delta is not None and not same_family(delta, end):
            # "at $95.61 a barrel at 0506 GMT, up $1.17, or 1.2 percent": the level in the change's own units.
            before = [
                c
                for c in ctx.sentence_claims(claim)
                if c.span[1] <= delta.span[0] and is_level(c) and same_family(c, delta)
            ]
            end = before[-1] if before else None
            if end is None:
                continue
        if delta is not None:
            yield _with_delta(claim, delta, end)
            continue
        yield from _implied_baseline(ctx, claim, end)


def _same_basis(ctx: CheckContext, claim: Claim, start: Claim) -> bool:
    """A change measured over time ("during the previous quarter") needs a start dated before, not a rival."""
    from factcheck.checks.growth_vs_prior import _is_prior

    lead = ctx.text[max(start.sentence_span[0], start.span[0] - 40) : start.span[0]]
    if re.search(r"\bfrom\b", lead, re.IGNORECASE) or claim_basis(ctx, claim) is None:
        return True
    return _is_prior(ctx, start) and bool(
        re.search(
            r"\b(previous|prior|preceding|ago|earlier|last|before|yesterday|year|quarter|month)\b",
            ctx.text[max(start.sentence_span[0], start.span[0] - 40) : start.span[1] + 60],
            re.IGNORECASE,
        )
    )


def _absolute(ctx: CheckContext, claim: Claim) -> Iterator[Finding]:
    """ "fell 624.82 points to 81,551.63 against 82,176.45": end - start = the change."""
    start, end = start_level(ctx, claim), end_level(ctx, claim)
    if start is not None and (end is None or end.span == start.span):
        # "moving from a £2m loss to a £3.4m gain": the end of the start's own from/to pair.
        end = next((e for s, e in from_to_pairs(ctx) if s.id == start.id), None)
    if start is not None and end is None and _QUOTE_VERB.search(_verb_text(ctx, claim)):
        # "The yen has weakened by ¥35 since ..., when it was ¥115": the level it reached, stated before.
        earlier = [
            c
            for c in ctx.claims
            if c.span[1] <= claim.sentence_span[0]
            and claim.span[0] - c.span[1] < 400
            and is_level(c)
            and same_family(c, start)
        ]
        end = earlier[-1] if earlier else None
    if start is None or end is None or start.span == end.span or not same_family(start, end):
        return
    if claim.quantity.kind not in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT) and not same_family(
        claim, start
    ):
        return  # "the worst one-day fall ... from X to Y": a duration is not the size of the move
    if claim.quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT) and start.quantity.kind not in (
        QuantityKind.PERCENT,
        QuantityKind.PERCENTAGE_POINT,
    ):
        return  # a point change of a percentage level is for another check
    computed = _as_profit(ctx, end) - _as_profit(ctx, start)
    point = _as_profit(ctx, end).mid - _as_profit(ctx, start).mid
    stated = signed(claim)
    if _QUOTE_VERB.search(_verb_text(ctx, claim)):
        # A currency "weakens" whichever way its quote is printed: compare sizes, not signs.
        computed = Interval(min(abs(computed.lo), abs(computed.hi)), max(abs(computed.lo), abs(computed.hi)))
        point, stated = abs(point), Interval(abs(stated.lo), abs(stated.hi))
    verdict = judge(computed, stated, point, signed(claim, rounding_interval(claim)))
    yield finding(
        NAME,
        [claim, start, end],
        f"{show(start)} -> {show(end)} is a change of {fmt(point)}; the article says {fmt(stated.mid)}",
        verdict=verdict,
        computed={"change": point, "interval": computed},
        tolerance=ROUNDING,
    )


_QUOTE_VERB = re.compile(r"\b(weaken\w*|strengthen\w*|appreciat\w*|depreciat\w*)\s+(?:by\s+)?$", re.IGNORECASE)


def _verb_text(ctx: CheckContext, claim: Claim) -> str:
    return ctx.text[max(claim.sentence_span[0], claim.span[0] - 30) : claim.span[0]]


def _as_profit(ctx: CheckContext, claim: Claim) -> Interval:
    """A level followed by "loss" counts below zero: from a £2m loss to a £3.4m gain is +£5.4m."""
    after = ctx.text[claim.span[1] : claim.span[1] + 15].lower()
    iv = interval(claim)
    return -iv if re.match(r"^\s*(?:pre-tax\s+|net\s+|operating\s+)?loss", after) else iv


def _both_ends(claim: Claim, start: Claim, end: Claim) -> Finding:
    computed = percent_change(interval(start), interval(end))
    point = (end.quantity.value - start.quantity.value) / start.quantity.value * 100 if start.quantity.value else 0.0
    stated = signed(claim)
    verdict = judge(computed, stated, point, signed(claim, rounding_interval(claim)))
    message = f"{show(start)} -> {show(end)} is {pct(point)}; the article says {pct(stated.mid)}"
    return finding(
        NAME,
        [claim, start, end],
        message,
        verdict=verdict,
        computed={"change_percent": point, "interval": computed, "stated": stated},
        tolerance=ROUNDING,
    )


def _with_delta(claim: Claim, delta: Claim, end: Claim) -> Finding:
    d = signed(delta)
    start = interval(end) - d
    computed = d / start * 100
    d_point = -delta.quantity.value if delta.change and delta.change.direction < 0 else delta.quantity.value
    start_point = end.quantity.value - d_point
    point = d_point / start_point * 100 if start_point else 0.0
    stated = signed(claim)
    verdict = judge(computed, stated, point, signed(claim, rounding_interval(claim)))
    message = (
        f"{show(delta)} on a start of {show_value(start_point, end)} ({show(end)} less the change) is {pct(point)}; "
        f"the article says {pct(stated.mid)}"
    )
    return finding(
        NAME,
        [claim, delta, end],
        message,
        verdict=verdict,
        computed={"change_percent": point, "interval": computed, "start": start_point},
        tolerance=ROUNDING,
    )


def _implied_baseline(ctx: CheckContext, claim: Claim, end: Claim) -> Iterator[Finding]:
    base_time = ctx.time_of(claim.baseline) if claim.baseline is not None else None
    end_time = ctx.time_of(end.period) or ctx.article_date
    p = signed(claim)
    implied = implied_start(interval(end), p)
    implied_point = end.quantity.value / (1 + p.mid / 100) if p.mid != -100 else float("nan")
    candidates: list[Claim] = []
    if base_time is not None and claim.baseline is not None and claim.baseline.kind != TimeKind.PERIOD:
        for other in ctx.claims:
            if other.id in (end.id, claim.id) or not comparable_levels(other, end) or other.period is None:
                continue
            if other.period.kind not in (TimeKind.POINT, TimeKind.DATE, TimeKind.SINCE):
                continue
            when = ctx.time_of(other.period)
            if when is None or not when.overlaps(base_time):
                continue
            if end_time is not None and end_time.bounded and when.contains(end_time):
                continue  # the other level is (also) now: not a start
            candidates.append(other)
    if not candidates:
        yield finding(
            NAME,
            [claim, end],
            f"{pct(p.mid)} to {show(end)} implies a start of about {show_value(implied_point, end)}; "
            "the article states no starting figure to compare with",
            status=Status.INDETERMINATE,
            severity=Severity.INFO,
            computed={"implied_start": implied_point, "interval": implied},
        )
        return
    for other in candidates:
        start_r, end_r = rounding_interval(other), rounding_interval(end)
        computed = percent_change(start_r, end_r)
        base = other.quantity.value
        point = (end.quantity.value - base) / base * 100 if base else 0.0
        stated_r = signed(claim, rounding_interval(claim))
        verdict = judge(computed, stated_r, point)
        between = percent_change(rounding_interval(other), implied_start(end_r, stated_r))
        between_point = (implied_point - other.quantity.value) / other.quantity.value * 100
        base_text = claim.baseline.text if claim.baseline else "its baseline"
        other_time = other.period.text if other.period else "earlier"
        if verdict.holds:
            message = (
                f"{show(other)} ({other_time}) -> {show(end)} is {pct(point)}, matching the stated "
                f"{pct(p.mid)} ({base_text})"
            )
        else:
            message = (
                f"{show(other)} ({other_time}) -> {show(end)} is {pct(point)}; the article says "
                f"{pct(p.mid)} {base_text}. Read as stated, the level {base_text} was {show(end)} / "
                f"{fmt(1 + p.mid / 100)} = {show_value(implied_point, end)}, which would mean only "
                f"{pct(between_point)} "
                f"between {other_time} and then; read against {show(other)}, the change is {pct(point)}, "
                f"not {pct(p.mid)}. Either the baseline or the percentage looks wrong"
            )
        yield finding(
            NAME,
            [claim, end, other],
            message,
            verdict=verdict,
            severity=None if verdict.holds else (Severity.ERROR if verdict.gross else Severity.WARNING),
            computed={
                "change_from_stated_start": point,
                "implied_start": implied_point,
                "change_between": between_point,
                "between_interval": between,
            },
            tolerance="rounding of the printed figures (hedges not applied: the question is the base)",
        )
