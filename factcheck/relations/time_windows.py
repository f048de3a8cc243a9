"""Time windows: an extreme over a window against the date it is an extreme since, streaks, totals over years.

Shapes:

* a window and a date for one extreme: "a three-year high" ... "hasn't been this
  high since late 2021"; "the highest in more than seven years, since October
  2014"; "the lowest level in six years" ... "the smallest deficit since 2008";
* a span counted from a year: "in the four years since it topped out ... in 2018";
* a streak: "for a fifth consecutive year" with its first year ("every year since
  2015", "Before 2015, only ..."; a run of declines starts the year after a
  peak);
* a total over years restated per year: "$30 billion over five years, or about
  $6 billion a year".

Windows and streaks are counted back from "now": a year the extreme's own
sentence names ("the city's shortfall for fiscal 2016 narrowed to its lowest
level in seven years"; not a year it sets against the present, "compared with 2015",
"since 2008"), else the article's date when it is known (a publication date, a
date the page prints as its own at its top or alone at its end, a year the text
calls current). A date guessed from the years the article prints is never enough
to fail: the relation then carries that doubt.

What makes a pairing certain: the window and its date in one clause are a cue.
A window and a date stated apart are inferred: certain only when both speak of
the same extreme (high or low, a level or a move), their clauses share the thing
they are about (a name or a specific noun such as "deficit", not "price" or
"rate"; or the later sentence opens with "It" right after the window's), they
stand at most two sentences apart and no other date of that extreme competes. A
streak's first year in another sentence is tied the same way ("Before 2015, the
only years ..." restating the streak's threshold figure, "Before 2016, that had
never happened", a run of declines after a stated peak).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import currency, same_family, same_unit, show
from factcheck.intervals import Interval
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.multiples import clause_of, sentence_of

_COUNT = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "a dozen": 12,
    "several": -1,
}  # fmt: skip
_N = r"(?:\d{1,3}(?:\.\d)?|" + "|".join(k for k in _COUNT if k not in ("a", "several")) + r"|a\s+dozen)"
_UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "decade": 10.0}
_UNIT = r"(?:year|month|week|decade)"
_WINDOW_HEDGE = (
    r"(?P<hedge>more\s+than|over|well\s+over|just\s+over|nearly|almost|about|around|roughly|some|at\s+least"
    r"|close\s+to|just\s+under|under|less\s+than)"
)
_HIGH_WORDS = (
    r"high|highest|higher|peak|peaks|top|best|strongest|stronger|biggest|largest|most|fastest|greatest|steepest"
    r"|sharpest|widest|record"
)
_LOW_WORDS = r"low|lowest|lower|bottom|worst|weakest|weaker|smallest|least|slowest|fewest|narrowest|cheapest"
_EXTREME = rf"(?:{_HIGH_WORDS}|{_LOW_WORDS}|first)"
# "hasn't been this weak since 2017": a plain adjective after "this" or "so".
_BASE_HIGH = r"strong|big|large|fast|expensive|good|many|much|wide|steep"
_BASE_LOW = r"weak|small|slow|cheap|few|little|bad|narrow|poor"
_MONTHS = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
]  # fmt: skip
_MON = r"(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)"  # noqa: E501
_PART = (
    r"(?P<part>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of"
    r"|the\s+middle\s+of|middle\s+of|the\s+first\s+half\s+of|first\s+half\s+of|the\s+second\s+half\s+of"
    r"|second\s+half\s+of|the\s+(?P<q>first|second|third|fourth)\s+quarter\s+of)"
)
_DATE = (
    rf"(?:(?:the\s+)?{_PART}[- ]?\s*)?(?:(?P<month>{_MON})\s+(?:\d{{1,2}},?\s+)?(?:of\s+)?)?"
    r"(?:(?P<qq>Q[1-4])\s+)?(?P<year>(?:19|20)\d\d)(?P<decade>['’]?s\b)?(?![\d%-])"
)
# "a three-year high", "a 52-week low", "an eight-month peak".
_COMPOUND = re.compile(
    rf"\b(?:(?:{_WINDOW_HEDGE})\s+)?(?:an?\s+|its\s+|their\s+|the\s+)?(?P<n>{_N})[- ](?P<unit>{_UNIT})s?[- ]"
    rf"(?P<pol>high|low|peak|top|bottom|best|worst|record\s+high|record\s+low|record)\b",
    re.IGNORECASE,
)
# "the highest level in more than seven years", "its weakest level in just over 32 years", "first time in 10 years".
_SPELLED = re.compile(
    rf"\b(?P<pol>{_EXTREME})\b(?P<what>(?:\s+[\w’'-]+){{0,4}}?)\s+(?:in|for|since)\s+(?:{_WINDOW_HEDGE}\s+)?"
    rf"(?:the\s+(?:past|last)\s+)?(?P<n>{_N})\s+(?P<unit>{_UNIT})s?\b",
    re.IGNORECASE,
)
# "the highest since October 2014", "hasn't been trading this high since late 2021", "not seen since 2008".
_SKIP = r"(?:(?!(?:19|20)\d\d\b)(?:[^.;:!?]|\.(?=\d)))"  # words that are no year: "topping out at 4.2 million"
_SINCE = re.compile(
    rf"\b(?P<pol>{_EXTREME}|seen|matched|reached|recorded|(?:this|so|as)\s+(?:{_BASE_HIGH}|{_BASE_LOW}))\b(?P<what>[^.;:!?]{{0,45}}?)\s+since\s+"
    rf"(?:{_SKIP}{{0,50}}?\s+(?:in|on|of|at)\s+)?{_DATE}",
    re.IGNORECASE,
)
# "in the four years since it topped out at 4.2 million units in 2018".
_YEARS_SINCE = re.compile(
    rf"\b(?:{_WINDOW_HEDGE}\s+)?(?P<n>{_N})\s+(?P<unit>{_UNIT})s?\s+since\s+"
    rf"(?:{_SKIP}{{0,60}}?\bin\s+)?{_DATE}",
    re.IGNORECASE,
)
_ORDINAL = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
_STREAK = re.compile(
    r"\b(?P<n>" + "|".join(_ORDINAL) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:(?:consecutive|straight|successive)\s+(?:calendar\s+|fiscal\s+)?year\b|(?:calendar\s+|fiscal\s+)?year\s+in\s+a\s+row\b)",
    re.IGNORECASE,
)
_MOVE_NOUN = re.compile(
    r"\b(?:increase|rise|gain|growth|jump|surge|climb|advance|decline|drop|fall|loss|slide|plunge|slump|decrease"
    r"|pace|rally|sell-?off|move|change|one-day|daily|weekly|monthly|quarterly|annual)s?\b",
    re.IGNORECASE,
)
_SAME_FIGURE = "the same threshold figure"
# Nouns many different series share: two clauses that both say "price" or "rate" may still speak of two things.
_GENERIC = frozenset(
    """average price prices rate rates index value values number numbers total amount market markets company
    companies firm firms stock stocks share shares close reading gain gains rise pace growth sales revenue cost
    costs level data report government department economy country people month year quarter week day""".split()  # noqa: SIM905
)
_STOP = frozenset(
    """the a an its their his her our this that these those of in on at for to from by with as and or but was were
    is are be been has have had not n't hasn't haven't wasn't weren't isn't than since also more most less least
    level levels high highest low lowest year years month months week weeks time times record mark point points
    reading figure figures new last first second third per cent percent about nearly almost over just said says
    which who while when where after before during into trading traded amid hit hits hitting reached reach peak
    top bottom strongest weakest best worst biggest largest smallest fastest slowest some only each every around
    early late end start beginning mid million billion trillion thousand hundred""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Extreme:
    """A window ("a three-year high") or a date ("the highest since 2014") for one extreme."""

    span: tuple[int, int]
    text: str
    polarity: str  # "high", "low" or "first"
    move: bool  # about a move ("the biggest drop"), not a level
    years: Interval | None = None  # a window's allowed length, in years
    since: Interval | None = None  # a date's stretch of time, in fractional years
    since_span: tuple[int, int] | None = None


