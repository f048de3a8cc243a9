"""Shares of one whole: they fit in 100%, a full list sums to 100%, ranks match the order.

Rule: market shares (and other "% of the market/total" figures) that the
article gives for different players of one whole must sum to at most 100%; a
list that names "others"/"rest" is exhaustive and must sum to about 100%. A
stated rank must agree with the order of the stated shares (rank r cannot sit
below a share that is smaller than its own, nor above one that is larger), and
must be possible: the r-1 players above a share v need at least (r-1) * v
between them, so the players the article does not name must fit in what is
left of 100%.

Grouping: shares of one whole are the share figures of one article section; a
heading line (ending in ":") starts a new whole, and figures over a window
("over the past two years") or of another period are a different whole. A
player named twice counts once.

Tolerance: each share stands for its rounding interval; sums use the interval
sum, so a list holds when 100 lies within it (or, for "fit in", when its lower
end is at most 100). Ranks allow ties within rounding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import CheckContext, Verdict, _norm, finding, interval, same_subject, show
from factcheck.claim import Claim, Metric, TimeKind
from factcheck.finding import Finding, Severity, Status
from factcheck.intervals import Interval, fmt
from factcheck.quantity import QuantityKind

NAME = "shares"
SUM_NAME = "shares"

_SHARE_CUE = re.compile(
    r"^\s*(?:percent|per cent|%)?\s*(?:of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}"
    r"(?:market|total|traffic|revenues?|sales|shipments)"
    r"|(?:market\s+)?share|of\s+(?:total|overall|all|global|worldwide))",
    re.IGNORECASE,
)
_BEFORE_CUE = re.compile(r"(market share|share)\s+(?:of|was|at|is|stood at)\s*$", re.IGNORECASE)
_OTHERS = re.compile(r"\b(others?|rest|remaining|remainder|other\s+\w+)\b", re.IGNORECASE)


_GROWTH_AFTER = re.compile(
    r"^\s*(?:percent|per cent|%)?\s*(?:[\w-]+\s+){0,2}?(year[- ]over[- ]year|year[- ]on[- ]year|yoy|growth|increase"
    r"|rise|jump|gain|decline|drop|fall|higher|lower|up|down)\b",
    re.IGNORECASE,
)


def share_interval(claim: Claim) -> Interval:
    """A share in percent; fractions ("one third") are read on the same scale."""
    iv = interval(claim)
    if claim.quantity.kind == QuantityKind.FRACTION and abs(claim.quantity.value) <= 1:
        return iv * 100
    return iv


def share_value(claim: Claim) -> float:
    v = claim.quantity.value
    return v * 100 if claim.quantity.kind == QuantityKind.FRACTION and abs(v) <= 1 else v


def _cued_share(ctx: CheckContext, claim: Claim) -> bool:
    q = claim.quantity
    after = ctx.text[q.span[1] : q.span[1] + 60]
    before = ctx.text[max(0, q.span[0] - 40) : q.span[0]]
    return bool(_SHARE_CUE.match(after) or _BEFORE_CUE.search(before) or _list_item(ctx, claim))


def is_share(ctx: CheckContext, claim: Claim) -> bool:
    q = claim.quantity
    if claim.change is not None or q.kind not in (QuantityKind.PERCENT, QuantityKind.FRACTION):
        return False
    if _GROWTH_AFTER.match(ctx.text[q.span[1] : q.span[1] + 40]):
        return False
    if q.kind == QuantityKind.FRACTION:
        return _cued_share(ctx, claim)
    if claim.metric == Metric.MARKET_SHARE or _cued_share(ctx, claim):
        return True
    # A bare percentage listed beside a share in one sentence ("34% of the total, while physical was at 29%").
    return any(
        o.id != claim.id and o.quantity.kind == QuantityKind.PERCENT and o.change is None and _cued_share(ctx, o)
        for o in ctx.sentence_claims(claim)
    )


def _list_item(ctx: CheckContext, claim: Claim) -> bool:
    """A line of a breakdown list: "iOS — 57 percent"."""
    start = ctx.text.rfind("\n", 0, claim.span[0]) + 1
    end = ctx.text.find("\n", claim.span[1])
    line = ctx.text[start : end if end >= 0 else len(ctx.text)]
    return bool(re.match(r"^\s*[\w .&'-]{1,30}\s*[—–:-]\s*[\d.]+\s*(percent|per cent|%)\s*$", line))


def _label(ctx: CheckContext, claim: Claim) -> str:
    if claim.subject:
        return claim.subject
    start = ctx.text.rfind("\n", 0, claim.span[0]) + 1
    label = re.split(r"[—–:-]", ctx.text[start : claim.span[0]])[0].strip()
    return label if 0 < len(label) <= 30 else claim.id


def groups(ctx: CheckContext) -> list[list[Claim]]:
    shares = [c for c in ctx.claims if is_share(ctx, c)]
    shares.sort(key=lambda c: c.span[0])
    result: list[list[Claim]] = []
    current: list[Claim] = []
    previous_end = 0
    for claim in shares:
        if claim.period is not None and claim.period.kind in (TimeKind.WINDOW, TimeKind.SINCE):
            continue
        gap = ctx.text[previous_end : claim.span[0]]
        if current and re.search(r"\n[^\n]*:\s*\n", gap):
            result.append(current)
            current = []
        label = _norm(_label(ctx, claim))
        if claim.subject and any(
            _norm(_label(ctx, c)) == label and share_interval(c).overlaps(share_interval(claim)) for c in current
        ):
            previous_end = claim.span[1]
            continue  # the same player and figure again: one whole counts it once
        current.append(claim)
        previous_end = claim.span[1]
    if current:
        result.append(current)
    # Different stated periods are different wholes.
    split: list[list[Claim]] = []
    for group in result:
        periods = {_period_key(c) for c in group} - {None}
        if len(periods) <= 1:
            split.append(group)
        else:
            for p in periods:
                split.append([c for c in group if _period_key(c) in (None, p)])
    return [g for g in split if g]


def _period_key(claim: Claim) -> tuple[int, int | None] | None:
    """Only periods that pin a year tell two wholes apart; "the quarter" fits any."""
    ref = claim.period
    if ref is None or ref.year is None:
        return None
    return (ref.year, ref.quarter)


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    for group in groups(ctx):
        yield from _sum(ctx, group)
        yield from _ranks(ctx, group)


def _sum(ctx: CheckContext, group: list[Claim]) -> Iterator[Finding]:
    if len(group) < 2:
        return
    total = Interval.point(0)
    for claim in group:
        total = total + share_interval(claim)
    names = " + ".join(show(c) for c in group)
    point = sum(share_value(c) for c in group)
    exhaustive = any(_OTHERS.search(_label(ctx, c)) for c in group)
    if exhaustive:
        holds = total.widen(0.5).contains(100)
        message = f"{names} = {fmt(point)}%; a list that includes the rest should sum to about 100%"
        verdict = Verdict(holds, holds and abs(point - 100) > 1e-9, False)
    else:
        holds = total.lo <= 100
        message = f"{names} = {fmt(point)}% of one whole, " + ("which fits in 100%" if holds else "more than 100%")
        verdict = Verdict(holds, holds and point > 100, (not holds) and total.lo > 150)
    yield finding(
        NAME,
        group,
        message,
        verdict=verdict,
        computed={"sum": point, "interval": total, "exhaustive": exhaustive},
        tolerance="sum of rounding intervals; an exhaustive list may be off 100 by its rounding plus 0.5 point",
    )


_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
_RANK_TEXT = re.compile(
    r"\b(?:(?P<leader>leader|leadership position|maintained its lead|top[- ]selling|market leader|in the lead)"
    r"|(?P<ord>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[- ](?:place|largest|biggest|spot)"
    r"|No\.\s?(?P<num>\d{1,2})\b)",
    re.IGNORECASE,
)


def _stated_ranks(ctx: CheckContext, group: list[Claim]) -> list[tuple[int, Claim, tuple[int, int]]]:
    """(rank, share claim, rank span) for each rank the text gives a share in ``group``."""
    found: list[tuple[int, Claim, tuple[int, int]]] = []
    used: set[tuple[int, int]] = set()
    for claim in ctx.claims:
        if claim.quantity.kind != QuantityKind.RANK or claim.metric not in (Metric.RANK, Metric.MARKET_SHARE):
            continue  # "sixth consecutive quarter" is an ordinal, not a standing
        if claim.quantity.relative_to is not None:
            continue  # "second to last" needs the length of the list
        share = _share_for(ctx, group, claim.span, claim)
        if share is not None and 1 <= claim.quantity.value <= 50:
            found.append((int(claim.quantity.value), share, tuple(claim.span)))  # type: ignore[arg-type]
            used.add(tuple(claim.span))  # type: ignore[arg-type]
    for match in _RANK_TEXT.finditer(ctx.text):
        span = match.span()
        if any(s[0] < span[1] and span[0] < s[1] for s in used):
            continue
        if match.group("leader"):
            rank = 1
        elif match.group("ord"):
            rank = _ORDINALS[match.group("ord").lower()]
        else:
            rank = int(match.group("num"))
        share = _share_for(ctx, group, span, None)
        if share is not None:
            found.append((rank, share, span))
            used.add(span)
    return found


def _share_for(ctx: CheckContext, group: list[Claim], span: tuple[int, int], rank: Claim | None) -> Claim | None:
    if rank is not None and rank.subject:
        by_subject = [c for c in group if same_subject(c, rank)]
        if by_subject:
            return by_subject[0]
    sentence = _sentence_bounds(ctx.text, span)
    same = [c for c in group if sentence[0] <= c.span[0] < sentence[1]]
    if not same:
        # "As for the second place, ... taking 14.7%": the share may follow in the next sentence.
        return None
    return min(same, key=lambda c: abs(c.span[0] - span[0]))


def _sentence_bounds(text: str, span: tuple[int, int]) -> tuple[int, int]:
    starts = [text.rfind(p, 0, span[0]) for p in (". ", "\n", "? ", "! ")]
    start = max(starts) + 1
    ends = [i for i in (text.find(p, span[1]) for p in (". ", "\n", "? ", "! ")) if i >= 0]
    return start, (min(ends) + 1 if ends else len(text))


def _ranks(ctx: CheckContext, group: list[Claim]) -> Iterator[Finding]:
    stated = _stated_ranks(ctx, group)
    spans_for: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for rank, share, rank_span in stated:
        spans_for.setdefault((rank, share.id), []).append(rank_span)
    seen: set[tuple[int, str]] = set()
    for rank, share, _ in stated:
        if (rank, share.id) in seen:
            continue
        seen.add((rank, share.id))
        rank_spans = spans_for[(rank, share.id)]
        v = share_interval(share)
        others = [c for c in group if c.id != share.id]
        above = [c for c in others if share_interval(c).lo > v.hi]
        maybe_above = [c for c in others if share_interval(c).hi >= v.lo]
        total_known = sum(share_interval(c).lo for c in group)
        missing = max(0, rank - 1 - len(maybe_above))
        room = 100 - total_known
        room_point = 100 - sum(share_value(c) for c in group)
        problems = []
        if len(above) > rank - 1:
            problems.append(
                f"{len(above)} stated share(s) ({', '.join(show(c) for c in above)}) are larger than "
                f"{show(share)}, so it cannot rank No. {rank}"
            )
        if missing and missing * v.lo > room + 1e-9:
            problems.append(
                f"No. {rank} needs {missing} unnamed player(s) of at least {show(share)} each, "
                f"but only {fmt(room)}% is left"
            )
        ahead = ", ".join(show(c) for c in above) or "no stated share"
        if problems:
            message = "; ".join(problems)
            status, severity = Status.FAIL, Severity.WARNING
        else:
            message = (
                f"No. {rank} with {show(share)}: {ahead} above it, leaving {fmt(room_point)}% for the rest, "
                f"each at most {show(share)}: plausible"
                if rank > 1
                else f"No. 1 with {show(share)}: no stated share is larger"
            )
            status, severity = Status.PASS, Severity.INFO
        yield finding(
            NAME,
            [share, *above],
            message,
            status=status,
            severity=severity,
            extra_spans=rank_spans,
            computed={"rank": rank, "definitely_above": len(above), "room_left": room},
            tolerance="shares compared by rounding interval; ties within rounding allowed",
        )
