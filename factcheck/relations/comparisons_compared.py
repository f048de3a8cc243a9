"""Two figures set side by side with "compared with" and no direction word of their own.

"Only 31% of the pilots would fly the route again, compared with 48% a year before"; "the county recorded 2,310
burglaries, versus 2,655 in 2021": the words put the figure said first against the one after the cue. Which way
they differ is said, if at all, by a word on the first figure:

* "only", "just", "a mere", "barely": the figure is the smaller of the two (the words present it as low
  against the one compared); certain when the clause holds no other like figure that could be meant;
* a direction word in the clause that no change statement pairs with these levels ("burglaries fell: the
  county recorded 2,310, compared with 2,655"): the way it points, but only as an inference, since the
  word may tell of another figure of the clause; with rates or changes the verb tells how the measure
  moved ("grew at a 1.6% rate, compared with 4.1%"), not which is larger, and gives no order;
* "unchanged", "flat", "steady" on the first figure: the two agree within rounding ("unchanged at 4.2% in May
  from 4.2% in April": here a bare "from" sets them side by side too); only "unchanged" is strict, copy calls a
  small move flat or steady, so a miss on those words stays indeterminate;
* nothing: the figures are paired and the finding says there is no stated order to check.

A bare "from" after a comma sets a level against the figure it came from ("growth was 3.7 percent in the
quarter, from 3.2 percent in the one before"): with no word of change in the clause nothing says which way it
moved, so the pair is set side by side with no order to check.

The same pairing when the cue opens a sentence that points back ("That compares with $47 million a year earlier":
the like figure the sentence before ended on) or opens the sentence ahead of its own figure ("Compared with 48% a
year earlier, only 31% ...").

A move the clause states with its own verb ("fell to $41 million, compared with $47 million") is a direction
relation of :mod:`.changes` and is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_unit, show
from factcheck.literals import gated
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles, statements
from factcheck.relations.evidence import cue, inferred, stated_together
from factcheck.relations.multiples_words import BREAK
from factcheck.relations.prose import (
    DIRECTION_WORD,
    claim_trail,
    is_denominator,
    is_error_margin,
    is_move_level,
)

# The cue and at most a determiner and three words before the figure compared with: ", compared with 48%",
# "(versus last year's $2.1 million)", ", as against the 2,655 burglaries of".
_CUE = re.compile(
    # "for the six months to September 2012 compared to a profit of": "compared" needs no comma after a date
    r"(?:(?:,|\(|\s—|\s–)\s*(?:when\s+)?|(?<=\d)\s+(?=compared\s)|\s(?=as\s+(?:compared\s+(?:with|to)|against)\s))"
    r"(?P<cue>(?:as\s+)?compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+against|versus|vs\.?|against)\s+(?:(?:the|a|an|its|their|last\s+year['’]s|\w+['’]s)\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_CUE = gated(_CUE)  # tried on every figure's window, seldom matching there
# "unchanged at 4.2% in May from 4.2% in April": "from" sets the figures side by side only after a word of no change.
_FROM = re.compile(
    r"\s(?P<cue>from)\s+(?:(?:the|a|an|its|their|\w+['’]s)\s+)?(?:[\w’'-]+\s+){0,2}?[$£€¥₹]?\s*$", re.IGNORECASE
)
# "was unchanged at", "held steady at", "flat at": the words say the two figures are the same.
_STEADY = re.compile(
    r"\b(?P<word>unchanged|flat|steady|stable|unmoved|level|held\s+(?:steady|firm))\s+(?:at\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_STEADY = gated(_STEADY)  # tried on every figure's window, seldom matching there
# "only 31%", "just 18 percent", "a mere $2 million": the words present the figure as small.
_SMALL = re.compile(
    r"\b(?:only|just|merely|a\s+mere|barely|a\s+paltry|a\s+meagre|a\s+meager|as\s+few\s+as|as\s+little\s+as)\s+"
    r"(?:[$£€¥₹]\s*)?$",
    re.IGNORECASE,
)


def _like(a: Claim, b: Claim) -> bool:
    """Two levels of one series, or two growth rates: what "compared with" can set side by side."""
    if a.id == b.id:
        return False
    if is_move_level(a) and is_move_level(b):
        # one unit: "$1.2 billion, or 47 cents a share" is no pair for "$647 million"
        return same_unit(a, b)
    if is_relative_change(a) and b.change is None and a.quantity.kind == b.quantity.kind == QuantityKind.PERCENT:
        # "grew 3.4% in spring, as compared to 2.8% in winter": the bare rate after the cue is the growth it is set
        # against, named once by the verb before; paired with no order, as rates are. "41% of imports" is a share.
        return not re.match(r"\s*of\b", claim_trail(b))
    return is_relative_change(a) and is_relative_change(b) and a.quantity.kind == b.quantity.kind


def _paired_by_changes(ctx: ArticleContext) -> set[frozenset[str]]:
    """Pairs a change statement already joins with a verb or a change of its own."""

    def make() -> set[frozenset[str]]:
        return {frozenset((s.start.id, s.end.id)) for s in statements(ctx) if s.start is not None and s.end is not None}

    return ctx.memo("compared_pairs", make)


_EXPECTED = re.compile(
    r"\b(?:estimates?|expectations?|expected|forecasts?|consensus|projections?|projected|guidance|targets?|analysts?)\b",
    re.IGNORECASE,
)


@finder("comparisons_compared")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for reference in ctx.claims:
        lead_start = max(reference.sentence_span[0], reference.span[0] - 70)
        before = ctx.text[lead_start : reference.span[0]]
        said = _CUE.search(before) or _FROM.search(before)
        if said is None or (not is_move_level(reference) and not is_relative_change(reference)):
            continue
        if _EXPECTED.search(before, said.start("cue")):
            continue  # "compared with estimates of ...": the comparisons with expectations read these
        cue_start = lead_start + said.start("cue")
        cue_end = lead_start + said.end("cue")
        clause_start = reference.sentence_span[0]
        for match in BREAK.finditer(ctx.text, clause_start, cue_start):
            clause_start = match.end()
        # "for the six months to September": a length of time naming the figure's period stands between no figures
        candidates = [
            c
            for c in ctx.claims_in(clause_start, cue_start)
            if c.span[1] <= cue_start
            and not (c is not reference and _names_period(ctx, c))
            # "48,300 (± 700) ... compared with", "31.5 per 10,000 compared with": the margin and the denominator
            # are read with the figure they qualify, no figures of their own
            and not is_error_margin(ctx, c)
            and not is_denominator(ctx, c)
        ]
        alike = [c for c in candidates if _like(c, reference)]
        if not alike:
            continue
        figure = alike[-1]
        if candidates[-1].id != figure.id and not _restated(ctx, figure, candidates[-1]):
            continue  # another figure stands between: "31% of pilots, up from ..., compared with" reads otherwise
        if frozenset((figure.id, reference.id)) in _paired_by_changes(ctx) and _verb(ctx, clause_start, figure):
            continue  # "fell to $41 million, compared with $47 million": a direction relation of its own
        if (
            said.re is _FROM
            and _STEADY.search(ctx.text, max(clause_start, figure.span[0] - 30), figure.span[0]) is None
            and not _level_then_start(ctx, figure, reference, clause_start, cue_start)
        ):
            continue  # a bare "from" is a start: the change finders read it
        comparative = _comparative(ctx, figure, clause_start) if said.re is _FROM else None
        if comparative is not None and not alike[:-1]:
            yield _ordered_start(ctx, figure, reference, (cue_start, cue_end), comparative)
            continue
        yield _relation(ctx, figure, reference, alike[:-1], (cue_start, cue_end), clause_start)
    yield from _pointing_back(ctx)
    yield from _leading(ctx)


# "was 3.7%, from 3.2%", "was 4.4% in May, from 4.1%": a comma (after the level's own period), then "from".
_COMMA_FROM = re.compile(r"(?:\s+(?:in|for|during|as\s+of|at\s+the\s+end\s+of|this|last)\s+[\w\s-]{1,30}?)?\s*,\s*$")


def _level_then_start(ctx: ArticleContext, figure: Claim, reference: Claim, clause_start: int, cue_start: int) -> bool:
    """ "growth was 3.7 percent, from 3.2 percent in the quarter before": a level and, after a comma, the figure it
    came from, with no word of change in the clause: the two are set side by side, and no word says which way
    they differ."""
    if _COMMA_FROM.fullmatch(ctx.text, figure.span[1], cue_start) is None:
        return False
    if figure.change is not None or reference.change is not None:
        return False
    if not (is_move_level(figure) and is_move_level(reference)):
        return False
    # the change finders pair these two as a start and its end, but without a word of change they state no move
    verb = _verb(ctx, clause_start, figure)
    comparative = _comparative(ctx, figure, clause_start)
    return verb is None or (comparative is not None and verb.span() == comparative[1])


# "at a lower 5.2 percent", "a higher 4%": "a" and a comparative right before the level.
_COMPARATIVE = re.compile(r"(?<![A-Za-z])an?\s+(?P<word>(?P<up>higher)|lower)\s+[$£€¥₹]?\s*$", re.IGNORECASE)


def _comparative(ctx: ArticleContext, figure: Claim, clause_start: int) -> tuple[bool, tuple[int, int]] | None:
    """Whether a comparative right before the level calls it higher, and the comparative's span."""
    lead_start = max(clause_start, figure.span[0] - 20)
    match = _COMPARATIVE.search(ctx.text, lead_start, figure.span[0])
    return None if match is None else (match.group("up") is not None, match.span("word"))


