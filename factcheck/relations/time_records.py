"""Records since a date: "the best monthly gain since May (+205,000)" against the figures around it.

"X was the highest since D" says two things a reader can check against the
figures the article prints:

* the figure at D is at least X (else X would be the highest since before D):
  "since May (+205,000)", "since April 2011, when the gauge gained 1.4%";
* no figure dated after D and before X beats it: a record since May must beat
  the June figure the article gives ("jumped by 230,000 in July after a
  180,000 gain in June ... the best since May"). A low ("the
  slowest since", "the smallest") is the same the other way round.

The figure the record describes is the one it stands in apposition to in its
clause ("climbed to 9.4 percent in 2019, the highest since 2007"), or, for
a sentence that opens "The September reading marked ...", "This was ...", the
figure of the sentence before (of that month when the opener names one, else the
latest dated one). A date without a year ("since March") is the last such month
before the record's own date. Readings with no year against a record since a
month of a named year are taken as the earliest such months after it, except a
reading in that very month whose figure is not the one printed for the date: it
must be a later year's.

What makes a pairing certain: the figure at D printed right after D ("(+205,000)",
", when it gained 1.4%") is a cue; a figure stated for a month or year in between
is tied by structure when its own sentence is the record figure's (a run of
monthly readings), and is inferred (subject and measure must agree) from a
neighbouring sentence. Figures marked as a revised-away estimate ("(from
96,000)") or a forecast are not readings. A figure with no date, or a record
whose figure has none, gives no "in between" relation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import Claim, TimeKind, TimeRef
from factcheck.context import ArticleContext
from factcheck.figures import is_change, same_family, show, signed
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.multiples_words import BREAK, clause_of, sentence_of
from factcheck.relations.prose import is_estimate, lead, starts_from

_HIGH = r"strongest|biggest|largest|highest|most|fastest|greatest|steepest|sharpest|widest|hottest|heaviest"
_LOW = r"weakest|smallest|lowest|slowest|fewest|least|narrowest|coldest|lightest|softest"
_MONTH_NAMES = (
    r"jan(?:uary|\.)?|feb(?:ruary|\.)?|march|apr(?:il|\.)?|may|june|july|aug(?:ust|\.)?"
    r"|sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?"
)
_MON = rf"(?P<month>{_MONTH_NAMES})"
_YEAR = r"(?:19|20)\d\d"
_WHEN = (
    rf"(?:(?:early|mid|late)[- ]\s*)?{_MON}(?:\s+\d{{1,2}})?(?:,?\s+(?P<myear>{_YEAR}))?\b"
    rf"|(?P<q>first|second|third|fourth)\s+quarter(?:\s+of\s+(?P<qyear>{_YEAR}))?\b"
    rf"|Q(?P<qn>[1-4])\s+(?P<qnyear>{_YEAR})\b"
    rf"|(?P<year>{_YEAR})\b(?!['’]?s\b|[\d%-])"
)
_RECORD = re.compile(
    rf"\b(?P<pol>{_HIGH}|{_LOW})\b(?P<what>(?:\s+[\w’'-]+){{0,5}}?)\s+since\s+(?:the\s+|last\s+)?(?:{_WHEN})",
    re.IGNORECASE,
)
_RECORD = led(_RECORD)  # read over the whole article: tried only where its first words are
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# The figure the record describes, just before it in its clause: "254,000 in September, the strongest ...".
_APPOSITION = re.compile(
    r"^[^;:()]{0,50}?(?:,|—|–|\bmarking\b|\bmarked\b|\bwas\b|\bis\b|\bwere\b)\s*(?:\w+\s+){0,2}?(?:the|its|their)\s+$",
    re.IGNORECASE,
)
_NOUN = (
    r"(?:reading|figure|gain|increase|rise|decline|drop|number|total|print|result|level|change|decrease|fall|jump"
    r"|advance|loss|rate|growth|pace|data)"
)
# "The September reading marked the ...", "This was the ...", "It was its ...".
_OPENER = re.compile(
    rf"^\W*(?:(?:The|This|That|Its)\s+(?:(?P<month>{_MONTH_NAMES})(?:['’]s)?\s+)?(?:{_NOUN}\s+)?|It\s+"
    rf"|(?P<mon2>{_MONTH_NAMES})['’]s\s+{_NOUN}\s+)(?:also\s+)?(?:marked|marks|was|is|represented|represents)\s+"
    r"(?:the|its|their)\s+$",
    re.IGNORECASE,
)
# The figure at the date, printed with it: "since May (+205,000)", "since April 2011, when the gauge gained 1.4%".
_AT_DATE = re.compile(r"^\s*(?:\(\s*[+−-]?|,?\s*when\s+(?:[\w’'-]+\s+){0,5}?)$", re.IGNORECASE)
_REVISED_AWAY = re.compile(
    r"(?:\(\s*(?:revised\s+|down\s+|up\s+)?from|\b(?:initially|originally|previously|first)\s+(?:reported|estimated)"
    r"(?:\s+(?:as|at))?|\binitial)\s*$",
    re.IGNORECASE,
)
_MOVE = re.compile(
    r"\b(?:increase|rise|gain|growth|jump|surge|climb|advance|decline|drop|fall|loss|decrease|change|pace|rate"
    r"|one-day|monthly|weekly|daily|quarterly|annual)s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class When:
    """A stretch of time in months: from ``lo`` to ``hi`` within ``year`` (None when the text gives no year)."""

    year: int | None
    lo: int
    hi: int


@dataclass(frozen=True)
class Record:
    span: tuple[int, int]
    text: str
    high: bool
    move: bool
    since: When
    date_end: int


def _month(name: str) -> int:
    return _MONTHS.index(name.lower().rstrip(".")[:3]) + 1


def _when_of(match: re.Match[str], prefix: str = "") -> When:
    def group(name: str) -> str | None:
        return match.group(prefix + name)

    if group("month"):
        year = group("myear")
        m = _month(group("month") or "")
        return When(int(year) if year else None, m - 1, m)
    if group("q") or group("qn"):
        q = _QUARTERS[(group("q") or "").lower()] if group("q") else int(group("qn") or 1)
        year = group("qyear") or group("qnyear")
        return When(int(year) if year else None, 3 * (q - 1), 3 * q)
    return When(int(group("year") or 0), 0, 12)


def when_of_ref(ref: TimeRef | None) -> When | None:
    """A claim's own date as a stretch of months; None for spans and baselines ("over the past year")."""
    if ref is None or ref.kind not in (TimeKind.PERIOD, TimeKind.DATE, TimeKind.POINT):
        return None
    if re.match(r"\s*(?:since|from|until|by|before|after)\b", ref.text, re.IGNORECASE):
        return None  # a start or an end, not the figure's own date
    if ref.month:
        return When(ref.year, ref.month - 1, ref.month)
    if ref.quarter:
        return When(ref.year, 3 * (ref.quarter - 1), 3 * ref.quarter)
    if ref.year:
        return When(ref.year, 0, 12)
    return None


