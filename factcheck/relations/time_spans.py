"""Spans of time counted from a stated year, and totals over years restated per year.

Shapes:

* a span counted from a year: "in the four years since it topped out ... in
  2018", counted in whole years to "now" (see ``time_now``);
* a span between two stated years: "rose from X in 1975 to Y in 2022 ... over
  nearly five decades" (or in the sentence that refers back with "This ...");
* a total over years restated per year: "$30 billion over five years, or about
  $6 billion a year".

What makes a pairing certain: the span and its years in one clause or sentence
are a cue (unless a contrast sets them in clauses of their own: "While flat over the past decade, it climbed
from 2021 to 2023" stays uncertain); "This ..." (or "The increase ...") right after the sentence with the
years is a structure, while a
sentence that merely opens with "The" names something new and refers back to nothing; a
total and its yearly share are tied by "or" in one breath. A span counted to a
guessed "now" carries that doubt. A span after a comparison word ("faster than over the last
three decades", "compared with 9% over the past ten years") or after a word for shorter stretches
("each three-year stretch across the past 25 years") is another stretch than the years': no pair.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import currency, same_unit, show
from factcheck.intervals import Interval
from factcheck.literals import gated, led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_words import sentence_of
from factcheck.relations.time_now import now_doubts, now_for
from factcheck.relations.time_windows import (
    DATE,
    N_WORDS,
    SKIP,
    UNIT,
    UNIT_YEARS,
    WINDOW_HEDGE,
    allowed_years,
    claims_on,
    count_of,
    date_interval,
    extremes,
    finite,
)


@finder("time_spans")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _years_since(ctx)
    yield from _years_ago(ctx)
    yield from _spans(ctx)
    yield from _per_year(ctx)


# "in the four years since it topped out at 4.2 million units in 2018".
_YEARS_SINCE = re.compile(
    rf"\b(?:{WINDOW_HEDGE}\s+)?(?P<n>{N_WORDS})\s+(?P<unit>{UNIT})s?\s+since\s+"
    rf"(?:{SKIP}{{0,60}}?\bin\s+)?{DATE}",
    re.IGNORECASE,
)
_YEARS_SINCE = led(_YEARS_SINCE)  # read over the whole article: tried only where its first words or digits are


def _years_since(ctx: ArticleContext) -> Iterator[Relation]:
    """ "In the four years since it topped out at 4.2 million units in 2018"."""
    for match in _YEARS_SINCE.finditer(ctx.text):
        n = count_of(match.group("n"))
        if n is None:
            continue
        years = allowed_years(n, match.group("unit"), match.group("hedge"))
        # Counted in whole units: "three years since 2016" in 2019 is 2019 - 2016.
        years = Interval(years.lo - 0.75 * UNIT_YEARS[match.group("unit").lower()], years.hi)
        yield _window(ctx, match, years, "a span counted from a date", "counts from {year}; counted to {now}")


# "nearly five years ago (June 9, 2019)", "eight years ago, in 2016", "six years ago in March 2018": a span back from
# now, and the date it reaches, set side by side.
_YEARS_AGO = re.compile(
    rf"\b(?:{WINDOW_HEDGE}\s+)?(?P<n>{N_WORDS})\s+(?P<unit>{UNIT})s?\s+ago(?:\s+to\s+the\s+day)?"
    rf"(?:\s*,\s*|\s*\(\s*|\s+)(?:(?:in|on|back\s+in)\s+)?(?:\d{{1,2}}\s+)?{DATE}(?:\s*\)|(?=\s*[,.;]))",
    re.IGNORECASE,
)
_YEARS_AGO = led(_YEARS_AGO)  # read over the whole article: tried only where its first words or digits are


def _years_ago(ctx: ArticleContext) -> Iterator[Relation]:
    """ "the mark it set nearly five years ago (June 9, 2019)": the span from the date to now."""
    for match in _YEARS_AGO.finditer(ctx.text):
        n = count_of(match.group("n"))
        if n is None or match.group("decade"):
            continue
        years = allowed_years(n, match.group("unit"), match.group("hedge"))
        meaning = "a span back from now and the date it reaches"
        yield _window(ctx, match, years, meaning, "counts back to {year}; counted from {now}")


def _window(ctx: ArticleContext, match: re.Match[str], years: Interval, meaning: str, how: str) -> Relation:
    """A span of years the words tie to a date, counted against the article's now."""
    start = date_interval(match)
    now = now_for(ctx, match.span(), [match.span()])
    members = [Member(role="window", claim=c.id) for c in claims_on(ctx, match.span(), (QuantityKind.DURATION,))]
    evidence = Evidence(
        tie=Tie.CUE,
        cues=[cue(ctx, match.span(), meaning)],
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        doubts=now_doubts(now),
    )
    words = " ".join(match.group(0).split())
    return Relation(
        kind=RelationKind.TIME_WINDOW,
        members=members,
        evidence=evidence,
        reason=f"“{words}” " + how.format(year=match.group("year"), now=now.how),
        params={
            "shape": "window",
            "window": words,
            "date": match.group("year"),
            "years": [years.lo, finite(years.hi)],
            "since": [start.lo, start.hi],
            "now": [finite(now.when.lo), finite(now.when.hi)],
            "now_how": now.how,
        },
        spans=[match.span()] + ([now.span] if now.span else []),
    )


