"""What every check shares: the article context, claim helpers, verdicts and findings."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from factcheck.claim import ChangeKind, Claim, Metric, TimeKind, TimeRef
from factcheck.finding import Finding, Severity, Status
from factcheck.intervals import Interval, fmt
from factcheck.quantity import Hedge, QuantityKind

LEVEL_KINDS = {
    QuantityKind.MONEY,
    QuantityKind.COUNT,
    QuantityKind.NUMBER,
    QuantityKind.PER_UNIT,
    QuantityKind.DIMENSION,
}

_YEAR = re.compile(r"(?<![\d.,$£€¥])((?:19|20)\d\d)(?![\d%])")


@dataclass
class CheckContext:
    """The article as the checks see it: its text, its claims and optional sources."""

    text: str
    claims: Sequence[Claim]
    sources: Any = None
    by_id: dict[str, Claim] = field(init=False)

    def __post_init__(self) -> None:
        self.claims = [c for c in self.claims if isinstance(c, Claim)]
        self.by_id = {c.id: c for c in self.claims}

    def related(self, claim: Claim, role: str) -> Claim | None:
        target = claim.related.get(role)
        return self.by_id.get(target) if target else None

    def sentence_claims(self, claim: Claim) -> list[Claim]:
        return [c for c in self.claims if c.sentence_span == claim.sentence_span]

    @cached_property
    def article_date(self) -> Interval:
        """When the article was written, in fractional years; wide when unknown.

        A ``published`` date in ``sources`` wins. Otherwise the latest past year the
        article mentions is taken as its year: news reports the latest period it
        knows, and forecasts ("by 2030") are excluded by their future direction.
        """
        published = _published(self.sources)
        if published is not None:
            return Interval.point(published)
        years: list[int] = []
        for claim in self.claims:
            for ref in (claim.period, claim.baseline):
                if ref is not None and ref.year and ref.direction != "future":
                    years.append(ref.year)
        if not years:
            years = [int(m.group(1)) for m in _YEAR.finditer(self.text)]
            years = [y for y in years if 1900 < y < 2100]
        if not years:
            return Interval.everything()
        year = max(years)
        return Interval(year, year + 1)

    def time_of(self, ref: TimeRef | None) -> Interval | None:
        """The stretch of time a reference can mean, in fractional years."""
        if ref is None:
            return None
        return time_interval(ref, self.article_date)


def _published(sources: Any) -> float | None:
    if not isinstance(sources, dict):
        return None
    value = sources.get("published") or sources.get("date")
    try:
        if hasattr(value, "year"):
            return value.year + (value.month - 1) / 12 + (getattr(value, "day", 1) - 1) / 365
        if isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d", value):
            y, m, d = (int(x) for x in value[:10].split("-"))
            return y + (m - 1) / 12 + (d - 1) / 365
    except (TypeError, ValueError):
        return None
    return None


_PARTS = {
    "start": (0.0, 2 / 12),
    "beginning": (0.0, 2 / 12),
    "early": (0.0, 4 / 12),
    "mid": (4 / 12, 8 / 12),
    "middle": (4 / 12, 8 / 12),
    "late": (8 / 12, 1.0),
    "end": (10 / 12, 1.0),
}


def time_interval(ref: TimeRef, article: Interval) -> Interval | None:
    months = ref.months
    if ref.kind in (TimeKind.BASELINE, TimeKind.WINDOW) and months is not None and ref.year is None:
        shift = months / 12
        return article - shift if ref.direction != "future" else article + shift
    if ref.year is None:
        if ref.kind == TimeKind.DATE:
            return article  # "Monday": the day of the article
        return None
    year = float(ref.year)
    if ref.month:
        start = year + (ref.month - 1) / 12
        if ref.day:
            start += (ref.day - 1) / 365
            return Interval(start, start + 1 / 365)
        return Interval(start, start + 1 / 12)
    if ref.quarter:
        return Interval(year + (ref.quarter - 1) / 4, year + ref.quarter / 4)
    if ref.part and ref.part.lower() in _PARTS:
        lo, hi = _PARTS[ref.part.lower()]
        return Interval(year + lo, year + hi)
    return Interval(year, year + 1)


# claims --------------------------------------------------------------------------


def interval(claim: Claim) -> Interval:
    return Interval.from_quantity(claim.quantity)


def rounding_interval(claim: Claim) -> Interval:
    """The printed figure's own rounding, without the hedge's widening."""
    q = claim.quantity
    return Interval.around(q.value, q.rounding or 0.0)


def is_change(claim: Claim) -> bool:
    return claim.change is not None


def is_relative_change(claim: Claim) -> bool:
    return (
        claim.change is not None
        and claim.change.kind == ChangeKind.RELATIVE
        and claim.quantity.kind == QuantityKind.PERCENT
    )


def direction(claim: Claim) -> int:
    if claim.change is None:
        return 1
    return -1 if claim.change.direction < 0 else 1


def signed(claim: Claim, value: Interval | None = None) -> Interval:
    """The claim's interval with the sign its change verb gives it ("fell 5%" is -5)."""
    base = interval(claim) if value is None else value
    if claim.change is None:
        return base
    # Extraction prints magnitudes; a stray negative value is read as already signed.
    if claim.quantity.value < 0:
        return base
    return -base if direction(claim) < 0 else base


