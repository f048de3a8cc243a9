"""A total over a stated period restated as its average per shorter period: "sold 4,200 bikes over the past six
months, or about 700 a month"; "$3.6 billion in the quarter, an average of $1.2 billion a month"; "added 1.4
million jobs over the year, an average monthly gain of 117,000".

The structure is the run rate read backwards: a total, the period it covers ("over the year", "in the quarter",
"over three years", "during the past six weeks"), a restating cue (", or", "an average of", "averaging", a bare
comma before "about N a day") and a figure per shorter period, named after it ("a month", "per day") or before it
("an average monthly gain of"). The number of sub-periods comes from the two period words (a year holds 12 months
and 4 quarters, a quarter 3 months, a week 7 days); a pair with no exact count (days in a month, weeks in a year)
is left alone. The relation is a ``run_rate`` whose ``times`` is that count: the rate times it is the total.
A figure that closes a list of like figures ("added 150,000, 180,000 and 210,000 jobs in the past three months")
is one sub-period's figure, not the total, and takes no rate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.averages_windows import _NUMBER_WORDS
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.per_unit_averages import _BREAK, _RESTATE, same_measure

# Each period in the smallest unit of the families it is counted in: months hold quarters and years, days hold
# weeks and years. A year is taken as 365 days: a leap day moves a yearly total by 0.3%, inside a daily rate's
# rounding; a month has no one count of days, nor a year of weeks, so those pairs stay unpaired.
_SPAN: dict[str, dict[str, int]] = {
    "month": {"month": 1}, "quarter": {"month": 3}, "half": {"month": 6}, "year": {"month": 12, "day": 365},
    "day": {"day": 1}, "week": {"day": 7},
}  # fmt: skip
_ADJECTIVE = {"monthly": "month", "quarterly": "quarter", "annual": "year", "yearly": "year", "daily": "day"}
_ADJECTIVE |= {"weekly": "week"}
_UNITS = r"(?P<unit>years?|halves|half|quarters?|months?|weeks?|days?)"
_COUNT = r"(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")"
# "over the year", "in the quarter", "during the past six months", "over three years", "in the first half".
_PERIOD = re.compile(
    rf"\b(?:over|in|during|for|across|throughout)\s+(?:(?:the|its|their|his|her)\s+)?"
    rf"(?:(?:(?:past|last|previous|preceding|latest|first|second|third|fourth|final)\s+)?(?:{_COUNT}[\s-]+)?"
    # "the year-earlier quarter", "year on year": the period word dates or compares, it spans nothing.
    rf"{_UNITS}\b(?!['’]|[\s-]+(?:earlier|ago|before|prior|on|over)\b)"
    rf"|(?:(?:calendar|fiscal|financial)\s+(?:year\s+)?)?(?P<year>(?:19|20)\d\d)\b(?![-–/]))",
    re.IGNORECASE,
)
# A period that has not run its course, or one named only in part, divides by no known count.
_PARTIAL = re.compile(r"\b(?:so\s+far|to\s+date|year[\s-]+to[\s-]+date|thus\s+far|this\s+(?:year|month|week))\b", re.I)
_PER_AFTER = re.compile(
    r"\s*(?:[A-Za-z][\w-]*\s+)?(?:a|an|per|each|every)\s+(?P<unit>month|quarter|year|week|day)\b"
    r"(?!['’]|\s+(?:earlier|ago|before|later|prior|on)\b)",
    re.I,
)
_PER_BEFORE = re.compile(
    r"\b(?P<adj>monthly|quarterly|annual|yearly|daily|weekly)\b(?:\s+[A-Za-z-]+){0,2}\s+(?:of\s+)?[$£€¥₹]?\s*$", re.I
)
# The average named before its figure: "an average monthly gain of", "a daily average of".
_AVERAGE_LEAD = re.compile(
    r"(?:,\s*(?:or\s+)?|\b)an?\s+(?:average\s+(?:monthly|quarterly|annual|yearly|daily|weekly)(?:\s+[a-z-]+)?"
    r"|(?:monthly|quarterly|annual|yearly|daily|weekly)\s+average)\s+of\s*(?:about|around|roughly|some|nearly)?"
    r"\s*[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
# ", about 209 a day": a bare comma restates only when the figure names its own period after it.
_COMMA = re.compile(r"^\s*,\s*(?:about|around|roughly|some|nearly|almost|or\s+about)?\s*[$£€¥₹]?\s*$", re.I)


_REACHED = re.compile(r"\b(?:to|at|of)\s+[$£€¥₹]?\s*$", re.I)


# "about 700 a month more than a year ago": the rate is a gap to another figure, no share of the total.
_COMPARED = re.compile(
    r"\s*(?:[A-Za-z][\w-]*\s+)?(?:a|an|per|each|every)\s+\w+\s+(?:more|less|fewer|higher|lower|above|below|short)\b",
    re.I,
)


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _unit(word: str) -> str:
    word = word.lower()
    return "half" if word in ("half", "halves") else word.rstrip("s")


def _sub_period(ctx: ArticleContext, rate: Claim, lead: str) -> tuple[str, bool] | None:
    """The shorter period the rate is per, and whether its name follows the figure."""
    q = rate.quantity
    if q.is_range or q.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION, QuantityKind.DURATION):
        return None
    if q.kind == QuantityKind.PER_UNIT and "/" in q.unit:
        bottom = q.unit.split("/")[-1].strip().lower()
        return (bottom, True) if bottom in _SPAN else None
    if _COMPARED.match(ctx.text, rate.span[1]):
        return None
    after = _PER_AFTER.match(ctx.text, rate.span[1])
    if after is not None:
        return after.group("unit").lower(), True
    before = _PER_BEFORE.search(lead[-40:])
    return (_ADJECTIVE[before.group("adj").lower()], False) if before is not None else None


def _times(period: re.Match[str], sub: str) -> int | None:
    unit = "year" if period.group("year") else _unit(period.group("unit"))
    whole, part = _SPAN.get(unit, {}), _SPAN.get(sub, {})
    family = next((f for f in part if f in whole), None)
    if family is None:
        return None
    if period.group("n") is None and not period.group("year") and period.group("unit").lower().endswith("s"):
        return None  # "over the years": no count
    count = _number(period.group("n")) if period.group("n") else 1
    total = count * whole[family]
    if total % part[family] or total // part[family] < 2:
        return None
    return total // part[family]


def _period(ctx: ArticleContext, total: Claim, gap: tuple[int, int]) -> re.Match[str] | None:
    """The period the total covers: in the words between it and the rate, or leading the total's clause."""
    inside = list(_PERIOD.finditer(ctx.text, *gap))
    if inside:
        return inside[0] if len(inside) == 1 else None
    start = max(ctx.text.rfind(".", 0, total.span[0]), ctx.text.rfind(";", 0, total.span[0]), 0)
    lead = ctx.text[start : total.span[0]]
    if any(c.span[1] <= total.span[0] and c.span[0] >= start and c.quantity.kind != QuantityKind.DURATION
           for c in ctx.claims_in(start, total.span[0])):  # fmt: skip
        return None  # another figure leads the clause: the period may be its own
    found = list(_PERIOD.finditer(ctx.text, start, total.span[0]))
    return found[-1] if len(found) == 1 and not _BREAK.search(lead) else None


