"""A headline's figure told again in the body: "Widget sales climb 4% in May" ... "sales rose 4.2% in May".

A news page opens with a headline (and sometimes a second deck line): short lines standing alone, with no full
stop, above the body. The headline gives the story's main figure, and the body's lead states it again, often more
exactly: "Acme cuts 1,200 jobs" over "Acme has cut 1,200 jobs", "Zeta posts $3.1bn profit" over
"net income of $3.1 billion", "Prices up 0.4% in March" over "prices rose 0.4 percent in March". The body figure
restating a headline figure is the first one in the body's first three sentences of the same kind, unit and way
(both rises, both falls, or both levels), of the same measure where both name one, and of no other period.

A lead that tells the headline's figure as a plan or set against a time ("will lift its dividend by 8.5%") has
still told it: the next figure of that kind ("a 12.4% rise in 2023") is another one, and is not paired.

Only a headline figure that is the only one of its kind, unit and way in its line is paired: "Palmer crude nears
$70 as Ostrel blend tops $64" gives two prices, and the body's first price may be either. Forecasts ("expected",
"will") are left out on both sides: a headline's plan and the body's result are two figures. Nothing in the words ties
the two, so the pairing is inferred: certain only when subject and measure are both known and agree, the
headline figure is no more exact than the body's, and the body figure names the period the headline names (a
headline often leaves the period out, seldom the lead); a body move whose own clause dates the level it ends at
("fell 2.4% to 40,200 in March from 41,190 in February") names that period. A headline dated to one month or
quarter ("Sales Slip 3.6 Percent in April") and a body figure dated to another ("fell 2.4 percent to 40,200 in
March") are of different periods as far as the words tell, though neither gives the year to set them apart by:
a monthly release's headline may give the latest month while the lead opens on the one before, so the pairing
stays uncertain and names both. The headline is read as a round form
of the body figure: "$9,000" stands for its last non-zero digit, so "$9,040" below it passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.extraction.timerefs import find_time
from factcheck.figures import direction, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles, statements
from factcheck.relations.evidence import inferred, periods
from factcheck.relations.prose import is_estimate, lead
from factcheck.relations.same_figures_rounded import cut_place, round_place

# A body figure set against another time or offer is not the headline's: "its first bid was $1.9bn".
_COMPARED = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared|a year (?:ago|earlier)|year[- ]ago|last year|previous|prior|preceding"
    r"|earlier|before|instead\s+of|rather\s+than|initial(?:ly)?|original(?:ly)?)\b"
    # "Leeds's rate sits above the region's at 6.2%": a figure in a comparison with another place or thing may be
    # that other's; "more than 4%" (no noun phrase between) stays a figure of its own
    r"|\b(?:than|above|below)\s+(?:the|that|those|its|their|an?|[\w-]+['’]s)\b(?:[\s,]+[\w'’-]+){0,3}[\s,]*$",
    re.IGNORECASE,
)
_COUNTS = (QuantityKind.COUNT, QuantityKind.NUMBER)
_BARE = "dimensionless"
_LEAD_SENTENCES = 3  # the body's lead: where a headline's figure is told again
# A dateline cut off at an abbreviation ("Springfield, Ill."), a logo's caption or a byline is no sentence of the
# lead: a line of fewer words counts toward its three only when it holds a figure (a table's row does).
_LEAD_WORDS = 6
_TOP_LINES = 3  # headline and a deck or two: the lines a page prints above its body
_HEADLINE_WORDS = 25
_ENDS_SENTENCE = re.compile(r"[.!?:;]['\"’”)]?\s*$")
_FORWARD = re.compile(
    r"\b(?:expects?|expected|forecasts?|predicted|guidance|outlook|targets?|plans?|projects?|projected|estimates?"
    r"|sees|would|could|may|might|will|to\s+(?:hit|reach|rise|fall|grow|top)|seen|poll|survey(?:ed)?)\b",
    re.IGNORECASE,
)
_PREPOSITION = re.compile(r"^(?:in|for|during|over|through|of)\s+", re.IGNORECASE)
# Words that name a measure narrowed from the whole one: core prices (without food and fuel), underlying or
# adjusted profit (without one-off items), organic or like-for-like sales (without bought or new shops). Seasonal
# and inflation adjustment restate the same measure, so "seasonally adjusted" is not one of them.
_NARROWING = {
    "core": re.compile(r"\b(?:core|excluding|excludes?|strip(?:s|ping)?\s+out)\b", re.IGNORECASE),
    "underlying": re.compile(r"\bunderlying\b", re.IGNORECASE),
    "adjusted": re.compile(r"(?<!seasonally )(?<!inflation-)(?<!inflation )\badjusted\b|\bnon-GAAP\b", re.IGNORECASE),
    "organic": re.compile(r"\b(?:organic|like-for-like|comparable|same-store)\b", re.IGNORECASE),
}


def _headline_lines(text: str) -> tuple[list[tuple[int, int]], int]:
    """The short unpunctuated lines that open the text, and where the body begins."""
    lines: list[tuple[int, int]] = []
    pos = 0
    while len(lines) < _TOP_LINES and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            if _ENDS_SENTENCE.search(line) or len(line.split()) > _HEADLINE_WORDS or line.lstrip()[:1] in "-–•*":
                break
            lines.append((pos, end))
        pos = end + 1
    return (lines, pos) if pos < len(text) else ([], 0)


def _narrowed(words: str) -> set[str]:
    return {name for name, pattern in _NARROWING.items() if pattern.search(words)}


def _forward(ctx: ArticleContext, claim: Claim) -> bool:
    start = max(claim.sentence_span[0], claim.span[0] - 80)
    return bool(_FORWARD.search(ctx.text[start : claim.span[0]])) or is_estimate(ctx, claim) is not None


def _way(claim: Claim) -> tuple:
    return (direction(claim), claim.change.kind if claim.change else None)


def _same_unit(a: Claim, b: Claim) -> bool:
    """One unit, or a count whose noun only one of the two prints ("3,100 Jobs" in a headline set in capitals)."""
    qa, qb = a.quantity, b.quantity
    if qa.kind in _COUNTS and qb.kind in _COUNTS and qa.unit != qb.unit and _BARE in (qa.unit, qb.unit):
        # A bare figure counts the other's things only when its own line names them: "3,100 Jobs" in capitals.
        bare, counted = (a, b) if qa.unit == _BARE else (b, a)
        noun = counted.quantity.unit.replace("_", " ").split()[-1].lower().rstrip("s")
        if bare.measure and bare.measure == counted.measure:
            # "Shipments hit 40 million" over "40 million handsets were shipped": the line names what is counted
            # by its measure word, not by the body's noun.
            return True
        return bool(noun) and noun in bare.text.lower()
    return qa.kind == qb.kind and qa.unit == qb.unit


def _alike(a: Claim, b: Claim) -> bool:
    qa, qb = a.quantity, b.quantity
    if not _same_unit(a, b) or _way(a) != _way(b):
        return False
    if qa.is_range or qb.is_range or not qa.value or not 1 / 3 <= qb.value / qa.value <= 3:
        return False  # a figure a scale apart is another figure, not this one again
    return not (a.measure and b.measure and a.measure != b.measure)


def _told_already(body: Claim, top: Claim) -> bool:
    """The body figure gives the headline's value (to the headline's rounding) in its unit. The way is not asked:
    "hikes dividend by 9.8%" and "a 9.8% rise" may be read one as a level and one as a move, yet the same value in
    the lead is the headline's figure told."""
    return _same_unit(top, body) and abs(body.quantity.value - top.quantity.value) <= round_place(top.quantity)