# A date printed right after a figure, before the next one: "a 31,000 increase in August".
_OWN_DATE = re.compile(
    rf"^[^.;!?\d]{{0,30}}?\b(?:in|for|during|of)\s+(?:the\s+)?(?:{_WHEN.replace('(?P<', '(?P<o_')})",
    re.IGNORECASE,
)


def when_of(ctx: ArticleContext, claim: Claim) -> When | None:
    """The date a figure is printed with ("159,000 in August"), else the one extraction gave it."""
    following = ctx.claims_in(claim.span[1], claim.sentence_span[1])
    stop = following[0].span[0] if following else claim.sentence_span[1]
    own = _OWN_DATE.match(ctx.text[claim.span[1] : stop])
    if own is not None:
        return _when_of(own, "o_")
    return when_of_ref(claim.period)


_MONTH_LABELS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
]  # fmt: skip


def _label(when: When | None) -> str:
    if when is None:
        return "in between"
    if when.hi - when.lo == 1:
        name = _MONTH_LABELS[when.lo]
    elif when.hi - when.lo == 3:
        name = f"Q{when.hi // 3}"
    else:
        name = ""
    return " ".join(str(p) for p in (name, when.year) if p) or "in between"


def _absolute(when: When, anchor: When) -> tuple[int, int] | None:
    """Months counted from year 0, a yearless date taken as the last such stretch that starts before ``anchor``
    ends. With no year anywhere the anchor's year is taken as 0: only the order matters."""
    anchor_year = anchor.year if anchor.year is not None else 0
    if when.year is not None:
        if anchor.year is None:
            return None
        return when.year * 12 + when.lo, when.year * 12 + when.hi
    year = anchor_year if when.lo < anchor.hi else anchor_year - 1
    return year * 12 + when.lo, year * 12 + when.hi


