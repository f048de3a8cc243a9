"""When "now" is for a window, a span or a streak counted back from it.

In order: a year the extreme's own sentence names as the news's ("the city's
shortfall for fiscal 2016 narrowed to its lowest level in seven years"; not a
year it sets against the present, "compared with 2015", "since 2008", nor a
founding, "the firm, founded in 2015"), the date the page prints as its own (at
its top, or alone at its end), the article's known date (published, or a year
the text calls current), the one year the first sentence reports when no later
year is printed ("U.S. auto sales declined 1 percent in 2019"). Else a guess from
the latest year printed, which is never enough to fail: the relation carries
that doubt.
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
_DATELINE = re.compile(
    rf"^\W{{0,3}}(?:[A-Z][A-Za-z .]{{0,30}},\s*)?(?P<month>{MON})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
    r"|^\W{0,3}(?P<iso>(?:19|20)\d\d-\d\d-\d\d)\b",
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


def dateline(ctx: ArticleContext) -> Interval | None:
    """A date printed at the very top ("Feb 14, 2022 12:20AM ET") or alone at the very end: the article's date."""
    match = _DATELINE.match(ctx.text[:80]) or _DATE_AT_END.search(ctx.text[-40:])
    if match is None:
        return None
    if match.group("iso"):
        y, m, d = (int(x) for x in match.group("iso").split("-"))
    else:
        y = int(match.group("year"))
        m = next(i for i, name in enumerate(MONTHS, start=1) if name.startswith(match.group("month").lower()[:3]))
        d = int(match.group("day"))
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    start = y + (m - 1) / 12 + (d - 1) / 365
    return Interval(start, start + 1 / 365)


def dateline_span(ctx: ArticleContext) -> tuple[int, int] | None:
    """Where the page prints its own date, so a reviewer sees which date was taken as now."""
    top = _DATELINE.match(ctx.text[:80])
    if top is not None:
        return top.span()
    end = _DATE_AT_END.search(ctx.text[-40:])
    if end is None:
        return None
    offset = len(ctx.text) - len(ctx.text[-40:])
    return (offset + end.start(), offset + end.end())


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
