"""When "now" is for a window, a span or a streak counted back from it.

In order: a year the extreme's own sentence names as the news's ("the city's
shortfall for fiscal 2016 narrowed to its lowest level in seven years"; not a
year it sets against the present, "compared with 2015", "since 2008", nor a
founding, "the firm, founded in 2015"), the date the page prints as its own (at
its top, in a timestamp line or a dateline under the headline, or alone at its
end), the article's known date (published, or a year the text calls current),
the one year the first sentence reports when no later year is printed ("U.S.
auto sales declined 1 percent in 2019"). Else a guess from the latest year
printed, which is never enough to fail: the relation carries that doubt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.context import ArticleContext
from factcheck.intervals import Interval
from factcheck.literals import led
from factcheck.relations.multiples_words import clause_of, sentence_of

MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
]  # fmt: skip
MON = (
    r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?"
    r"|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"
)


_NOW_YEAR = re.compile(
    r"\b(?:in|for|during|of|fiscal(?:\s+year)?|calendar(?:\s+year)?|FY)\s+(?P<year>(?:19|20)\d\d)\b(?![\d%-])",
    re.IGNORECASE,
)
# A year set against the present, not the present: "compared with a record in 2015", "since 2008", "by 2030".
_NOT_NOW = re.compile(
    r"\b(?:since|before|after|until|till|through|by|from|between|compared|(?<!more\s)(?<!less\s)(?<!fewer\s)than"
    r"|versus|vs|against|peak\w*"
    r"|forecasts?|forecast\w*|target\w*|plans?|last|previous|prior|earlier|ago|began|begun"
    # a year of a founding or a first event, not of the news: "the firm, founded in 2015, posted ..."
    r"|founded|established|launched|incorporated|born|opened|formed|created|listed|debuted|acquired|bought)\b",
    re.IGNORECASE,
)
# A label may stand before it, as a page's metadata prints it: "Date: 2021-09-14", "Published June 3, 2021".
_LABEL = r"(?:(?:dated?|published|updated|posted)\s*:?\s+)?"
_DATELINE = re.compile(
    rf"^\W{{0,3}}{_LABEL}(?:[A-Z][A-Za-z .]{{0,30}},\s*)?(?P<month>{MON})\s+(?P<day>\d{{1,2}}),?\s+"
    r"(?P<year>(?:19|20)\d\d)\b"
    rf"|^\W{{0,3}}{_LABEL}(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b",
    re.IGNORECASE,
)


_AHEAD = re.compile(
    r"\b(?:will|would|could|expects?|expected|forecasts?|forecast\w*|projects?|projected|plans?|planned|targets?"
    r"|by|next|coming|future)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Now:
    when: Interval
    how: str  # plain words: "2014, named in the same sentence", "the article's date"
    known: bool
    span: tuple[int, int] | None = None


# A full date standing alone at the very end, as a page prints its timestamp: "... (Dec 1, 2023)".
_DATE_AT_END = re.compile(
    rf"[(\[]\s*(?P<month>{MON})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\s*[)\]]\W{{0,3}}$"
    r"|[(\[]\s*(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\s*[)\]]\W{0,3}$",
    re.IGNORECASE,
)
# A full date in a line of its own under the headline, as pages print their timestamp: "16:05 GMT, June 3,
# 2021", "Published 9:30 a.m. ET Feb. 2, 2023", "Updated: Tuesday, 7 March 2023 08:12 (GMT+1) | Leeds".
_LINE_DATE = re.compile(
    rf"(?<![\w.])(?:(?P<month>{MON})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{MON}),?)\s+(?P<year>(?:19|20)\d\d)(?![\w.,]\d)"
    r"|(?<![\w-])(?P<iso>(?:19|20)\d\d-\d\d-\d\d)(?![\w-])",
    re.IGNORECASE,
)
_LINE_DATE = led(_LINE_DATE)
# What else such a line may hold: a label, a weekday, a clock time and its zone, a place after a bar.
_STAMP_REST = re.compile(
    r"(?:[\s,|•·:()+\-–—/]|\d{1,2}[:.]\d\d(?:[:.]\d\d)?|[ap]\.?m\b\.?|\d{1,2}(?=\s*[ap]\.?m\b)"
    r"|\b(?:published|updated|posted|last|first|modified|on|at|date[ds]?"
    r"|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|gmt|utc|bst|cet|cest|eet|ist|jst|kst|hkt|sgt|aest|aedt|awst|nzst|nzdt|wib|[ecmp][sd]?t|[ap]kt)\b(?:[+-]\d{1,2}(?::?\d\d)?)?)*"
    r"(?:\|\s*[A-Za-z][A-Za-z .,]{0,30})?",
    re.IGNORECASE,
)
# A dateline opening the first paragraph under the headline: "OSLO, June 3, 2021 (Reuters) -", "Paris, 3 June
# 2021 --". The dash or the agency in brackets is what marks it as the page's own date, not a date in the news.
_PLACE_DATE = re.compile(r"^\W{0,3}(?:[A-Z][A-Za-z .]{0,30},\s*)?$")
_AFTER_PLACE_DATE = re.compile(r"\s*(?:\([A-Z][\w .&/-]{1,30}\)\s*)?(?:--|[-–—:])\s", re.IGNORECASE)
_TOP_LINES = 4  # headline, standfirst, byline, timestamp: a page's own date is printed among its first lines


def _date_of(match: re.Match[str]) -> Interval | None:
    groups = match.groupdict()
    if groups.get("iso"):
        y, m, d = (int(x) for x in groups["iso"].split("-"))
    else:
        y = int(groups["year"])
        month = groups.get("month") or groups.get("month2") or ""
        m = next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(month.lower()[:3]))
        d = int(groups.get("day") or groups.get("day2") or 0)
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    start = y + (m - 1) / 12 + (d - 1) / 365
    return Interval(start, start + 1 / 365)


def _top_line_date(text: str) -> re.Match[str] | None:
    """The one full date of a line among the first few that holds nothing else a timestamp would not (a label,
    a weekday, a time and its zone), or that opens its paragraph as a dateline does, with a dash after it."""
    offset = 0
    for number, line in enumerate(text.split("\n")):
        if number >= _TOP_LINES or offset > 600:
            return None
        dates = list(_LINE_DATE.finditer(text, offset, offset + len(line)))
        if len(dates) == 1:
            date = dates[0]
            rest = text[offset : date.start()] + " " + text[date.end() : offset + len(line)]
            if len(line) <= 90 and _STAMP_REST.fullmatch(rest):
                return date
            if _PLACE_DATE.match(text[offset : date.start()]) and _AFTER_PLACE_DATE.match(text, date.end()):
                return date
        offset += len(line) + 1
    return None


def _own_date(ctx: ArticleContext) -> re.Match[str] | None:
    top = _DATELINE.match(ctx.text[:80]) or _top_line_date(ctx.text)
    if top is not None:
        return top
    tail = len(ctx.text) - len(ctx.text[-40:])
    return _DATE_AT_END.search(ctx.text, tail)


def dateline(ctx: ArticleContext) -> Interval | None:
    """A date the page prints as its own: at the very top ("Feb 14, 2022 12:20AM ET"), in a timestamp line or a
    dateline under the headline, or alone at the very end."""
    match = _own_date(ctx)
    return None if match is None else _date_of(match)


def dateline_span(ctx: ArticleContext) -> tuple[int, int] | None:
    """Where the page prints its own date, so a reviewer sees which date was taken as now."""
    match = _own_date(ctx)
    return None if match is None else match.span()


def now_for(ctx: ArticleContext, span: tuple[int, int], skip: list[tuple[int, int]]) -> Now:
    """When an extreme or a streak is counted from: the year its sentence names, else the article's date."""
    sentence = sentence_of(ctx, span[0])
    years: dict[int, tuple[int, int]] = {}
    for match in _NOW_YEAR.finditer(ctx.text, sentence[0], sentence[1]):
        where = match.span("year")
        if any(s <= where[0] < e for s, e in skip):
            continue
        clause = clause_of(ctx, where)
        if _NOT_NOW.search(ctx.text[max(clause[0], where[0] - 30) : where[0]]):
            continue
        # Another clause of the sentence may look ahead ("..., and is forecast to rise in 2026").
        if not clause[0] <= span[0] < clause[1] and _AHEAD.search(ctx.text[clause[0] : clause[1]]):
            continue
        years.setdefault(int(match.group("year")), where)
    if len(years) == 1:
        year, where = next(iter(years.items()))
        return Now(Interval(year, year + 1), f"{year}, named in the same sentence", True, where)
    top = dateline(ctx)
    if top is not None:
        return Now(top, "the date the article prints as its own", True, dateline_span(ctx))
    date = ctx.date
    if date.known:
        how = "the article's publication date" if date.how == "published" else "the year the article calls current"
        return Now(date.when, how, True)
    lead = lead_year(ctx)
    if lead is not None:
        how = f"{lead[0]}, the year the article's first sentence reports"
        return Now(Interval(lead[0], lead[0] + 1), how, True, lead[1])
    return Now(date.when, "a guess from the latest year the article mentions", False)