def records(ctx: ArticleContext) -> list[Record]:
    def make() -> list[Record]:
        found = []
        for match in _RECORD.finditer(ctx.text):
            # "since May 2" is a day; "since 2001" a year; "since March" a month of the record's year or the one before.
            found.append(
                Record(
                    (match.start("pol"), match.end()),
                    " ".join(match.group(0).split()),
                    bool(re.fullmatch(_HIGH, match.group("pol"), re.IGNORECASE)),
                    bool(_MOVE.search(match.group("what"))),
                    _when_of(match),
                    match.end(),
                )
            )
        return found

    return ctx.memo("time_records", make)


def _is_reading(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure the series printed, not a revised-away first estimate, a forecast or a start of a move."""
    if claim.quantity.kind in (QuantityKind.DURATION, QuantityKind.RANK) or claim.quantity.value <= 0:
        return False
    return not (_REVISED_AWAY.search(lead(ctx, claim, 40)) or is_estimate(ctx, claim))


def readings_alike(a: Claim, b: Claim) -> bool:
    """Two readings of one series: same unit, both moves or both levels, moves the same way."""
    if not same_family(a, b) or is_change(a) != is_change(b):
        return False
    return a.change is None or b.change is None or a.change.direction == b.change.direction


def _described(ctx: ArticleContext, record: Record) -> tuple[Claim, Tie, str, When | None] | None:
    """The figure the record describes, how it is tied, in words, and the month an opener names."""
    clause = clause_of(ctx, record.span)
    before = [c for c in ctx.claims_in(clause[0], record.span[0]) if _is_reading(ctx, c)]
    if before:
        figure = before[-1]
        gap = ctx.text[figure.span[1] : record.span[0]]
        if _APPOSITION.match(gap) and not ctx.claims_in(figure.span[1], record.span[0]):
            return figure, Tie.CUE, "stated with it in one clause", None
        return None
    start = _sentence_start(ctx, record.span[0])
    opener = _OPENER.match(ctx.text[start : record.span[0]])
    if opener is None or start == 0 or ctx.claims_in(start, record.span[0]):
        return None
    named = opener.group("month") or opener.group("mon2")
    month = _month(named) if named else None
    previous = (_sentence_start(ctx, start - 1), start)
    candidates = [c for c in ctx.claims_in(*previous) if _is_reading(ctx, c) and not starts_from(ctx, c)]
    if record.move:
        # "the slowest pace since": a move, or a growth rate printed as a level ("slowed to 0.2%").
        candidates = [c for c in candidates if is_change(c) or c.quantity.kind == QuantityKind.PERCENT]
    if month is not None:
        candidates = [
            c for c in candidates if (w := when_of(ctx, c)) is not None and (w.lo, w.hi) == (month - 1, month)
        ]
        if len(candidates) != 1:
            return None
        return (
            candidates[0],
            Tie.STRUCTURE,
            f"“{opener.group(0).strip()} …” names its month",
            When(None, month - 1, month),
        )
    if len(candidates) == 1:
        return candidates[0], Tie.STRUCTURE, f"“{opener.group(0).strip()} …” refers to the sentence before", None
    # "Prices gained 0.3% in March after a 0.6% rise in February. It was the biggest ...": the latest reading.
    dated = [(c, when_of(ctx, c)) for c in candidates]
    if any(w is None for _, w in dated) or len({c.quantity.kind for c in candidates}) != 1:
        return None
    lows = [w.lo for _, w in dated if w is not None]
    if any(w is not None and w.year is None for _, w in dated) and max(lows) - min(lows) > 6:
        return None  # "in January after ... in December": which year each month is in is not said
    latest = max(dated, key=lambda cw: cw[1].lo if cw[1] else -1)  # type: ignore[union-attr]
    anchor = latest[1]
    assert anchor is not None
    spans = [_absolute(w, anchor) for _, w in dated if w is not None]
    top = _absolute(anchor, anchor)
    if top is None or any(s is None or (s != top and s[1] > top[0]) for s in spans):
        return None
    if sum(1 for s in spans if s == top) != 1:
        return None
    return latest[0], Tie.STRUCTURE, f"“{opener.group(0).strip()} …” refers to the latest figure before it", None


_STOP = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“‘(]*[A-Z])|\n\s*\n")


def _sentence_start(ctx: ArticleContext, offset: int) -> int:
    """Where the sentence holding ``offset`` starts, read from its punctuation: a line break inside a sentence
    ("The September\nreading marked ...") may have split it."""
    sentence = sentence_of(ctx, offset)
    start = sentence[0]
    if start > 0 and not re.search(r"[.!?][\"”’)]*\s*$|\n\s*\n\s*$", ctx.text[max(0, start - 4) : start]):
        stops = list(_STOP.finditer(ctx.text, max(0, start - 300), start))
        start = stops[-1].end() if stops else start
    return start


def _clause(ctx: ArticleContext, claim: Claim) -> tuple[int, int]:
    """The clause of a figure, its sentence read from punctuation (see :func:`_sentence_start`)."""
    start = _sentence_start(ctx, claim.span[0])
    stop = _STOP.search(ctx.text, claim.span[1])
    end = stop.start() + 1 if stop else len(ctx.text)
    for match in BREAK.finditer(ctx.text, start, claim.span[0]):
        start = match.end()
    after = BREAK.search(ctx.text, claim.span[1], end)
    return start, (after.start() if after else end)


@finder("time_records")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for record in records(ctx):
        described = _described(ctx, record)
        if described is None:
            continue
        figure, tie, how, named = described
        at_date = _figure_at_date(ctx, record, figure)
        if at_date is not None:
            yield _at_date(ctx, record, figure, at_date)
        now = when_of(ctx, figure) or named
        if now is not None:
            yield from _in_between(ctx, record, figure, tie, how, now, at_date)


def _params(record: Record, role: str) -> dict[str, object]:
    return {"shape": "record_since", "record": record.text, "high": record.high, "role": role}


def _figure_at_date(ctx: ArticleContext, record: Record, figure: Claim) -> Claim | None:
    """The figure printed with the record's date: "since May (+205,000)", "since June 2011, when it rose 1.4%"."""
    sentence = sentence_of(ctx, record.span[0])
    after = next(iter(ctx.claims_in(record.date_end, sentence[1])), None)
    # The words tie the figure to the record's measure: "(+205,000)" is the May gain however it is printed.
    if after is None or after is figure or not _is_reading(ctx, after) or not same_family(after, figure):
        return None
    if after.change is not None and figure.change is not None and after.change.direction != figure.change.direction:
        return None
    gap = ctx.text[record.date_end : after.span[0]]
    return after if _AT_DATE.match(gap) else None


def _at_date(ctx: ArticleContext, record: Record, figure: Claim, after: Claim) -> Relation:
    """ "the best monthly gain since May (+205,000)": the figure at the date must be at least as strong."""
    evidence = Evidence(
        tie=Tie.CUE,
        cues=[
            cue(ctx, record.span, "the record"),
            cue(ctx, (record.date_end, after.span[0]), "the figure at the date"),
        ],
        sentences_apart=ctx.sentences_apart(figure, after),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
    )
    return Relation(
        kind=RelationKind.TIME_WINDOW,
        members=[Member(role="record", claim=figure.id), Member(role="earlier", claim=after.id)],
        evidence=evidence,
        reason=f"“{record.text}” describes {show(figure)}; {show(after)} is printed as the figure at that date",
        params=_params(record, "earlier"),
        spans=[record.span],
    )


def _not_the_one_at_date(reading: Claim, at_date: Claim | None) -> bool:
    """ "rose 0.4% in May after 0.7% in April. It was the largest since April 2009, when it rose 1.1%": with no
    year printed for the run, its April could be April 2009 only if it gave that date's figure; 0.7% is not
    1.1%, so it is a later April, after the record's date. Two printed figures whose roundings only touch
    ("0.9%", "1.0%") are two figures."""
    if at_date is None or at_date is reading or not same_family(reading, at_date):
        return False
    a, b = signed(reading), signed(at_date)
    tiny = 1e-9 * max(1.0, abs(a.hi), abs(b.hi))  # float sums: 0.9 + 0.05 is a hair above 1.0 - 0.05
    return not (a.lo < b.hi - tiny and b.lo < a.hi - tiny)


def _in_between(
    ctx: ArticleContext, record: Record, figure: Claim, tie: Tie, how: str, now: When, at_date: Claim | None
) -> Iterator[Relation]:
    """Readings dated after the record's date and before its figure's: a record must beat them."""
    yearless = now.year is None and record.since.year is not None
    if yearless:
        # "since January 2021" with "in May": the earliest May after it; a month before May in that year is
        # after January 2021 in any later year too.
        year = record.since.year if now.lo >= record.since.hi else record.since.year + 1
        now = When(year, now.lo, now.hi)
    since = _absolute(record.since, now)
    current = _absolute(now, now)
    if since is None or current is None or since[1] > current[0]:
        return
    here = ctx.sentence_index(figure.span[0])
    first = ctx.sentences[max(0, here - 1)][0]
    last = ctx.sentences[min(len(ctx.sentences) - 1, max(here, ctx.sentence_index(record.span[0])) + 1)][1]
    for other in ctx.claims_in(first, last):
        if other is figure or not _is_reading(ctx, other) or not readings_alike(other, figure):
            continue
        when = when_of(ctx, other)
        at = _absolute(when, now) if when is not None else None
        later = yearless and at == since and _not_the_one_at_date(other, at_date)
        if at is None or not (later or (since[1] <= at[0] and at[1] <= current[0])):
            continue
        cues = [cue(ctx, record.span, "the record"), cue(ctx, other.span, "a reading dated in between")]
        if later and at_date is not None:
            cues.append(cue(ctx, at_date.span, "another figure for the record's date: the reading is a later year's"))
        same_clause = _clause(ctx, figure) == _clause(ctx, other)
        same_measure = figure.measure is not None and figure.measure == other.measure
        same_sentence = _sentence_start(ctx, figure.span[0]) == _sentence_start(ctx, other.span[0])
        if same_sentence and (same_clause or same_measure):
            # A run of readings in one clause ("254,000 in September after 159,000 in August") is one series;
            # another clause may speak of another ("..., while imports rose 5% in April").
            evidence = Evidence(tie=Tie.STRUCTURE, cues=cues, subject=Agreement.AGREE, metric=Agreement.AGREE)
        else:
            evidence = inferred(ctx, [figure, other], cues, period=Agreement.UNKNOWN)
        if tie == Tie.STRUCTURE:
            evidence = evidence.model_copy(update={"cues": [*evidence.cues, cue(ctx, record.span, how)]})
        yield Relation(
            kind=RelationKind.TIME_WINDOW,
            members=[Member(role="record", claim=figure.id), Member(role="between", claim=other.id)],
            evidence=evidence,
            reason=f"“{record.text}” describes {show(figure)} ({how}); {show(other)} is dated "
            f"{_label(when)}, after that date",
            params=_params(record, "between"),
            spans=[record.span, at_date.span] if later and at_date is not None else [record.span],
        )
