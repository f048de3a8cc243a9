"""Time windows: "N-year high" vs "highest since <date>", "N years since <year>".

Rule: an extreme stated over a window ("a three-year high", "the highest level
in more than seven years", "its weakest level in just over 32 years") must
agree with the date it is said to be the extreme since ("hasn't been this high
since late 2021", "the highest since October 2014", "since August 1990"),
measured from the article's date. "N years since <year>" must match the
years' difference. "N-year high" allows N to N+1 years (a writer rounds a
3.3-year window down to "three-year"); "more than N" needs more than N;
"just over N" allows N to N+0.5. When the article's date is unknown the
window is measured from the latest year it mentions (a whole year wide).

A streak ("for a fifth consecutive year") must match the years it spans: with
the streak's first year stated nearby ("Before 2015, only ..."; "since 2015";
"every year since 2015") and the article's year, N = year - first + 1 (one
either way for an undated article year).

A total over a window restated per year ("$30 billion over five years, or
about $6 billion a year") must agree: total = years x per-year amount. Only a
restatement in the same sentence is compared; a per-year figure elsewhere is
often another budget ("$22 billion for each of the next three years" of total
capital spending beside a $14 billion plan inside it).

Tolerance: calendar intervals (late 2021 is Sep–Dec 2021, a month is a
twelfth of a year) compared as intervals. A miss is a warning.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import CheckContext, Verdict, finding
from factcheck.finding import Finding, Severity, Status
from factcheck.intervals import Interval, fmt

NAME = "time_windows"

_NUM = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
}  # fmt: skip
_N = r"(\d{1,3}|" + "|".join(_NUM) + r")"
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}  # fmt: skip
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"

_WINDOW = re.compile(
    rf"\b(?:(?P<n1>{_N})[- ]year[- ](?:high|low|peak|record)"
    rf"|(?:high|low|highest|lowest|strongest|weakest|best|worst)(?:\s+\w+){{0,2}}\s+in\s+"
    rf"(?P<hedge>more than|over|just over|nearly|almost|about|around)?\s*(?P<n2>{_N})\s+years"
    rf"|(?P<n3>{_N})\s+years\s+since)",
    re.IGNORECASE,
)
_SINCE = re.compile(
    rf"\bsince\s+(?:the\s+)?(?:(?P<part>early|mid|late|end of|start of|beginning of)[- ]?\s*)?"
    rf"(?P<month>{_MON}\s+)?(?:(?:of|in)\s+)?(?:\w+ing\b(?:\s+[^\s]+){{0,8}}?\s+in\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(rf"\b(?P<month>{_MON})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)
_PARTS = {"early": (0, 4), "mid": (4, 8), "late": (8, 12), "end of": (10, 12), "start of": (0, 2),
          "beginning of": (0, 2)}  # fmt: skip


_HIGH = re.compile(r"\b(high|highest|peak|peaking|record|strongest|best|top)\b", re.IGNORECASE)
_LOW = re.compile(r"\b(low|lowest|weakest|worst|bottom)\b", re.IGNORECASE)


def _polarity(text: str) -> str | None:
    if _HIGH.search(text):
        return "high"
    if _LOW.search(text):
        return "low"
    return None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUM[text.lower()]


def _month(text: str | None) -> int | None:
    if not text:
        return None
    key = text.strip().lower().rstrip(".")[:3]
    return next((v for k, v in _MONTHS.items() if k.startswith(key)), None)


def article_date(ctx: CheckContext) -> Interval:
    """A dateline near the top ("Feb 14, 2022") beats the engine's estimate."""
    match = _DATELINE.search(ctx.text[:300])
    if match and (month := _month(match.group("month"))):
        y = int(match.group("year"))
        t = y + (month - 1) / 12 + (int(match.group("day")) - 1) / 365
        return Interval(t, t + 1 / 365)
    return ctx.article_date


def _since_interval(match: re.Match[str]) -> Interval:
    year = int(match.group("year"))
    month = _month(match.group("month"))
    if month:
        return Interval(year + (month - 1) / 12, year + month / 12)
    part = (match.group("part") or "").lower()
    if part in _PARTS:
        lo, hi = _PARTS[part]
        return Interval(year + lo / 12, year + hi / 12)
    return Interval(year, year + 1)


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    now = article_date(ctx)
    yield from streaks(ctx, now)
    yield from per_year(ctx)
    windows = list(_WINDOW.finditer(ctx.text))
    sinces = list(_SINCE.finditer(ctx.text))
    for window in windows:
        n = _number(window.group("n1") or window.group("n2") or window.group("n3"))
        hedge = (window.group("hedge") or "").lower()
        if hedge in ("more than", "over"):
            allowed = Interval(n, float("inf"))
        elif hedge == "just over":
            allowed = Interval(n, n + 0.5)
        elif hedge in ("nearly", "almost"):
            allowed = Interval(n - 0.5, n)
        else:
            allowed = Interval(n - 0.25, n + 1)
        # The date it is an extreme since: in the same sentence, else the next two.
        polarity = _polarity(window.group(0))
        candidates = [
            s
            for s in sinces
            if 0 <= s.start() - window.start() <= 150
            or (polarity and _polarity(ctx.text[max(0, s.start() - 80) : s.start()]) == polarity)
        ]
        if not candidates:
            yield finding(
                NAME,
                [],
                f"{window.group(0)!r}: the article gives no date to measure the window from",
                status=Status.INDETERMINATE,
                severity=Severity.INFO,
                extra_spans=[window.span()],
            )
            continue
        nearest = min(candidates, key=lambda s: abs(s.start() - window.start()))
        # Every extreme "since" a date near the window must fit it (Brent and WTI both "highest since 2014").
        chosen = [s for s in candidates if s is nearest or 0 <= s.start() - window.end() <= 1000]
        for since in chosen:
            yield from _judge_window(window, since, now, allowed)


