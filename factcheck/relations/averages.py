"""A stated average against the figures the article gives for its window.

Two shapes carry an average with its figures in news copy:

* a list in the average's own clause: "grew 2.1% in the first quarter, 2.5% in the
  second and 2.6% in the third, an average of 2.4%", "scored 7, 9 and 11, an average of
  9", or a colon list right after it ("averaged 121,000 over three months: 150,000 in
  May, ...");
* an average over a counted window ("averaged 121,000 over the past three months", "the
  three-month average of 121,000") with one dated figure per period in the sentences
  around it ("Employers added 150,000 jobs in May. April's gain was revised up to
  180,000 from 165,000, and March's was 33,000.").

The window is read from the words: its length (a digit or a number word) and its unit
(days, sessions, weeks, months, quarters, years, games, seasons ...). A list is taken
only when it holds exactly as many figures as the window (with no window stated, the
list's own count is the window, and the average must follow it with "an average of",
"averaging" and the like). Figures stated apart are taken only when every period of the
window has one dated reading of the same unit and measure, the periods are contiguous,
and a "past/last" window ends at the latest period the article gives. A start ("from
165,000"), a first print revised away ("161,000 was revised down to 142,000"), an earlier
period's figure and an estimate are no readings.

A list in the average's clause is tied by structure. Figures in neighbouring sentences
(two either side) are inferred: what they measure must agree with the average for the
pairing to be certain. A figure further back (a jobs report's lead) is taken only when
its measure is named as the average's; if another figure could fill its period it stays
a doubt. Other doubts keep the check quiet: a second figure for one month, a growth rate
against a level, another basis ("from the month before"), or a group the average names
and the figures' sentences do not ("Private payrolls have averaged" against all
payrolls).

Averages per unit ("3.27 goals per game", "61 mph") whose figures are not given one by
one are left to the per-unit finder: without the individual figures nothing is paired.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from factcheck.claim import Claim, TimeKind
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, same_things, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.averages_windows import (
    CLAUSE_BREAK,
    MONTHS,
    ORDINALS,
    Window,
    counted_per_unit,
    like,
    window_of,
    within,
)
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, inferred, stated_together
from factcheck.relations.growth import basis
from factcheck.relations.prose import is_estimate, is_prior_by_date, lead, starts_from, trail

_HEDGE = (
    r"(?:(?:around|about|nearly|almost|roughly|some|over|more\s+than|less\s+than|under|just(?:\s+(?:over|under))?"
    r"|approximately|close\s+to|an\s+even|a\s+little\s+(?:over|under|more\s+than|less\s+than))\s+)"
)
_MONEY_LEAD = r"(?:(?:Rs\.?|US|HK|S|A|C|NZ|¥|₹|£|€|\$)\s*)"
_TAIL = rf"\s*{_HEDGE}?{_MONEY_LEAD}?$"

# "averaged 121,000", "averaging $3.20", "has averaged about 2%", "averages out at 9"
_VERB_LEAD = re.compile(
    rf"\baverag(?:ed|es|ing)\s+(?:out\s+)?(?:at\s+|to\s+)?(?:(?:a|an)\s+(?:monthly|weekly|daily|quarterly|annual|yearly)"
    rf"\s+(?:gain|increase|rise|loss|decline|drop|pace|rate)\s+of\s+)?{_TAIL}",
    re.IGNORECASE,
)
_VERB_LEAD = gated(_VERB_LEAD)  # tried on every figure's window, seldom matching there
# "an average of 2.4%", "the three-month average of 121,000", "the average monthly gain of", "the three-month
# average of hiring held at 150,000", "an average 9 points"
_NOUN_LEAD = re.compile(
    rf"\baverage\s+(?:[\w’'-]+\s+){{0,4}}?(?:of|was|is|were|at|stood\s+at|remained\s+at|held\s+at|came\s+(?:in\s+)?(?:at|to)"
    rf"|has\s+been|had\s+been|rose\s+to|fell\s+to|climbed\s+to|slipped\s+to|reached|hit)\s+(?:(?:an?|the)\s+)?{_TAIL}",
    re.IGNORECASE,
)
_NOUN_LEAD = gated(_NOUN_LEAD)  # tried on every figure's window, seldom matching there
# "176,000 average gain", "9 points on average", "121,000 a month on average"
_AVERAGE_TRAIL = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:a|per)\s+(?:month|quarter|year|week|day|game|session)\s+on\s+average\b"
    r"|^\s*(?:[\w-]+\s+)?(?:,\s*)?on\s+average\b|^\s*average\b(?!\s+(?:estimate|forecast|expectation))",
    re.IGNORECASE,
)
_AVERAGE_TRAIL = gated(_AVERAGE_TRAIL)  # tried on every figure's window, seldom matching there
# "Dow Jones Industrial Average", "moving average", "average estimate": the word names no average of stated figures.
_NOT_AN_AVERAGE = re.compile(
    r"\b(?:industrial|jones|dow|nikkei|index)\s+average\b|\baverage\s+(?:estimate|forecast|expectation|analyst|view"
    r"|projection|prediction)|\b(?:estimates?|forecasts?|expectations?|analysts?['’]?)\s+average\b|\baverage\s+of\s+"
    r"(?:\w+\s+){0,3}?(?:estimates|forecasts|analysts)\b",
    re.IGNORECASE,
)

_YEAR = r"(?:19|20)\d\d"
_MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]  # fmt: skip
_MONTH = (
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
_WEEKDAY = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_ORDINAL = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"

# How a figure is dated in its own clause.
_DATE_AFTER = re.compile(
    rf"^\s*(?:[a-z-]+\s+){{0,3}}?(?:in|for|during|over|last|this|on)\s+(?:the\s+month\s+of\s+)?(?:(?P<month>{_MONTH})"
    rf"(?:\s+(?P<month_year>{_YEAR}))?|(?P<weekday>{_WEEKDAY})|(?:the\s+)?(?P<ordinal>{_ORDINAL})(?:[\s-]+quarter)?"
    rf"(?:\s+of\s+(?P<quarter_year>{_YEAR}))?|Q(?P<q>[1-4])(?:\s+(?P<q_year>{_YEAR}))?|(?:fiscal\s+)?(?P<year>{_YEAR}))\b",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(
    rf"(?:\b(?P<month>{_MONTH})(?:\s+(?P<month_year>{_YEAR}))?|\b(?P<weekday>{_WEEKDAY})|\b(?P<ordinal>{_ORDINAL})"
    rf"[\s-]+quarter|\bQ(?P<q>[1-4])|\b(?P<year>{_YEAR}))(?:['’]s\s+[^\d;.]{{0,45}}|\s*[:–]\s*)$"
    rf"|^\s*(?:in|for|during|on)\s+(?:the\s+)?(?:(?P<lead_month>{_MONTH})(?:\s+(?P<lead_year>{_YEAR}))?"
    rf"|(?P<lead_ordinal>{_ORDINAL})\s+quarter|(?P<lead_weekday>{_WEEKDAY}))\s*,\s*[^\d;]{{0,50}}$"
    # "the change for April was revised from", "payrolls in May were"
    rf"|\b(?:for|in)\s+(?P<for_month>{_MONTH})(?:\s+(?P<for_year>{_YEAR}))?\s+(?:was|were|is|are|has\s+been"
    rf"|had\s+been)\b[^\d;]{{0,40}}$",
    re.IGNORECASE,
)
_MONTH_IN_TEXT = re.compile(rf"(?<!\w)(?P<before>(?:since|from|through|until|till|to|by|before|after|ended|ending)\s+)?"
                            rf"(?P<month>{_MONTH})(?!\w)", re.IGNORECASE)  # fmt: skip

# Words a list of figures may have between its items: "150,000 in May, 180,000 in April and 33,000 in March".
_LIST_WORDS = frozenset(
    re.findall(
        r"\S+",
        "in on for during the of and then after following before while a an month months quarter quarters year years "
        "week weeks day days session sessions game games match matches season seasons round rounds respectively "
        "fiscal half first second third fourth 1st 2nd 3rd 4th q1 q2 q3 q4 h1 h2 jan feb mar apr may jun jul aug sep "
        "sept oct nov dec january february march april june july august september october november december monday "
        "tuesday wednesday thursday friday saturday sunday s",
    )
)
_GAP_TOKEN = re.compile(r"[A-Za-z0-9]+|[^\sA-Za-z0-9]")
# An average said right after its list: ", an average of", "for an average of", ", averaging", "which averages to".
# Not "and is averaging": a new predicate may be about a longer stretch (a season's average after three games).
_AVERAGE_AFTER_LIST = re.compile(
    r"^[\s,(—–-]*(?:(?:for|giving|gave|give|gives|making|yielding|or|to|which\s+(?:is|was|makes|made|gives|gave"
    r"|works\s+out\s+(?:to|at)|comes?\s+to|came\s+to)|that\s+(?:is|was|makes|gives))\s+)?"
    r"(?:(?:an?|the|their|its)\s+)?(?:[\w-]+\s+){0,3}?average\s+(?:[\w-]+\s+){0,2}?(?:of|at)\s*[^\w\s]?\s*$"
    r"|^[\s,(—–-]*(?:averaging|which\s+averages?(?:\s+out)?\s+(?:to|at))\s*(?:out\s+(?:to|at)\s*)?[^\w\s]?\s*$",
    re.IGNORECASE,
)
# Listed highs, lows and records are no readings of each period's average: "with highs of 25C on Friday".
_EXTREMES = re.compile(
    r"\b(?:highs?|lows?|peaks?|maximum|minimum|max|min|records?|best|worst|tops?|bottoms?|troughs?)\b", re.IGNORECASE
)
# The list right after the average: "averaged 121,000 over three months: 150,000 in May, ...", "(150,000, ...".
_LIST_AFTER_AVERAGE = re.compile(
    r"^[^.;\d]{0,70}?(?::|\(|—|–|\bwith\s+(?:[\w-]+\s+){0,3}?of\b)[^\d.;]{0,25}$",
    re.IGNORECASE,
)
# With a window stated, a plain "with" may open the list too: "averaged 2,300 over three days, with 2,100 on Friday".
_WITH_LIST = re.compile(r"^[^.;\d]{0,70}?,\s*with\s+[^\d.;]{0,25}$", re.IGNORECASE)
# A first print the clause revises away: "161,000 was revised down to 142,000", "191,000 was finalized at 208,000".
_REVISED_AWAY = re.compile(
    r"^[^.;!?\d]{0,50}?\b(?:revised|restated|finali[sz]ed|corrected|adjusted|marked\s+(?:up|down)|raised|lowered|cut"
    r"|bumped\s+(?:up|down))\b[^.;!?\d]{0,30}?\b(?:to|at|as)\s*[^\w\s]?\s*$",
    re.IGNORECASE,
)
_FIRST_PRINT = re.compile(
    r"\b(?:initially|originally|first|previously|earlier)\s+(?:reported|estimated|published|put|given|stated)\b"
    r"[^.;\d]{0,20}$|\b(?:initial|original|preliminary|first|advance|flash|earlier|previous)\s+(?:estimate|reading"
    r"|print|report|figure|count|tally)\s+(?:of|was|at)\s*[^\w\s]?\s*$",
    re.IGNORECASE,
)
_LISTED_EXTREME = re.compile(
    r"\b(?:highs?|lows?|peaks?|records?|maximum|minimum|tops?|bottoms?)\s+(?:of|at|was|were)\b[^.;]*$", re.IGNORECASE
)
# A figure that sums or averages a stretch itself is no reading of one period.
_AGGREGATE = re.compile(
    r"\b(?:a\s+total\s+of|in\s+total|combined|cumulative(?:ly)?|altogether|in\s+all|so\s+far|to\s+date"
    r"|year[- ]to[- ]date|together)\b",
    re.IGNORECASE,
)
_ANNUALISED = re.compile(r"\bannuali[sz]ed\b|\bannual\s+(?:rate|pace)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Average:
    claim: Claim
    cue: Cue


@dataclass
class Pick:
    items: list[Claim]
    tie: Tie
    cues: list[Cue] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    ambiguous: list[str] = field(default_factory=list)
    how: str = ""
    unit: str | None = None  # the period each listed figure covers, read from their dates, when no window says it
    dates: dict[str, str] = field(default_factory=dict)  # claim id -> its period in words ("May", "2023")


@finder("averages")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claim in ctx.claims:
        average = stated_average(ctx, claim)
        if average is None:
            continue
        window = window_of(ctx, claim)
        pick = _listed(ctx, average, window)
        if pick is None and window is not None and window.count >= 2:
            pick = _dated(ctx, average, window)
        if pick is not None:
            yield _relation(ctx, average, window, pick)


# the average -----------------------------------------------------------------------


def stated_average(ctx: ArticleContext, claim: Claim) -> Average | None:
    """The average a figure states, with the words that say so; None when the figure is no average."""
    if claim.quantity.kind in (QuantityKind.DURATION, QuantityKind.RANK, QuantityKind.MULTIPLE):
        return None
    before = _clause_lead(ctx, claim)
    found = _VERB_LEAD.search(before) or _NOUN_LEAD.search(before)
    if found is not None:
        start = claim.span[0] - len(before) + found.start()
        span = (start, start + len(found.group(0).rstrip()))
    else:
        after = _AVERAGE_TRAIL.match(trail(ctx, claim, 40))
        if after is None:
            return None
        span = (claim.span[1] + after.start(), claim.span[1] + after.end())
    words = ctx.text[max(claim.sentence_span[0], span[0] - 30) : min(claim.sentence_span[1], span[1] + 30)]
    if _NOT_AN_AVERAGE.search(words) or is_estimate(ctx, claim):
        return None
    return Average(claim, cue(ctx, span, "the stated average"))


def _clause_lead(ctx: ArticleContext, claim: Claim) -> str:
    """The words before a figure back to the previous figure of its sentence."""
    before = ctx.claim_before(claim)
    start = before.span[1] if before is not None else claim.sentence_span[0]
    return ctx.text[max(start, claim.span[0] - 90) : claim.span[0]]


# Which kind of period dates the figures of a window in each unit.
_DATED_BY = {"month": "month", "quarter": "quarter", "year": "year", "session": "weekday", "day": "weekday"}


# figures ---------------------------------------------------------------------------


def _no_reading(ctx: ArticleContext, claim: Claim, window: tuple[int, int] = (0, 0)) -> str | None:
    """Why a figure is no reading of one period (a start, a first print, an estimate ...), or None."""
    if claim.quantity.kind in (QuantityKind.DURATION, QuantityKind.RANK):
        return "a length of time"
    if _is_start(ctx, claim):
        return "a start"
    if is_prior_by_date(ctx, claim):
        return "an earlier period's figure"
    if is_estimate(ctx, claim):
        return "an estimate"
    after = trail(ctx, claim, 80)
    if _REVISED_AWAY.match(after):
        return "a first print revised away"
    if _FIRST_PRINT.search(lead(ctx, claim, 60)):
        return "a first print"
    if stated_average(ctx, claim) is not None:
        return "an average"
    near = lead(ctx, claim, 30) + " " + after[:25]
    if _AGGREGATE.search(near):
        return "a total"
    period = claim.period
    stretch = period is not None and period.kind in (TimeKind.WINDOW, TimeKind.YEAR_TO_DATE, TimeKind.SINCE)
    if stretch and period is not None and not window[0] <= period.span[0] < window[1]:
        return "a figure for a stretch of time"  # unless the stretch is the average's own window
    if _LISTED_EXTREME.search(lead(ctx, claim, 60)):
        return "a high or a low"
    return None


def _when(
    ctx: ArticleContext, claim: Claim, dated_by: str, depth: int = 0, skip: tuple[int, int] = (0, 0)
) -> tuple | None:
    """The period one figure is dated in, read from its clause: (year or None, month), (year, quarter), year ...

    Words inside ``skip`` (the average's window: "in the three years to 2024") date no single figure.
    """
    after = _DATE_AFTER.match(_words_after(ctx, claim, 45))
    if after is not None and not (claim.span[1] + after.start() < skip[1] and claim.span[1] + after.end() > skip[0]):
        found = _date_from(after, dated_by)
        if found is not None:
            return found
    before = _DATE_BEFORE.search(_clause_lead(ctx, claim)[-70:])
    if before is not None:
        found = _date_from(before, dated_by)
        if found is not None:
            return found
    period = claim.period
    if period is not None and skip[0] <= period.span[0] < skip[1]:
        period = None
    if period is not None and period.kind in (TimeKind.PERIOD, TimeKind.DATE, TimeKind.POINT) and not period.part:
        if dated_by == "month" and period.month and not period.day:
            return (period.year, period.month)
        if dated_by == "quarter" and period.quarter:
            return (period.year, period.quarter)
        if dated_by == "year" and period.year and not (period.month or period.quarter):
            return (period.year,)
        if dated_by == "weekday":
            day = _WEEKDAYS.get(period.text.strip().lower().removeprefix("on ").strip())
            if day is not None:
                return (day,)
    before_it = [c for c in ctx.sentence_claims(claim) if c.span[1] <= claim.span[0]]
    gap = ctx.text[before_it[-1].span[1] : claim.span[0]] if before_it else ""
    revised = _REVISED_AWAY.match(gap) and not re.search(r",|\band\b", gap)
    if before_it and depth < 2 and (revised or (_TO_ONLY.match(gap) and _is_start(ctx, before_it[-1]))):
        # "October's 161,000 was revised down to 142,000", "for April was revised from 282,000 to 304,000": the
        # revision is of the first print's month.
        return _when(ctx, before_it[-1], dated_by, depth + 1, skip)
    if dated_by == "month":
        # "The jobless rate fell to 4.6% in November as employers added 178,000 jobs": one month for the sentence.
        months = {
            MONTHS[m.group("month").lower().rstrip(".")]
            for m in _MONTH_IN_TEXT.finditer(claim.text)
            if not m.group("before")
        }
        limits = [m for m in _MONTH_IN_TEXT.finditer(claim.text) if m.group("before")]
        other_periods = re.search(r"(?<![\w-])(?:quarter|year)(?![\w-])", claim.text, re.IGNORECASE)
        if len(months) == 1 and not limits and not other_periods:
            return (None, months.pop())
    return None


_TO_ONLY = re.compile(r"^\s*to\s*[+\-−]?\s*$", re.IGNORECASE)
# "revised from +282,000", "from an initially reported 217,000": a start, signed or not.
_SIGNED_START = re.compile(
    r"\bfrom\s+(?:(?:an?|the)\s+)?(?:(?:initially|originally|previously|first)[- ]reported\s+)?[+\-−]\s*$"
    r"|\bfrom\s+(?:(?:an?|the)\s+)?(?:initially|originally|previously|first)[- ]reported\s+$",
    re.IGNORECASE,
)


def _is_start(ctx: ArticleContext, claim: Claim) -> bool:
    return bool(starts_from(ctx, claim) or _SIGNED_START.search(lead(ctx, claim, 50)))


def _words_after(ctx: ArticleContext, claim: Claim, width: int) -> str:
    """The words after a figure up to the next figure that is no date or length ("in the second" holds a rank)."""
    stop = min(claim.sentence_span[1], claim.span[1] + width)
    for other in ctx.claims_in(claim.span[1], stop):
        if other.quantity.kind not in (QuantityKind.RANK, QuantityKind.DURATION):
            stop = other.span[0]
            break
    return ctx.text[claim.span[1] : stop]


def _date_words(key: tuple, dated_by: str) -> str:
    """A period key in words: "May", "May 2024", "the first quarter", "2023", "Monday"."""
    if dated_by == "month":
        name = _MONTH_NAMES[key[1] - 1]
        return f"{name} {key[0]}" if key[0] else name
    if dated_by == "quarter":
        ordinal = next(n for n, i in ORDINALS.items() if i == key[1])
        return f"the {ordinal} quarter of {key[0]}" if key[0] else f"the {ordinal} quarter"
    if dated_by == "weekday":
        return next(n for n, i in _WEEKDAYS.items() if i == key[0]).capitalize()
    return str(key[0])


def _date_from(match: re.Match[str], dated_by: str) -> tuple | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    if dated_by == "month":
        name = groups.get("month") or groups.get("lead_month") or groups.get("for_month")
        if name is None:
            return None
        year = groups.get("month_year") or groups.get("lead_year") or groups.get("for_year")
        return (int(year) if year else None, MONTHS[name.lower().rstrip(".")])
    if dated_by == "quarter":
        ordinal = groups.get("ordinal") or groups.get("lead_ordinal")
        if ordinal is not None:
            year = groups.get("quarter_year")
            return (int(year) if year else None, ORDINALS[ordinal.lower()])
        if "q" in groups:
            year = groups.get("q_year")
            return (int(year) if year else None, int(groups["q"]))
        return None
    if dated_by == "year":
        year = groups.get("year")
        return (int(year),) if year else None
    if dated_by == "weekday":
        day = groups.get("weekday") or groups.get("lead_weekday")
        return (_WEEKDAYS[day.lower()],) if day else None
    return None


# a list in the average's clause ----------------------------------------------------


def _listed(ctx: ArticleContext, average: Average, window: Window | None) -> Pick | None:
    """The figures listed in the average's own clause, right before it or right after it."""
    avg = average.claim
    claims = [c for c in ctx.sentence_claims(avg) if window is None or not within(c, window.span)]
    for run in _runs(ctx, claims, avg):
        if window is not None and (len(run) != window.count or not window.crossed <= {c.id for c in run}):
            continue
        before = run[-1].span[1] <= avg.span[0]
        g0, g1 = (run[-1].span[1], avg.span[0]) if before else (avg.span[1], run[0].span[0])
        gap = ctx.text[g0:g1]
        inside = window.span if window is not None else (0, 0)
        if CLAUSE_BREAK.search(_without_dates(gap)) or any(
            like(avg, c) and not within(c, inside) for c in ctx.claims_in(g0, g1)
        ):
            continue
        if window is not None and g0 <= window.span[0] and window.span[1] <= g1:
            # " in the past three months, an average of": the window's words are no part of the tie.
            gap = ctx.text[g0 : window.span[0]] + ctx.text[window.span[1] : g1]
        # The words must say the list is what is averaged: "..., an average of", "averaged ...: A, B and C".
        if before:
            tight = _AVERAGE_AFTER_LIST.match(_without_dates(gap))
        else:
            tight = _LIST_AFTER_AVERAGE.match(gap) or (_WITH_LIST.match(gap) if window is not None else None)
        if tight is None or (window is None and _time_words(ctx, avg)) or _EXTREMES.search(gap):
            continue
        if window is not None and window.quarter and any(_when(ctx, c, "month") is None for c in run):
            continue  # "over the quarter" holds three months only for figures dated by month
        earlier = [c for c in claims if c.span[1] <= run[0].span[0] and like(avg, c) and c.id != avg.id]
        if earlier and not CLAUSE_BREAK.search(ctx.text[earlier[-1].span[1] : run[0].span[0]]):
            continue  # "to $2.7 billion from $2.4 billion and $2.1 billion": the list is part of a longer run
        if any(_no_reading(ctx, c, window.span if window is not None else (0, 0)) for c in run):
            continue
        doubts = _dates_doubts(ctx, run, window)
        if doubts is None:
            continue
        cues = [average.cue, cue(ctx, (run[0].span[0], run[-1].span[1]), "the figures averaged, listed")]
        if window is not None:
            cues.insert(1, cue(ctx, window.span, f"the window: {window.count} {window.unit}s"))
        listed_unit = _list_unit(ctx, run) if window is None else None
        dated_by = listed_unit or (_DATED_BY.get(window.unit) if window is not None else None)
        dates: dict[str, str] = {}
        if dated_by is not None:
            for claim in run:
                key = _when(ctx, claim, dated_by, skip=inside)
                if key is not None:
                    dates[claim.id] = _date_words(key, dated_by)
        how = "listed in the average's own sentence"
        return Pick(list(run), Tie.STRUCTURE, cues, doubts, how=how, unit=listed_unit, dates=dates)
    return None


def _list_unit(ctx: ArticleContext, items: list[Claim]) -> str | None:
    """ "in the first quarter, ... in the second quarter": the period every listed figure covers, one each in a row."""
    for unit in ("month", "quarter", "year"):
        keys = [k for c in items if (k := _when(ctx, c, unit)) is not None]
        if len(keys) == len(items):
            periods = _periods(keys, unit, None)
            if periods is not None and sorted(periods) == list(range(len(items))):
                return unit
    return None


def _runs(ctx: ArticleContext, claims: Sequence[Claim], avg: Claim) -> Iterator[list[Claim]]:
    """Lists of two or more figures of the average's kind, joined only by commas, "and" and dates."""
    run: list[Claim] = []
    for claim in claims:
        if claim.quantity.kind in (QuantityKind.RANK, QuantityKind.DURATION) and claim.id != avg.id:
            continue  # "in the second", "three months": words of a date, not figures of the list
        if claim.id == avg.id or not like(avg, claim):
            if len(run) >= 2:
                yield run
            run = []
            continue
        if run and not _list_gap(ctx.text[run[-1].span[1] : claim.span[0]], run[-1]):
            if len(run) >= 2:
                yield run
            run = []
        run.append(claim)
    if len(run) >= 2:
        yield run


def _list_gap(gap: str, previous: Claim) -> bool:
    if len(gap) > 45 or not re.search(r",|\band\b|\bthen\b|\bafter\b|\bfollowing\b", gap, re.IGNORECASE):
        return False
    noun = set(norm_noun(previous.quantity.noun or previous.quantity.unit).split())
    for token in _GAP_TOKEN.findall(gap):
        word = token.lower()
        if word in _LIST_WORDS or word in noun or re.fullmatch(_YEAR, word) or token in ",’'()-–$£€¥₹%":
            continue
        return False
    return True


def _without_dates(gap: str) -> str:
    """A gap with the dates of the figure before it dropped: " in March, for an average of" -> ", for an average of"."""
    return re.sub(
        rf"^\s*(?:(?:in|on|for|during)\s+)?(?:the\s+)?(?:{_MONTH}(?:\s+{_YEAR})?|{_WEEKDAY}|{_ORDINAL}(?:\s+quarter)?"
        rf"|Q[1-4]|{_YEAR})\b",
        "",
        gap,
        flags=re.IGNORECASE,
    )


def _time_words(ctx: ArticleContext, avg: Claim) -> bool:
    """The average is dated by words of its own ("in 2015", "this season"): a list before it may be another span."""
    near = trail(ctx, avg, 40)
    return bool(
        re.match(
            rf"^\s*(?:[\w-]+\s+){{0,3}}?(?:in|for|during|over|since|this|last|so\s+far)\s+(?:the\s+)?(?:{_YEAR}|year"
            r"|season|quarter|month|decade|period|week)",
            near,
            re.IGNORECASE,
        )
    )


def _dates_doubts(ctx: ArticleContext, items: list[Claim], window: Window | None) -> list[str] | None:
    """Doubts about a list's dates; None when its dates rule the pairing out (two figures for one month, a gap)."""
    if window is None or window.unit not in _DATED_BY:
        return []
    dated_by = _DATED_BY[window.unit]
    keys = [_when(ctx, c, dated_by, skip=window.span) for c in items]
    others = ("month", "quarter", "year", "weekday")
    if any(k is None for k in keys) and any(
        all(_when(ctx, c, other, skip=window.span) is not None for c in items) for other in others if other != dated_by
    ):
        return None  # months listed against a window of years: another stretch
    if all(k is None for k in keys):
        return []  # the writer lists the window's figures without dating them
    if any(k is None for k in keys):
        return ["not every listed figure is dated"]
    periods = _periods(keys, dated_by, window)
    if periods is None or sorted(periods) != sorted(range(len(periods))):
        return None
    return []


# figures stated apart --------------------------------------------------------------


def _dated(ctx: ArticleContext, average: Average, window: Window) -> Pick | None:
    """One dated figure per period of the window, in the sentences around the average (or the article's lead)."""
    dated_by = _DATED_BY.get(window.unit)
    avg = average.claim
    if dated_by is None or window.count > 12 or window.crossed:
        return None
    here = ctx.sentence_index(avg.span[0])
    last = min(len(ctx.sentences) - 1, here + 2)
    pool = ctx.claims_in(0, ctx.sentences[last][1])
    dated: list[tuple[Claim, tuple]] = []
    for claim in pool:
        if claim.id == avg.id or not like(avg, claim) or within(claim, window.span):
            continue
        key = _when(ctx, claim, dated_by, skip=window.span)
        if key is not None and not _no_reading(ctx, claim):
            dated.append((claim, key))
    # The average's measure: its own, else the one its words name among the dated figures ("Job growth has averaged"
    # names the figures of jobs, not those of employment in business services).
    measure = _measure(ctx, avg)
    if measure is None:
        named = {m for c, _ in dated if (m := _measure(ctx, c)) and _words_name(ctx, avg, m)}
        measure = named.pop() if len(named) == 1 else None
    candidates: list[tuple[Claim, tuple]] = []
    for claim, key in dated:
        other = _measure(ctx, claim)
        if measure and other and not _same_measure(measure, other):
            continue  # another series of the same unit: hires against layoffs
        near = abs(ctx.sentence_index(claim.span[0]) - here) <= 2
        if not near and not (measure and other and _same_measure(measure, other)):
            continue  # far from the average, only a named measure can tie it
        candidates.append((claim, key))
    if len(candidates) < window.count:
        return None
    keys = [k for _, k in candidates]
    positions = _periods(keys, dated_by, window)
    if positions is None:
        return None
    slots: dict[int, list[Claim]] = {}
    for (claim, _), position in zip(candidates, positions, strict=True):
        if 0 <= position < window.count:
            slots.setdefault(position, []).append(claim)
    if sorted(slots) != list(range(window.count)):
        return None  # a period of the window has no figure
    items: list[Claim] = []
    ambiguous: list[str] = []
    doubts: list[str] = []
    for position in range(window.count):
        fits = sorted(slots[position], key=lambda c: abs(c.span[0] - avg.span[0]))
        chosen = fits[0]
        items.append(chosen)
        others = [c for c in fits[1:] if c.quantity.value != chosen.quantity.value]
        ambiguous.extend(show(c) for c in others)
        if abs(ctx.sentence_index(chosen.span[0]) - here) > 2 and len(fits) > 1:
            doubts.append(f"{show(chosen)} is stated far from the average and is not the only figure for its period")
    items.sort(key=lambda c: c.span[0])
    theirs = set().union(*(_years(ctx, c) for c in items))
    mine = _years(ctx, avg) | ({window.year} if window.year else set())
    if mine and theirs and mine.isdisjoint(theirs):
        return None  # "In 2022 ... January, February, March" against an average of 2023's first three months
    if _metric(ctx, avg, items) == Agreement.DISAGREE:
        return None  # figures of another measure: hires are not averaged with layoffs
    doubts.extend(_kind_doubts(ctx, avg, items))
    doubts.extend(_narrower(ctx, average, window, items))
    cues = [average.cue, cue(ctx, window.span, f"the window: {window.count} {window.unit}s")]
    same_sentence = all(c.sentence_span == avg.sentence_span for c in items)
    how = "dated in the average's own sentence" if same_sentence else "dated in the sentences around it"
    dates = {c.id: _date_words(k, dated_by) for c, k in candidates if c in items}
    return Pick(items, Tie.INFERRED, cues, doubts, ambiguous, how, dates=dates)


def _periods(keys: list[tuple], dated_by: str, window: Window | None) -> list[int] | None:
    """Each key's place in the window (0 = its first period; outside the window < 0 or >= count).

    None when the keys do not fall into one contiguous stretch that the window can cover.
    """
    if dated_by == "year":
        ordinals = [k[0] for k in keys]
        cycle = None
    elif dated_by == "weekday":
        ordinals = [k[0] for k in keys]
        cycle = 5 if window is not None and window.unit == "session" else 7
        if cycle == 5 and any(o > 4 for o in ordinals):
            return None
    else:
        size = 12 if dated_by == "month" else 4
        if all(k[0] is not None for k in keys):
            ordinals = [k[0] * size + k[1] - 1 for k in keys]
            cycle = None
        else:
            ordinals = [k[1] - 1 for k in keys]
            cycle = size
    distinct = sorted(set(ordinals))
    count = window.count if window is not None else len(distinct)
    if cycle is not None:
        if len(distinct) >= cycle:
            if len(distinct) == cycle == count == len(ordinals):
                return list(ordinals)  # every month of a year (every quarter) once: no need to know which is last
            return None
        # Rotate so the stretch does not wrap: start after the largest gap ("Nov, Dec, Jan" starts at Nov).
        gaps = [((distinct[(i + 1) % len(distinct)] - distinct[i]) % cycle, i) for i in range(len(distinct))]
        _, widest = max(gaps)
        first = distinct[(widest + 1) % len(distinct)]
        linear = {o: (o - first) % cycle for o in distinct}
    else:
        first = distinct[0]
        linear = {o: o - first for o in distinct}
    placed = sorted(linear.values())
    if placed != list(range(placed[-1] + 1)):
        return None  # a period missing inside the stretch: the figures are not one run
    if window is None:
        return [linear[o] for o in ordinals]
    if window.anchor == "first":
        # "the first seven months of the year": the stretch starts in January (or the first quarter).
        size = {"month": 12, "quarter": 4}.get(dated_by)
        if size is None or first % size != 0:
            return None
        return [linear[o] for o in ordinals]
    if window.year is not None and dated_by in ("month", "quarter"):
        years = {k[0] for k in keys if k[0] is not None}
        if years and years != {window.year}:
            return None  # the figures are of another year than the window's
    if window.anchor == "end":
        latest = max(distinct, key=lambda o: linear[o])
        if window.end is None or dated_by not in ("month", "year"):
            return None
        if (latest % 12 + 1 if dated_by == "month" else latest) != window.end:
            return None  # the figures run to another period than the window's end
    top = placed[-1]
    return [linear[o] - (top - count + 1) for o in ordinals]


# Words that name no group: the measure's generic nouns, verbs of the average, time words.
_PLAIN_WORDS = frozenset(
    re.findall(
        r"\S+",
        "the a an its their his her this that these those has have had is are was were be been being it they there "
        "average averaged averages averaging mean growth gain gains increase increases rise rises change changes "
        "number numbers figure figures level levels total totals rate rates pace monthly weekly daily quarterly "
        "annual yearly per month months quarter quarters year years week weeks day days past last previous prior "
        "latest recent most three two four five six seven eight nine ten eleven twelve first over in for of on at "
        "during across through throughout since so far now still also stood remained came held and or about some "
        "roughly around nearly almost just more than less even overall net new",
    )
)


def _narrower(ctx: ArticleContext, average: Average, window: Window, items: list[Claim]) -> list[str]:
    """ "Private payrolls have averaged" against figures of all payrolls: a word naming a narrower group.

    Every content word before the average's figure in its clause must be found (by its stem) in the sentence of one
    of the figures; "Job growth has averaged" finds "jobs", "The rate for women averaged" finds no "women".
    """
    avg = average.claim
    start = avg.sentence_span[0]
    head = ctx.text[start : min(average.cue.span[0], avg.span[0])]
    for match in CLAUSE_BREAK.finditer(head):
        if match.group(0) in (";",) or match.group(0).lower() in ("but", "while", "whereas", "however"):
            start, head = start + match.end(), head[match.end() :]
    lo, hi = max(window.span[0], start) - start, max(window.span[1], start) - start
    if lo < hi:
        head = head[:lo] + " " * (min(hi, len(head)) - lo) + head[hi:]  # the window's words name no group
    theirs = " ".join(ctx.text[c.sentence_span[0] : c.sentence_span[1]] for c in items).lower()
    measures = {m for c in items if (m := _measure(ctx, c))}
    missing = [
        word
        for word in re.findall(r"[A-Za-z][\w-]+", head)
        if word.lower() not in _PLAIN_WORDS
        and len(word) > 2
        and not re.search(rf"\b{re.escape(word.lower().removesuffix('s')[:5])}", theirs)
        and _word_measure(word) not in measures  # "jobless" names the unemployment rate of the figures
    ]
    return [f"the average names “{' '.join(missing)}”, which the figures' sentences do not"] if missing else []


def _word_measure(word: str) -> str | None:
    """The measure one word names ("jobless": the unemployment rate), as extraction reads measures."""
    try:
        from factcheck.extraction.measures import measure_of
    except ImportError:  # the engine runs without extraction; the word then names no measure
        return None
    text = f"{word} 1"
    return measure_of(text, len(word) + 1, len(text), (0, len(text)), QuantityKind.NUMBER, None)


def _years(ctx: ArticleContext, claim: Claim) -> set[int]:
    """The years a figure's sentence prints, outside figures."""
    start, end = claim.sentence_span
    figures = [c.span for c in ctx.claims_in(start, end)]
    return {
        int(m.group(0))
        for m in re.finditer(rf"(?<![\d.,$£€])\b{_YEAR}\b(?![\d%])", ctx.text[start:end])
        if not any(a <= start + m.start() < b for a, b in figures)
    }


def _kind_doubts(ctx: ArticleContext, avg: Claim, items: list[Claim]) -> list[str]:
    """What makes figures stated apart doubtful as the average's own: rates of change against levels, other bases."""
    doubts = []
    if avg.quantity.kind == QuantityKind.PERCENT:
        changes = {_changed(ctx, c) is not None for c in items}
        if len(changes) > 1:
            doubts.append("some of the percentages are changes and some are levels")
        elif changes != {_growth(ctx, avg)}:
            # "Inflation averaged 3.1%" against "prices rose 0.3% in May": a rate is no average of monthly moves.
            doubts.append("the average is a rate and the figures are changes" if True in changes
                          else "the average is a change and the figures are levels")  # fmt: skip
        bases = {basis(lead(ctx, c, 50) + " " + trail(ctx, c, 60)) for c in [avg, *items]}
        if len(bases) > 1:
            doubts.append("the figures are set against different bases")
    annualised = {bool(_ANNUALISED.search(lead(ctx, c, 50) + " " + trail(ctx, c, 50))) for c in [avg, *items]}
    if len(annualised) > 1:
        doubts.append("some figures are annualised and some are not")
    return doubts


_GROWTH_WORDS = re.compile(
    r"\b(?:growth|grew|grow(?:s|ing)?|increase[sd]?|rise|rose|gain(?:s|ed)?|decline[sd]?|fell|fall|drop(?:s|ped)?"
    r"|return(?:s|ed)?|change)\b",
    re.IGNORECASE,
)


def _growth(ctx: ArticleContext, avg: Claim) -> bool:
    """An average percentage of a move ("growth averaged 0.5%", "averaged 3.1% growth"), not of a level."""
    if avg.change is not None:
        return True
    return bool(_GROWTH_WORDS.search(_clause_lead(ctx, avg)[-40:] + " " + trail(ctx, avg, 25)))


def _measure(ctx: ArticleContext, claim: Claim) -> str | None:
    """What a figure measures: its own measure, else the one measure the other figures of its sentence name."""
    per_time = claim.quantity.kind == QuantityKind.PER_UNIT and _TIME_NOUN.search(claim.quantity.unit or "")
    if claim.measure and not per_time:
        return claim.measure
    named = {c.measure for c in ctx.sentence_claims(claim) if c.measure and c.id != claim.id and like(claim, c)}
    return named.pop() if len(named) == 1 else None


# "$360 million a year": an amount per period, whose measure extraction may read as a per-share figure.
_TIME_NOUN = re.compile(r"/\s*(?:year|month|quarter|week|day|session|game)s?\b", re.IGNORECASE)


def _changed(ctx: ArticleContext, claim: Claim, depth: int = 0) -> int | None:
    """The direction a figure moves in, its own or its list's: "fell 1.2% in July and 0.8% in August" (-1, -1)."""
    if claim.change is not None:
        return -1 if claim.change.direction < 0 else 1
    before = [c for c in ctx.sentence_claims(claim) if c.span[1] <= claim.span[0]]
    gap = ctx.text[before[-1].span[1] : claim.span[0]] if before else ""
    if before and depth < 12 and like(before[-1], claim) and _list_gap(gap, before[-1]):
        return _changed(ctx, before[-1], depth + 1)
    return None


def _same_measure(a: str, b: str) -> bool:
    a, b = norm_noun(a), norm_noun(b)
    return a == b or a in b.split() or b in a.split() or (same_things(a, b) and a.split()[-1] == b.split()[-1])


def _words_name(ctx: ArticleContext, avg: Claim, measure: str) -> bool:
    """The average's sentence names the items' measure: "Job growth has averaged" for figures of "jobs"."""
    text = ctx.text[avg.sentence_span[0] : avg.sentence_span[1]].lower()
    stems = [w.removesuffix("s")[:5] for w in re.findall(r"[a-z]+", measure.lower()) if len(w) >= 3]
    return bool(stems) and all(re.search(rf"\b{re.escape(stem)}", text) for stem in stems)


# the relation ----------------------------------------------------------------------


def _relation(ctx: ArticleContext, average: Average, window: Window | None, pick: Pick) -> Relation:
    avg, items = average.claim, pick.items
    count = window.count if window is not None else len(items)
    unit = window.unit if window is not None else pick.unit or "figure"
    members = roles(average=avg) + [m for c in items for m in roles(item=c)]
    if pick.tie == Tie.STRUCTURE:
        evidence = stated_together(ctx, [avg, *items], pick.cues, tie=Tie.STRUCTURE, period=Agreement.AGREE,
                                   doubts=pick.doubts)  # fmt: skip
    else:
        around = [
            c
            for c in ctx.claims
            if abs(ctx.sentence_index(c.span[0]) - ctx.sentence_index(avg.span[0])) <= 2
            and c.id not in {avg.id, *(i.id for i in items)}
            and like(avg, c)
        ]
        evidence = inferred(
            ctx,
            [avg, *items],
            pick.cues,
            period=Agreement.AGREE,
            around=around,
            ambiguous=pick.ambiguous,
            doubts=pick.doubts,
        )
        metric = _metric(ctx, avg, items)
        if metric != evidence.metric:
            evidence = evidence.model_copy(update={"metric": metric})
    loose = (QuantityKind.COUNT, QuantityKind.NUMBER)
    if counted_per_unit(avg.quantity) and all(c.quantity.kind in loose and like(avg, c) for c in items):
        # "averaging 2 goals a game" over "3, 1 and 2 goals": goals per game and the goals of each game, one unit.
        evidence = evidence.model_copy(update={"unit": Agreement.AGREE})
    shown = [f"{show(c)} ({pick.dates[c.id]})" if c.id in pick.dates else show(c) for c in items]
    listed = ", ".join(shown[:-1]) + f" and {shown[-1]}"
    if window is not None:
        reason = f"{show(avg)} is stated as the average “{window.text}”; {listed} are its {count} figures, {pick.how}"
    else:
        reason = f"{show(avg)} is stated as the average of the {count} figures listed just before it: {listed}"
    return Relation(
        kind=RelationKind.AVERAGE,
        members=members,
        evidence=evidence,
        reason=reason,
        params={
            "count": count,
            "unit": unit,
            "window": window.text if window is not None else None,
            # The sign each figure counts with, read from its verb or its list's ("lost 33,000 in March").
            "signs": [_changed(ctx, c) or 1 for c in items],
            "average_sign": _changed(ctx, avg) or 1,
        },
        spans=[c.span for c in pick.cues if c.span != avg.span],
    )


def _metric(ctx: ArticleContext, avg: Claim, items: list[Claim]) -> Agreement:
    """Measure agreement of figures stated apart.

    A figure with no measure word of its own takes the one measure the figures of its unit name around the
    average ("April's gain was revised up to 180,000" among figures of jobs); an unnamed average must name that
    measure in its own words ("Job growth has averaged").
    """
    measures = [_measure(ctx, c) for c in items]
    known = [m for m in measures if m is not None]
    if any(not _same_measure(known[0], m) for m in known[1:]):
        return Agreement.DISAGREE
    here = ctx.sentence_index(avg.span[0])
    named: list[str] = []
    for claim in [*items, *ctx.claims]:
        near = claim in items or abs(ctx.sentence_index(claim.span[0]) - here) <= 2
        measure = _measure(ctx, claim) if claim.id != avg.id and near and like(avg, claim) else None
        if measure and not any(_same_measure(measure, n) for n in named):
            named.append(measure)
    own = _measure(ctx, avg)
    if own is not None:
        if known and not _same_measure(own, known[0]):
            return Agreement.DISAGREE
        if len(known) == len(items):
            return Agreement.AGREE
        return Agreement.AGREE if len(named) == 1 and _same_measure(own, named[0]) else Agreement.UNKNOWN
    if len(named) == 1 and _words_name(ctx, avg, named[0]):
        return Agreement.AGREE
    return Agreement.UNKNOWN
