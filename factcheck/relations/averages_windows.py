"""The counted window an average is stated over: "over the past three months", "the three-month average",
"in the first seven months of 2023", "over the quarter".

A window has a length (a digit or a number word), a unit (months, quarters, years, weeks, days, trading sessions,
games, seasons ...) and an anchor: the latest periods the article gives ("the past three months"), the first ones
("the first three games"), or the ones ending in a named month or year ("the three months to June"). It belongs to
the average only when it stands in the average's own clause, nearest to it, with no clause break between; the
figures of the average's kind that lie between the window and the average are remembered, since a list of them may
be what is averaged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_family, same_things
from factcheck.quantity import Quantity, QuantityKind

_YEAR = r"(?:19|20)\d\d"
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_UNIT_NAMES = {
    "month": "month", "quarter": "quarter", "year": "year", "week": "week", "day": "day", "session": "session",
    "trading day": "session", "trading session": "session", "game": "game", "match": "game", "matche": "game",
    "season": "season", "race": "race", "round": "round", "start": "start", "outing": "start", "test": "game",
    "fixture": "game", "inning": "inning",
}  # fmt: skip
_COUNT = r"(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = (
    r"(?P<unit>months?|quarters?|weeks?|years?|(?:trading\s+)?days?|(?:trading\s+)?sessions?|games?|matche?s?"
    r"|seasons?|races?|rounds?|starts?|outings?|tests?|fixtures?|innings)"
)
_RECENT = r"past|last|previous|prior|latest|most\s+recent|preceding|trailing|recent"
_WINDOW = re.compile(
    rf"(?P<prep>\b(?:over|in|during|for|across|through|throughout|of|from)\s+(?:(?:the|its|their|his|her)\s+)?)?"
    rf"(?P<own>\b(?:week|month|year|season|quarter)['’]s\s+)?"
    rf"(?:(?:(?P<recent>{_RECENT})|(?P<first>first))\s+)?"
    rf"(?P<a>\ban?\s+)?{_COUNT}[\s-]+{_UNIT}\b"
    rf"(?P<span>[\s-]+(?:period|span|stretch|run|window)\b)?"
    rf"(?P<average>[\s-]+(?:(?:moving|rolling|running|simple)\s+)?average)?"
    rf"(?P<through>\s+(?:to|through|thru|ending(?:\s+in)?|ended(?:\s+in)?)\s+(?:the\s+end\s+of\s+)?"
    rf"(?P<end>(?-i:[A-Z][a-z]+)\.?(?:\s+{_YEAR})?|{_YEAR}))?"
    rf"(?:\s+of\s+(?:the\s+year|(?P<year>{_YEAR})))?",
    re.IGNORECASE,
)
# "over the quarter", "in the third quarter": three months, when the figures are monthly.
_QUARTER_WINDOW = re.compile(
    r"\b(?:over|in|during|for|across|through|throughout)\s+the\s+(?:(?P<ordinal>first|second|third|fourth)[\s-]+"
    r"|(?:latest|last|past|most\s+recent)\s+)?quarter\b(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)


MONTHS = {
    name: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
            ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sept", "sep"),
            ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ]
    )
    for name in names
}  # fmt: skip

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

CLAUSE_BREAK = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bhowever\b|\bcompared\s+(?:with|to)\b|\bversus\b"
    r"|\bvs\.?|\bagainst\b|\bfrom\b|\bthan\b"
    # "..., below the average of": a comparison with an average, not the average of the list
    r"|\bbelow\b|\babove\b|\bexceed\w*|\bshort\s+of\b|\bunder\b|\bover\s+(?:the|its|an?)\s+(?:\w+\s+)?average"
    r"|\b(?:higher|lower|more|less|better|worse|up|down)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Window:
    count: int
    unit: str  # month, quarter, year, week, day, session, game ...
    span: tuple[int, int]
    text: str
    anchor: str = "latest"  # latest, first, or end (the window ends in ``end``)
    end: int | None = None  # the month ("three months to June") or year ("three years to 2024") the window ends in
    quarter: bool = False  # "over the quarter": three months, only when the figures are monthly
    crossed: frozenset[str] = frozenset()  # figures of the average's kind between the window and the average
    year: int | None = None  # "the first quarter of 2024", "the first seven months of 2023"


def like(average: Claim, other: Claim) -> bool:
    """Figures in one unit: the same currency, rate or counted thing ("3 games" is no count of points)."""
    a, b = average.quantity, other.quantity
    counted = {counted_per_unit(a), counted_per_unit(b)} - {None}
    loose = {QuantityKind.COUNT, QuantityKind.NUMBER}
    if counted and a.kind != b.kind and {a.kind, b.kind} - loose == {QuantityKind.PER_UNIT}:
        # "averaging 2 goals a game" against "3, 1 and 2 goals": the goals of each game, counted one by one.
        count = b if b.kind in loose else a
        return count.kind == QuantityKind.NUMBER or same_things(counted.pop(), count.noun or count.unit)
    if not same_family(average, other):
        return False
    if {a.kind, b.kind} & {QuantityKind.DURATION, QuantityKind.RANK, QuantityKind.MULTIPLE, QuantityKind.FRACTION}:
        return False
    if a.kind == b.kind == QuantityKind.COUNT:
        return same_things(a.noun or a.unit, b.noun or b.unit)
    return (a.kind == QuantityKind.PERCENT) == (b.kind == QuantityKind.PERCENT)


def counted_per_unit(quantity: Quantity) -> str | None:
    """The counted noun of a count per unit ("goals" of "goals / game"); None for money per unit ("USD / share")."""
    if quantity.kind != QuantityKind.PER_UNIT:
        return None
    numerator = (quantity.unit or "").split("/")[0].strip()
    return numerator.replace("_", " ") if numerator.islower() else None


def within(claim: Claim, span: tuple[int, int]) -> bool:
    return span[0] <= claim.span[0] and claim.span[1] <= span[1]


# the window ------------------------------------------------------------------------


def window_of(ctx: ArticleContext, average: Claim) -> Window | None:
    """The counted window the average's clause states, or None ("averaged 121,000 a month in 2015" has none)."""
    start, end = average.sentence_span
    text = ctx.text[start:end]
    found: list[Window] = []
    for match in _WINDOW.finditer(text):
        if not any(match.group(g) for g in ("prep", "own", "recent", "first", "average")):
            continue  # "the 30-year mortgage", "a nine-year low": a length that is no window
        if match.group("a") and not (match.group("span") or match.group("average")):
            continue
        if re.match(r"[\s-]*(?:high|low|record|peak)", text[match.end() :], re.IGNORECASE):
            continue  # "a three-month high" is a record, not a window
        count = _number(match.group("n"))
        if count is None:
            continue
        unit = _unit(match.group("unit"))
        anchor, last = "latest", None
        if match.group("first"):
            anchor = "first"
        elif match.group("through"):
            anchor, last = "end", _end_of(match.group("end"), unit)
            if last is None:
                continue  # "the three months to the election": a window we cannot place
        span = (start + match.start(), start + match.end())
        words = " ".join(match.group(0).split()).rstrip(".")
        year = match.group("year") or (re.search(_YEAR, match.group("end") or "") or [None])[0]
        found.append(Window(count, unit, span, words, anchor, last, year=int(year) if year else None))
    for match in _QUARTER_WINDOW.finditer(text):
        span = (start + match.start(), start + match.end())
        owner = [c for c in ctx.claims_in(max(start, span[0] - 40), span[0]) if like(average, c)]
        if owner and owner[-1].id != average.id and not ctx.text[owner[-1].span[1] : span[0]].strip(" ,"):
            continue  # "50,100 in the fourth quarter": that figure's own date, not the average's window
        ordinal = match.group("ordinal")
        end_month = ORDINALS[ordinal.lower()] * 3 if ordinal else None
        anchor = "end" if end_month else "latest"
        year = int(match.group("year")) if match.group("year") else None
        words = " ".join(match.group(0).split())
        found.append(Window(3, "month", span, words, anchor, end_month, quarter=True, year=year))
    return _nearest(ctx, average, found)


