"""Time windows: an extreme over a window against the date it is an extreme since.

"a three-year high" ... "hasn't been this high since late 2021"; "the highest in
more than seven years, since October 2014"; "the lowest level in six years" ...
"the smallest deficit since 2008". This module also holds what the other time
finders share: the extremes an article states (:func:`extremes`), the dates they
name and "now" (:func:`now_for`). Spans counted from a year and totals over years
are in ``time_spans``, streaks in ``time_streaks``, records since a date against
the figures stated for the stretch between in ``time_records``.

Windows are counted back from "now": a year the extreme's own sentence names
("the city's shortfall for fiscal 2016 narrowed to its lowest level in seven
years"; not a year it sets against the present, "compared with 2015", "since
2008"), else the article's date when it is known (a publication date, a date the
page prints as its own at its top or alone at its end, a year the text calls
current). A date guessed from the years the article prints is never enough to
fail: the relation then carries that doubt.

What makes a pairing certain: the window and its date in one clause are a cue.
A window and a date stated apart are inferred: certain only when both speak of
the same extreme (high or low, a level or a move), their clauses share the thing
they are about (a name or a specific noun such as "deficit", not "price" or
"rate"; two names for one thing, "oil" and "crude", count as one; or the later
sentence opens with "It" right after the window's), they stand at most two
sentences apart and no other date of that extreme competes. Dates of one extreme
for several things the window covers ("oil prices hit a seven-year high" ...
"Brent ... the highest since October 2014" ... "WTI ... the highest since
September 2014") are each tied to it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.extraction.keywords import words_in
from factcheck.intervals import Interval
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_words import clause_of
from factcheck.relations.time_now import MON, MONTHS, Now, now_doubts, now_for
from factcheck.spans import Taken

_COUNT = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a": 1, "a dozen": 12,
    "several": -1,
}  # fmt: skip
N_WORDS = r"(?:\d{1,3}(?:\.\d)?|" + "|".join(k for k in _COUNT if k not in ("a", "several")) + r"|a\s+dozen)"
UNIT_YEARS = {"year": 1.0, "month": 1 / 12, "week": 7 / 365.25, "decade": 10.0}
UNIT = r"(?:year|month|week|decade)"
WINDOW_HEDGE = (
    r"(?P<hedge>more\s+than|over|well\s+over|just\s+over|nearly|almost|about|around|roughly|some|at\s+least"
    r"|close\s+to|just\s+under|under|less\s+than)"
)
_HIGH_WORDS = (
    r"high|highest|higher|peak|peaks|top|best|strongest|stronger|biggest|largest|most|fastest|greatest|steepest"
    r"|sharpest|widest|record"
)
_LOW_WORDS = r"low|lowest|lower|bottom|worst|weakest|weaker|smallest|least|slowest|fewest|narrowest|cheapest"
_EXTREME = rf"(?:{_HIGH_WORDS}|{_LOW_WORDS}|first)"
_EXTREME_WORDS = frozenset(f"{_HIGH_WORDS}|{_LOW_WORDS}|first".split("|"))
_COMPOUND_POLES = frozenset({"high", "low", "peak", "top", "bottom", "best", "worst", "record"})
_UNIT_WORDS = frozenset({"year", "years", "month", "months", "week", "weeks", "decade", "decades", "century"})
# "hasn't been this weak since 2017": a plain adjective after "this" or "so".
_BASE_HIGH = r"strong|big|large|fast|expensive|good|many|much|wide|steep"
_BASE_LOW = r"weak|small|slow|cheap|few|little|bad|narrow|poor"
_PART = (
    r"(?P<part>early|mid|late|the\s+end\s+of|end\s+of|the\s+start\s+of|start\s+of|the\s+beginning\s+of|beginning\s+of"
    r"|the\s+middle\s+of|middle\s+of|the\s+first\s+half\s+of|first\s+half\s+of|the\s+second\s+half\s+of"
    r"|second\s+half\s+of|the\s+(?P<q>first|second|third|fourth)\s+quarter\s+of)"
)
DATE = (
    rf"(?:(?:the\s+)?{_PART}[- ]?\s*)?(?:(?P<month>{MON})\s+(?:\d{{1,2}},?\s+)?(?:of\s+)?)?"
    r"(?:(?P<qq>Q[1-4])\s+)?(?P<year>(?:19|20)\d\d)(?P<decade>['’]?s\b)?(?![\d%-])"
)
# "a three-year high", "a 52-week low", "an eight-month peak".
_COMPOUND = re.compile(
    rf"\b(?:(?:{WINDOW_HEDGE})\s+)?(?:an?\s+|its\s+|their\s+|the\s+)?(?P<n>{N_WORDS})[- ](?P<unit>{UNIT})s?[- ]"
    rf"(?P<pol>high|low|peak|top|bottom|best|worst|record\s+high|record\s+low|record)\b",
    re.IGNORECASE,
)
_COMPOUND = led(_COMPOUND)  # read over the whole article: tried only where its first words or digits are
# "its best reading in over five years", "the lowest level in nearly 21 years", "first time in 8 years".
# "the fastest pace in a quarter century", "its lowest in half a century", "the highest in more than a decade"
_SPELLED_SPANS = {"a quarter century": (25.0, "year"), "half a century": (50.0, "year"), "a century": (100.0, "year")}
_SPELLED = re.compile(
    rf"\b(?P<pol>{_EXTREME})\b(?P<what>(?:\s+[\w’'-]+){{0,4}}?)\s+(?:in|for|since)\s+(?:{WINDOW_HEDGE}\s+)?"
    rf"(?:the\s+(?:past|last)\s+)?(?:(?P<n>{N_WORDS})\s+(?P<unit>{UNIT})s?"
    r"|(?P<spelled>a\s+quarter(?:\s+of\s+a)?[\s-]+century|half\s+a[\s-]+century|a\s+century|an?\s+decade))\b",
    re.IGNORECASE,
)
_SPELLED = led(_SPELLED)  # read over the whole article: tried only where its first words are
# "the highest since October 2014", "hasn't been trading this high since late 2021", "not seen since 2008".
SKIP = r"(?:(?!(?:19|20)\d\d\b)(?:[^.;:!?]|\.(?=\d)))"  # words that are no year: "topping out at 4.2 million"
_SINCE = re.compile(
    rf"\b(?P<pol>{_EXTREME}|seen|matched|reached|recorded|(?:this|so|as)\s+(?:{_BASE_HIGH}|{_BASE_LOW}))\b(?P<what>[^.;:!?]{{0,45}}?)\s+since\s+"
    rf"(?:{SKIP}{{0,50}}?\s+(?:in|on|of|at)\s+)?{DATE}",
    re.IGNORECASE,
)
_SINCE = led(_SINCE)  # read over the whole article: tried only where its first words are
_MOVE_NOUN = re.compile(
    r"\b(?:increase|rise|gain|growth|jump|surge|climb|advance|decline|drop|fall|loss|slide|plunge|slump|decrease"
    r"|pace|rally|sell-?off|move|change|one-day|daily|weekly|monthly|quarterly|annual)s?\b",
    re.IGNORECASE,
)
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


def _spelled(match: re.Match[str]) -> tuple[float, str]:
    """A span said in words: "a decade" is one decade, "a quarter (of a) century" 25 years, "half a century" 50."""
    said = " ".join(re.sub(r"\bof\s+a\b", "", match.group("spelled").lower().replace("-", " ")).split())
    if said.endswith("decade"):
        return 1.0, "decade"
    return _SPELLED_SPANS[said]


def count_of(text: str) -> float | None:
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
    scale = UNIT_YEARS[unit.lower().rstrip("s")]
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
        index = next(i for i, m in enumerate(MONTHS) if m.startswith(month.lower().rstrip(".")[:3]))
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
        taken = Taken()

        def free(span: tuple[int, int]) -> bool:
            return not taken.overlaps(span)

        # The unit and the extreme word are whole runs of letters in any match: without them, no scan.
        present = words_in(ctx.text)
        units = not _UNIT_WORDS.isdisjoint(present)
        for match in _COMPOUND.finditer(ctx.text) if units and not _COMPOUND_POLES.isdisjoint(present) else ():
            n = count_of(match.group("n"))
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
            taken.add(match.span())
        for match in _SPELLED.finditer(ctx.text) if units and not _EXTREME_WORDS.isdisjoint(present) else ():
            n, unit = _spelled(match) if match.group("spelled") else (count_of(match.group("n")), match.group("unit"))
            if n is None or not free(match.span()):
                continue
            found.append(
                Extreme(
                    match.span(),
                    match.group(0),
                    _polarity(match.group("pol")),
                    _is_move(match.group("what")),
                    years=allowed_years(n, unit, match.group("hedge")),
                )
            )
            taken.add(match.span())
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


# subjects --------------------------------------------------------------------------


# Names news prose uses in turn for one thing: "oil prices" in the lead, "Brent crude" below it.
_ONE_THING = {
    "crude": "oil", "brent": "oil", "wti": "oil", "payrolls": "jobs", "employment": "jobs", "hiring": "jobs",
    "jobless": "unemployment", "unemployed": "unemployment", "bullion": "gold",
    "homes": "housing", "home": "housing", "houses": "housing", "house": "housing", "treasuries": "treasury",
    "treasurys": "treasury", "bonds": "bond", "inflation": "cpi", "consumer-price": "cpi",
}  # fmt: skip
# What a series measures: two clauses that name different ones ("oil prices" and "crude exports") speak of two
# series, whatever else they share.
_MEASURES = frozenset(
    """exports imports inventories stockpiles stocks production output demand supply sales shipments deliveries
    volume volumes spending investment deficit surplus debt prices price yields yield rate rates""".split()  # noqa: SIM905
)
_MEASURE_KIN = {"price": "prices", "yield": "yields", "rate": "rates", "volume": "volumes", "stockpiles": "inventories"}


def nouns(text: str) -> set[str]:
    """The words that can name what a clause is about: no function words, no verbs, no generic measures.

    Two names of one thing ("crude" and "oil") are given as one.
    """
    words = re.findall(r"[A-Za-z][A-Za-z.-]+", re.sub(r"['’]s\b", "", text))
    found = {w.lower().strip(".-") for w in words if len(w) > 2}
    kept = {w for w in found if w not in _STOP and w not in _GENERIC and not re.search(r"(?:ed|ing)$", w)}
    return {_ONE_THING.get(w, w) for w in kept}


def measures(text: str) -> set[str]:
    """The measures a stretch names ("exports", "prices"), one word for each."""
    found = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return {_MEASURE_KIN.get(w, w) for w in found & _MEASURES}


def _about(ctx: ArticleContext, extreme: Extreme) -> set[str]:
    """The words of the extreme's clause up to the extreme, and the noun right after it: what it is about."""
    start, _ = clause_of(ctx, extreme.span)
    return nouns(ctx.text[start : extreme.span[0]] + " " + extreme.text.split(" since ")[0])


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
        yield from _window_and_dates(ctx, window, dates)


