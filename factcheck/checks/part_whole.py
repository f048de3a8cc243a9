"""Part and whole: components add up to a stated total; a part is no larger than its whole.

Rules:

* Components vs total: a total followed by its breakdown in one sentence
  ("out of 4,560 shares, 2,559 advanced, 1,813 declined and 188 were
  unchanged"; "$14 billion -- $8 billion for X and $6 billion for Y") must
  equal the sum of the parts. A breakdown is recognised by its cue ("out of",
  "total", "of which", "including", a dash or colon after the total) and its
  parts are the levels of the same unit that follow it in the sentence.
* Segment lists: "broke down display revenue into four segments: A ($3.4
  billion), B ($891 million) ..." must add up to the total stated just before.
* One implied whole: each "units, taking P% of the market" pair implies a
  whole of units / P; all such wholes in an article must agree ("51.9 million
  devices, taking 14.7%" and "46.5 million shipments, 13.1%" both imply about
  354 million).
* A total rate lies between its parts' rates: a global growth rate is a
  weighted mean of its international and domestic rates ("Global traffic rose
  6.1% ... international 7.4%, while domestic 3.9%"; "as international and
  domestic cargo fell by 4.5% and 2.7% respectively"), so it cannot lie
  outside them. Parts are recognised by complementary words (international /
  overseas / foreign vs domestic / local / home); the total by "global",
  "total", "overall", "worldwide" or "industry" in the same or one of the two
  sentences before.
* Before/after-exceptional bridge: profit before an exceptional item, less the
  item (an impairment, write-down or exceptional charge), is the reported
  profit after it ("£1.3m before ... impairment of £88.4m ... reported loss of
  £87.1m"); a loss counts below zero. Results-statement comparatives in
  parentheses ("(2014: £9.9m)", "(2014: nil)") are bridged the same way.
* Divisions within the group: the sales (revenue, turnover) stated for an
  article's divisions, segments or units cannot add up to more than the total
  it states for the group. Only the excess is flagged: articles rarely name
  every division, so a shortfall says nothing.
* Part <= whole: a segment revenue stated for the same subject and period as
  the total revenue cannot exceed it.

Tolerance: sums over rounding intervals widened by hedges must overlap the
stated total. A breakdown more than 20x off is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import ROUNDING, CheckContext, Verdict, finding, interval, is_level, judge, same_unit, show
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
    yield from _segment_list(ctx)
    yield from _implied_whole(ctx)
    yield from _total_between_parts(ctx)
    yield from _exceptional_bridge(ctx)
    yield from _divisions_within_total(ctx)
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


_LIST_CUE = re.compile(
    r"\b(broke|breaks|broken|split|divided|segments|components|consists?|made up)\b[^:]*:\s*", re.IGNORECASE
)


def _segment_list(ctx: CheckContext) -> Iterator[Finding]:
    by_sentence: dict[tuple[int, int], list[Claim]] = {}
    for claim in ctx.claims:
        by_sentence.setdefault(tuple(claim.sentence_span), []).append(claim)  # type: ignore[arg-type]
    for (start, end), claims in by_sentence.items():
        cue = _LIST_CUE.search(ctx.text[start:end])
        if cue is None:
            continue
        colon = start + cue.end()
        parts = [c for c in claims if c.span[0] >= colon and is_level(c) and c.quantity.kind == QuantityKind.MONEY]
        if len(parts) < 2 or len({p.quantity.unit for p in parts}) != 1:
            continue
        before = [
            c
            for c in ctx.claims
            if c.span[1] <= colon
            and is_level(c)
            and same_unit(c, parts[0])
            and colon - c.span[1] < 300
            and c.quantity.value > max(p.quantity.value for p in parts)
        ]
        if not before:
            continue
        total = before[-1]
        computed = Interval.point(0)
        for part in parts:
            computed = computed + interval(part)
        point = sum(p.quantity.value for p in parts)
        yield finding(
            NAME,
            [total, *parts],
            f"{' + '.join(show(p) for p in parts)} = {fmt(point)}; the total stated before is {show(total)}",
            verdict=judge(computed, interval(total), point),
            computed={"sum": point, "interval": computed},
            tolerance=ROUNDING,
        )


_SHARE_OF = re.compile(
    r"^\s*(?:percent|per cent|%)?\s*(?:of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}(?:market|total|revenues?|sales|shipments)"
    r"|(?:market\s+)?share)",
    re.IGNORECASE,
)
_SHARE_BEFORE = re.compile(
    r"(share\s+(?:of|was|at|is)|accounting\s+for|accounted\s+for|contributed|taking|represent\w*)\s*$", re.IGNORECASE
)
_JOINER = re.compile(r"^[\s,]*(?:or|taking|representing|accounting for|shipping|with|and)?[\s,]*$", re.IGNORECASE)


def _is_share(ctx: CheckContext, claim: Claim) -> bool:
    q = claim.quantity
    if q.kind != QuantityKind.PERCENT or claim.change is not None:
        return False
    after = ctx.text[q.span[1] : q.span[1] + 60]
    before = ctx.text[max(0, q.span[0] - 30) : q.span[0]]
    return bool(_SHARE_OF.match(after) or _SHARE_BEFORE.search(before) or claim.metric == Metric.MARKET_SHARE)


def _units_for(ctx: CheckContext, share: Claim) -> Claim | None:
    levels = (QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.NUMBER)

    def gap(c: Claim) -> int:
        lo, hi = sorted([c.span, share.span])
        return hi[0] - lo[1]

    same = sorted((c for c in ctx.sentence_claims(share) if is_level(c) and c.quantity.kind in levels), key=gap)
    for c in same:
        lo, hi = sorted([c.span, share.span])
        gap = ctx.text[lo[1] : hi[0]]
        if len(gap) <= 45 and not any(
            o.quantity.kind == QuantityKind.PERCENT and lo[1] <= o.span[0] < hi[0] for o in ctx.claims
        ):
            return c
    if same:
        return None
    # "Search contributed 49% of revenue. That segment generated $7.3 billion": the next sentence's one amount.
    following = sorted({c.sentence_span for c in ctx.claims if c.span[0] >= share.sentence_span[1]})[:1]
    nxt = [
        c
        for c in ctx.claims
        if following and c.sentence_span == following[0] and is_level(c) and c.quantity.kind in levels
    ]
    if len(nxt) == 1 and re.match(
        r"\s*(That|This|The|Its|Revenue|Sales)\b", ctx.text[following[0][0] : following[0][0] + 12]
    ):
        return nxt[0]
    return None


def money(value: float) -> str:
    """A large figure in words: 1.16 billion, not 1,160,000,000."""
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{fmt(value / size)} {word}"
    return fmt(value)


def _implied_whole(ctx: CheckContext) -> Iterator[Finding]:
    wholes: list[tuple[Claim, Claim, Interval, float]] = []
    cued = [c for c in ctx.claims if _is_share(ctx, c)]
    for share in ctx.claims:
        if share.quantity.value <= 0 or share.quantity.kind != QuantityKind.PERCENT or share.change is not None:
            continue
        # "Samsung shipped 226 million, or 19 percent": beside other market shares, "X, or P%" is one too.
        beside = bool(cued) and bool(re.search(r"\bor\s+$", ctx.text[max(0, share.span[0] - 8) : share.span[0]]))
        if share not in cued and not beside:
            continue
        units = _units_for(ctx, share)
        if units is None:
            continue
        whole = interval(units) / (interval(share) / 100)
        wholes.append((units, share, whole, units.quantity.value / share.quantity.value * 100))
    by_kind: dict[tuple[str, str], list[tuple[Claim, Claim, Interval, float]]] = {}
    for item in wholes:
        unit = item[0].quantity.unit if item[0].quantity.kind == QuantityKind.MONEY else "count"
        kind = "money" if item[0].quantity.kind == QuantityKind.MONEY else "count"
        by_kind.setdefault((kind, unit), []).append(item)
    for items in by_kind.values():
        if len(items) < 2:
            continue
        odd = [i for i in items if sum(1 for o in items if o is not i and not i[2].overlaps(o[2])) * 2 >= len(items)]
        shown = "; ".join(f"{show(u)} / {show(s)} = {money(v)}" for u, s, _, v in items)
        claims = [c for i in (odd or items) for c in i[:2]]
        holds = not odd
        yield finding(
            NAME,
            claims,
            f"one whole implied {len(items)} ways: {shown}" + ("" if holds else "; they disagree"),
            verdict=Verdict(holds, False, False),
            computed={"wholes": [i[3] for i in items]},
            tolerance="each whole over the figures' rounding intervals; all must overlap",
        )


_PART_A = re.compile(r"\b(international|overseas|foreign)\b", re.IGNORECASE)
_PART_B = re.compile(r"\b(domestic|local|home)\b", re.IGNORECASE)
_TOTAL = re.compile(r"\b(global|total|overall|worldwide|industry|combined)\b", re.IGNORECASE)


def _rates(ctx: CheckContext, lo: int, hi: int) -> list[Claim]:
    return sorted(
        (c for c in ctx.claims if lo <= c.span[0] < hi and c.quantity.kind == QuantityKind.PERCENT),
        key=lambda c: c.span[0],
    )


def _magnitude(claim: Claim) -> Interval:
    iv = interval(claim)
    return Interval(abs(iv.lo), abs(iv.hi)) if iv.lo >= 0 or iv.hi <= 0 else Interval(0, max(-iv.lo, iv.hi))


def _total_between_parts(ctx: CheckContext) -> Iterator[Finding]:
    sentences = sorted({tuple(c.sentence_span) for c in ctx.claims})
    for index, (start, end) in enumerate(sentences):
        text = ctx.text[start:end]
        a, b = _PART_A.search(text), _PART_B.search(text)
        if a is None or b is None:
            continue
        triples: list[tuple[Claim, Claim, Claim]] = []
        if re.search(r"\brespectively\b", text, re.IGNORECASE):
            parts = _rates(ctx, start + min(a.start(), b.start()), end)
            totals = _rates(ctx, start, start + min(a.start(), b.start()))
            if len(parts) >= 2 and totals:
                first_is_a = a.start() < b.start()
                pa, pb = (parts[-2], parts[-1]) if first_is_a else (parts[-1], parts[-2])
                triples.append((totals[-1], pa, pb))
        elif a.start() < b.start():
            a_list = _rates(ctx, start + a.start(), start + b.start())
            b_list = _rates(ctx, start + b.start(), end)
            if a_list and len(a_list) == len(b_list):
                for previous in reversed(sentences[max(0, index - 2) : index]):
                    ptext = ctx.text[previous[0] : previous[1]]
                    totals = _rates(ctx, *previous)
                    if _TOTAL.search(ptext) and len(totals) == len(a_list):
                        triples.extend(zip(totals, a_list, b_list, strict=True))
                        break
        for total, pa, pb in triples:
            if len({direction_of(c) for c in (total, pa, pb)} - {0}) > 1:
                continue  # parts moving opposite ways: magnitudes say nothing
            t, x, y = _magnitude(total), _magnitude(pa), _magnitude(pb)
            span = Interval(min(x.lo, y.lo), max(x.hi, y.hi))
            holds = t.overlaps(span)
            yield finding(
                NAME,
                [total, pa, pb],
                f"the total rate {show(total)} "
                + ("lies" if holds else "should lie, but does not lie,")
                + f" between its parts {show(pa)} and {show(pb)}",
                verdict=Verdict(holds, False, False),
                tolerance="a weighted mean lies between its parts; rounding intervals",
            )


def direction_of(claim: Claim) -> int:
    return 0 if claim.change is None else (1 if claim.change.direction > 0 else -1)


_BEFORE_ITEM = re.compile(
    r"\b(before\s+(?:one-off\s+|the\s+)?exceptional|underlying|before\s+(?:one-off\s+)?items)\b", re.I
)
_AFTER_ITEM = re.compile(r"\b(after\s+(?:the\s+)?exceptional|reported|statutory)\b", re.I)
_ITEM = re.compile(
    r"\b(impairment|write-?down|exceptional\s+(?:item|charge|cost)s?|one-off\s+charge)\b[^.\n]{0,20}$", re.I
)
_COMPARATIVE = re.compile(r"\(\s*(?:19|20)\d\d:\s*(?:profit\s+of\s+|loss\s+of\s+)?$", re.I)


def _line_lead(ctx: CheckContext, claim: Claim) -> str:
    start = max(ctx.text.rfind("\n", 0, claim.span[0]) + 1, claim.sentence_span[0], claim.span[0] - 120)
    return ctx.text[start : claim.span[0]]


def _signed_profit(ctx: CheckContext, claim: Claim) -> Interval:
    iv = interval(claim)
    lead = _line_lead(ctx, claim)[-60:].lower()
    return -iv if re.search(r"\bloss\b", lead) and not re.search(r"\bprofit of\s*$", lead) else iv


def _comparative(ctx: CheckContext, claim: Claim) -> Claim | None:
    money = [c for c in ctx.claims if c.span[0] > claim.span[1] and c.quantity.kind == QuantityKind.MONEY]
    if (
        money
        and money[0].span[0] - claim.span[1] < 30
        and _COMPARATIVE.search(ctx.text[claim.span[1] : money[0].span[0]])
    ):
        return money[0]
    return None


def _exceptional_bridge(ctx: CheckContext) -> Iterator[Finding]:
    money = [c for c in ctx.claims if c.quantity.kind == QuantityKind.MONEY and c.change is None]
    current = [c for c in money if not _COMPARATIVE.search(ctx.text[max(0, c.span[0] - 30) : c.span[0]])]
    before = next((c for c in current if _BEFORE_ITEM.search(_line_lead(ctx, c))), None)
    item = next(
        (
            c
            for c in current
            if _ITEM.search(_line_lead(ctx, c)[-60:])
            and not _BEFORE_ITEM.search(_line_lead(ctx, c))
            and not _AFTER_ITEM.search(_line_lead(ctx, c))
        ),
        None,
    )
    after = next((c for c in current if _AFTER_ITEM.search(_line_lead(ctx, c)) and c is not before), None)
    if before is None or item is None or after is None or len({before.id, item.id, after.id}) < 3:
        return
    b, i, a = _signed_profit(ctx, before), interval(item), _signed_profit(ctx, after)
    computed = b - i
    point = b.mid - i.mid
    yield finding(
        NAME,
        [before, item, after],
        f"{show(before)} before the item less {show(item)} is {money_word(point)}; the article reports "
        + ("a loss of " if a.mid < 0 else "")
        + show(after),
        verdict=judge(computed, a, point),
        tolerance=ROUNDING,
    )
    # The comparatives: "(2014: £9.9m)" before, "(2014: nil)" item, "(2014: profit of £9.9m)" after.
    b0, a0 = _comparative(ctx, before), _comparative(ctx, after)
    nil = re.match(r"\s*\(\s*(?:19|20)\d\d:\s*nil\s*\)", ctx.text[item.span[1] : item.span[1] + 20], re.I)
    i0 = _comparative(ctx, item)
    if b0 is None or a0 is None or (i0 is None and not nil):
        return
    prior_item = Interval.point(0) if i0 is None else interval(i0)
    computed0 = _signed_profit(ctx, b0) - prior_item
    yield finding(
        NAME,
        [c for c in (b0, i0, a0) if c is not None],
        f"comparative: {show(b0)} less {'nil' if i0 is None else show(i0)} is {money_word(computed0.mid)}; "
        f"the article reports {show(a0)}",
        verdict=judge(computed0, _signed_profit(ctx, a0), computed0.mid),
        tolerance=ROUNDING,
    )


def money_word(value: float) -> str:
    return ("-" if value < 0 else "") + money(abs(value))


_METRIC_WORD = re.compile(r"\b(sales|revenues?|turnover)\b", re.IGNORECASE)
_TOTAL_WORD = re.compile(r"\b(total|group|overall|company-wide|consolidated)\b", re.IGNORECASE)
_DIVISION_WORD = re.compile(r"\b(division|segment|unit|arm|business)\b", re.IGNORECASE)


def _figure_after_word(ctx: CheckContext, sentence: tuple[int, int]) -> tuple[str, Claim] | None:
    """The first amount after "sales"/"revenue" in a sentence, with the word."""
    word = _METRIC_WORD.search(ctx.text, sentence[0], sentence[1])
    if word is None:
        return None
    for claim in sorted(ctx.claims, key=lambda c: c.span[0]):
        near = word.end() <= claim.span[0] < min(sentence[1], word.end() + 60)
        if near and claim.quantity.kind == QuantityKind.MONEY and claim.change is None:
            return word.group(1).lower().rstrip("s"), claim
    return None


def _divisions_within_total(ctx: CheckContext) -> Iterator[Finding]:
    from factcheck.checks.growth_vs_prior import _is_prior

    sentences = sorted({tuple(c.sentence_span) for c in ctx.claims})
    totals, parts = [], []
    for sentence in sentences:
        found = _figure_after_word(ctx, sentence)  # type: ignore[arg-type]
        if found is None or _is_prior(ctx, found[1]):
            continue
        lead = ctx.text[sentence[0] : found[1].span[0]]
        if _DIVISION_WORD.search(lead):
            parts.append(found)
        elif _TOTAL_WORD.search(lead):
            totals.append(found)
    if len(totals) != 1 or len(parts) < 2:
        return
    word, total = totals[0]
    same = [c for w, c in parts if w == word and c.quantity.unit == total.quantity.unit]
    if len(same) < 2:
        return
    summed = Interval.point(0)
    for part in same:
        summed = summed + interval(part)
    point = sum(c.quantity.value for c in same)
    holds = summed.lo <= interval(total).hi
    yield finding(
        NAME,
        [total, *same],
        f"divisions' {word}s {' + '.join(show(c) for c in same)} = {money(point)} "
        + ("fit within" if holds else "exceed")
        + f" the group total of {show(total)}",
        verdict=Verdict(holds, False, False),
        tolerance="sum of the parts' rounding intervals may not exceed the total's",
    )