def _count(text: str) -> float | None:
    key = " ".join(text.lower().split())
    if key in _COUNT:
        value = _COUNT[key]
        return None if value < 0 else float(value)
    try:
        return float(key)
    except ValueError:
        return None


def allowed_years(n: float, unit: str, hedge: str | None) -> Interval:
    """An N-unit window's length: "three-year" 2.75–4 (writers round a 3.5-year window down), "more than seven" > 7."""
    scale = _UNIT_YEARS[unit.lower().rstrip("s")]
    hedge = " ".join((hedge or "").lower().split())
    if hedge in ("more than", "over", "well over", "at least"):
        lo, hi = n, math.inf
    elif hedge == "just over":
        lo, hi = n, n + 0.5
    elif hedge in ("nearly", "almost", "close to", "just under"):
        lo, hi = n - 0.5, n
    elif hedge in ("under", "less than"):
        lo, hi = 0.0, n
    elif hedge in ("about", "around", "roughly", "some"):
        lo, hi = n - 0.5, n + 1
    else:
        lo, hi = n - 0.25, n + 1
    return Interval(lo * scale, hi * scale)


def _polarity(word: str) -> str:
    word = word.lower().split()[-1]
    if re.fullmatch(_BASE_HIGH, word):
        return "high"
    if re.fullmatch(_BASE_LOW, word):
        return "low"
    if word == "first":
        return "first"
    if re.fullmatch(_LOW_WORDS, word):
        return "low"
    if re.fullmatch(_HIGH_WORDS, word):
        return "high"
    return ""