def _judge_window(window: re.Match[str], since: re.Match[str], now: Interval, allowed: Interval) -> Iterator[Finding]:
    if True:
        start = _since_interval(since)
        if window.group("n3"):
            # "In the three years since peaking ... in 2016": years between, counted on years.
            gap = Interval(now.lo, now.hi) - start if not now.bounded or now.width > 0.5 else now - start
        else:
            gap = now - start
        if not gap.bounded:
            return
        holds = gap.overlaps(allowed)
        verdict = Verdict(holds, False, False)
        yield finding(
            NAME,
            [],
            f"{window.group(0)!r} with {since.group(0)!r}: from {start.lo:.2f} to {now.lo:.2f} is "
            f"{fmt(gap.lo, 3)}–{fmt(gap.hi, 3)} years, "
            + ("consistent" if holds else f"not {fmt(allowed.lo)}–{fmt(allowed.hi)} years"),
            verdict=verdict,
            extra_spans=[window.span(), since.span()],
            computed={"years": gap, "allowed": allowed},
            tolerance="calendar intervals; an N-year extreme allows N-0.25 to N+1 years",
        )


_ORDINAL = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_STREAK = re.compile(
    r"\b(?P<n>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th))"
    r"\s+(?:consecutive|straight|successive)\s+year\b",
    re.IGNORECASE,
)
_STREAK_START = re.compile(
    r"\b(?:before|since|starting in|beginning in|from)\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)


def streaks(ctx: CheckContext, now: Interval) -> Iterator[Finding]:
    for match in _STREAK.finditer(ctx.text):
        raw = match.group("n").lower()
        n = _ORDINAL.get(raw) or int(re.sub(r"\D", "", raw))
        starts = [s for s in _STREAK_START.finditer(ctx.text) if abs(s.start() - match.start()) < 600]
        if not starts or not now.bounded:
            continue
        start = min(starts, key=lambda s: abs(s.start() - match.start()))
        first = int(start.group("year"))
        # "Before 2015, only ...": the streak starts in 2015; "since 2015" likewise counts 2015 as year one.
        span = Interval(math.floor(now.lo), math.floor(now.hi - 1e-9)) - first + 1
        holds = span.widen(0.5).contains(n) if span.width < 1 else span.overlaps(Interval(n, n))
        yield finding(
            NAME,
            [],
            f"{match.group(0)!r} with {start.group(0)!r}: {first} to {math.floor(now.lo)} is "
            f"{fmt(span.lo)}–{fmt(span.hi)} years" + ("" if holds else f", not {n}"),
            verdict=Verdict(holds, False, False),
            extra_spans=[match.span(), start.span()],
            tolerance="whole calendar years, counting the first",
        )


_OVER_YEARS = re.compile(
    rf"^\s*(?:[\w’'-]+\s+){{0,4}}?over\s+(?:the\s+)?(?:next\s+|past\s+|coming\s+|last\s+)?(?P<n>{_N})\s+years\b",
    re.IGNORECASE,
)
_PER_YEAR = re.compile(r"^\s*(?:a|per|each|every)\s+year\b|^\s*annually\b|^\s*a\s+year\b", re.IGNORECASE)
_RESTATED = re.compile(
    r"^[^.;]*?,?\s*(?:or|i\.e\.|that is)\s+(?:about|around|roughly|some|nearly|almost)?\s*$", re.IGNORECASE
)


def per_year(ctx: CheckContext) -> Iterator[Finding]:
    from factcheck.checks.base import interval, show, show_value
    from factcheck.quantity import QuantityKind

    money = sorted((c for c in ctx.claims if c.quantity.kind == QuantityKind.MONEY), key=lambda c: c.span[0])
    for total in money:
        window = _OVER_YEARS.match(ctx.text[total.span[1] : total.span[1] + 60])
        if window is None:
            continue
        years = _number(window.group("n"))
        for yearly in money:
            if yearly.sentence_span != total.sentence_span or yearly.span[0] <= total.span[1]:
                continue
            gap = ctx.text[total.span[1] + window.end() : yearly.span[0]]
            if len(gap) > 40 or not _RESTATED.match(gap) or not _PER_YEAR.match(ctx.text[yearly.span[1] :]):
                continue
            if yearly.quantity.unit != total.quantity.unit:
                continue
            computed = interval(yearly) * years
            holds = computed.overlaps(interval(total))
            yield finding(
                NAME,
                [total, yearly],
                f"{show(yearly)} a year for {years} years is {show_value(yearly.quantity.value * years, yearly)}; "
                f"the article's total is {show(total)}",
                verdict=Verdict(holds, False, False),
                computed={"total": yearly.quantity.value * years},
                tolerance="per-year amount times years against the total, over rounding and hedge intervals",
            )
            break