_ANY_YEAR = re.compile(r"(?<![\d.,$£€¥])((?:19|20)\d\d)(?![\d%])")
_ANY_YEAR = led(_ANY_YEAR)  # read over the whole article: tried only where its first words are


def lead_year(ctx: ArticleContext) -> tuple[int, tuple[int, int]] | None:
    """ "U.S. auto sales declined 1 percent in 2019 ...": the one year the first sentence reports on, when no
    later year is printed anywhere in the article. A news report opens with its news; a year after it would
    mean the article looks back."""
    if not ctx.sentences:
        return None
    first = ctx.sentences[0]
    found: dict[int, tuple[int, int]] = {}
    for match in _NOW_YEAR.finditer(ctx.text, first[0], first[1]):
        where = match.span("year")
        clause = clause_of(ctx, where)
        if _NOT_NOW.search(ctx.text[max(clause[0], where[0] - 30) : where[0]]) or _AHEAD.search(
            ctx.text[clause[0] : clause[1]]
        ):
            return None
        found.setdefault(int(match.group("year")), where)
    if len(found) != 1:
        return None
    year, where = next(iter(found.items()))
    if any(int(m.group(1)) > year for m in _ANY_YEAR.finditer(ctx.text)):
        return None
    # The year must date a figure the lead reports ("declined 1 percent in 2019"), not a founding or a birth.
    if not any(c.period is not None and c.period.year == year for c in ctx.claims_in(*first)):
        return None
    return year, where


def now_doubts(now: Now) -> list[str]:
    if now.known:
        return []
    if not now.when.bounded:
        return ["the article's date is not known"]
    return [f"the article's date is not known (only guessed as {int(now.when.lo)} from the years it mentions)"]