def _restates(gap: str, named_after: bool) -> bool:
    if _AVERAGE_LEAD.search(gap):
        return True
    return bool(_RESTATE.search(gap) or (named_after and _COMMA.match(gap)))


def _signs_fit(total: Claim, rate: Claim) -> bool:
    """Change with change in one direction, or a level (or a change) averaged as a plain figure."""
    if rate.change is None:
        return True
    return total.change is not None and total.change.direction == rate.change.direction


@finder("period_averages")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    text = ctx.text
    for claims in ctx.sentence_groups().values():
        if len(claims) < 2:
            continue
        figures = [c for c in claims if c.quantity.kind != QuantityKind.DURATION]
        for total, rate in pairwise(figures):
            if total.quantity.is_range or not same_measure(total, rate) or not _signs_fit(total, rate):
                continue
            if total.quantity.kind == QuantityKind.PER_UNIT:
                continue  # "$3 billion a year, or $250 million a month" is the run-rate finder's
            if _REACHED.search(text, max(0, total.span[0] - 12), total.span[0]):
                continue  # "rose to $40,000 in the year": a level reached, not a sum over the year
            if _closes_list(ctx, figures, total):
                continue
            between = (total.span[1], rate.span[0])
            sub = _sub_period(ctx, rate, text[slice(*between)])
            if sub is None:
                continue
            period = _period(ctx, total, between)
            if period is None or _PARTIAL.search(text, max(0, period.start() - 12), period.end() + 12):
                continue
            times = _times(period, sub[0])
            if times is None:
                continue
            gap = (
                (text[between[0] : period.start()] + text[period.end() : between[1]])
                if (between[0] <= period.start())
                else text[slice(*between)]
            )
            if len(gap) > 80 or _BREAK.search(gap) or not _restates(gap, sub[1]):
                continue
            if _SET_AGAINST.search(gap) or _RATE_ALREADY.match(text, total.span[1]):
                # "has run at 140,000 a month, against a monthly average of 185,000 last year": the first is
                # a rate already, and the second another period's, set against it, not its restatement
                continue
            yield _relation(ctx, total, rate, period, sub[0], times)


