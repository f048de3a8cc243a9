"""A window in months against the reading that opens it: "prices rose to a 15-month high of 3.9% in May ... They
were last higher in February of last year, at 4.2%"; "the jobless rate fell to 3.1% in June, its lowest in nine
months. It stood at 3.0% in September 2023".

"An N-month high in month M" says the series was higher N months before M, and not since: the reading the article
dates exactly N months before the figure's month must be at least the figure (at most it, for a low). The check is
the one for "the highest since <date>" (``time_records``), with the date counted back from the figure's month.

The figure described: the one the window qualifies ("a 15-month high of 3.9%"), the one it stands in apposition to
in its clause ("3.1% in June, its lowest in nine months"), or, when the window's sentence holds no figure before it
("Inflation eased to a nine-month low."), the latest dated reading of the sentence before. Its month is printed
with it; its year too, or the article's own date gives it (a month after the article's is the year before's). With
no year at all, the month of the start is still fixed, but not its year: the pairing stays uncertain.

The reading at the start: a level (a move for a window of moves) of the figure's unit dated that month, within the
two sentences before and the eight after the window (writers often add "it was last this high in ..." further
down). The date arithmetic ties it; certain only when one reading is dated there, no measure named on both differs
and the figure's year is known. Hedged windows ("more than nine months"), windows in years, a window on a move
against a level, and a figure with no month give nothing.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_change, show
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_words import clause_of
from factcheck.relations.prose import starts_from
from factcheck.relations.time_now import dateline
from factcheck.relations.time_records import When, _is_reading, readings_alike, when_of
from factcheck.relations.time_windows import N_WORDS, Extreme, count_of, extremes

_MONTHS_N = re.compile(rf"(?P<n>{N_WORDS})[\s-]+months?\b", re.IGNORECASE)
_HEDGED = re.compile(
    r"\b(?:more\s+than|over|nearly|almost|about|around|roughly|some|at\s+least|close\s+to|under|less\s+than)\s", re.I
)
# "a 15-month high of 3.9%": the figure the window names.
_OF = re.compile(r"^\s+(?:of|at)\s+[$£€¥₹]?\s*$", re.IGNORECASE)
# "3.1% in June, its lowest in nine months": the window in apposition to the figure before it.
_APPOSED = re.compile(r"^[^;:()]{0,40}?(?:,|—|–)\s*(?:\w+\s+){0,2}?(?:an?|the|its|their)\s+$", re.IGNORECASE)


def _described(ctx: ArticleContext, extreme: Extreme) -> Claim | None:
    start, end = ctx.sentences[ctx.sentence_index(extreme.span[0])]
    after = next(iter(ctx.claims_in(extreme.span[1], end)), None)
    if after is not None and _OF.match(ctx.text[extreme.span[1] : after.span[0]]):
        return after
    before = ctx.claims_in(start, extreme.span[0])
    if before:
        figure = before[-1]
        clause = clause_of(ctx, extreme.span)
        if _APPOSED.match(ctx.text[figure.span[1] : extreme.span[0]]) and figure.span[0] >= clause[0] - 60:
            return figure
        return None
    index = ctx.sentence_index(extreme.span[0])
    if index == 0:
        return None
    readings = [
        c for c in ctx.claims_in(*ctx.sentences[index - 1]) if _is_reading(ctx, c) and starts_from(ctx, c) is None
    ]
    dated = [(c, w) for c in readings if (w := when_of(ctx, c)) is not None and w.hi - w.lo == 1]
    if not dated or len(dated) != len(readings) or len({w.year for _, w in dated}) != 1:
        return None
    latest = max(w.lo for _, w in dated)
    last = [c for c, w in dated if w.lo == latest]
    return last[0] if len(last) == 1 else None


def _year(ctx: ArticleContext, when: When) -> int | None:
    """The figure's year: printed, else the year of the article's own date that has its month by then."""
    if when.year is not None:
        return when.year
    own = dateline(ctx)
    if own is None and ctx.date.how == "published":
        own = ctx.date.when
    if own is None or own.hi - own.lo > 0.1:
        return None
    year = int(own.lo)
    month = math.floor((own.lo - year) * 12 + 1e-6)
    return year if when.lo <= month else year - 1


@finder("time_windows_prior")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for extreme in extremes(ctx):
        if extreme.years is None or extreme.polarity not in ("high", "low"):
            continue
        count = _MONTHS_N.search(extreme.text)
        n = count_of(count.group("n")) if count else None
        if n is None or n != int(n) or n < 2 or _HEDGED.search(extreme.text):
            continue
        figure = _described(ctx, extreme)
        if figure is None or not _is_reading(ctx, figure) or is_change(figure) != extreme.move:
            continue
        now = when_of(ctx, figure)
        if now is None or now.hi - now.lo != 1:
            continue
        year = _year(ctx, now)
        months = int(n)
        index = ctx.sentence_index(extreme.span[0])
        lo = ctx.sentences[max(0, index - 2)][0]
        hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 8)][1]
        starts: list[Claim] = []
        for other in ctx.claims_in(lo, hi):
            if other is figure or not _is_reading(ctx, other) or not readings_alike(other, figure):
                continue
            when = when_of(ctx, other)
            if when is None or when.hi - when.lo != 1 or when.year is None:
                continue
            if year is not None:
                if (year * 12 + now.lo) - (when.year * 12 + when.lo) != months:
                    continue
            elif (now.lo - months - when.lo) % 12 != 0:
                continue
            starts.append(other)
        if not starts:
            continue
        start = starts[-1]
        named = {c.measure for c in (figure, start) if c.measure}
        evidence = Evidence(
            tie=Tie.STRUCTURE,
            cues=[
                cue(ctx, extreme.span, "an extreme over a window in months"),
                cue(ctx, start.span, "the reading dated where the window starts"),
            ],
            sentences_apart=ctx.sentences_apart(figure, start),
            subject=Agreement.AGREE,
            metric=Agreement.DISAGREE if len(named) > 1 else Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,
            ambiguous=[show(c) for c in starts[:-1]],
            doubts=[] if year is not None else ["the figure's year is not printed: only its month places the window"],
        )
        text = " ".join(extreme.text.split())
        yield Relation(
            kind=RelationKind.TIME_WINDOW,
            members=[Member(role="record", claim=figure.id), Member(role="earlier", claim=start.id)],
            evidence=evidence,
            reason=f"“{text}” describes {show(figure)}; {show(start)} is dated {months} months before it",
            params={"shape": "record_since", "record": text, "high": extreme.polarity == "high", "role": "earlier"},
            spans=[extreme.span],
        )