def is_level(claim: Claim) -> bool:
    return claim.change is None and claim.quantity.kind in LEVEL_KINDS


def _norm(text: str | None) -> str:
    if not text:
        return ""
    text = text.lower()
    text = re.sub(r"['’]s\b", "", text)
    text = re.sub(r"\b(the|inc|corp|group|holding|co|ltd|plc)\b\.?", " ", text)
    return " ".join(text.split())


def same_subject(a: Claim, b: Claim) -> bool | None:
    """True/False when both subjects are known, None when either is missing."""
    sa, sb = _norm(a.subject), _norm(b.subject)
    if not sa or not sb:
        return None
    if sa == sb or sa in sb or sb in sa:
        return True
    wa, wb = set(sa.split()), set(sb.split())
    return bool(wa & wb)


def same_metric(a: Claim, b: Claim) -> bool:
    if a.metric == Metric.UNKNOWN or b.metric == Metric.UNKNOWN:
        return True
    return a.metric == b.metric


def same_unit(a: Claim, b: Claim) -> bool:
    qa, qb = a.quantity, b.quantity
    if {qa.kind, qb.kind} == {QuantityKind.NUMBER, QuantityKind.COUNT}:
        return True  # "4.26m" and "4.74m people": the noun is often printed once
    if qa.kind != qb.kind:
        return False
    if (qa.unit or "").lower() != (qb.unit or "").lower():
        return False
    if qa.kind in (QuantityKind.PER_UNIT, QuantityKind.COUNT):
        return _norm(qa.noun) == _norm(qb.noun) or not qa.noun or not qb.noun
    return True


def comparable_levels(a: Claim, b: Claim) -> bool:
    """Two levels that could be the same series at two times."""
    return (
        a.id != b.id and is_level(a) and is_level(b) and same_unit(a, b) and same_metric(a, b)
    )  # subjects are left out on purpose: extraction's subjects are too noisy to veto a pair


# verdicts ------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    holds: bool
    within_rounding: bool
    gross: bool


def judge(computed: Interval, stated: Interval, computed_point: float, stated_point: Interval | None = None) -> Verdict:
    """Does the interval computed from the inputs overlap the stated one?

    ``within_rounding`` marks a relation that holds only because the inputs'
    rounding intervals reach the stated figure; the point computation alone misses.
    ``gross`` marks a failure no rounding could explain: a flipped sign or a
    ratio of 20 or more (a thousand/million/billion slip).
    """
    holds = computed.overlaps(stated)
    target = stated if stated_point is None else stated_point
    within = holds and not target.widen(abs(computed_point) * 1e-9).contains(computed_point)
    return Verdict(holds, within, (not holds) and is_gross(computed, stated))


def is_gross(computed: Interval, stated: Interval) -> bool:
    if computed.hi < 0 < stated.lo or stated.hi < 0 < computed.lo:
        return True
    a, b = abs(computed.mid), abs(stated.mid)
    if a > 0 and b > 0 and math.isfinite(a) and math.isfinite(b):
        ratio = max(a, b) / min(a, b)
        return ratio >= 20
    return False


