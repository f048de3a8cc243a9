"""A move told in round words first and exactly later: "closed about 150 points higher" ... "up 148.9 points".

News copy leads with a rounded or hedged change ("jumped more than 40%", "fell nearly 3 percent", "closed 200
points higher") and gives the exact one further down ("rose 41.6%", "down 2.84 percent", "up 200.84 points"). The
two are one move when they are changes of the same kind (percent with percent, points with points), the same way,
of the same subject or measure (one of them named on both, none differing; a short name that opens the full one,
"the Dow" after "the Dow Jones index", is the same name), and the exact one is the next change
of that kind and way in the three sentences after the round one. The round figure then stands for its hedge ("more
than 40" is above 40) or, for a round number with trailing zeros, for the precision of its last non-zero digit
("200" is 150-250 at worst, never a wrong alarm on a 200.84).

A market report often lists each index's move on a line of its own under the lead ("the Kelby index falling 412
points ... On the day: / The Ardent 300 slid 41.5 points. / The Kelby index sank 412.38 points."): the exact form is
then the first line further down (up to eight sentences) that opens with a move of the round one's named subject;
lines of other named subjects are passed over. A whole number of points or an amount stands for its whole last
place, a writer may cut rather than round; a whole percentage is not read as a round form, percentages being told to
their decimal. A heading over the exact line that gives a span of its own ("For the year:") leaves it uncertain.

When the round move names only its measure ("an index closed 200 points higher") and the exact one names none of
its own but its sentence names that measure ("The Kelby index ... up 200.84 points"), the pair is made but left
uncertain. Nothing in the words ties the two, so the pairing is inferred: certain only when subject and measure are
named alike and neither figure is tied to a span of its own ("this year", "for the week", "since March"), a basis of
its own ("yoy", "on the previous quarter") or a run of periods ("for six consecutive quarters") that the other
lacks.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.extraction.measures import measure_pattern
from factcheck.figures import direction, show
from factcheck.quantity import Hedge, Quantity, QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, inferred, periods
from factcheck.relations.prose import is_estimate

# A span of time of the figure's own: a year-to-date or weekly move is another move than the day's.
_OWN_SPAN = re.compile(
    r"\b(?:this|last|the\s+past|the\s+last|so\s+far\s+this)\s+(?:year|week|month|quarter|decade)|year[- ]to[- ]date"
    r"|so\s+far|for\s+the\s+(?:week|month|year|quarter)|since|over\s+the|in\s+the\s+past|on\s+the\s+(?:week|year"
    r"|month)|annual(?:ly|i[sz]ed)?|a\s+year\s+(?:ago|earlier)|year[- ]on[- ]year|from\s+a\s+year|twelve[- ]month"
    r"|12[- ]month|three[- ]month|in\s+(?:19|20)\d\d|intra-?day"
    # a basis of its own: "5.2% (yoy)" and "3.9% quarter on quarter" are two moves of one economy, not one told twice
    r"|\b(?:yoy|y-o-y|y/y|qoq|q-o-q|q/q|mom|m-o-m|m/m)\b|quarter[- ]on[- ]quarter|month[- ]on[- ]month"
    r"|(?:previous|prior|preceding)\s+(?:quarter|month)|quarterly\s+basis|monthly\s+basis"
    # a run of periods: "above 5% for seven consecutive quarters" bounds each of them, not one move
    r"|consecutive|straight\s+(?:quarters|months|years|weeks)|in\s+a\s+row"
    # a move during the session, before the close the exact figure may give: "at one point", "before paring losses"
    r"|at\s+one\s+(?:point|stage)|at\s+(?:its|the\s+day['’]s)\s+(?:low|high|worst|best)|before\s+(?:paring|trimming"
    r"|recovering|rebounding|closing|ending|settling)|during\s+the\s+(?:day|session)|in\s+(?:early|morning|late)\s+trad",
    re.IGNORECASE,
)
_ROUNDING_HEDGES = (Hedge.APPROXIMATE, Hedge.OVER, Hedge.UNDER, Hedge.NEARLY)
_NEAR = 3  # sentences after the round move where the next move of its kind and way is its exact form
_WINDOW = 8  # further down, only a move naming the round one's subject is its exact form


def cut_place(q: Quantity) -> float | None:
    """How far a whole number of points or an amount may lie from the exact figure it stands for: its whole last
    place, as a writer may cut the decimals rather than round them ("fell 653 points" above "sank 653.17 points").
    None for a percentage, which is told to its decimal ("jumped 41%" above "rose 41.6%")."""
    if q.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT):
        return None
    return 2 * q.rounding


def _round_half_width(claim: Claim) -> float | None:
    """How far a round figure may lie from what it rounds: half the place of its last non-zero digit."""
    value = abs(claim.quantity.value)
    digits = re.sub(r"[^\d.]", "", claim.quantity.text.split()[0] if claim.quantity.text.split() else "")
    if claim.quantity.hedge in _ROUNDING_HEDGES:
        return 0.0  # the hedge gives the interval
    if claim.quantity.hedge != Hedge.EXACT or "." in digits or not digits or value < 10:
        return None
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros == 0:
        return cut_place(claim.quantity)
    scale = value / float(digits) if float(digits) else 1.0
    return 0.5 * 10**zeros * scale


def round_place(q: Quantity) -> float:
    """Half the place of a figure's last non-zero digit: 500 for "1,000", the rounding for "1,062" or "2.5"."""
    digits = re.sub(r"[^\d.]", "", q.text.split()[0] if q.text.split() else "")
    if "." in digits or not digits.strip("0"):
        return q.rounding
    zeros = len(digits) - len(digits.rstrip("0"))
    scale = abs(q.value) / float(digits) if float(digits) else 1.0
    return max(q.rounding, 0.5 * 10**zeros * scale)