_SET_AGAINST = re.compile(r"\b(?:compared|versus|vs\.?|against|than|whereas|while)\b", re.IGNORECASE)
_RATE_ALREADY = re.compile(
    r"\s*(?:[A-Za-z][\w-]*\s+)?(?:a|an|per|each|every)\s+(?:month|quarter|year|week|day)\b", re.I
)
# "150,000, 180,000 and 210,000": items of one list, joined by nothing but a comma or "and".
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)[$£€¥₹]?\s*")


def _closes_list(ctx: ArticleContext, figures: list[Claim], total: Claim) -> bool:
    """ "added 150,000, 180,000 and 210,000 jobs in the past three months": the last item of a list of like
    figures is one month's figure, the period's figures told one by one, not a total over the period."""
    before = [c for c in figures if c.span[1] <= total.span[0]]
    return bool(before) and _LIST_JOIN.fullmatch(ctx.text, before[-1].span[1], total.span[0]) is not None


# The next sentence restating the last figure before it: "That works out to about 700 a month."
_THAT = re.compile(
    r"\s*(?:That|This)(?:['’]s|\s+(?:is|was|works\s+out\s+to|worked\s+out\s+to|amounts\s+to|amounted\s+to"
    r"|equals|comes\s+to|came\s+to|means))\s+(?:(?:an?\s+)?average\s+of\s+|roughly\s+|about\s+|around\s+"
    r"|some\s+|nearly\s+)?[$£€¥₹]?\s*$"
)


@finder("period_averages_next")
def find_next(ctx: ArticleContext) -> Iterator[Relation]:
    """A total and its period in one sentence, its average per shorter period opening the next."""
    groups = sorted(ctx.sentence_groups().items())
    text = ctx.text
    for (_, before), ((start, _), after) in pairwise(groups):
        figures = [c for c in before if c.quantity.kind != QuantityKind.DURATION]
        rate = next((c for c in after if c.quantity.kind != QuantityKind.DURATION), None)
        if not figures or rate is None or not _THAT.fullmatch(text, start, rate.span[0]):
            continue
        total = figures[-1]
        if ctx.sentence_index(total.span[0]) + 1 != ctx.sentence_index(rate.span[0]):
            continue
        if total.quantity.is_range or total.quantity.kind == QuantityKind.PER_UNIT:
            continue
        if not same_measure(total, rate) or not _signs_fit(total, rate):
            continue
        if _REACHED.search(text, max(0, total.span[0] - 12), total.span[0]) or _closes_list(ctx, figures, total):
            continue
        sub = _sub_period(ctx, rate, "")
        end = ctx.sentences[ctx.sentence_index(total.span[0])][1]
        period = _period(ctx, total, (total.span[1], end))
        if sub is None or period is None or _PARTIAL.search(text, max(0, period.start() - 12), period.end() + 12):
            continue
        times = _times(period, sub[0])
        if times is not None:
            yield _relation(ctx, total, rate, period, sub[0], times, (start, rate.span[0]))


def _relation(
    ctx: ArticleContext,
    total: Claim,
    rate: Claim,
    period: re.Match[str],
    sub: str,
    times: int,
    words: tuple[int, int] | None = None,
) -> Relation:
    said = cue(ctx, words or (total.span[1], rate.span[0]), "a total over a period restated per shorter period")
    over = " ".join(period.group(0).split()).lower()
    members = [total, rate]
    # Both figures measure one thing (same_measure) over periods the finder has counted against each other.
    evidence = stated_together(ctx, members, [said], unit=Agreement.AGREE, period=Agreement.AGREE)
    start, end = min(period.start(), total.span[0]), rate.span[1]
    return Relation(
        kind=RelationKind.RUN_RATE,
        members=roles(period=rate, annual=total),
        evidence=evidence,
        reason=f"“{said.text}” restates {show(total)} {over} as {show(rate)} a {sub}, and {over} holds {times} "
        f"{sub}s: “{' '.join(ctx.text[start:end].split())}”",
        params={"times": times, "over": over, "per": sub},
    )