def spans_of(claims: Iterable[Claim]) -> list[tuple[int, int]]:
    seen: list[tuple[int, int]] = []
    for claim in claims:
        span = tuple(claim.span)
        if span not in seen:
            seen.append(span)  # type: ignore[arg-type]
    return seen


def finding(
    check: str,
    claims: Sequence[Claim],
    message: str,
    *,
    verdict: Verdict | None = None,
    status: Status | None = None,
    severity: Severity | None = None,
    computed: dict[str, Any] | None = None,
    tolerance: str | None = None,
    extra_spans: Sequence[tuple[int, int]] = (),
) -> Finding:
    """A Finding for ``claims``; status and severity follow the verdict unless given."""
    if status is None:
        status = Status.INDETERMINATE if verdict is None else (Status.PASS if verdict.holds else Status.FAIL)
    if severity is None:
        if status == Status.FAIL:
            severity = Severity.ERROR if verdict is not None and verdict.gross else Severity.WARNING
        else:
            severity = Severity.INFO
    within = bool(verdict and verdict.holds and verdict.within_rounding)
    if within and "within rounding" not in message:
        message += " (consistent within rounding)"
    spans = spans_of(claims)
    for span in extra_spans:
        if span not in spans:
            spans.append(span)
    return Finding(
        check=check,
        status=status,
        severity=severity,
        message=message,
        spans=spans,
        claims=[c.id for c in claims],
        computed={k: _jsonable(v) for k, v in (computed or {}).items()},
        tolerance=tolerance,
        within_rounding=within,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, Interval):
        return [_jsonable(value.lo), _jsonable(value.hi)]
    if isinstance(value, float):
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if math.isnan(value):
            return None
        return round(value, 6)
    return value


def show(claim: Claim) -> str:
    """The figure as the article printed it."""
    return claim.quantity.text.strip() or fmt(claim.quantity.value)


def pct(value: float) -> str:
    return f"{'+' if value > 0 else ''}{fmt(value, 3)}%"


def hedge_word(claim: Claim) -> str:
    return "" if claim.quantity.hedge == Hedge.EXACT else f"{claim.quantity.hedge.value} "


ROUNDING = "inputs and stated figure each stand for their rounding interval (half a unit in the last digit) widened by their hedge; holds when the intervals overlap"  # noqa: E501


# relation cues over the sentence text ------------------------------------------------
# Extraction's ``related`` links win; these narrow cues only fill in when it left them out.

_FROM_CUE = re.compile(
    r"\b(from|against|versus|vs\.?|compared\s+(?:with|to)|over|as\s+against|up\s+from|down\s+from|ahead\s+of"
    r"|up\s+on|down\s+on|behind|when\s+it\s+was|when\s+it\s+stood\s+at)\b",
    re.IGNORECASE,
)
_TO_CUE = re.compile(r"\b(to|at)\b[^.;]*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;.!?]\s|\bwhile\b|\bwhereas\b|\bbut\b", re.IGNORECASE)


def _between(ctx: CheckContext, a: Claim, b: Claim) -> str:
    lo, hi = sorted([a.span, b.span])
    return ctx.text[lo[1] : hi[0]]


def _claims_between(ctx: CheckContext, a: Claim, b: Claim) -> list[Claim]:
    lo, hi = sorted([a.span, b.span])
    return [c for c in ctx.claims if lo[1] <= c.span[0] and c.span[1] <= hi[0]]


def _kindred(a: Claim, b: Claim) -> bool:
    """Same kind of figure: a per-share amount between two totals does not interrupt them."""
    loose = {QuantityKind.NUMBER, QuantityKind.COUNT}
    return a.quantity.kind == b.quantity.kind or (a.quantity.kind in loose and b.quantity.kind in loose)


_AFTER_FROM = re.compile(
    r"\b(from|against|versus|vs\.?|compared\s+(?:with|to)|as\s+against|over|since)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:[\w’'-]+\s+){0,4}(?:of\s+|at\s+)?$",
    re.IGNORECASE,
)


