"""Streaks: "for a fifth consecutive year" against the year it began and "now".

The first year comes from a "since" of the streak's own clause ("for a fifth
straight year since 2015", "every year since 2015"; a since that dates an extreme
is not the streak's), or from another sentence nearby: "Before 2015, only ..."
(restating the streak's threshold figure, or "Before 2016, that had never
happened" right after it), or a run of declines starting the year after a stated
peak ("peaked at 9.8 percent in 2009").

What makes a pairing certain: a since in the streak's clause is a cue; a first
year stated apart is inferred, certain only when its sentence shares what the
streak is about (a specific noun, the same threshold figure, or a pronoun right
after), it stands within three sentences (five for the same threshold) and no
other first year competes. "Now" is a year the streak's sentence names or the
article's known date; a guessed date carries that doubt.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import same_family
from factcheck.intervals import Interval
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_words import clause_of, sentence_of
from factcheck.relations.time_now import Now, now_doubts, now_for
from factcheck.relations.time_windows import REFERS_BACK, claims_on, extremes, nouns

_ORDINAL = {
    "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "twentieth": 20,
}  # fmt: skip
_STREAK = re.compile(
    r"\b(?P<n>" + "|".join(_ORDINAL) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:(?:consecutive|straight|successive)\s+(?:calendar\s+|fiscal\s+)?year\b|(?:calendar\s+|fiscal\s+)?year\s+in\s+a\s+row\b)",
    re.IGNORECASE,
)
_STREAK = led(_STREAK)  # read over the whole article: tried only where its first words or digits are
_SAME_FIGURE = "the same threshold figure"


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


@finder("time_streaks")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for match in _STREAK.finditer(ctx.text):
        raw = match.group("n").lower()
        n = _ORDINAL.get(raw) or int(re.sub(r"\D", "", raw))
        relation = _streak(ctx, match, n)
        if relation is not None:
            yield relation
    yield from _short_streaks(ctx)


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
    members = [Member(role="streak", claim=c.id) for c in claims_on(ctx, match.span(), (QuantityKind.RANK,))]
    doubts = now_doubts(now)
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
    streak_words = nouns(ctx.text[sentence[0] : sentence[1]])
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
        shared = streak_words & nouns(ctx.text[where[0] : where[1]])
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
        shared = streak_words & nouns(ctx.text[where[0] : where[1]])
        found.append(((year, year, peak.span("year"), f"the year after “{peak.group(0)}”"), shared))
    if len(found) != 1:
        return None
    return found[0]


# streaks of months and quarters ------------------------------------------------------

_CARDINAL = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}  # fmt: skip
_SHORT_STREAK = re.compile(
    r"\b(?:(?P<n>" + "|".join(_ORDINAL) + r"|\d{1,2}(?:st|nd|rd|th))\s+"
    r"(?:(?:consecutive|straight|successive)\s+(?P<unit>month|quarter)\b|(?P<unit2>month|quarter)\s+in\s+a\s+row\b)"
    r"|(?P<c>"
    + "|".join(_CARDINAL)
    + r"|\d{1,2})\s+(?:consecutive|straight|successive)\s+(?P<unit3>months|quarters)\b)",
    re.IGNORECASE,
)
_SHORT_STREAK = led(_SHORT_STREAK)  # read over the whole article: tried only where its first words or digits are
_MONTH_NAMES = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|march|apr(?:il|\.)?|may|june|july|aug(?:ust|\.)?|sept?(?:ember|\.)?"
    r"|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_YEAR = r"(?:19|20)\d\d"
_PERIOD = (
    rf"(?P<month>{_MONTH_NAMES})(?:\s+(?P<myear>{_YEAR}))?\b"
    rf"|(?:the\s+)?(?P<q>first|second|third|fourth)[- ]quarter(?:\s+of\s+(?P<qyear>{_YEAR}))?\b"
    rf"|\bQ(?P<qn>[1-4])(?:\s+(?P<qnyear>{_YEAR}))?\b"
)
_SINCE_PERIOD = re.compile(rf"\b(?:(?:every|each)\s+(?:month|quarter)\s+)?since\s+(?:the\s+)?(?:{_PERIOD})", re.I)
# A month or quarter the streak's sentence dates it to: "in March", "in the fourth quarter of 2023".
_IN_PERIOD = re.compile(rf"\b(?:in|for|during|of)\s+(?:the\s+)?(?:{_PERIOD})", re.IGNORECASE)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
_MONTH_LABELS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]  # fmt: skip


def _period(match: re.Match[str]) -> tuple[str, int | None, int] | None:
    """ "March 2024" -> ("month", 2024, 3); "the third quarter" -> ("quarter", None, 3)."""
    if match.group("month"):
        year = match.group("myear")
        return "month", int(year) if year else None, _MONTHS.index(match.group("month").lower()[:3]) + 1
    q = match.group("q") or match.group("qn")
    if q:
        year = match.group("qyear") or match.group("qnyear")
        return "quarter", int(year) if year else None, _QUARTERS.get(q.lower()) or int(q)
    return None


def _short_streaks(ctx: ArticleContext) -> Iterator[Relation]:
    """ "rose for a sixth consecutive quarter since the first quarter of 2022" in the fourth quarter of 2023."""
    for match in _SHORT_STREAK.finditer(ctx.text):
        raw = (match.group("n") or match.group("c")).lower()
        n = _ORDINAL.get(raw) or _CARDINAL.get(raw) or int(re.sub(r"\D", "", raw))
        unit = (match.group("unit") or match.group("unit2") or match.group("unit3")).lower().rstrip("s")
        relation = _short_streak(ctx, match, n, unit)
        if relation is not None:
            yield relation


def _short_streak(ctx: ArticleContext, match: re.Match[str], n: int, unit: str) -> Relation | None:
    clause = clause_of(ctx, match.span())
    since = next(
        (
            s
            for s in _SINCE_PERIOD.finditer(ctx.text, clause[0], clause[1])
            if (0 <= s.start() - match.end() <= 40 and "," not in ctx.text[match.end() : s.start()])
            or s.group(0).lower().startswith(("every", "each"))
        ),
        None,
    )
    if since is None:
        return None
    first = _period(since)
    if first is None or first[0] != unit:
        return None
    sentence = sentence_of(ctx, match.start())
    ends = {
        p
        for m in _IN_PERIOD.finditer(ctx.text, sentence[0], sentence[1])
        if not since.start() <= m.start() < since.end() and (p := _period(m)) is not None and p[0] == unit
    }
    if len(ends) != 1:
        return None
    end = ends.pop()
    per_year = 12 if unit == "month" else 4
    if (first[1] is None) != (end[1] is None) and end[1] is None:
        return None  # "since March 2023" against "in June": which June is not said
    end_year = end[1] if end[1] is not None else 0
    first_year = first[1] if first[1] is not None else (end_year if first[2] <= end[2] else end_year - 1)
    first_at = first_year * per_year + first[2]
    end_at = end_year * per_year + end[2]
    if end_at < first_at:
        return None
    members = [Member(role="streak", claim=c.id) for c in claims_on(ctx, match.span(), (QuantityKind.RANK,))]
    evidence = Evidence(
        tie=Tie.CUE,
        cues=[cue(ctx, match.span(), "the streak"), cue(ctx, since.span(), f"its first {unit}")],
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
    )
    return Relation(
        kind=RelationKind.TIME_WINDOW,
        members=members,
        evidence=evidence,
        reason=f"“{' '.join(match.group(0).split())}” starts “{since.group(0)}”; counted to the {unit} its sentence "
        "names",
        params={
            "shape": "streak",
            "streak": " ".join(match.group(0).split()),
            "count": n,
            "unit": unit,
            # "the sixth straight quarter of growth since Q1 2022": Q1 2022 may be the first or the base before it.
            "first": [first_at, first_at + 1],
            "end": [end_at, end_at],
            "labels": {
                "first": " ".join(re.split(r"\bsince\s+", since.group(0), flags=re.I)[-1].split()),
                "end": _label(end, unit),
            },
        },
        spans=[match.span(), since.span()],
    )


def _label(period: tuple[str, int | None, int], unit: str) -> str:
    _, year, at = period
    name = _MONTH_LABELS[at - 1] if unit == "month" else f"Q{at}"
    return f"{name} {year}" if year else name