def _changes(claim: Claim) -> bool:
    return claim.change is not None and claim.quantity.kind in (
        QuantityKind.PERCENT,
        QuantityKind.PERCENTAGE_POINT,
        QuantityKind.MONEY,
        QuantityKind.COUNT,
        QuantityKind.NUMBER,
        QuantityKind.PER_UNIT,
    )


def _alike(rough: Claim, exact: Claim, loose: bool = False) -> bool:
    """Two changes of one kind and way, the exact one finer; unless ``loose``, one subject or measure is named on
    both and none differs."""
    q, e = rough.quantity, exact.quantity
    if q.kind != e.kind or q.unit != e.unit or direction(rough) != direction(exact):
        return False
    # A hedged round figure ("more than 1,000 points") is as coarse as its last non-zero digit; the exact one must
    # be finer ("1,062 points", never "1,000 points" again).
    coarse = max(q.rounding, round_place(q)) if q.hedge in _ROUNDING_HEDGES else q.rounding
    if exact.quantity.hedge != Hedge.EXACT or not 0 < e.rounding < coarse or not round_place(e) < coarse:
        return False  # "lost more than 1%" and "fell 1%" are two moves told alike, not one told twice
    if not 1 / 3 <= e.value / q.value <= 3 if q.value else True:
        return False
    named = [(a, b) for a, b in ((rough.measure, exact.measure), (rough.subject, exact.subject)) if a and b]
    if not named:
        return loose  # nothing says the two moves are of one thing
    return all(not (a and b and not _one_name(a, b)) for a, b in named)


def _named_alike(rough: Claim, exact: Claim) -> bool:
    """Both moves name their subject, and it is the same name."""
    return bool(rough.subject and exact.subject and _one_name(rough.subject, exact.subject))


def _one_name(a: str, b: str) -> bool:
    """The same name, or a short form that opens the long one: "Dow" for "Dow Jones", never "Dow" for "Dowling"."""
    short, long = sorted((a.split(), b.split()), key=len)
    return long[: len(short)] == short