def date_interval(match: re.Match[str], prefix: str = "") -> Interval:
    """The stretch of time a date names: "late 2021" is Sep–Dec 2021, "October 2014" one month."""
    year = int(match.group(prefix + "year"))
    if match.groupdict().get(prefix + "decade") and year % 10 == 0:
        return Interval(year, year + 10)  # "since the 1970s"
    month = match.group(prefix + "month")
    if month:
        index = next(i for i, m in enumerate(_MONTHS) if m.startswith(month.lower().rstrip(".")[:3]))
        return Interval(year + index / 12, year + (index + 1) / 12)
    quarter = match.group(prefix + "q") or match.group(prefix + "qq")
    if quarter:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(quarter.lower()) or int(quarter[-1])
        return Interval(year + (q - 1) / 4, year + q / 4)
    part = " ".join((match.group(prefix + "part") or "").lower().split()).removeprefix("the ")
    parts = {
        "early": (0, 4), "mid": (4, 8), "middle of": (4, 8), "late": (8, 12), "end of": (10, 12), "start of": (0, 2),
        "beginning of": (0, 2), "first half of": (0, 6), "second half of": (6, 12),
    }  # fmt: skip
    if part in parts:
        lo, hi = parts[part]
        return Interval(year + lo / 12, year + hi / 12)
    return Interval(year, year + 1)


def _is_move(text: str) -> bool:
    return bool(_MOVE_NOUN.search(text))


def extremes(ctx: ArticleContext) -> list[Extreme]:
    def make() -> list[Extreme]:
        found: list[Extreme] = []
        taken: list[tuple[int, int]] = []

        def free(span: tuple[int, int]) -> bool:
            return not any(s < span[1] and span[0] < e for s, e in taken)

        for match in _COMPOUND.finditer(ctx.text):
            n = _count(match.group("n"))
            if n is None:
                continue
            pol = match.group("pol").lower().split()[-1]
            polarity = "high" if pol in ("high", "peak", "top", "best", "record") else "low"
            after = ctx.text[match.end() : match.end() + 20]
            found.append(
                Extreme(
                    match.span(),
                    match.group(0),
                    polarity,
                    _is_move(after),
                    years=allowed_years(n, match.group("unit"), match.group("hedge")),
                )
            )
            taken.append(match.span())
        for match in _SPELLED.finditer(ctx.text):
            n = _count(match.group("n"))
            if n is None or not free(match.span()):
                continue
            found.append(
                Extreme(
                    match.span(),
                    match.group(0),
                    _polarity(match.group("pol")),
                    _is_move(match.group("what")),
                    years=allowed_years(n, match.group("unit"), match.group("hedge")),
                )
            )
            taken.append(match.span())
        for match in _SINCE.finditer(ctx.text):
            # "a high of $96.16, the highest since": the extreme word nearest the date is the one it dates.
            extreme = rf"\b(?:{_EXTREME}|(?:this|so|as)\s+(?:{_BASE_HIGH}|{_BASE_LOW}))\b"
            words = list(re.finditer(extreme, ctx.text[match.start() : match.start("year")], re.I))
            start = match.start() + words[-1].start() if words else match.start()
            if not free((start, match.end())):
                # "its highest level in more than five years, since March 2011": the window's own date.
                since_at = ctx.text.rfind("since", start, match.start("year"))
                if since_at < 0 or not free((since_at, match.end())):
                    continue
                start = since_at
            polarity = _polarity(words[-1].group(0)) if words else _nearest_polarity(ctx, match.start())
            if not polarity:
                continue
            what = ctx.text[start : match.start("year")]
            found.append(
                Extreme(
                    (start, match.end()),
                    ctx.text[start : match.end()],
                    polarity,
                    _is_move(what),
                    since=date_interval(match),
                    since_span=match.span("year"),
                )
            )
        return sorted(found, key=lambda e: e.span)

    return ctx.memo("time_extremes", make)


def _nearest_polarity(ctx: ArticleContext, offset: int) -> str:
    """ "a level not seen since 2008": the extreme word said just before."""
    before = ctx.text[max(clause_of(ctx, (offset, offset))[0], offset - 60) : offset]
    found = ""
    for match in re.finditer(rf"\b({_HIGH_WORDS}|{_LOW_WORDS})\b", before, re.IGNORECASE):
        found = _polarity(match.group(1))
    return found


# now -------------------------------------------------------------------------------