def claims_on(ctx: ArticleContext, span: tuple[int, int], kinds: tuple[QuantityKind, ...]) -> list[Claim]:
    return [c for c in ctx.claims_in(max(0, span[0] - 5), span[1]) if c.quantity.kind in kinds and c.span[0] >= span[0]]


def _window_and_dates(ctx: ArticleContext, window: Extreme, dates: list[Extreme]) -> Iterator[Relation]:
    fits = [d for d in dates if d.polarity == window.polarity and d.move == window.move]
    if not fits:
        return
    here = ctx.sentence_index(window.span[0])
    # One clause ties them ("its highest level in more than seven years, the highest since October 2014");
    # another clause of the sentence may speak of another series ("while silver rose to its highest since 2013").
    clause = clause_of(ctx, window.span)
    same = [d for d in fits if clause[0] <= d.span[0] < clause[1]]
    members = [Member(role="window", claim=c.id) for c in claims_on(ctx, window.span, (QuantityKind.DURATION,))]
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
            doubts=now_doubts(now),
        )
        reason = f"one sentence gives the window and the date: “{window.text}” and “{date.text}”"
        yield _relation(ctx, window, date, now, members, evidence, reason)
        return
    # Stated apart. Every date near the window that speaks of what it speaks of is tied to it: "oil prices hit
    # a seven-year high" holds for Brent and for WTI alike. With none, the nearest date of the same extreme,
    # the later one first (a lead is explained after it), stays open.
    near = [d for d in fits if abs(ctx.sentence_index(d.span[0]) - here) <= 2]
    tied = [d for d in near if _shared(ctx, window, d) and not _measure_conflict(ctx, window, d)]
    if not tied:
        tied = [min(fits, key=lambda d: (abs(ctx.sentence_index(d.span[0]) - here), d.span[0] < window.span[0]))]
    for date in tied:
        apart = abs(ctx.sentence_index(date.span[0]) - here)
        shared = _shared(ctx, window, date)
        now = now_for(ctx, window.span, [date.span])
        doubts = now_doubts(now)
        if apart > 2:
            doubts.append(f"the window and the date are {apart} sentences apart")
        conflict = _measure_conflict(ctx, window, date)
        if conflict:
            doubts.append(conflict)
        others = [d.text for d in fits if d not in tied and d.since != date.since and not _apart_of(ctx, window, d)]
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
        yield _relation(ctx, window, date, now, members, evidence, reason)


