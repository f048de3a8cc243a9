"""Per-unit relations: price x quantity = total, value change vs price change, one exchange rate.

Rules:

* Market value change vs price change: a stated change in market value over a
  period ("gained over $100 billion in 2025"), the current market value and the
  share price now and at the start of that period imply a change of
  cap x (1 - p0 / p1), the share count being steady. It must fit the stated change.
* Price x quantity = total: a sentence that gives a per-unit price, a count of
  the same unit and a total in the same currency ("raised $5.3 billion through
  the sale of 2.1 million shares at $2,500") must satisfy n x p = total.
* One exchange rate: conversions printed side by side ("$52.4 million
  (£40.1m)") give a rate each; all rates between the same two currencies in one
  article must agree.

* Steady share count: "net income of $359.4 million, or 71 cents per share, up
  from $325.6 million, or 64 cents" implies 506m and 509m shares; the share
  counts an article implies must agree within 5% (a year's buybacks).
* Quarterly x 4 = annual: "a quarterly dividend from $0.44 to $0.45 ... from
  $1.76 to $1.80 on an annualized basis".
* Market value moves with its price: a market value change (a from/to pair of
  market capitalisations, or "fell by D to T") must move the same way as the
  lead price or index change and by a comparable amount (between a third and
  three times it, plus 2 points). A broad market losing 57% on a 1% index day
  is an error.

Tolerance: rounding intervals widened by hedges, over all corners; the relation
holds when the intervals overlap. A 20x miss is an error (a scale slip).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.checks import register
from factcheck.checks.base import (
    ROUNDING,
    CheckContext,
    Verdict,
    comparable_levels,
    finding,
    hedge_word,
    interval,
    is_level,
    judge,
    show,
    show_value,
    signed,
)
from factcheck.claim import ChangeKind, Claim, Metric, TimeKind
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.quantity import QuantityKind

NAME = "per_unit"


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    yield from _market_value_change(ctx)
    yield from _price_times_count(ctx)
    yield from _exchange_rates(ctx)
    yield from _share_count(ctx)
    yield from _quarterly_annual(ctx)
    yield from _market_moves_with_price(ctx)


def _is_price(claim: Claim) -> bool:
    return is_level(claim) and (
        claim.metric == Metric.SHARE_PRICE
        or (claim.quantity.kind == QuantityKind.PER_UNIT and "share" in (claim.quantity.noun or ""))
    )


def _market_value_change(ctx: CheckContext) -> Iterator[Finding]:
    changes = [
        c
        for c in ctx.claims
        if c.metric == Metric.MARKET_VALUE_CHANGE
        or (
            c.change is not None
            and c.change.kind == ChangeKind.ABSOLUTE
            and "market value" in c.text.lower()
            and c.quantity.kind == QuantityKind.MONEY
        )
    ]
    caps = [c for c in ctx.claims if c.metric == Metric.MARKET_CAP and c.change is None]
    prices = [c for c in ctx.claims if _is_price(c)]
    for change in changes:
        period = ctx.time_of(change.period)
        if period is None or not caps or len(prices) < 2:
            continue
        # The start price is the one stated at the start of the change's period.
        starts = [
            p
            for p in prices
            if p.period is not None
            and (t := ctx.time_of(p.period)) is not None
            and t.hi <= period.lo + 3 / 12
            and t.lo >= period.lo - 1 / 12
        ]
        nows = [p for p in prices if p not in starts and (p.period is None or p.period.kind == TimeKind.DATE)]
        if not starts or not nows:
            continue
        p0, p1, cap = starts[0], nows[0], caps[0]
        if not comparable_levels(p0, p1):
            continue
        implied = interval(cap) * (1 - interval(p0) / interval(p1))
        point = cap.quantity.value * (1 - p0.quantity.value / p1.quantity.value)
        stated = signed(change)
        verdict = judge(implied, stated, point)
        then = cap.quantity.value * p0.quantity.value / p1.quantity.value
        message = (
            f"at {show(p1)} the market value is {show(cap)}; at {show(p0)} it was {show(cap)} x {show(p0)} / "
            f"{show(p1)} = {show_value(then, cap)}, a change of about {show_value(point, cap)}; the article says "
            f"{hedge_word(change)}{change.quantity.text.strip()}"
        )
        yield finding(
            NAME,
            [change, cap, p1, p0],
            message,
            verdict=verdict,
            computed={"implied_change": point, "interval": implied},
            tolerance=ROUNDING + "; the share count is taken as steady over the period",
        )


def money(value: float) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{fmt(value / size)} {word}"
    return fmt(value)


def _price_times_count(ctx: CheckContext) -> Iterator[Finding]:
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for claim in ctx.claims:
        by_sentence.setdefault(tuple(claim.sentence_span), []).append(claim)  # type: ignore[arg-type]
    for claims in by_sentence.values():
        prices = [c for c in claims if c.quantity.kind == QuantityKind.PER_UNIT and c.change is None]
        counts = [c for c in claims if c.quantity.kind == QuantityKind.COUNT and c.change is None]
        totals = [c for c in claims if c.quantity.kind == QuantityKind.MONEY and c.change is None]
        for price in prices:
            noun = (price.quantity.noun or "").rstrip("s")
            count = next((c for c in counts if noun and _noun(c) == noun), None)
            if count is None:
                continue
            currency = price.quantity.unit.split("/")[0].strip()
            same_currency = [t for t in totals if t.quantity.unit == currency]
            if not same_currency:
                continue
            total = min(same_currency, key=lambda t: abs(t.span[0] - price.span[0]))
            computed = interval(price) * interval(count)
            point = price.quantity.value * count.quantity.value
            verdict = judge(computed, interval(total), point)
            yield finding(
                NAME,
                [total, count, price],
                f"{show(count)} x {show(price)} = {fmt(point)}; the article says {show(total)}",
                verdict=verdict,
                computed={"product": point, "interval": computed},
                tolerance=ROUNDING,
            )


def _noun(claim: Claim) -> str:
    return (claim.quantity.noun or claim.quantity.unit or "").rstrip("s")


_PAREN = re.compile(r"^\s*\(\s*$")


def _exchange_rates(ctx: CheckContext) -> Iterator[Finding]:
    money = sorted((c for c in ctx.claims if c.quantity.kind == QuantityKind.MONEY), key=lambda c: c.span[0])
    pairs: dict[tuple[str, str], list[tuple[Claim, Claim, Interval, float]]] = {}
    for a, b in pairwise(money):
        if a.quantity.unit == b.quantity.unit or not a.quantity.unit or not b.quantity.unit:
            continue
        if not _PAREN.match(ctx.text[a.span[1] : b.span[0]]):
            continue
        if b.quantity.value == 0:
            continue
        key = (a.quantity.unit, b.quantity.unit)
        # 1% slack: round conversions ("around $20,000 (£15,320)") carry more rounding than their digits show.
        rate = (interval(a) / interval(b)).widen(abs(a.quantity.value / b.quantity.value) * 0.01)
        pairs.setdefault(key, []).append((a, b, rate, a.quantity.value / b.quantity.value))
    for (ua, ub), items in pairs.items():
        if len(items) < 2:
            continue
        rates = ", ".join(fmt(i[3]) for i in items)
        odd = [i for i in items if not all(i[2].overlaps(o[2]) for o in items)]
        claims = [c for i in (odd or items) for c in i[:2]]
        if not odd:
            yield finding(
                NAME,
                claims,
                f"{len(items)} conversions {ua}/{ub} give one rate within rounding ({rates})",
                verdict=judge(Interval.point(0), Interval.point(0), 0),
                computed={"rates": [i[3] for i in items]},
                tolerance=ROUNDING,
            )
            continue
        lo = min(i[2].hi for i in items)
        hi = max(i[2].lo for i in items)
        yield finding(
            NAME,
            claims,
            f"the article's conversions {ua}/{ub} imply different rates ({rates}); "
            f"one exchange rate should apply across the article",
            verdict=judge(Interval.point(lo), Interval.point(hi), lo),
            computed={"rates": [i[3] for i in items]},
            tolerance=ROUNDING,
        )


_OR_PER_SHARE = re.compile(r"^\s*,?\s*or\s+$", re.IGNORECASE)


def _per_share(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind in (QuantityKind.PER_UNIT, QuantityKind.MONEY) and (
        "share" in (q.noun or "") or "share" in q.unit or "cent" in q.text.lower() or q.kind == QuantityKind.PER_UNIT
    )


def _share_count(ctx: CheckContext) -> Iterator[Finding]:
    implied: list[tuple[Claim, Claim, Interval, float]] = []
    ordered = sorted(ctx.claims, key=lambda c: c.span[0])
    for total, per in pairwise(ordered):
        if total.quantity.kind != QuantityKind.MONEY or total.change is not None or not _per_share(per):
            continue
        if not _OR_PER_SHARE.match(ctx.text[total.span[1] : per.span[0]]):
            continue
        if per.quantity.value <= 0 or total.quantity.value <= 0 or total.quantity.value < 1000 * per.quantity.value:
            continue
        implied.append((total, per, interval(total) / interval(per), total.quantity.value / per.quantity.value))
    for (t0, p0, i0, v0), (t1, p1, i1, v1) in pairwise(implied):
        # Two implied counts agree when some pair of values within their intervals is within 5%.
        holds = i0.hi * 1.05 >= i1.lo and i1.hi * 1.05 >= i0.lo
        yield finding(
            NAME,
            [t0, p0, t1, p1],
            f"{show(t0)} / {show(p0)} = {money(v0)} shares and {show(t1)} / {show(p1)} = {money(v1)} shares"
            + ("" if holds else ": the share count cannot change that much"),
            verdict=Verdict(holds, False, False),
            computed={"shares": [v0, v1]},
            tolerance="implied share counts over rounding intervals must agree within 5%",
        )


_QUARTERLY = re.compile(r"\bquarterly\b", re.IGNORECASE)
_ANNUAL = re.compile(r"\b(annuali[sz]ed|annual basis|a year|per year|annually|yearly)\b", re.IGNORECASE)


def _quarterly_annual(ctx: CheckContext) -> Iterator[Finding]:
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for claim in ctx.claims:
        by_sentence.setdefault(tuple(claim.sentence_span), []).append(claim)  # type: ignore[arg-type]
    for (start, end), claims in by_sentence.items():
        sentence = ctx.text[start:end]
        if not (_QUARTERLY.search(sentence) and _ANNUAL.search(sentence)):
            continue
        amounts = sorted(
            (c for c in claims if c.quantity.kind in (QuantityKind.MONEY, QuantityKind.PER_UNIT) and c.change is None),
            key=lambda c: c.span[0],
        )
        if len(amounts) < 2 or len(amounts) % 2:
            continue
        half = len(amounts) // 2
        for q, a in zip(amounts[:half], amounts[half:], strict=True):
            computed = interval(q) * 4
            point = q.quantity.value * 4
            yield finding(
                NAME,
                [q, a],
                f"quarterly {show(q)} x 4 = {fmt(point)} a year; the article says {show(a)}",
                verdict=judge(computed, interval(a), point),
                computed={"annual": point},
                tolerance=ROUNDING,
            )


def _signed_pct(claim: Claim) -> Interval:
    return signed(claim)


_PRICE_WORDS = re.compile(
    r"\b(shares?|stocks?|index|indices|price|points|sensex|nifty|dow|nasdaq|s&p|ftse|nikkei|benchmark)\b", re.IGNORECASE
)


def _market_moves_with_price(ctx: CheckContext) -> Iterator[Finding]:
    from factcheck.checks.base import from_to_pairs, is_relative_change
    from factcheck.intervals import percent_change

    # The lead price or index move: a revenue or profit growth rate says nothing about market value.
    moves = [
        c
        for c in ctx.claims
        if is_relative_change(c)
        and "point" not in ctx.text[c.span[1] : c.span[1] + 12]
        and (c.metric == Metric.PRICE_CHANGE or _PRICE_WORDS.search(c.text))
    ]
    if not moves:
        return
    lead = moves[0]
    p = signed(lead)
    caps: list[tuple[list[Claim], Interval, float]] = []
    for start, end in from_to_pairs(ctx):
        is_cap = Metric.MARKET_CAP in (start.metric, end.metric) or "market cap" in start.text.lower()
        if is_cap and start.quantity.value:
            pct_iv = percent_change(interval(start), interval(end))
            caps.append(([start, end], pct_iv, (end.quantity.value / start.quantity.value - 1) * 100))
    for change in ctx.claims:
        if (
            change.change is None
            or change.change.kind != ChangeKind.ABSOLUTE
            or change.quantity.kind != QuantityKind.MONEY
        ):
            continue
        if change.metric != Metric.MARKET_VALUE_CHANGE and "market cap" not in change.text.lower():
            continue
        from factcheck.checks.base import cue_to

        to = cue_to(ctx, change)
        if to is None or to.quantity.kind != QuantityKind.MONEY:
            continue
        d = signed(change)
        start_iv = interval(to) - d
        d_point = d.mid
        base = to.quantity.value - d_point
        if base > 0:
            caps.append(([change, to], d / start_iv * 100, d_point / base * 100))
    for claims, cap_iv, cap_point in caps:
        if lead in claims:
            continue
        low = Interval(min(p.lo / 3, p.lo * 3), max(p.hi / 3, p.hi * 3)).widen(2)
        holds = cap_iv.overlaps(low)
        gross = not holds and (cap_iv.hi < 0 < p.lo or p.hi < 0 < cap_iv.lo or abs(cap_point) > 10 * abs(p.mid) + 5)
        yield finding(
            NAME,
            [*claims, lead],
            f"market value {show(claims[0])} -> {show(claims[1])} is {cap_point:+.1f}% while the price/index moved "
            f"{p.mid:+.2f}% ({show(lead)})" + ("" if holds else "; a market value moves with its price"),
            verdict=Verdict(holds, False, gross),
            computed={"market_value_change_percent": cap_point, "price_change_percent": p.mid},
            tolerance="same direction, between a third and three times the price move, plus 2 points",
        )