_NOW_YEAR = re.compile(
    r"\b(?:in|for|during|of|fiscal(?:\s+year)?|calendar(?:\s+year)?|FY)\s+(?P<year>(?:19|20)\d\d)\b(?![\d%-])",
    re.IGNORECASE,
)
# A year set against the present, not the present: "compared with a record in 2015", "since 2008", "by 2030".
_NOT_NOW = re.compile(
    r"\b(?:since|before|after|until|till|through|by|from|between|compared|(?<!more\s)(?<!less\s)(?<!fewer\s)than"
    r"|versus|vs|against|peak\w*"
    r"|forecasts?|forecast\w*|target\w*|plans?|last|previous|prior|earlier|ago|began|begun)\b",
    re.IGNORECASE,
)
_DATELINE = re.compile(
    rf"^\W{{0,3}}(?:[A-Z][A-Za-z .]{{0,30}},\s*)?(?P<month>{_MON})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"
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
    rf"[(\[]\s*(?P<month>{_MON})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\s*[)\]]\W{{0,3}}$"
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
        m = next(i for i, name in enumerate(_MONTHS, start=1) if name.startswith(match.group("month").lower()[:3]))
        d = int(match.group("day"))
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    start = y + (m - 1) / 12 + (d - 1) / 365
    return Interval(start, start + 1 / 365)


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
        return Now(top, "the date the article prints as its own", True)
    date = ctx.date
    if date.known:
        how = "the article's publication date" if date.how == "published" else "the year the article calls current"
        return Now(date.when, how, True)
    return Now(date.when, "a guess from the latest year the article mentions", False)


def _now_doubts(now: Now) -> list[str]:
    if now.known:
        return []
    if not now.when.bounded:
        return ["the article's date is not known"]
    return [f"the article's date is not known (only guessed as {int(now.when.lo)} from the years it mentions)"]


# subjects --------------------------------------------------------------------------


def _nouns(text: str) -> set[str]:
    """The words that can name what a clause is about: no function words, no verbs, no generic measures."""
    words = re.findall(r"[A-Za-z][A-Za-z.-]+", re.sub(r"['’]s\b", "", text))
    found = {w.lower().strip(".-") for w in words if len(w) > 2}
    return {w for w in found if w not in _STOP and w not in _GENERIC and not re.search(r"(?:ed|ing)$", w)}


def _about(ctx: ArticleContext, extreme: Extreme) -> set[str]:
    """The words of the extreme's clause up to the extreme, and the noun right after it: what it is about."""
    start, _ = clause_of(ctx, extreme.span)
    return _nouns(ctx.text[start : extreme.span[0]] + " " + extreme.text.split(" since ")[0])


_PRONOUN = re.compile(r"^\W*(?:It|They|This|That|Its|Their)\b", re.IGNORECASE)
REFERS_BACK = "a pronoun that refers to the sentence before"


def refers_back(ctx: ArticleContext, earlier: int, later: int) -> bool:
    """ "The stock hit a three-year high. It has not been this high since 2016.": the later sentence's subject
    is a pronoun for the earlier one's, right before it."""
    index = ctx.sentence_index(later)
    if index != ctx.sentence_index(earlier) + 1:
        return False
    return bool(_PRONOUN.match(ctx.text[ctx.sentences[index][0] : later]))


def _shared(ctx: ArticleContext, a: Extreme, b: Extreme) -> set[str]:
    found = _about(ctx, a) & _about(ctx, b)
    first, second = sorted((a, b), key=lambda e: e.span[0])
    if refers_back(ctx, first.span[0], second.span[0]):
        found.add(REFERS_BACK)
    return found


# the finder ------------------------------------------------------------------------


@finder("time_windows")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    found = extremes(ctx)
    windows = [e for e in found if e.years is not None]
    dates = [e for e in found if e.since is not None]
    for window in windows:
        relation = _window_and_date(ctx, window, dates)
        if relation is not None:
            yield relation
    yield from _years_since(ctx)
    yield from _spans(ctx)
    yield from _streaks(ctx)
    yield from _per_year(ctx)


def _claims_on(ctx: ArticleContext, span: tuple[int, int], kinds: tuple[QuantityKind, ...]) -> list[Claim]:
    return [c for c in ctx.claims_in(max(0, span[0] - 5), span[1]) if c.quantity.kind in kinds and c.span[0] >= span[0]]


def _window_and_date(ctx: ArticleContext, window: Extreme, dates: list[Extreme]) -> Relation | None:
    fits = [d for d in dates if d.polarity == window.polarity and d.move == window.move]
    if not fits:
        return None
    here = ctx.sentence_index(window.span[0])
    # One clause ties them ("its highest level in more than seven years, the highest since October 2014");
    # another clause of the sentence may speak of another series ("while silver rose to its highest since 2013").
    clause = clause_of(ctx, window.span)
    same = [d for d in fits if clause[0] <= d.span[0] < clause[1]]
    members = [Member(role="window", claim=c.id) for c in _claims_on(ctx, window.span, (QuantityKind.DURATION,))]
    if same:
        date = min(same, key=lambda d: abs(d.span[0] - window.span[0]))
        now = now_for(ctx, window.span, [date.span])
        cues = [cue(ctx, window.span, "the window"), cue(ctx, date.span, "the date it is an extreme since")]
        evidence = Evidence(
            tie=Tie.CUE,
            cues=cues,
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            ambiguous=[d.text for d in same if d is not date and d.since != date.since],
            doubts=_now_doubts(now),
        )
        reason = f"one sentence gives the window and the date: “{window.text}” and “{date.text}”"
        return _relation(ctx, window, date, now, members, evidence, reason)
    # Stated apart: the nearest date of the same extreme, the later one first (a lead is explained after it).
    date = min(fits, key=lambda d: (abs(ctx.sentence_index(d.span[0]) - here), d.span[0] < window.span[0]))
    apart = abs(ctx.sentence_index(date.span[0]) - here)
    shared = _shared(ctx, window, date)
    doubts = _now_doubts(now_for(ctx, window.span, [date.span]))
    if apart > 2:
        doubts.append(f"the window and the date are {apart} sentences apart")
    now = now_for(ctx, window.span, [date.span])
    others = [d.text for d in fits if d is not date and d.since != date.since]
    evidence = Evidence(
        tie=Tie.INFERRED,
        cues=[cue(ctx, window.span, "the window"), cue(ctx, date.span, "the date it is an extreme since")],
        sentences_apart=apart,
        subject=Agreement.AGREE if shared else Agreement.UNKNOWN,
        metric=Agreement.AGREE if shared else Agreement.UNKNOWN,
        ambiguous=others,
        doubts=doubts,
    )
    about = f" (both about {', '.join(sorted(shared)[:3])})" if shared else ""
    reason = f"“{window.text}” and “{date.text}” speak of the same extreme{about}"
    return _relation(ctx, window, date, now, members, evidence, reason)


def _relation(
    ctx: ArticleContext,
    window: Extreme,
    date: Extreme,
    now: Now,
    members: list[Member],
    evidence: Evidence,
    reason: str,
) -> Relation:
    assert window.years is not None and date.since is not None
    spans = [window.span, date.span] + ([now.span] if now.span else [])
    if now.span:
        evidence = evidence.model_copy(update={"cues": [*evidence.cues, cue(ctx, now.span, "now")]})
    return Relation(
        kind=RelationKind.TIME_WINDOW,
        members=members,
        evidence=evidence,
        reason=f"{reason}; counted from {now.how}",
        params={
            "shape": "window",
            "window": window.text,
            "date": date.text,
            "years": [window.years.lo, _finite(window.years.hi)],
            "since": [date.since.lo, date.since.hi],
            "now": [_finite(now.when.lo), _finite(now.when.hi)],
            "now_how": now.how,
        },
        spans=spans,
    )


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _years_since(ctx: ArticleContext) -> Iterator[Relation]:
    """ "In the four years since it topped out at 4.2 million units in 2018"."""
    for match in _YEARS_SINCE.finditer(ctx.text):
        n = _count(match.group("n"))
        if n is None:
            continue
        start = date_interval(match)
        now = now_for(ctx, match.span(), [match.span()])
        members = [Member(role="window", claim=c.id) for c in _claims_on(ctx, match.span(), (QuantityKind.DURATION,))]
        years = allowed_years(n, match.group("unit"), match.group("hedge"))
        # Counted in whole units: "three years since 2016" in 2019 is 2019 - 2016.
        years = Interval(years.lo - 0.75 * _UNIT_YEARS[match.group("unit").lower()], years.hi)
        evidence = Evidence(
            tie=Tie.CUE,
            cues=[cue(ctx, match.span(), "a span counted from a date")],
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            doubts=_now_doubts(now),
        )
        yield Relation(
            kind=RelationKind.TIME_WINDOW,
            members=members,
            evidence=evidence,
            reason=f"“{' '.join(match.group(0).split())}” counts from {match.group('year')}; counted to {now.how}",
            params={
                "shape": "window",
                "window": " ".join(match.group(0).split()),
                "date": match.group("year"),
                "years": [years.lo, _finite(years.hi)],
                "since": [start.lo, start.hi],
                "now": [_finite(now.when.lo), _finite(now.when.hi)],
                "now_how": now.how,
            },
            spans=[match.span()] + ([now.span] if now.span else []),
        )


# spans between two stated years ------------------------------------------------------

# "over nearly five decades", "in just six years", "over the past decade": how long a stated change took.
_DURING = re.compile(
    r"\b(?P<prep>over|in|during|across|within|spanning)\s+(?:just\s+|only\s+)?(?:the\s+(?:past|last)\s+)?"
    r"(?:(?P<hedge>more\s+than|nearly|almost|about|around|roughly|some|just\s+over|just\s+under|less\s+than)\s+)?"
    rf"(?P<n>{_N}|a)\s+(?P<unit>years?|decades?)\b(?!\s+(?:ago|earlier|before|later|old))",
    re.IGNORECASE,
)
_FROM_YEAR = re.compile(
    r"\b(?:from|between)\b(?P<a>(?:(?!\b(?:to|and|through|until)\b)[^.;!?]){0,70}?)\b(?P<y1>(?:19|20)\d\d)\b(?![\d%])"
    r"(?:(?!\b(?:19|20)\d\d\b)[^;!?]){0,90}?\b(?:to|and|through|until)\b(?:(?!\b(?:19|20)\d\d\b)[^.;!?]){0,70}?"
    r"\b(?P<y2>(?:19|20)\d\d)\b(?![\d%])",
    re.IGNORECASE,
)
_BACK = re.compile(r"^\W*(?:This|That|These|The)\b", re.IGNORECASE)


def _spans(ctx: ArticleContext) -> Iterator[Relation]:
    """ "emissions rose from X in 1975 to Y in 2022 ... over nearly five decades": the span between the years."""
    windows = [e.span for e in extremes(ctx)]
    for match in _DURING.finditer(ctx.text):
        n = _count(match.group("n"))
        if not n or any(s < match.end() and match.start() < e for s, e in windows):
            continue  # "the lowest level in six years" is a window, not a span
        sentence = sentence_of(ctx, match.start())
        pairs = [p for p in _FROM_YEAR.finditer(ctx.text, sentence[0], sentence[1]) if int(p["y2"]) > int(p["y1"])]
        tie = Tie.CUE
        if not pairs and _BACK.match(ctx.text[sentence[0] : match.start()]):
            index = ctx.sentence_index(match.start())
            if index > 0:
                before = ctx.sentences[index - 1]
                pairs = [p for p in _FROM_YEAR.finditer(ctx.text, *before) if int(p["y2"]) > int(p["y1"])]
                tie = Tie.STRUCTURE
        if not pairs:
            continue
        pair = pairs[0]
        first, last = int(pair["y1"]), int(pair["y2"])
        unit = match.group("unit").lower().rstrip("s")
        length = n * _UNIT_YEARS[unit]
        hedge = (match.group("hedge") or "").lower()
        if hedge:
            years = allowed_years(n, unit, hedge)
        else:
            # A span counted in calendar years: "over three decades" is 27 to 33 years, "in six years" 5 to 7.
            slack = max(1.0, 0.1 * length)
            # "over a decade" may mean during one or more than one: only a span too short can fail it.
            years = Interval(length - slack, math.inf if match.group("prep").lower() == "over" else length + slack)
        members = [Member(role="window", claim=c.id) for c in _claims_on(ctx, match.span(), (QuantityKind.DURATION,))]
        evidence = Evidence(
            tie=tie,
            cues=[cue(ctx, match.span(), "the span"), cue(ctx, pair.span(), "its first and last years")],
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            ambiguous=[p.group(0)[:40] for p in pairs[1:] if (p["y1"], p["y2"]) != (pair["y1"], pair["y2"])],
        )
        where = "in the same sentence" if tie == Tie.CUE else "in the sentence it refers back to"
        yield Relation(
            kind=RelationKind.TIME_WINDOW,
            members=members,
            evidence=evidence,
            reason=f"“{' '.join(match.group(0).split())}” is the span from {first} to {last}, stated {where}",
            params={
                "shape": "window",
                "window": " ".join(match.group(0).split()),
                "date": f"{first} to {last}",
                "years": [years.lo, _finite(years.hi)],
                # Whole years apart: the span is last - first, to half a year either way.
                "since": [first - 0.25, first + 0.25],
                "now": [last - 0.25, last + 0.25],
                "now_how": f"{last}, the last year stated",
                "between": True,
            },
            spans=[match.span(), pair.span("y1"), pair.span("y2")],
        )


# streaks ---------------------------------------------------------------------------

_SINCE_YEAR = re.compile(r"\b(?:(?:every|each)\s+year\s+)?since\s+(?P<year>(?:19|20)\d\d)\b(?![\d%])", re.IGNORECASE)
_BEFORE_YEAR = re.compile(
    r"(?:^|[.!?]\s+|\n)\W*(?:Before|Until|Prior\s+to)\s+(?P<year>(?:19|20)\d\d)\b,?(?P<rest>[^.!?]*)", re.IGNORECASE
)
_PEAK_YEAR = re.compile(
    r"\b(?P<turn>peaked|peaking|hit\s+(?:a|its)\s+peak|reached\s+(?:a|its)\s+peak|topped\s+out|bottomed(?:\s+out)?"
    r"|hit\s+(?:a|its)\s+low|trough)\b(?:[^.;!?]|\.(?=\d)){0,60}?\bin\s+(?P<year>(?:19|20)\d\d)\b(?![\d%])",
    re.IGNORECASE,
)
_DECLINE = re.compile(r"\b(?:declin\w*|fell|fall\w*|drop\w*|decreas\w*|shr[ai]nk\w*|los[st]\w*|lower|down)\b", re.I)
_RISE = re.compile(r"\b(?:ris\w*|rose|grow\w*|grew|increas\w*|gain\w*|climb\w*|higher|up|topped|above)\b", re.I)


def _streaks(ctx: ArticleContext) -> Iterator[Relation]:
    for match in _STREAK.finditer(ctx.text):
        raw = match.group("n").lower()
        n = _ORDINAL.get(raw) or int(re.sub(r"\D", "", raw))
        relation = _streak(ctx, match, n)
        if relation is not None:
            yield relation


def _streak(ctx: ArticleContext, match: re.Match[str], n: int) -> Relation | None:
    index = ctx.sentence_index(match.start())
    start: tuple[int, int, tuple[int, int], str] | None = None  # first years lo..hi, span, how
    tie = Tie.CUE
    shared: set[str] = set()
    since = _streak_since(ctx, match)
    if since is not None:
        year = int(since.group("year"))
        # "the fifth straight year of growth since 2015": 2015 may be the first year or the base before it.
        start = (year, year + 1, since.span(), f"“{since.group(0)}”")
    else:
        start, shared = _first_year_apart(ctx, match, index) or (None, set())
        tie = Tie.INFERRED
    if start is None:
        return None
    first_lo, first_hi, first_span, how = start
    now = now_for(ctx, match.span(), [first_span])
    if now.known and now.how.startswith("the article's publication"):
        # A report of last year's figures is often published early the next year.
        now = Now(Interval(now.when.lo - 1, now.when.hi), now.how, True)
    end_lo: int | None = None
    end_hi: int | None = None
    if now.when.bounded:
        # The calendar years "now" can fall in: [2019, 2020) is 2019 alone.
        end_lo = math.floor(now.when.lo)
        end_hi = max(end_lo, math.ceil(now.when.hi) - 1)
    members = [Member(role="streak", claim=c.id) for c in _claims_on(ctx, match.span(), (QuantityKind.RANK,))]
    doubts = _now_doubts(now)
    apart = abs(ctx.sentence_index(first_span[0]) - index)
    # The same threshold restated ("topped 17 million" ... "sold more than 17 million") ties a little further.
    if tie == Tie.INFERRED and apart > (5 if _SAME_FIGURE in shared else 3):
        doubts.append(f"the streak and its first year are {apart} sentences apart")
    evidence = Evidence(
        tie=tie,
        cues=[cue(ctx, match.span(), "the streak"), cue(ctx, first_span, "its first year")],
        sentences_apart=apart,
        subject=Agreement.AGREE if tie == Tie.CUE or shared else Agreement.UNKNOWN,
        metric=Agreement.AGREE if tie == Tie.CUE or shared else Agreement.UNKNOWN,
        doubts=doubts,
    )
    spans = [match.span(), first_span] + ([now.span] if now.span else [])
    return Relation(
        kind=RelationKind.TIME_WINDOW,
        members=members,
        evidence=evidence,
        reason=f"“{match.group(0)}” starts {how}; counted to {now.how}",
        params={
            "shape": "streak",
            "streak": match.group(0),
            "count": n,
            "first": [first_lo, first_hi],
            "end": [end_lo, end_hi],
            "now_how": now.how,
        },
        spans=spans,
    )


def _streak_since(ctx: ArticleContext, match: re.Match[str]) -> re.Match[str] | None:
    """ "for a fifth straight year since 2015", "every year since 2015": a since that belongs to the streak.

    A since that dates an extreme ("the highest level since 2001 ... for the second year in a row") does not.
    """
    clause = clause_of(ctx, match.span())
    dated = [e.span for e in extremes(ctx) if e.since is not None]
    for since in _SINCE_YEAR.finditer(ctx.text, clause[0], clause[1]):
        if any(s <= since.start() < e for s, e in dated):
            continue
        close = 0 <= since.start() - match.end() <= 40 and "," not in ctx.text[match.end() : since.start()]
        if close or since.group(0).lower().startswith(("every", "each")):
            return since
    return None


def _first_year_apart(
    ctx: ArticleContext, match: re.Match[str], index: int
) -> tuple[tuple[int, int, tuple[int, int], str], set[str]] | None:
    """ "Before 2015, only ..." or "peaked ... in 2009" near a streak: when the streak began."""
    sentence = sentence_of(ctx, match.start())
    clause = ctx.text[clause_of(ctx, match.span())[0] : match.end() + 60]
    streak_words = _nouns(ctx.text[sentence[0] : sentence[1]])
    figures = ctx.claims_in(*sentence)
    lo = ctx.sentences[max(0, index - 4)][0]
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 4)][1]
    found: list[tuple[tuple[int, int, tuple[int, int], str], set[str]]] = []
    for before in _BEFORE_YEAR.finditer(ctx.text, lo, hi):
        rest = before.group("rest")
        if not re.search(r"\b(?:only|never|no|not|none|just)\b", rest, re.IGNORECASE):
            continue
        year = int(before.group("year"))
        where = sentence_of(ctx, before.start("year"))
        shared = streak_words & _nouns(ctx.text[where[0] : where[1]])
        if any(
            a.quantity.value == b.quantity.value and same_family(a, b) for a in ctx.claims_in(*where) for b in figures
        ):
            shared.add(_SAME_FIGURE)
        # "Before 2016, that had never happened": the streak of the sentence before.
        if re.match(r"\W*(?:that|this|it)\b", before.group("rest")) and ctx.sentence_index(where[0]) == index + 1:
            shared.add(REFERS_BACK)
        words = " ".join(before.group(0).strip(" .!?\n").split()[:6])
        found.append(((year, year, before.span("year"), f"after “{words} …”"), shared))
    declines = bool(_DECLINE.search(clause)) and not _RISE.search(clause)
    rises = bool(_RISE.search(clause)) and not _DECLINE.search(clause)
    for peak in _PEAK_YEAR.finditer(ctx.text, lo, hi):
        turn = peak.group("turn").lower()
        top = turn.startswith(("peak", "hit a peak", "hit its peak", "reached", "topped"))
        if (top and not declines) or (not top and not rises):
            continue
        year = int(peak.group("year")) + 1
        where = sentence_of(ctx, peak.start())
        shared = streak_words & _nouns(ctx.text[where[0] : where[1]])
        found.append(((year, year, peak.span("year"), f"the year after “{peak.group(0)}”"), shared))
    if len(found) != 1:
        return None
    return found[0]


