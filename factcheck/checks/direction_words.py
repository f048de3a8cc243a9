"""Direction and comparison words against the figures they govern.

Rules:

* A direction verb governing a move between two stated levels ("increased to
  0.56p from 5.46p", "fell from 85.8% to 84.1%", "has now risen to $8,116"
  after "was worth $9,947") must agree with the sign of end - start. A flip is
  an error.
* "beating/topping/exceeding estimates of Y" needs the figure X before it above
  Y; "missing/below estimates of Y" needs it below.
* A threshold ("has risen above two percent", "fell below $50") must be met by
  the exact figure of the same kind the sentence states before it.

Tolerance: rounding intervals; a move holds when end - start can have the
verb's sign, a comparison when the intervals allow it. Missing start or figure:
nothing is said.
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
    same_unit,
    show,
)
from factcheck.claim import Claim
from factcheck.finding import Finding, Severity
from factcheck.quantity import Hedge, QuantityKind

NAME = "direction_words"

_UP = (
    r"rose|risen|rising|increased|increasing|climbed|jumped|grew|gained|surged|soared|rocketed|advanced|picked up"
    r"|ticked (?:up|higher)|went up|moved up|edged up|rebounded|improved"
)
_DOWN = (
    r"fell|fallen|falling|declined|declining|dropped|decreased|slipped|slumped|plunged|plummeted|tumbled|sank|slid"
    r"|eased|went down|edged down|shrank|contracted"
)
_VERB_TO = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\b(?:\s+[\w’'-]+){{0,6}}?\s+(?:to|at)\s+(?:a\s+|an\s+)?(?:[\w’'-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_VERB_FROM = re.compile(
    rf"\b(?:(?P<up>{_UP}|up|higher)|(?P<down>{_DOWN}|down|lower))\b(?:\s+[\w’'-]+){{0,4}}?\s+from\s+(?:[\w’'-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(now|currently|today|has|have)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(last|yesterday|previously|earlier|ago|before|was worth|had been)\b", re.IGNORECASE)
_BEAT = re.compile(
    r"\b(?:(?P<above>beating|beat|topping|topped|exceeding|exceeded|above|ahead of|surpassing)"
    r"|(?P<below>missing|missed|below|short of|trailing))\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}"
    r"(?:estimates?|expectations?|forecasts?|consensus|guidance)\s+(?:of|for)\s+$",
    re.IGNORECASE,
)
_THRESHOLD = re.compile(
    r"\b(?:risen|rose|climbed|is|was|been|remained|stayed|moved|jumped|fell|dropped|slipped|come|came)\s+"
    r"(?P<dir>above|over|beyond|below|under)\s+$",
    re.IGNORECASE,
)


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    yield from _moves(ctx)
    yield from _estimates(ctx)
    yield from _thresholds(ctx)


def _level(claim: Claim) -> bool:
    # Rates are levels too when nothing says they changed: "fell from 85.8% to 84.1%".
    return is_level(claim) or (claim.change is None and claim.quantity.kind == QuantityKind.PERCENT)


def _comparable(a: Claim, b: Claim) -> bool:
    return a.id != b.id and _level(a) and _level(b) and same_unit(a, b)


def _lead(ctx: CheckContext, claim: Claim, width: int = 80) -> str:
    return ctx.text[max(claim.sentence_span[0], claim.span[0] - width) : claim.span[0]]


def _moves(ctx: CheckContext) -> Iterator[Finding]:
    seen: set[tuple[str, str]] = set()
    for end in ctx.claims:
        if not _level(end):
            continue
        lead = _lead(ctx, end)
        verb = _VERB_TO.search(lead)
        start = None
        if verb is not None:
            start = cue_from(ctx, end)
            if start is None or not _comparable(start, end):
                start = _from_after(ctx, end) or _earlier_level(ctx, end)
        else:
            # "fell from 85.8% to 84.1%": the verb governs the start, the end follows "to".
            for other in ctx.sentence_claims(end):
                if other.span[1] <= end.span[0] and _level(other) and _comparable(other, end):
                    gap = ctx.text[other.span[1] : end.span[0]]
                    verb = _VERB_FROM.search(_lead(ctx, other))
                    if verb is not None and re.fullmatch(r"\s*(?:\([^)]*\)\s*)?(?:[^\s.;()]+\s+){0,5}?to\s+", gap):
                        start = other
                        break
        if verb is None:
            # "... up from 2.9 percent in December": the end is the figure the previous sentence reached.
            verb = _VERB_FROM.search(_lead(ctx, end))
            if verb is not None and not any(
                _comparable(o, end) and o.span[0] > end.span[0] for o in ctx.sentence_claims(end)
            ):
                start, end = end, _previous_level(ctx, end)
                if end is None:
                    continue
        if verb is None or start is None or not _comparable(start, end) or (start.id, end.id) in seen:
            continue
        seen.add((start.id, end.id))
        sign = 1 if verb.group("up") else -1
        move = interval(end) - interval(start)
        holds = move.hi > 0 if sign > 0 else move.lo < 0
        word = verb.group("up") or verb.group("down")
        yield finding(
            NAME,
            [end, start],
            f"{word!r}: {show(start)} -> {show(end)} is "
            + (
                "a rise"
                if end.quantity.value > start.quantity.value
                else "a fall"
                if end.quantity.value < start.quantity.value
                else "no change"
            ),
            verdict=Verdict(holds, False, not holds),
            severity=None if holds else Severity.ERROR,
            extra_spans=[
                (
                    max(end.sentence_span[0], end.span[0] - 80) + verb.start(),
                    max(end.sentence_span[0], end.span[0] - 80) + verb.end(),
                )
            ]
            if verb.string is lead
            else [],
            computed={"change": end.quantity.value - start.quantity.value},
            tolerance="the move's interval over rounding must allow the verb's sign",
        )


def _from_after(ctx: CheckContext, end: Claim) -> Claim | None:
    for other in sorted(ctx.sentence_claims(end), key=lambda c: c.span[0]):
        if other.span[0] > end.span[1] and _comparable(other, end):
            gap = ctx.text[end.span[1] : other.span[0]]
            if len(gap) < 80 and not _CLAUSE_BREAK.search(gap) and re.search(r"\bfrom\b", gap, re.I):
                return other
            return None
    return None


def _previous_level(ctx: CheckContext, start: Claim) -> Claim | None:
    from factcheck.checks.growth_vs_prior import _is_prior

    earlier = [
        c
        for c in ctx.claims
        if c.span[1] <= start.span[0]
        and _comparable(c, start)
        and start.span[0] - c.span[1] < 300
        and not _is_prior(ctx, c)
    ]
    return earlier[-1] if earlier else None


def _earlier_level(ctx: CheckContext, end: Claim) -> Claim | None:
    """ "was worth $9,947 ..., has now risen to $8,116": the level the sentence dates earlier."""
    if not _NOW.search(_lead(ctx, end, 40)):
        return None
    for other in sorted(ctx.sentence_claims(end), key=lambda c: -c.span[0]):
        if other.span[1] <= end.span[0] and _level(other) and _comparable(other, end):
            if _THEN.search(_lead(ctx, other, 60)):
                return other
            return None
    return None


def _estimates(ctx: CheckContext) -> Iterator[Finding]:
    money = (QuantityKind.MONEY, QuantityKind.PER_UNIT)
    for estimate in ctx.claims:
        cue = _BEAT.search(_lead(ctx, estimate, 60))
        if cue is None or estimate.quantity.kind not in money:
            continue
        figures = [
            c
            for c in ctx.claims
            if c.sentence_span == estimate.sentence_span
            and c.span[1] <= estimate.span[0]
            and c.quantity.kind in money
            and c.quantity.unit.split("/")[0].strip() == estimate.quantity.unit.split("/")[0].strip()
        ]
        if not figures:
            continue
        figure = figures[-1]
        if _CLAUSE_BREAK.search(ctx.text[figure.span[1] : estimate.span[0]]):
            continue
        above = cue.group("above") is not None
        a, b = interval(figure), interval(estimate)
        holds = a.hi > b.lo if above else a.lo < b.hi
        yield finding(
            NAME,
            [figure, estimate],
            f"{show(figure)} {'beats' if above else 'misses'} {show(estimate)}: "
            + ("consistent" if holds else "it does not"),
            verdict=Verdict(holds, False, False),
            tolerance="rounding intervals must allow the comparison",
        )


def _thresholds(ctx: CheckContext) -> Iterator[Finding]:
    for threshold in ctx.claims:
        if threshold.quantity.hedge not in (Hedge.OVER, Hedge.UNDER, Hedge.AT_LEAST, Hedge.UP_TO):
            continue
        # The hedge word is part of the figure's surface; the verb stands just before it.
        lead = ctx.text[max(threshold.sentence_span[0], threshold.span[0] - 40) : threshold.span[0]]
        surface = threshold.quantity.text.lower()
        cue = _THRESHOLD.search(lead)
        if cue is None:
            m = re.search(r"\b(risen|rose|climbed|is|was|been|remained|stayed|moved|fell|dropped)\s+$", lead, re.I)
            if m is None or not re.match(r"(above|over|below|under)\b", surface):
                continue
            up = surface.startswith(("above", "over"))
        else:
            up = cue.group("dir").lower() in ("above", "over", "beyond")
        figures = [
            c
            for c in ctx.claims
            if c.sentence_span == threshold.sentence_span
            and c.span[1] <= threshold.span[0]
            and c.quantity.hedge == Hedge.EXACT
            and c.quantity.kind == threshold.quantity.kind
            and c.quantity.unit == threshold.quantity.unit
        ]
        if not figures:
            continue
        figure = figures[-1]
        value = interval(figure)
        line = threshold.quantity.lower if up else threshold.quantity.upper
        if line is None:
            line = threshold.quantity.value
        holds = value.hi > line if up else value.lo < line
        yield finding(
            NAME,
            [figure, threshold],
            f"{show(figure)} is {'above' if value.mid > line else 'below'} {show(threshold)}"
            + ("" if holds else ", contrary to the sentence"),
            verdict=Verdict(holds, False, False),
            tolerance="the figure's rounding interval must cross the threshold the words state",
        )