@finder("same_figures_rounded")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    sentences = ctx.sentences
    for rough in ctx.claims:
        if not _changes(rough) or rough.quantity.is_range or is_estimate(ctx, rough) is not None:
            continue
        half_width = _round_half_width(rough)
        if half_width is None:
            continue
        index = ctx.sentence_index(rough.span[0])
        if index + 1 >= len(sentences):
            continue
        hi = sentences[min(len(sentences) - 1, index + _WINDOW)][1]
        near = sentences[min(len(sentences) - 1, index + _NEAR)][1]
        later = [
            c
            for c in ctx.claims_in(sentences[index + 1][0], hi)
            if _changes(c)
            and c.quantity.kind == rough.quantity.kind
            and direction(c) == direction(rough)
            and (c.span[0] < near or _named_alike(rough, c))
        ]
        # "The Dow fell 653 points ... The S&P 500 slid 65.52 points. The Dow sank 653.17 points": a list of several
        # named subjects' moves, a line each, under the lead; a line of another subject is passed over, not taken for
        # the rough one's. The exact move must open its own line: in "B rose 12% and A rose 41.6%" either may be it.
        if rough.subject and later:
            firsts = {c.sentence_span: c for c in reversed(later)}
            passed = [c for c in later if c.subject and not _one_name(rough.subject, c.subject)]
            later = [c for c in later if firsts[c.sentence_span] is c and c not in passed]
            if passed:
                # Past another subject's line, an unnamed move may be that subject's or the whole's ("overall
                # traffic rose 12.7%" after the regions' lines): only one naming the round one's subject is its own.
                later = [c for c in later if _named_alike(rough, c)]
        # The next move of the same kind and way is the one restated; if it is not the exact form, none is.
        if not later or is_estimate(ctx, later[0]) is not None:
            continue
        named = _alike(rough, later[0])
        if not named and not (_alike(rough, later[0], loose=True) and _measure_in_sentence(ctx, rough, later[0])):
            continue
        exact = later
        figure = exact[0]
        doubts = [] if named else [_MEASURE_ONLY]
        spans = [bool(_OWN_SPAN.search(_around(ctx, c))) for c in (rough, figure)]
        heading = _heading(ctx, rough.sentence_span[1], figure.span[0])
        if any(spans) or (heading and _OWN_SPAN.search(heading)):
            # "For the year:" over a block of lines: the heading gives the exact figure its span.
            doubts.append("a figure is tied to a span of time of its own and may be another move")
        # An unnamed round figure is that of the exact one's subject only when its own sentence names no
        # other ("A, B and C fell more than 2%" beside "D fell 1.8%": the round move is not D's).
        around = [c for c in ctx.claims_in(*rough.sentence_span) if c is not rough]
        evidence = inferred(
            ctx,
            [rough, figure],
            [cue(ctx, tuple(rough.span), "a round figure")],  # type: ignore[arg-type]
            period=Agreement.DISAGREE if periods([rough, figure]) == Agreement.DISAGREE else Agreement.AGREE,
            around=around,
            doubts=doubts,
        )
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=rough, second=figure),
            evidence=evidence,
            reason=f"{show(rough)} reads as the round form of the move given exactly as {show(figure)} "
            f"{ctx.sentences_apart(rough, figure)} sentence(s) later: same kind, same way"
            + (f", both of {rough.subject}" if rough.subject and figure.subject else ""),
            params={"rounded": True, "round_half_width": half_width},
        )


_MEASURE_ONLY = "the round move names no subject; the exact one's sentence only names the same measure"


def _measure_in_sentence(ctx: ArticleContext, rough: Claim, exact: Claim) -> bool:
    """ "An index closed 200 points higher ... The Kelby index ... ended up 200.84 points": the round move names
    only its measure, and the exact one's sentence names that measure before it (no subject on the round one)."""
    if rough.subject or not rough.measure or exact.measure:
        return False
    words = measure_pattern(rough.measure)
    return words is not None and bool(words.search(ctx.text, exact.sentence_span[0], exact.span[0]))


_HEADING = re.compile(r"^[^\n.!?]{1,40}:[ \t]*$", re.MULTILINE)


def _heading(ctx: ArticleContext, start: int, end: int) -> str:
    """The last short line ending in a colon between two places: the heading of a block of lines."""
    found = list(_HEADING.finditer(ctx.text, start, end))
    return found[-1].group(0) if found else ""


def _around(ctx: ArticleContext, claim: Claim) -> str:
    """The figure's clause words next to it: where a span of its own would be named."""
    start, end = claim.sentence_span
    return ctx.text[max(start, claim.span[0] - 50) : min(end, claim.span[1] + 45)]