# totals over years -----------------------------------------------------------------

_OVER_YEARS = re.compile(
    rf"^\s*(?:[\w’'-]+\s+){{0,4}}?(?:over|across|during|in)\s+(?:the\s+)?(?:next|past|coming|last|following)?\s*"
    rf"(?P<n>{_N})\s+years\b",
    re.IGNORECASE,
)
_PER_YEAR = re.compile(r"^\s*(?:a|per|each|every)\s+year\b|^\s*annually\b|^\s*a\s+year\b|^\s*yearly\b", re.IGNORECASE)
_RESTATED = re.compile(
    r"^\s*,?\s*(?:or|i\.e\.|that\s+is|which\s+is)\s+(?:about|around|roughly|some|nearly|almost|an\s+average\s+of"
    r"|on\s+average)?\s*$",
    re.IGNORECASE,
)


def _per_year(ctx: ArticleContext) -> Iterator[Relation]:
    """ "$30 billion over five years, or about $6 billion a year": the total and its yearly share in one breath."""
    money = [c for c in ctx.claims if c.quantity.kind in (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.NUMBER)]
    for total in money:
        window = _OVER_YEARS.match(ctx.text[total.span[1] : total.span[1] + 60])
        if window is None:
            continue
        n = _count(window.group("n"))
        if not n:
            continue
        after = total.span[1] + window.end()
        following = [
            c
            for c in ctx.claims_in(after, min(total.sentence_span[1], after + 40))
            if c.quantity.kind != QuantityKind.DURATION
        ]
        yearly = next(iter(following), None)
        if yearly is None:
            continue
        # "$6 billion a year" may be read as one per-year amount or as an amount followed by "a year".
        per_year = yearly.quantity.kind == QuantityKind.PER_UNIT and (yearly.quantity.noun or "").lower() == "year"
        if per_year:
            if currency(yearly) != currency(total) or total.quantity.kind != QuantityKind.MONEY:
                continue
        elif not same_unit(yearly, total) or not _PER_YEAR.match(ctx.text[yearly.span[1] :]):
            continue
        if not _RESTATED.match(ctx.text[after : yearly.span[0]]):
            continue
        cues: list[Cue] = [cue(ctx, (total.span[1], yearly.span[0]), "the total restated per year")]
        yield Relation(
            kind=RelationKind.TIME_WINDOW,
            members=[Member(role="total", claim=total.id), Member(role="yearly", claim=yearly.id)],
            evidence=Evidence(
                tie=Tie.CUE, cues=cues, subject=Agreement.AGREE, metric=Agreement.AGREE, unit=Agreement.AGREE
            ),
            reason=f"“{show(total)} {window.group(0).strip()}” is restated as {show(yearly)} a year",
            params={"shape": "per_year", "years": n},
        )