def _ordered_start(
    ctx: ArticleContext, figure: Claim, reference: Claim, cue_span: tuple[int, int], said: tuple[bool, tuple[int, int]]
) -> Relation:
    """ "came in at a lower 5.2 percent, from 5.9 percent": the comparative says which way the level stands against
    the figure it came from."""
    up, word_span = said
    word = ctx.text[word_span[0] : word_span[1]]
    evidence = stated_together(
        ctx,
        [figure, reference],
        [cue(ctx, word_span, "a comparative on the level"), cue(ctx, cue_span, "the figure it came from")],
        period=Agreement.AGREE,  # the words set one period against another on purpose
    )
    return Relation(
        kind=RelationKind.COMPARISON,
        members=roles(figure=figure, reference=reference),
        evidence=evidence,
        reason=f"“a {word} … from” calls {show(figure)} {word} than {show(reference)}, the figure it came from",
        params={"op": "gt" if up else "lt", "word": f"{word} … from"},
        spans=[word_span, cue_span],
    )


# "That compares with $47 million a year earlier", "This compared with 48% in 2022": the sentence points back at
# the figure the sentence before ended on.
_POINTING = re.compile(
    r"^\s*(?:and\s+)?(?:that|this|it|which|the\s+(?:figure|result|total|number|rate|level))\s+(?:was\s+|is\s+)?"
    r"(?P<cue>(?:compares?|compared|contrasts?|contrasted)\s+(?:with|to))\s+"
    r"(?:(?:the|a|an|its|their|last\s+year['’]s|\w+['’]s)\s+)?(?:[\w’'-]+\s+){0,3}?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_POINTING = gated(_POINTING)  # tried on every figure's window, seldom matching there
# "Compared with 48% a year earlier, only 31% ...": the figure compared with comes first, the sentence's own after.
_LEADING = re.compile(
    r"^\s*(?:(?:but|and|by\s+contrast)\s*,?\s*)?(?P<cue>compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)"
    r"|as\s+against|against|versus)\s+(?:(?:the|a|an|its|their|last\s+year['’]s|\w+['’]s)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_LEADING = gated(_LEADING)  # tried on every figure's window, seldom matching there


def _pointing_back(ctx: ArticleContext) -> Iterator[Relation]:
    for reference in ctx.claims:
        head = ctx.text[reference.sentence_span[0] : reference.span[0]]
        said = _POINTING.match(head)
        index = ctx.sentence_index(reference.span[0])
        if said is None or index == 0 or _EXPECTED.search(head):
            continue
        start, end = ctx.sentences[index - 1]
        alike = [c for c in ctx.claims_in(start, end) if _like(c, reference)]
        if not alike:
            continue
        figure = alike[-1]
        cue_span = (reference.sentence_span[0] + said.start(), reference.sentence_span[0] + said.end("cue"))
        yield _relation(ctx, figure, reference, alike[:-1], _stripped(ctx, cue_span), start)


def _leading(ctx: ArticleContext) -> Iterator[Relation]:
    for reference in ctx.claims:
        head = ctx.text[reference.sentence_span[0] : reference.span[0]]
        said = _LEADING.match(head)
        if said is None or _EXPECTED.search(head):
            continue
        end = reference.sentence_span[1]
        after = BREAK.search(ctx.text, reference.span[1], end)
        following = [c for c in ctx.claims_in(reference.span[1], after.start() if after else end)]
        # the reference's own words end at the first comma; the sentence's own figure is the first one after it
        comma = ctx.text.find(",", reference.span[1], end)
        if comma < 0:
            continue
        own = [c for c in following if c.span[0] > comma]
        if not own or not _like(own[0], reference) or any(c.span[0] < comma for c in following):
            continue
        figure = own[0]
        cue_span = (reference.sentence_span[0] + said.start("cue"), reference.sentence_span[0] + said.end("cue"))
        yield _relation(ctx, figure, reference, [], cue_span, comma + 1)


def _stripped(ctx: ArticleContext, span: tuple[int, int]) -> tuple[int, int]:
    text = ctx.text[span[0] : span[1]]
    return span[0] + len(text) - len(text.lstrip()), span[1]


_PERIOD_LEAD = re.compile(r"\b(?:for|in|during|over|of)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+)?$", re.IGNORECASE)
_PERIOD_TRAIL = re.compile(r"\s*(?:to|through|ended|ending|until)\b", re.IGNORECASE)


def _names_period(ctx: ArticleContext, claim: Claim) -> bool:
    """ "for the six months to September", "in the three months ended June": a length of time that dates the
    figure before it."""
    if claim.quantity.kind != QuantityKind.DURATION:
        return False
    lead = ctx.text[max(claim.sentence_span[0], claim.span[0] - 24) : claim.span[0]]
    return bool(_PERIOD_LEAD.search(lead) and _PERIOD_TRAIL.match(ctx.text, claim.span[1], claim.span[1] + 12))


def _restated(ctx: ArticleContext, figure: Claim, last: Claim) -> bool:
    """ "$1.2 billion, or 47 cents a share, compared with $647 million": the figure restated in other units just
    before the cue does not stand between the two compared."""
    return (
        last.span[0] > figure.span[1]
        and re.fullmatch(r"\s*,\s*or\s*", ctx.text[figure.span[1] : last.span[0]]) is not None
    )


def _verb(ctx: ArticleContext, clause_start: int, figure: Claim) -> re.Match[str] | None:
    """The last direction word of the clause before the figure, outside any figure's own words."""
    found = None
    for match in DIRECTION_WORD.finditer(ctx.text, clause_start, figure.span[0]):
        if not any(c.span[0] <= match.start() < c.span[1] for c in ctx.claims_in(clause_start, figure.span[1])):
            found = match
    return found


def _relation(
    ctx: ArticleContext,
    figure: Claim,
    reference: Claim,
    others: list[Claim],
    cue_span: tuple[int, int],
    clause_start: int,
) -> Relation:
    word = " ".join(ctx.text[cue_span[0] : cue_span[1]].split())
    cues = [cue(ctx, cue_span, "two figures set side by side")]
    lead = ctx.text[max(clause_start, figure.span[0] - 25) : figure.span[0]]
    small = _SMALL.search(lead) if figure.quantity.hedge == Hedge.EXACT else None
    # "grew at a 1.6% rate, compared with a 4.1% rate": with rates and changes the verb tells how the measure moved,
    # not which rate is the larger; only levels take their order from it.
    rates = QuantityKind.PERCENT in (figure.quantity.kind, reference.quantity.kind)
    moves = figure.change is not None or reference.change is not None
    said_verb = _verb(ctx, clause_start, figure)
    verb = None if rates or moves else said_verb
    ambiguous = [show(o) for o in others]
    spans = [cue_span]
    steady = _STEADY.search(lead)
    if steady is not None:
        offset = figure.span[0] - len(lead)
        steady_span = (offset + steady.start("word"), offset + steady.end("word"))
        evidence = stated_together(
            ctx,
            [figure, reference],
            [cue(ctx, steady_span, "a word of no change"), *cues],
            period=Agreement.AGREE,
            # "revenue was flat at $3.1 billion against $3.0 billion": copy says flat of a small move
            doubts=[]
            if steady.group("word").lower() == "unchanged"
            else [f"“{steady.group('word')}” is often said of a small move"],
            ambiguous=ambiguous,
        )
        said = f"{steady.group('word')} … {word}"
        return Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=evidence,
            reason=f"“{said}” says {show(figure)} is the same as {show(reference)}, the figure it is set against",
            params={"op": "approx", "word": said},
            spans=[steady_span, *spans],
        )
    if small is not None:
        offset = figure.span[0] - len(lead)
        small_span = (offset + small.start(), offset + small.end())
        spans.insert(0, small_span)
        doubts = []
        if said_verb is not None and said_verb.group("up"):
            doubts.append(f"“{said_verb.group(0)}” in the same clause may say the smaller-sounding figure grew")
        evidence = stated_together(
            ctx,
            [figure, reference],
            [cue(ctx, small_span, "a figure called small"), *cues],
            period=Agreement.AGREE,  # the words set one period against another on purpose
            doubts=doubts,
            ambiguous=ambiguous,
        )
        said = f"{' '.join(small.group(0).split())} … {word}"
        return Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=evidence,
            reason=f"“{said}” calls {show(figure)} small against {show(reference)}, the figure it is compared with",
            params={"op": "lt", "word": said},
            spans=spans,
        )
    if verb is not None:
        up = verb.group("up") is not None
        verb_span = verb.span()
        evidence = inferred(
            ctx,
            [figure, reference],
            [cue(ctx, verb_span, "direction word"), *cues],
            period=Agreement.AGREE,
            ambiguous=ambiguous,
            doubts=[f"“{verb.group(0)}” may tell of another figure of the clause, not of {show(figure)}"],
        )
        return Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=evidence,
            reason=f"“{word}” sets {show(figure)} against {show(reference)}; “{verb.group(0)}” earlier in the clause "
            "may give the way they differ",
            params={"op": "gt" if up else "lt", "word": f"{verb.group(0)} … {word}"},
            spans=[verb_span, *spans],
        )
    evidence = stated_together(ctx, [figure, reference], cues, period=Agreement.AGREE, ambiguous=ambiguous)
    return Relation(
        kind=RelationKind.COMPARISON,
        members=roles(figure=figure, reference=reference),
        evidence=evidence,
        reason=f"“{word}” sets {show(figure)} against {show(reference)}, the figure said after it",
        params={"op": "unstated", "word": word},
        spans=spans,
    )