# spans between two stated years ------------------------------------------------------

# "over nearly five decades", "in just six years", "over the past decade": how long a stated change took.
_DURING = re.compile(
    r"\b(?P<prep>over|in|during|across|within|spanning)\s+(?:just\s+|only\s+)?(?:the\s+(?:past|last)\s+)?"
    r"(?:(?P<hedge>more\s+than|nearly|almost|about|around|roughly|some|just\s+over|just\s+under|less\s+than)\s+)?"
    rf"(?P<n>{N_WORDS}|a)\s+(?P<unit>years?|decades?)\b(?!\s+(?:ago|earlier|before|later|old))",
    re.IGNORECASE,
)
_DURING = led(_DURING)  # read over the whole article: tried only where its first words are
# "went from 61 cm in 2021 to 54 cm in 2022, below the mean over the past 30 years": the span belongs to the
# average, not to the move between the years.
_AVERAGE_BEFORE = re.compile(r"\b(?:average|mean|median|norm)\s+(?:(?:level|rate|value)\s+)?$", re.IGNORECASE)
# A decimal point ("from $1.10 in 2004") is no full stop.
_IN_SENTENCE = r"(?:[^.;!?]|(?<=\d)\.(?=\d))"
_FROM_YEAR = re.compile(
    rf"\b(?:from|between)\b(?P<a>(?:(?!\b(?:to|and|through|until)\b){_IN_SENTENCE}){{0,70}}?)\b(?P<y1>(?:19|20)\d\d)\b"
    rf"(?![\d%])(?:(?!\b(?:19|20)\d\d\b)[^;!?]){{0,90}}?\b(?:to|and|through|until)\b"
    rf"(?:(?!\b(?:19|20)\d\d\b){_IN_SENTENCE}){{0,70}}?\b(?P<y2>(?:19|20)\d\d)\b(?![\d%])",
    re.IGNORECASE,
)
# A sentence that refers back to the move before it: "This rise over three decades ...", "The overall increase
# came in twelve years". "The" alone opens any sentence ("The survey also found that take-up slipped in the last
# four years"): only with a word for the move does it point back.
_BACK = re.compile(
    r"^\W*(?:(?:This|That|These|Those)\b|The\s+(?:[a-z]+\s+)?(?:increase|decrease|rise|fall|drop|decline|gain|growth"
    r"|jump|climb|surge|change|shift|swing|reduction|cut|slide|slump|plunge|dip|loss|improvement|expansion)s?\b)",
    re.IGNORECASE,
)


# "While sales held steady over the last ten years, they jumped from 2021 to 2023": a contrast sets the span and
# the two years in clauses of their own, so the span may be another stretch than the one between the years.
_CONTRAST_OPEN = re.compile(r"^\W*(?:while|whilst|although|though|even\s+though|despite|whereas)\b", re.IGNORECASE)
_CONTRAST_BETWEEN = re.compile(r"[,;:]\s*(?:but|yet|while|whilst|whereas|although|though)\b|\bbut\b", re.IGNORECASE)


def _contrasted(ctx: ArticleContext, sentence: tuple[int, int], span: tuple[int, int], pair: re.Match[str]) -> bool:
    """Whether a contrast puts the span and the pair of years in two clauses of one sentence."""
    lo, hi = min(span[1], pair.end()), max(span[0], pair.start())
    if lo < hi and _CONTRAST_BETWEEN.search(ctx.text, lo, hi):
        return True
    # "While X over the past decade, Y from 2021 to 2023": the opening clause ends at a comma between them.
    return bool(_CONTRAST_OPEN.match(ctx.text[sentence[0] : sentence[1]])) and lo < hi and "," in ctx.text[lo:hi]


