"""Years between two stated years, said in words: "Between 2010 and 2020, a span of ten years"; "Founded in 1954,
the firm marked its 70th anniversary in 2024"; "in 2021, 23 years after it opened in 1998".

Three layouts of one sentence, each tied by its words (a cue):

* a pair of years restated as a span right after it ("from 2010 to 2020, a
  period of ten years"; "between 1990 and 2015 - 25 years");
* a start the words name (founded, opened, launched, established, born ... in
  Y1) and an anniversary or birthday in Y2: the ordinal is Y2 - Y1 exactly;
* "Y2, N years after ... Y1" (or "since"): N whole years, give or take the one
  the dates inside the two years can add or take away.

Each is a ``time_window`` relation of shape ``window`` between two stated years.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.intervals import Interval
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.time_windows import N_WORDS, WINDOW_HEDGE, allowed_years, claims_on, count_of, finite

_YEAR = r"(?:19|20)\d\d"
# "between 2010 and 2020, a span of ten years", "from 1990 to 2015 - 25 years".
_PAIR_SPAN = re.compile(
    rf"\b(?:between|from)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?(?P<y1>{_YEAR})\s+(?:and|to|through|until)\s+"
    rf"(?P<y2>{_YEAR})(?![\d%])\s*(?:,\s*|\s*[—–-]\s*|\s+)(?:(?:a|an)\s+(?:span|period|stretch|interval)\s+of\s+"
    rf"|or\s+|a\s+|in\s+all\s+)?(?:{WINDOW_HEDGE}\s+)?(?P<n>{N_WORDS})\s+(?P<unit>years?|decades?)\b"
    r"(?!\s+(?:ago|earlier|before|later|old))",
    re.IGNORECASE,
)
_PAIR_SPAN = led(_PAIR_SPAN)  # read over the whole article: tried only where its first words are
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "fifteenth": 15, "twentieth": 20, "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100, "centenary": 100, "centennial": 100,
}  # fmt: skip
_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(k for k in _ORDINALS if k not in ("centenary", "centennial")) + ")"
# A start the words name: "founded in 1954", "opened in 1998", "was born in 1960".
_START = r"(?:founded|established|opened|launched|formed|created|built|incorporated|born|started|set\s+up|listed)"
_STARTED = re.compile(rf"\b{_START}\s+in\s+(?P<y1>{_YEAR})\b(?![\d%])", re.IGNORECASE)
_STARTED = led(_STARTED)  # read over the whole article: tried only where its first words are
_ANNIVERSARY = re.compile(rf"\b(?P<nth>{_ORDINAL})\s+(?:anniversary|birthday)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(rf"(?<![\d.,$£€])(?P<y2>{_YEAR})(?![\d%])")
# "in 2021, 23 years after it opened in 1998", "2019, five years since the plant was built in 2014".
_YEARS_AFTER = re.compile(
    rf"\b(?P<y2>{_YEAR})(?![\d%])\s*,?\s*(?:{WINDOW_HEDGE}\s+)?(?P<n>{N_WORDS})\s+(?P<unit>years?|decades?)\s+"
    rf"(?:after|since)\s+(?P<mid>[^.;!?\d]{{0,60}}?)\b(?:in\s+)?(?P<y1>{_YEAR})\b(?![\d%])",
    re.IGNORECASE,
)
_YEARS_AFTER = led(_YEARS_AFTER)  # read over the whole article: tried only where its first words are


@finder("time_between")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for match in _PAIR_SPAN.finditer(ctx.text):
        n = count_of(match.group("n"))
        if n:
            years = allowed_years(n, match.group("unit"), match.group("hedge"))
            # Whole calendar years between two stated years: "ten years" is 9 to 11 apart, as the dates inside
            # them are not said.
            if not match.group("hedge"):
                years = Interval(years.lo - 0.75 * _scale(match.group("unit")), years.hi)
            yield _relation(ctx, match, years, "a pair of years restated as a span")
    for start in _STARTED.finditer(ctx.text):
        yield from _anniversary(ctx, start)
    for match in _YEARS_AFTER.finditer(ctx.text):
        n = count_of(match.group("n"))
        if n:
            years = allowed_years(n, match.group("unit"), match.group("hedge"))
            if not match.group("hedge"):
                years = Interval(years.lo - 0.75 * _scale(match.group("unit")), years.hi)
            yield _relation(ctx, match, years, "a year and the years since another")


def _anniversary(ctx: ArticleContext, start: re.Match[str]) -> Iterator[Relation]:
    """ "Founded in 1954, the firm marked its 70th anniversary in 2024": the sentence holds the anniversary after
    the start and exactly one other year, the year it fell in."""
    sentence = ctx.sentences[ctx.sentence_index(start.start())]
    end = min(sentence[1], start.end() + 160)
    nth = _ANNIVERSARY.search(ctx.text, start.end(), end)
    begin = max(sentence[0], start.start() - 120)
    others = [y for y in _ANY_YEAR.finditer(ctx.text, begin, end) if y.start() != start.start("y1")]
    n = _ordinal(nth.group("nth")) if nth else None
    if nth is None or not n or len(others) != 1 or ";" in ctx.text[begin:end]:
        return
    yield _relation(
        ctx,
        start,
        Interval(n - 0.25, n + 0.25),
        "a start and its anniversary",
        last=others[0],
        number=nth.span("nth"),
    )


def _scale(unit: str) -> float:
    return 10.0 if unit.lower().startswith("decade") else 1.0


def _ordinal(text: str) -> int | None:
    key = text.lower()
    if key in _ORDINALS:
        return _ORDINALS[key]
    digits = re.match(r"\d+", key)
    return int(digits.group(0)) if digits else None


def _relation(
    ctx: ArticleContext,
    match: re.Match[str],
    years: Interval,
    meaning: str,
    *,
    last: re.Match[str] | None = None,
    number: tuple[int, int] | None = None,
) -> Relation:
    later = last or match
    first, final = int(match.group("y1")), int(later.group("y2"))
    whole = (min(match.start(), later.start()), max(match.end(), later.end(), number[1] if number else 0))
    words = " ".join(ctx.text[whole[0] : whole[1]].split())
    members = [Member(role="window", claim=c.id) for c in claims_on(ctx, whole, (QuantityKind.DURATION,))]
    span_words = number or match.span("n")
    evidence = Evidence(
        tie=Tie.CUE,
        cues=[cue(ctx, whole, meaning)],
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
    )
    return Relation(
        kind=RelationKind.TIME_WINDOW,
        members=members,
        evidence=evidence,
        reason=f"“{words}” gives the years between {first} and {final} in words",
        params={
            "shape": "window",
            "window": words,
            "date": f"{first} to {final}",
            "years": [years.lo, finite(years.hi)],
            # Two calendar years: the span is the later less the earlier; the allowed years carry the slack.
            "since": [first, first],
            "now": [final, final],
            "now_how": f"{final}, the later year stated",
            "between": True,
        },
        spans=[match.span("y1"), later.span("y2"), span_words],
    )