@finder("same_figures_headline")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    lines, body_start = _headline_lines(ctx.text)
    if not lines:
        return
    sentences = [
        s
        for s in ctx.sentences
        if s[1] > body_start and (len(ctx.text[s[0] : s[1]].split()) >= _LEAD_WORDS or ctx.claims_in(*s))
    ][:_LEAD_SENTENCES]
    if not sentences:
        return
    lead_end = sentences[-1][1]
    body = [
        c
        for c in ctx.claims
        if body_start <= c.span[0] < lead_end and not _forward(ctx, c) and not _COMPARED.search(lead(ctx, c, 40))
    ]
    lead_figures = [c for c in ctx.claims if body_start <= c.span[0] < lead_end]
    for start, end in lines:
        in_line = ctx.claims_in(start, end)
        for top in in_line:
            if _forward(ctx, top) or any(o is not top and _alike(o, top) for o in in_line):
                continue
            later = [c for c in body if _same_unit(c, top) and _way(c) == _way(top)]
            if not later or not _alike(top, later[0]) or periods([top, later[0]]) == Agreement.DISAGREE:
                continue
            figure = later[0]
            if any(_told_already(c, top) for c in lead_figures if c.span[0] < figure.span[0]):
                # "Acme lifts payout by 9%" over "Acme will raise its dividend by 9% ... This follows a 12% rise in
                # 2019": the lead told the headline's figure, as a plan or set against a time, and the later figure
                # of that kind is another one.
                continue
            listed = [o for o in ctx.claims_in(*figure.sentence_span) if o is not figure and _alike(o, figure)]
            if any(o.measure == figure.measure for o in listed):
                continue  # "38% cycle, 41% walk and 12% drive": a list, and the headline may give either
            doubts = []
            if not (top.measure and figure.measure):
                doubts.append("the headline figure and the body figure do not both name a measure")
            if top.period is not None and figure.period is None and not _ends_in_period(ctx, figure, top):
                # A headline leaves its period out more often than the lead does, seldom the other way round.
                doubts.append("the headline names a period the body figure does not, so they may be of different times")
            other = _other_period(ctx, top, figure)
            if other is not None:
                # "Sales Slip 3.6 Percent in April" over "sales fell 2.4 percent to 40,200 in March": the year is
                # left out, so the dates cannot be set apart as periods are, yet a monthly release's headline
                # gives that month's move and the body may open on the month before.
                doubts.append(f"the headline names {_named(top)} and the body figure {other}, "
                              "so they may be of different periods")  # fmt: skip
            if top.quantity.rounding < figure.quantity.rounding:
                doubts.append("the headline figure is more exact than the body's, so it may be another figure")
            narrowed = _narrowed(ctx.text[start:end]) ^ _narrowed(ctx.text[figure.sentence_span[0] : figure.span[0]])
            if narrowed:
                # "Prices up 2.9% a year" over a deck line "Core prices up 3.4%": one names the measure left
                # after taking some of it out, the other the whole, so they are two figures that may differ.
                doubts.append(f"only one of the two is said to be {' or '.join(sorted(narrowed))}, "
                              "so they may be two measures")  # fmt: skip
            yield Relation(
                kind=RelationKind.SAME_FIGURE,
                members=roles(first=top, second=figure),
                evidence=inferred(ctx, [top, figure], period=Agreement.AGREE, doubts=doubts),
                reason=f"the headline's {show(top)} reads as the figure the body first gives of the same kind and "
                f"way, {show(figure)}" + (f", both {top.measure}" if top.measure and figure.measure else ""),
                params={"rounded": True, "round_half_width": _head_width(top)},
            )