# "a steeper fall than over the last three decades", "compared with 9% over the past ten years": a span after a
# comparison word measures the other side, not the move between the years. "more than 20%" and "more than
# doubled" are a hedge and a verb, not a comparison.
_OTHER_SIDE = re.compile(
    r"\bthan\b(?!\s+(?:[$€£]\s*)?\d|\s+(?:doubl|tripl|quadrupl|halv|twice|half\b))"
    r"|\bcompared\s+(?:with|to)\b|\bversus\b|\brelative\s+to\b|\bin\s+contrast\s+(?:with|to)\b",
    re.IGNORECASE,
)
# "beat each three-year stretch across the past 25 years": the span is the range shorter stretches are drawn from.
_SUB_PERIOD = re.compile(r"\b(?:period|stretch|spell|window|interval)s?\s+$", re.IGNORECASE)


def _other_stretch(ctx: ArticleContext, lo: int, span: tuple[int, int]) -> bool:
    """Whether the words from ``lo`` to the span set it apart from the move: a comparison's other side, or the
    range a set of shorter periods is drawn from."""
    if _SUB_PERIOD.search(ctx.text, max(lo, span[0] - 40), span[0]):
        return True
    return lo < span[0] and bool(_OTHER_SIDE.search(ctx.text, lo, span[0]))


def _spans(ctx: ArticleContext) -> Iterator[Relation]:
    """ "emissions rose from X in 1975 to Y in 2022 ... over nearly five decades": the span between the years."""
    windows = [e.span for e in extremes(ctx)]
    for match in _DURING.finditer(ctx.text):
        n = count_of(match.group("n"))
        if not n or any(s < match.end() and match.start() < e for s, e in windows):
            continue  # "the lowest level in six years" is a window, not a span
        if _AVERAGE_BEFORE.search(ctx.text, max(0, match.start() - 40), match.start()):
            continue  # "below the mean over the past 30 years": the window an average is taken over
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
        after = pair.end() if tie == Tie.CUE else sentence[0]
        if after <= match.start() and _other_stretch(ctx, after, match.span()):
            continue
        first, last = int(pair["y1"]), int(pair["y2"])
        unit = match.group("unit").lower().rstrip("s")
        length = n * UNIT_YEARS[unit]
        hedge = (match.group("hedge") or "").lower()
        if hedge:
            years = allowed_years(n, unit, hedge)
        else:
            # A span counted in calendar years: "over three decades" is 27 to 33 years, "in six years" 5 to 7.
            slack = max(1.0, 0.1 * length)
            # "over a decade" may mean during one or more than one: only a span too short can fail it.
            years = Interval(length - slack, math.inf if match.group("prep").lower() == "over" else length + slack)
        members = [Member(role="window", claim=c.id) for c in claims_on(ctx, match.span(), (QuantityKind.DURATION,))]
        evidence = Evidence(
            tie=tie,
            cues=[cue(ctx, match.span(), "the span"), cue(ctx, pair.span(), "its first and last years")],
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            ambiguous=[p.group(0)[:40] for p in pairs[1:] if (p["y1"], p["y2"]) != (pair["y1"], pair["y2"])],
            doubts=(
                ["a contrast sets the span and the years in clauses of their own, so they may be two stretches"]
                if tie == Tie.CUE and _contrasted(ctx, sentence, match.span(), pair)
                else []
            ),
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
                "years": [years.lo, finite(years.hi)],
                # Whole years apart: the span is last - first, to half a year either way.
                "since": [first - 0.25, first + 0.25],
                "now": [last - 0.25, last + 0.25],
                "now_how": f"{last}, the last year stated",
                "between": True,
            },
            spans=[match.span(), pair.span("y1"), pair.span("y2")],
        )


# totals over years -----------------------------------------------------------------

_OVER_YEARS = re.compile(
    rf"^\s*(?:[\w’'-]+\s+){{0,4}}?(?:over|across|during|in)\s+(?:the\s+)?(?:next|past|coming|last|following)?\s*"
    rf"(?P<n>{N_WORDS})\s+years\b",
    re.IGNORECASE,
)
_OVER_YEARS = gated(_OVER_YEARS)  # tried on every figure's window, seldom matching there
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
        n = count_of(window.group("n"))
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
