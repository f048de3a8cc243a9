"""Dates, periods, points, windows and baselines.

Besides the ``TimeRef`` list, :func:`find_time` reports the spans of numbers that
belong to time ("2025" in "start of 2025", "31" in "Jan. 31") so the quantity
finder never counts a year as 2025 units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factcheck.claim import TimeKind, TimeRef
from factcheck.extraction.keywords import folded as fold
from factcheck.extraction.keywords import has_any, words_in
from factcheck.extraction.names import named_number_spans
from factcheck.extraction.numbers import ORDINALS, UNITS
from factcheck.extraction.spans import DisjointSpans, StaticSpans
from factcheck.literals import gated, led

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?"
    r"|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_FULL_MONTH = r"(?:January|February|March|April|June|July|August|September|October|November|December)"
_YEAR = r"(?:19|20)\d{2}"
_UNIT_MONTHS = {"day": 1 / 30.4375, "week": 7 / 30.4375, "month": 1.0, "quarter": 3.0, "year": 12.0, "decade": 120.0}
_COUNT = (
    r"(?:\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|couple\s+of)"
)
_SPAN_UNIT = r"(day|week|month|quarter|year|decade)s?"

_QUARTER_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?P<qw>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|Q(?P<qn>[1-4]))"
    rf"(?:(?:\s+of)?(?:\s+|-|')?(?:fiscal\s+|FY\s*|calendar\s+)?(?P<y>{_YEAR}|(?<=')\d{{2}}(?!\d)))?(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_HALF_RE = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?P<hw>first|second)[\s-]+half|H(?P<hn>[12]))(?:(?:\s+of)?\s+(?:fiscal\s+)?(?P<y>{_YEAR}))?"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)
_THE_QUARTER_RE = re.compile(r"(?<![A-Za-z])(?:the|this|that)\s+(?:same\s+)?quarter(?![A-Za-z-])", re.IGNORECASE)
# Lower-case news copy ("nov. 6", "sept. 30"): abbreviations with their dot, and month names
# that are not also common words ("may", "march" are left out).
_LOWER_MONTH = (
    r"(?:jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\.|january|february|april|june|july"
    r"|september|october|november|december|may(?=\s[0-3]?\d(?:,|\s+(?:19|20)\d\d|st|nd|rd|th)))"
)
_LOWER_MONTH_DAY_RE = re.compile(
    rf"(?<![A-Za-z])(?P<m>{_LOWER_MONTH})\s?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>{_YEAR})(?!\d))?"
)
_LOWER_MONTH_DAY_RE = gated(_LOWER_MONTH_DAY_RE)  # read over the whole article: skipped where none of its words is
_MONTH_DAY_RE = re.compile(
    rf"(?<![A-Za-z])(?P<m>{_MONTH})\s?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)(?:,?\s+(?P<y>{_YEAR})(?!\d))?"
)
_DAY_MONTH_RE = re.compile(
    rf"(?<![\w.,])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
)
# "3 to 9 May", "12-18 March", "between 4 and 10 June": the first day of a span of days is a date too, not a count.
_DAY_RANGE_RE = re.compile(
    rf"(?<![\w.,])(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?[ \u00a0]*(?:-|–|to|and|until|till)[ \u00a0]*(?P<d>[0-3]?\d)"
    rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?"
)
_MONTH_YEAR_RE = re.compile(rf"(?<![A-Za-z])(?P<m>{_MONTH}),?\s+(?P<y>{_YEAR})(?!\d)")
_MONTH_ALONE_RE = re.compile(
    rf"(?<![A-Za-z])(?:in|since|by|until|through|last|next|this|early|late|mid-?)\s+(?P<m>{_FULL_MONTH})(?![A-Za-z])"
)
# "the April-June period", "the October-December quarter of 2024", "January-March": months from one to another.
_MONTH_RANGE_RE = re.compile(
    rf"(?<![A-Za-z])(?P<a>{_FULL_MONTH}|May|{_MONTH})[ \u00a0]?[-–/][ \u00a0]?(?P<b>{_FULL_MONTH}|May|{_MONTH})"
    rf"(?![A-Za-z])(?:[ \u00a0]+(?:period|quarter|months?|half))?(?:,?[ \u00a0]+(?:of[ \u00a0]+)?(?P<y>{_YEAR}))?(?!\d)"
)
# "from April through September", "April through September", "from March to June": a span of months in words.
_MONTH_SPAN_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<from>from)\s+)?(?P<a>{_FULL_MONTH})\s+(?P<w>through|thru|to|until|till)\s+"
    rf"(?P<b>{_FULL_MONTH})(?![A-Za-z])(?:,?\s+(?P<y>{_YEAR})(?!\d))?"
)
_WEEKDAY_RE = re.compile(r"(?<![A-Za-z])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![A-Za-z])")
_PART_OF_RE = re.compile(
    rf"(?<![A-Za-z])(?:the\s+)?(?P<p>start|beginning|end|middle|close|turn)\s+of\s+"
    rf"(?:(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?)?(?P<y>{_YEAR})(?!\d)",
    re.IGNORECASE,
)
_EARLY_LATE_RE = re.compile(rf"(?<![A-Za-z])(?P<p>early|mid|late)[\s-]+(?P<y>{_YEAR})(?!\d)", re.IGNORECASE)
_YTD_RE = re.compile(
    r"(?<![A-Za-z])(?:year[\s-]+to[\s-]+date|YTD|so\s+far\s+this\s+year|this\s+year\s+so\s+far)(?![A-Za-z])",
    re.IGNORECASE,
)
_OVER_RE = re.compile(
    r"(?<![A-Za-z])(?P<u>year|quarter|month|week)[\s-]+(?:over|on)[\s-]+(?P=u)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?P<abbr>YoY|y/y|QoQ|q/q|MoM|m/m)(?![A-Za-z])",
    re.IGNORECASE,
)
_AGO_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?:compared\s+(?:with|to)|from|than|versus|vs\.?|against)\s+)?(?:the\s+)?"
    rf"(?<![\d.])(?P<n>{_COUNT})\s+(?P<u>day|week|month|quarter|year|decade)s?(?:\s+|-)(?:ago|earlier|before|prior)(?![A-Za-z])",
    re.IGNORECASE,
)
_YEAR_AGO_RE = re.compile(
    r"(?<![A-Za-z])(?:(?:compared\s+(?:with|to)|from|than|versus|vs\.?)\s+)?(?:the\s+)?"
    r"(?:same\s+(?:period|quarter|month)\s+(?:a\s+|last\s+|of\s+the\s+previous\s+)?year|year[\s-]ago\s+(?:period|quarter|level)"
    r"|prior[\s-]year\s+(?:period|quarter)|previous\s+quarter|prior\s+quarter|sequentially)(?![A-Za-z])",
    re.IGNORECASE,
)
# "rose 12% on last year", "up 5% compared with last quarter": the period compared against, no date of the move.
# ("last year's $5 million" is a figure of last year; "over the last year" is a window.)
# "up 1.3% from last quarter" too; "from last year to 2026" is a span of time.
_ON_LAST_RE = re.compile(
    r"(?<![A-Za-z])(?:on|over|against|compared\s+(?:with|to)|versus|vs\.?|from)\s+(?:the\s+)?(?:last|previous|prior)\s+"
    r"(?P<u>year|quarter|month)(?![A-Za-z'’])"
    r"(?!\s+(?:to|through|until|into)\s+(?:(?:19|20)\d\d|this|next|now|date|the\s+(?:current|next))\b)",
    re.IGNORECASE,
)
_WINDOW_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?:over|in|during|for|within|throughout)\s+)?the\s+(?P<dir>next|past|last|coming|previous|following|prior)"
    rf"\s+(?:(?P<n>{_COUNT})\s+)?(?P<u>day|week|month|quarter|year|decade)s?(?![A-Za-z])",
    re.IGNORECASE,
)
_RELATIVE_RE = re.compile(
    r"(?<![A-Za-z])(?P<dir>last|this|next|previous)\s+(?P<u>year|quarter|month|week)(?![A-Za-z])",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(
    rf"(?<![A-Za-z])(?:(?P<prep>in|for|during|throughout|through|by|until|of|fiscal|FY|calendar(?:\s+year)?)\s*)?"
    rf"(?<![\w.,$€£¥₹#-])(?P<y>{_YEAR})(?P<s>s)?(?![\w%]|[.,]\d|\s*(?:%|percent|per\s*cent|million|billion|thousand|bn|mn))"
    r"(?P<alone>\s+alone)?",
)
_COUNTED_AFTER_YEAR_RE = re.compile(
    r"[ \u00a0]+(?:people|persons|employees|workers|jobs|staff|staffers|cars|vehicles|units|homes|houses|flats"
    r"|apartments|children|students|patients|cases|deaths|troops|soldiers|residents|members|users|customers|visitors"
    r"|passengers|shares|stores|shops|branches|tonnes|tons|barrels|acres|hectares|miles|kilometres|kilometers|metres"
    r"|meters|feet|km|kg|pounds|dollars|euros|yuan|rupees|calories|votes|signatures|copies|times)(?![A-Za-z])",
    re.IGNORECASE,
)
# The other end of a range written beside a year-like figure: "2000 - 2500", "from 1000 to 2000".
_RANGE_PARTNER_AFTER_RE = re.compile(r"[ \u00a0]*(?:-|–|to|and)[ \u00a0]*(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]\d)")
_RANGE_PARTNER_BEFORE_RE = re.compile(r"(?<![\d,.])(?P<n>\d{1,3}(?:,\d{3})+|\d+)[ \u00a0]*(?:-|–|to|and)[ \u00a0]*$")


def _ranged_with_a_non_year(text: str, start: int, end: int) -> bool:
    """A year-like figure paired in a range with a figure of 100 or more that cannot be a year is no year.

    "2019-20" and "from 2000 to 2010" stay years: the partner is two digits or a year itself; so does a year after
    a preposition ("rose from 992 units in 2019 to 1,129").
    """
    after = _RANGE_PARTNER_AFTER_RE.match(text, end, min(len(text), end + 20))
    before = _RANGE_PARTNER_BEFORE_RE.search(text, max(0, start - 20), start)
    for partner in (after, before):
        if partner is None:
            continue
        value = int(partner.group("n").replace(",", ""))
        if value >= 100 and not 1900 <= value <= 2099:
            return True
    return False


_FY_RE = re.compile(r"(?<![A-Za-z])FY\s?'?(?P<y>\d{2}|\d{4})(?!\d)")
_CLOCK_RE = re.compile(
    r"(?<![\w.:])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)(?![A-Za-z])|(?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])",
    re.IGNORECASE,
)
_NUMERIC_DATE_RE = re.compile(r"(?<![\w/.-])(?:\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})(?![\w/])")
_SINCE_RE = re.compile(r"(?<![A-Za-z])since\s+$", re.IGNORECASE)
_NUMBER_IN_RE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?!\d)")


# Read over the whole article, most of them finding nothing in it: each is tried only where one of the words it opens
# with stands (literals.Led), not at every position of the text; the matches are the scan's, one for one (a third
# less time for the time references of a 5 KB article, two fifths at 500 KB).
_QUARTER_RE, _HALF_RE, _THE_QUARTER_RE = led(_QUARTER_RE), led(_HALF_RE), led(_THE_QUARTER_RE)
_MONTH_DAY_RE, _MONTH_YEAR_RE, _MONTH_ALONE_RE = led(_MONTH_DAY_RE), led(_MONTH_YEAR_RE), led(_MONTH_ALONE_RE)
_MONTH_RANGE_RE, _MONTH_SPAN_RE, _WEEKDAY_RE = led(_MONTH_RANGE_RE), led(_MONTH_SPAN_RE), led(_WEEKDAY_RE)
_PART_OF_RE, _EARLY_LATE_RE, _YTD_RE, _OVER_RE = led(_PART_OF_RE), led(_EARLY_LATE_RE), led(_YTD_RE), led(_OVER_RE)
_YEAR_AGO_RE, _ON_LAST_RE, _WINDOW_RE = led(_YEAR_AGO_RE), led(_ON_LAST_RE), led(_WINDOW_RE)
_RELATIVE_RE, _YEAR_RE = led(_RELATIVE_RE), led(_YEAR_RE)


@dataclass
class TimeScan:
    refs: list[TimeRef] = field(default_factory=list)
    # Spans of numerals that are part of a date or period, never quantities.
    blocked: list[tuple[int, int]] = field(default_factory=list)


def _count(word: str | None) -> float:
    if not word:
        return 1.0
    lower = re.sub(r"\s+", " ", word.lower())
    if lower in ("a", "an", "one"):
        return 1.0
    if lower in ("few", "several", "couple of"):
        return 3.0 if lower != "couple of" else 2.0
    if lower in UNITS:
        return float(UNITS[lower])
    try:
        return float(lower)
    except ValueError:
        return 1.0


def _two_digit_year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.lstrip("'")
    year = int(raw)
    return year + 2000 if year < 100 else year


def _month(raw: str) -> int:
    return _MONTHS[raw.lower().rstrip(".")[:4] if raw.lower().startswith("sept") else raw.lower()[:3]]


# Every month pattern starts with one of these, written as in the text (the patterns with months are case-sensitive).
_MONTH_HEADS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


_OVER_WORDS = ("year", "quarter", "month", "week", "yoy", "y/y", "qoq", "q/q", "mom", "m/m")
_PART_WORDS = ("start", "beginning", "end", "middle", "close", "turn")
_WINDOW_WORDS = ("next", "past", "last", "coming", "previous", "following", "prior")


def find_time(text: str) -> TimeScan:
    candidates: list[tuple[int, TimeRef, list[tuple[int, int]]]] = []
    names = StaticSpans(named_number_spans(text))  # "the Russell 2000" is an index, not a year
    # Each pattern below is skipped when a word it cannot match without is absent: cheap substring tests instead of
    # a scan of the whole text by each pattern.
    folded = fold(text)
    month = has_any(text, *_MONTH_HEADS)
    lower_month = has_any(text, *(head.lower() for head in _MONTH_HEADS))

    def add(match: re.Match[str], kind: TimeKind, priority: int, numbers: bool = True, **fields: object) -> None:
        if names.overlaps(match.start(), match.end()):
            return
        ref = TimeRef(text=match.group(), span=(match.start(), match.end()), kind=kind, **fields)  # type: ignore[arg-type]
        blocked = [(n.start(), n.end()) for n in _NUMBER_IN_RE.finditer(match.group())] if numbers else []
        if kind is TimeKind.BASELINE:
            # "one month ago" is a reference point, not a stated duration.
            blocked = [(0, match.end() - match.start())]
        candidates.append((priority, ref, [(match.start() + a, match.start() + b) for a, b in blocked]))

    # "quarter" and "half" are whole runs of letters in any match ("Q3" and "H1" aside): keywords.words_in.
    words = words_in(text)
    quarter = "quarter" in words or has_any(folded, "q1", "q2", "q3", "q4")
    for m in _QUARTER_RE.finditer(text) if quarter else ():
        word = (m.group("qw") or "").lower()
        quarter = int(m.group("qn")) if m.group("qn") else ORDINALS.get(word) or int(word[0])
        add(m, TimeKind.PERIOD, 0, quarter=quarter, year=_two_digit_year(m.group("y")), months=3.0)
    for m in _HALF_RE.finditer(text) if "half" in words or has_any(folded, "h1", "h2") else ():
        half = 1 if (m.group("hw") or "").lower() == "first" or m.group("hn") == "1" else 2
        add(m, TimeKind.PERIOD, 0, part=f"half{half}", year=_two_digit_year(m.group("y")), months=6.0)
    for m in _MONTH_DAY_RE.finditer(text) if month else ():
        day = int(m.group("d"))
        if 1 <= day <= 31:
            add(m, TimeKind.DATE, 1, month=_month(m.group("m")), day=day, year=_two_digit_year(m.group("y")))
    for m in _LOWER_MONTH_DAY_RE.finditer(text) if lower_month else ():
        day = int(m.group("d"))
        if 1 <= day <= 31:
            add(m, TimeKind.DATE, 1, month=_month(m.group("m")), day=day, year=_two_digit_year(m.group("y")))
    for m in _DAY_MONTH_RE.finditer(text) if month else ():
        day = int(m.group("d"))
        if 1 <= day <= 31:
            add(m, TimeKind.DATE, 1, month=_month(m.group("m")), day=day, year=_two_digit_year(m.group("y")))
    for m in _DAY_RANGE_RE.finditer(text) if month else ():
        first, day = int(m.group("d1")), int(m.group("d"))
        if 1 <= first < day <= 31:
            add(m, TimeKind.DATE, 1, month=_month(m.group("m")), day=day, year=_two_digit_year(m.group("y")))
    for m in _MONTH_YEAR_RE.finditer(text) if month else ():
        add(m, TimeKind.PERIOD, 2, month=_month(m.group("m")), year=int(m.group("y")), months=1.0)
    for m in _MONTH_ALONE_RE.finditer(text) if month else ():
        # "since June" is where a change is counted from, not the period of a figure.
        kind = TimeKind.SINCE if m.group().lower().startswith("since") else TimeKind.PERIOD
        add(m, kind, 5, month=_month(m.group("m")), months=1.0)
    for m in _MONTH_RANGE_RE.finditer(text) if month else ():
        first, last = _month(m.group("a")), _month(m.group("b"))
        months = float((last - first) % 12 + 1)
        quarter = (first - 1) // 3 + 1 if months == 3.0 and (first - 1) % 3 == 0 else None
        year = int(m.group("y")) if m.group("y") else None
        add(m, TimeKind.PERIOD, 1, month=first, months=months, quarter=quarter, year=year)
    for m in _MONTH_SPAN_RE.finditer(text) if month else ():
        if not m.group("from") and m.group("w").lower() not in ("through", "thru"):
            continue  # "moved from May to June" needs its "from": "rose in May to ..." is no span
        first, last = _month(m.group("a")), _month(m.group("b"))
        year = int(m.group("y")) if m.group("y") else None
        add(m, TimeKind.PERIOD, 1, month=first, months=float((last - first) % 12 + 1), year=year)
    for m in _WEEKDAY_RE.finditer(text) if "day" in text else ():
        add(m, TimeKind.DATE, 3)
    for m in _PART_OF_RE.finditer(text) if has_any(folded, *_PART_WORDS) else ():
        part = re.sub(r"\s+", " ", m.group("p").lower())
        part = {"beginning": "start", "close": "end", "turn": "start", "middle": "mid"}.get(part, part)
        add(m, TimeKind.POINT, 1, year=int(m.group("y")), part=part)
    for m in _EARLY_LATE_RE.finditer(text) if has_any(folded, "early", "mid", "late") else ():
        add(m, TimeKind.POINT, 1, year=int(m.group("y")), part=m.group("p").lower())
    for m in _YTD_RE.finditer(text) if has_any(folded, "year", "ytd") else ():
        add(m, TimeKind.YEAR_TO_DATE, 1)
    for m in _OVER_RE.finditer(text) if has_any(folded, *_OVER_WORDS) else ():
        unit = (m.group("u") or m.group("abbr") or "").lower()
        months = {"year": 12.0, "yoy": 12.0, "y/y": 12.0, "quarter": 3.0, "qoq": 3.0, "q/q": 3.0}.get(unit, 1.0)
        months = 7 / 30.4375 if unit == "week" else months
        add(m, TimeKind.BASELINE, 1, months=months, direction="past")
    for m in _AGO_RE.finditer(text) if has_any(folded, "ago", "earlier", "before", "prior") else ():
        months = _count(m.group("n")) * _UNIT_MONTHS[m.group("u").lower()]
        add(m, TimeKind.BASELINE, 1, months=months, direction="past")
    for m in _YEAR_AGO_RE.finditer(text) if has_any(folded, "year", "quarter", "sequentially") else ():
        lowered = m.group().lower()
        months = (
            3.0 if ("sequential" in lowered or "previous quarter" in lowered or "prior quarter" in lowered) else 12.0
        )
        add(m, TimeKind.BASELINE, 2, months=months, direction="past")
    for m in _ON_LAST_RE.finditer(text) if has_any(folded, "last", "previous", "prior") else ():
        add(m, TimeKind.BASELINE, 2, months=_UNIT_MONTHS[m.group("u").lower()], direction="past")
    for m in _WINDOW_RE.finditer(text) if has_any(folded, *_WINDOW_WORDS) else ():
        direction = "future" if m.group("dir").lower() in ("next", "coming", "following") else "past"
        months = _count(m.group("n")) * _UNIT_MONTHS[m.group("u").lower()]
        # The window's own length ("three years") stays a quantity: the article states it.
        add(m, TimeKind.WINDOW, 1, numbers=False, months=months, direction=direction)
    for m in _RELATIVE_RE.finditer(text) if has_any(folded, "year", "quarter", "month", "week") else ():
        direction = {"last": "past", "previous": "past", "next": "future"}.get(m.group("dir").lower(), "current")
        add(m, TimeKind.PERIOD, 4, months=_UNIT_MONTHS[m.group("u").lower()], direction=direction)
    for m in _FY_RE.finditer(text) if "FY" in text else ():
        add(m, TimeKind.PERIOD, 2, year=_two_digit_year(m.group("y")), months=12.0)
    for m in _YEAR_RE.finditer(text) if has_any(text, "19", "20") else ():
        if not m.group("prep") and not m.group("s") and _COUNTED_AFTER_YEAR_RE.match(text, m.end()):
            continue  # "2000 employees", "1950 cars": a count, while "2019 sales" is a year
        if not m.group("prep") and not m.group("s") and _ranged_with_a_non_year(text, m.start("y"), m.end("y")):
            continue  # "2000 - 2500 calories", "from 1000 to 2000 hires": the other end is no year, nor is this
        year = int(m.group("y"))
        months = 120.0 if m.group("s") else 12.0
        add(m, TimeKind.PERIOD, 6, year=year, months=months)
    for m in _THE_QUARTER_RE.finditer(text) if "quarter" in folded else ():
        add(m, TimeKind.PERIOD, 7, months=3.0)
    for m in _CLOCK_RE.finditer(text) if ":" in text or has_any(folded, "am", "pm", "a.m", "p.m") else ():
        add(m, TimeKind.DATE, 3)
    for m in _NUMERIC_DATE_RE.finditer(text) if "-" in text or "/" in text else ():
        add(m, TimeKind.DATE, 1)

    return _resolve(text, candidates)


def _resolve(text: str, candidates: list[tuple[int, TimeRef, list[tuple[int, int]]]]) -> TimeScan:
    # Longest first, then priority: "start of 2025" beats the bare year "2025".
    candidates.sort(key=lambda c: (-(c[1].span[1] - c[1].span[0]), c[0], c[1].span[0]))
    taken = DisjointSpans()
    chosen: list[tuple[TimeRef, list[tuple[int, int]]]] = []
    for _, ref, blocked in candidates:
        start, end = ref.span
        if taken.overlaps(start, end):
            continue
        taken.add(start, end)
        chosen.append((ref, blocked))
    chosen.sort(key=lambda c: c[0].span[0])
    scan = TimeScan()
    last_quarter: TimeRef | None = None
    for ref, blocked in chosen:
        ref = _with_since(text, ref)
        if ref.quarter is not None and ref.year is not None:
            last_quarter = ref
        elif (
            ref.kind is TimeKind.PERIOD
            and ref.quarter is None
            and ref.months == 3.0
            and ref.year is None
            and last_quarter is not None
            and "quarter" in ref.text.lower()
            and ref.direction is None
        ):
            # "during the quarter": the article's most recent named quarter.
            ref = ref.model_copy(update={"quarter": last_quarter.quarter, "year": last_quarter.year})
        scan.refs.append(ref)
        scan.blocked.extend(blocked)
    return scan


def _with_since(text: str, ref: TimeRef) -> TimeRef:
    start = ref.span[0]
    match = _SINCE_RE.search(text, max(0, start - 8), start)
    if not match or ref.kind not in (TimeKind.POINT, TimeKind.PERIOD, TimeKind.DATE):
        return ref
    return ref.model_copy(
        update={"kind": TimeKind.SINCE, "text": text[match.start() : ref.span[1]], "span": (match.start(), ref.span[1])}
    )