def _head_width(top: Claim) -> float:
    """How far the headline's figure may lie from the body's: its rounding, or for a whole number printed without
    decimals its cut place ("Index at a new high of 41,356" over "closed at 41,356.81": headlines cut the decimals as
    often as they round them)."""
    q = top.quantity
    width = round_place(q)
    cut = None if "." in q.text or not q.text[-1:].isdigit() else cut_place(q)
    return width if cut is None else max(width, cut)


def _ends_in_period(ctx: ArticleContext, change: Claim, top: Claim) -> bool:
    """The body's move ends at a level of the headline's period in its own clause: "fell 2.1 percent to 4.4 million
    in March from 4.5 million in February" is March's move, though the date follows the level."""
    when = _when(top)
    return when is not None and any(
        s.change is not None and s.change.id == change.id and s.end is not None and _when(s.end) == when
        for s in statements(ctx)
    )


def _other_period(ctx: ArticleContext, top: Claim, figure: Claim) -> str | None:
    """The month or quarter the body figure's clause dates it to, when none of its dates is the headline's."""
    head = _when(top)
    if head is None or not (head[1] or head[2]):
        return None
    sentence_start, sentence_end = figure.sentence_span
    after = ctx.text[figure.span[1] : sentence_end]
    stop = _CLAUSE_END.search(after)
    start, end = sentence_start, figure.span[1] + (stop.start() if stop else len(after))
    dated = [figure.period] if figure.period is not None else []
    for ref in find_time(ctx.text[start:end]).refs:
        if not _PRIOR.search(ctx.text[max(start, start + ref.span[0] - 16) : start + ref.span[0]]):
            dated.append(ref)
    others = []
    for ref in dated:
        if not (ref.month or ref.quarter):
            continue
        if (ref.month, ref.quarter) == (head[2], head[1]) and (head[0] is None or ref.year in (None, head[0])):
            return None
        others.append(ref)
    return _PREPOSITION.sub("", others[0].text.strip()) if others else None


def _named(claim: Claim) -> str:
    """The words that date the figure, without the preposition: "March" for "in March"."""
    return _PREPOSITION.sub("", claim.period.text.strip()) if claim.period else ""


# The clause's end, and the words that bring in an earlier time the move is measured from.
_CLAUSE_END = re.compile(r"[,;:]|\s(?:and|but|while|after|as)\s")
_PRIOR = re.compile(r"\b(?:from|since|than|against|over|with|on|versus|vs\.?)\s+(?:the\s+)?$", re.IGNORECASE)


def _when(claim: Claim) -> tuple | None:
    """The figure's period as year, quarter, month and part (the year may be left out, as headlines do)."""
    ref = claim.period
    if ref is None or (ref.month is None and ref.quarter is None and ref.year is None):
        return None
    return (ref.year, ref.quarter, ref.month, ref.part)