def cue_from(ctx: CheckContext, claim: Claim) -> Claim | None:
    """The start level: "... from/against/compared with <level>" after the change, else ``related['from']``."""
    for other in sorted(ctx.sentence_claims(claim), key=lambda c: c.span[0]):
        if other.span[0] <= claim.span[1] or not is_level(other):
            continue
        gap = _between(ctx, claim, other)
        if len(gap) > 110 or _CLAUSE_BREAK.search(gap):
            break
        cue = list(_FROM_CUE.finditer(gap))
        if cue and (len(gap[cue[-1].end() :].split()) > 5 or re.search(r"--|—|:", gap[cue[-1].end() :])):
            continue  # "over three years -- $8 billion": the cue word governs something else
        if cue and claim.change is None and re.search(r"\bto\b", gap[: cue[-1].start()]):
            break  # "X to Y, ... from Z": Z starts another pair, not X's
        if cue and not re.search(r"\bto\b", gap[cue[-1].end() :]):
            between = [
                c
                for c in _claims_between(ctx, claim, other)
                if is_level(c) and (_kindred(c, other) or same_family(c, other))
            ]
            # A change may have its end level between it and its start ("rose 5% to $11 from $10"), no more;
            # "grew 1.8%, leaving a surplus of $82.6 billion, up from $65.5 billion" pairs the surplus, not the 1.8%.
            if (between and not claim.change) or len(between) > 1:
                break
            if between and _text_to(ctx, claim) is not between[0]:
                break
            return other
    linked = ctx.related(claim, "from")
    if linked is None or not is_level(linked) or linked.span == claim.span:
        return None
    if linked.sentence_span == claim.sentence_span and not _CLAUSE_BREAK.search(_between(ctx, claim, linked)):
        return linked
    # Across sentences only when extraction also gave the end and the start links to that same end.
    to = claim.related.get("to")
    if to and linked.related.get("to") == to:
        return linked
    return None


_CONSEQUENCE = re.compile(r"\b(leaving|giving|making|taking|bringing|with|while|whereas|but)\b", re.IGNORECASE)


def _text_to(ctx: CheckContext, claim: Claim) -> Claim | None:
    sentence = sorted(ctx.sentence_claims(claim), key=lambda c: c.span[0])
    after = [c for c in sentence if c.span[0] >= claim.span[1]]
    for other in after:
        gap = _between(ctx, claim, other)
        if len(gap) > 60 or _CLAUSE_BREAK.search(gap):
            break
        if is_level(other):
            if re.search(
                r"\b(to|at)\s*(?:a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}$", gap, re.IGNORECASE
            ) and not _FROM_CUE.search(gap):
                return other
            if not is_change(other):
                break
    before = [c for c in sentence if c.span[1] <= claim.span[0]]
    for other in reversed(before):
        gap = _between(ctx, other, claim)
        if len(gap) > 70 or _CLAUSE_BREAK.search(gap) or re.search(r"\bfrom\b", gap, re.IGNORECASE):
            break
        if is_level(other):
            if any(is_level(c) and _kindred(c, other) for c in _claims_between(ctx, other, claim)):
                break
            lead = ctx.text[max(0, other.span[0] - 25) : other.span[0]]
            if _AFTER_FROM.search(lead):
                break
            if re.search(r"\b(at|to|was|of|stood|closing|closed|reached|hit|totalling|totaling)\b", lead, re.I) or (
                gap.strip().startswith(",")
            ):
                return other
            break
    return None


def cue_to(ctx: CheckContext, claim: Claim) -> Claim | None:
    """The end level: "<level>, up 5%" or "up 5% to/at <level>", else ``related['to'/'of']``.

    The sentence cues win over extraction's link because a level set against the
    change with "from"/"compared with" is its start, whatever the link says.
    """
    found = _text_to(ctx, claim)
    if found is not None:
        return found
    for role in ("to", "of"):
        linked = ctx.related(claim, role)
        if linked is None or not is_level(linked) or linked.span == claim.span:
            continue
        if linked.sentence_span != claim.sentence_span and role == "of":
            continue  # the level a change is "of" stands in its own clause
        if _CONSEQUENCE.search(_between(ctx, claim, linked)):
            continue  # "grew 1.8%, leaving a surplus of $82.6 billion": another quantity
        lead = ctx.text[max(linked.sentence_span[0], linked.span[0] - 40) : linked.span[0]]
        if _AFTER_FROM.search(lead):
            continue
        return linked
    return None