def _measure_conflict(ctx: ArticleContext, a: Extreme, b: Extreme) -> str:
    """ "Oil prices hit a seven-year high" and "crude exports, the highest since 2019": two measures of one thing."""
    mine, theirs = (measures(ctx.text[clause_of(ctx, e.span)[0] : e.span[1]]) for e in (a, b))
    if mine and theirs and not mine & theirs:
        return f"the window speaks of {', '.join(sorted(mine))}, the date of {', '.join(sorted(theirs))}"
    return ""


def _apart_of(ctx: ArticleContext, window: Extreme, date: Extreme) -> bool:
    """A date whose clause names what the window's does not, and shares nothing with it: another series."""
    return bool(_measure_conflict(ctx, window, date)) or (
        not _shared(ctx, window, date) and bool(_about(ctx, date)) and bool(_about(ctx, window))
    )


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
    if now.when.bounded and now.when.hi <= date.since.lo:
        # "Now" before the date the extreme is counted from: the year taken as now is not the news's.
        doubt = f"the year taken as now ({now.how}) comes before the date"
        evidence = evidence.model_copy(update={"doubts": [*evidence.doubts, doubt]})
    return Relation(
        kind=RelationKind.TIME_WINDOW,
        members=members,
        evidence=evidence,
        reason=f"{reason}; counted from {now.how}",
        params={
            "shape": "window",
            "window": window.text,
            "date": date.text,
            "years": [window.years.lo, finite(window.years.hi)],
            "since": [date.since.lo, date.since.hi],
            "now": [finite(now.when.lo), finite(now.when.hi)],
            "now_how": now.how,
        },
        spans=spans,
    )


def finite(value: float) -> float | None:
    return value if math.isfinite(value) else None