def _nearest(ctx: ArticleContext, average: Claim, found: list[Window]) -> Window | None:
    """The window of the average's own clause: the nearest, with no break and no other like figure between."""
    kept = []
    for window in found:
        lo, hi = sorted([window.span, average.span])
        between = ctx.text[lo[1] : hi[0]]
        if CLAUSE_BREAK.search(between):
            continue
        # Figures of the average's kind between the window and the average: a list of them may be what is averaged
        # ("In the past three months payrolls grew 150,000, 180,000 and 33,000, an average of 121,000"); any other
        # figure there takes the window for itself.
        crossed = frozenset(
            c.id
            for c in ctx.claims_in(lo[1], hi[0])
            if like(average, c) and c.id != average.id and not within(c, window.span)
        )
        kept.append((len(between), replace(window, crossed=crossed)))
    if not kept:
        return None
    kept.sort(key=lambda k: k[0])
    return kept[0][1]


def _end_of(words: str, unit: str) -> int | None:
    """The period a window ends in, in its unit: "June" (6) for months, "2024" for years."""
    parts = words.lower().replace(".", "").split()
    if unit == "month" and parts[0] in MONTHS:
        return MONTHS[parts[0]]
    if unit == "year" and parts[-1].isdigit():
        return int(parts[-1])
    return None


def _number(word: str) -> int | None:
    if word.isdigit():
        value = int(word)
        return value if 2 <= value <= 31 else None
    return _NUMBER_WORDS.get(word.lower())


def _unit(word: str) -> str:
    word = " ".join(word.lower().split())
    if word == "innings":
        return "inning"
    word = word[:-1] if word.endswith("s") else word
    return _UNIT_NAMES.get(word, word)