_YEAR_BASIS = re.compile(
    r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|a year (?:ago|earlier)|year[- ]ago|last year|previous year"
    r"|same (?:period|quarter|month|time)|year[- ]on period|a year before|on the year|annual",
    re.IGNORECASE,
)
_QUARTER_BASIS = re.compile(
    r"quarter[- ]on[- ]quarter|\bqoq\b|sequential|preceding quarter|previous quarter|prior quarter|last quarter"
    r"|quarter[- ]over[- ]quarter",
    re.IGNORECASE,
)
_MONTH_BASIS = re.compile(r"month[- ]on[- ]month|previous month|last month|from (?:the )?month before", re.IGNORECASE)


def basis(text: str) -> str | None:
    """Which comparison a clause makes: 'year', 'quarter' or 'month' (None when it says nothing)."""
    found = {
        name
        for name, pattern in (("quarter", _QUARTER_BASIS), ("year", _YEAR_BASIS), ("month", _MONTH_BASIS))
        if pattern.search(text)
    }
    if found == {"year", "quarter"}:
        # "in the year-ago quarter" is a year basis; "quarter-on-quarter" alone is not.
        return "quarter" if re.search(r"quarter[- ]on[- ]quarter|\bqoq\b|sequential", text, re.IGNORECASE) else "year"
    return found.pop() if len(found) == 1 else None


def claim_basis(ctx: CheckContext, claim: Claim) -> str | None:
    if claim.baseline is not None and claim.baseline.months:
        months = claim.baseline.months
        return "year" if months >= 11 else "quarter" if months >= 3 else "month"
    start, end = claim.sentence_span
    window = ctx.text[max(start, claim.span[0] - 80) : min(end, claim.span[1] + 100)]
    return basis(window)


def same_family(a: Claim, b: Claim) -> bool:
    """Same unit, or the same currency printed once as an amount and once per share."""
    if same_unit(a, b):
        return True
    ka, kb = a.quantity.kind, b.quantity.kind
    money = {QuantityKind.MONEY, QuantityKind.PER_UNIT}
    if ka in money and kb in money:
        return a.quantity.unit.split("/")[0].strip() == b.quantity.unit.split("/")[0].strip()
    loose = {QuantityKind.NUMBER, QuantityKind.COUNT}
    return ka in loose and kb in loose


def from_to_pairs(ctx: CheckContext) -> list[tuple[Claim, Claim]]:
    """(start, end) level pairs the sentences state: "from X to Y" first, then "Y, up from X"."""
    pairs: list[tuple[Claim, Claim]] = []
    for end in ctx.claims:
        if not is_level(end):
            continue
        for other in ctx.sentence_claims(end):
            if other.span[1] > end.span[0] or not is_level(other) or not same_family(other, end):
                continue
            gap = ctx.text[other.span[1] : end.span[0]]
            lead = ctx.text[max(other.sentence_span[0], other.span[0] - 12) : other.span[0]]
            if re.search(r"\bfrom\s+(?:a\s+|an\s+|the\s+)?$", lead, re.I) and re.fullmatch(
                r"\s*(?:[^\s.;]+\s+){0,4}?to\s+(?:a\s+|an\s+)?", gap
            ):
                pairs.append((other, end))
    starts = {s.id for s, _ in pairs}
    ends = {e.id for _, e in pairs}
    for end in ctx.claims:
        if not is_level(end) or end.id in ends:
            continue
        start = cue_from(ctx, end)
        if start is not None and start.id not in starts and same_family(start, end):
            pairs.append((start, end))
    return pairs


def show_value(value: float, like: Claim) -> str:
    """A computed figure printed the way ``like`` is: "$35.56 billion", not 35,555,555,556."""
    text = like.quantity.text.strip()
    match = re.match(r"^\D*?(?=\d)", text)
    prefix = match.group(0) if match else ""
    if re.search(r"[A-Za-z]{3,}", prefix):
        prefix = ""  # a hedge word ("over ", "around "), not a currency
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if magnitude >= size:
            return f"{sign}{prefix}{fmt(magnitude / size)} {word}"
    return f"{sign}{prefix}{fmt(magnitude)}"
