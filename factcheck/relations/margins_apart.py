"""A lead or gap in points named in one sentence, the two shares it lies between in the sentence next to it.

Poll and election copy often names the gap in one sentence and gives the two sides in another:

* the gap first, as the lead of one named side over another, the shares right after: "Ortiz holds a six-point
  lead over Whitfield, a survey found. Forty-eight percent back Ortiz, while 42 percent prefer Whitfield.";
* the two shares first, the gap after, pointed back at by a sentence that opens on it: "Of 900 voters, 45 percent
  back Ortiz and 41 percent back Whitfield. The four-point gap is within the survey's margin of error."

The gap is the size of the difference of the two shares: an ``absolute_change`` with form ``net``, compared by its
size (``unsigned``), as :mod:`.margins_won` reads a margin said beside its pair.

Read only where the words leave no doubt which two figures are meant: the sides' sentence holds exactly two
percentages, neither a move, an estimate nor an earlier period's, and is in the gap's paragraph, next to it; the
gap is the only figure of its sentence in points before the sides' (a "margin of error" is never the gap). Going
forward, the gap's sentence names the trailing side ("a lead over Whitfield", "leads Whitfield by six points") and
the shares' sentence names it again, with no percentage of its own; going back, the gap opens its sentence behind a
pointing word ("The", "That", "This") and is not told as a gap between other groups ("the gap between men and
women"), nor as a move ("the two-point rise").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, periods, stated_together
from factcheck.relations.parts import is_prior
from factcheck.relations.prose import is_estimate, lead, trail

_GAP_NOUN = r"(?:lead|edge|advantage|gap|difference|margin|spread)"
# After the figure: its unit (when the figure's text does not hold it) and the noun that makes it a gap.
_GAP_AFTER = re.compile(rf"^[\s-]*(?:(?:percentage|percent)[\s-]+)?(?:points?[\s-]+)?{_GAP_NOUN}\b", re.IGNORECASE)
# "a lead of six points", "an edge of 4 percentage points": the noun before the figure.
_GAP_BEFORE = re.compile(rf"\b{_GAP_NOUN}\s+of\s+(?:(?:just|only|some|about|nearly|almost)\s+)?$", re.IGNORECASE)
# "leads Whitfield by six points", "is ahead of Whitfield by 6 points".
_LEADS_BY = re.compile(
    r"\b(?:leads?|leading|led|ahead\s+of|tops?|topping|outpolls?|outpolling)\s+(?P<name>[A-Z][\w’'.-]*"
    r"(?:\s+[A-Z][\w’'.-]*){0,2})\s+by\s+(?:(?:just|only|some|about|nearly|almost)\s+)?$"
)
# The trailing side right after the gap: "lead over Whitfield", "lead over Sen. Dana Whitfield".
_OVER_NAME = re.compile(
    rf"[\s-]*(?:(?:percentage|percent)[\s-]+)?(?:points?[\s-]+)?(?:{_GAP_NOUN}\s+)?over\s+"
    r"(?:[A-Z][a-z]{1,4}\.\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)
# A gap told back at the sentence before: "The four-point gap", "That 3 percentage point lead".
_POINTING = re.compile(r"^\W*(?:the|that|this)\s+$", re.IGNORECASE)
# Words after the gap's noun that make it another gap than the one between the two shares before.
_OTHER_GAP = re.compile(
    r"[\s-]*(?:(?:percentage|percent)[\s-]+)?(?:points?[\s-]+)?(?:[a-z]+\s+)?\w+\s+"
    r"(?:between|among|in|from|since|with|on|for|of\s+error|of\s+sampling)\b",
    re.IGNORECASE,
)
_ERROR = re.compile(r"\bmargins?\s+of\s+(?:sampling\s+)?error\b|\bplus\s+or\s+minus\b|±", re.IGNORECASE)


def _in_points(claim: Claim) -> bool:
    q = claim.quantity
    if q.kind == QuantityKind.PERCENTAGE_POINT:
        return True
    return q.kind == QuantityKind.COUNT and (q.noun or "").lower() in ("point", "points")


def _gap(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure in points the words make a lead or gap, neither a move nor hedged by a margin of error."""
    if not _in_points(claim) or claim.change is not None or claim.quantity.value <= 0 or claim.quantity.is_range:
        return False
    after = ctx.text[claim.span[1] : claim.sentence_span[1]]
    text = claim.quantity.text
    named = _GAP_AFTER.match(after) or _GAP_BEFORE.search(lead(ctx, claim, 30))
    if named is None and re.search(rf"\b{_GAP_NOUN}$", text, re.IGNORECASE):
        named = re.search(rf"\b{_GAP_NOUN}$", text, re.IGNORECASE)
    if named is None and not _LEADS_BY.search(lead(ctx, claim, 60)):
        return False
    return not _ERROR.search(lead(ctx, claim, 25) + " " + trail(ctx, claim, 40))


def _side(ctx: ArticleContext, claim: Claim) -> bool:
    q = claim.quantity
    return (
        q.kind == QuantityKind.PERCENT
        and 0 < q.value <= 100
        and not q.is_range
        and claim.change is None
        and not is_prior(ctx, claim)
        and not is_estimate(ctx, claim)
    )


def _sides(ctx: ArticleContext, index: int) -> list[Claim] | None:
    """The two shares of sentence ``index``, when it holds exactly two percentages and both are levels."""
    start, end = ctx.sentences[index]
    percents = [c for c in ctx.claims_in(start, end) if c.quantity.kind == QuantityKind.PERCENT]
    if len(percents) != 2 or not all(_side(ctx, c) for c in percents):
        return None
    wholes = {_OF_WHOLE.match(ctx.text, c.span[1]) for c in percents} - {None}
    if len({w.group(1).lower() for w in wholes if w is not None}) > 1:
        return None  # "48 percent of donors and 52 percent of endorsements": shares of two wholes
    dated = {c.period.text.lower() if c.period is not None else "" for c in percents}
    if len(dated) > 1 or periods(percents) == Agreement.DISAGREE:
        return None  # "48 percent in May and 42 percent in June": one measure at two times
    return percents


# What a share is of, right after it: "48 percent of donors", "45% of the likely voters".
_OF_WHOLE = re.compile(r"\s*(?:percent|per\s*cent|%)?\s+of\s+(?:(?:the|all|its|their)\s+)?(?:[\w-]+\s+)?([\w-]+)")


def _trailer(ctx: ArticleContext, gap: Claim) -> str | None:
    """The side the gap is a lead over: "a six-point lead over Whitfield", "leads Whitfield by six points"."""
    over = _OVER_NAME.match(ctx.text, gap.span[1], gap.sentence_span[1])
    if over is not None:
        return over.group("name").split()[-1]
    before = re.search(r"\blead\s+of\s+$", lead(ctx, gap, 20), re.IGNORECASE)
    if before is not None:
        over = re.match(
            r"^\s*(?:percentage\s+)?points?\s+over\s+(?:[A-Z][a-z]{1,4}\.\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})",
            ctx.text[gap.span[1] : gap.sentence_span[1]],
        )
        if over is not None:
            return over.group("name").split()[-1]
    leads = _LEADS_BY.search(lead(ctx, gap, 60))
    return leads.group("name").split()[-1] if leads is not None else None


def _forward(ctx: ArticleContext, gap: Claim, index: int) -> list[Claim] | None:
    """The lead of one side over a named other, the two shares in the next sentence, which names that side."""
    name = _trailer(ctx, gap)
    if name is None or index + 1 >= len(ctx.sentences):
        return None
    start, end = ctx.sentences[index]
    if any(c.quantity.kind == QuantityKind.PERCENT for c in ctx.claims_in(start, end)):
        return None  # the gap's own sentence gives shares: they are the ones it is between, read in-sentence
    nxt = ctx.sentences[index + 1]
    if ctx.paragraph(nxt[0]) != ctx.paragraph(start) or not re.search(
        rf"\b{re.escape(name)}\b", ctx.text[nxt[0] : nxt[1]]
    ):
        return None
    if any(_in_points(c) for c in ctx.claims_in(*nxt)):
        return None  # another figure in points: which gap the shares make is not certain
    return _sides(ctx, index + 1)


def _backward(ctx: ArticleContext, gap: Claim, index: int) -> list[Claim] | None:
    """A gap opening its sentence behind a pointing word, the two shares in the sentence before."""
    start = ctx.sentences[index][0]
    if index == 0 or not _POINTING.match(ctx.text[start : gap.span[0]]):
        return None
    if _OTHER_GAP.match(ctx.text, gap.span[1], gap.sentence_span[1]):
        return None
    prev = ctx.sentences[index - 1]
    if ctx.paragraph(prev[0]) != ctx.paragraph(start):
        return None
    if any(_in_points(c) for c in ctx.claims_in(*prev)):
        return None  # a gap of its own there: the pointing may be at it
    return _sides(ctx, index - 1)


@finder("margins_apart")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for gap in ctx.claims:
        if not _gap(ctx, gap):
            continue
        index = ctx.sentence_index(gap.span[0])
        for way, read in (("next", _forward), ("previous", _backward)):
            sides = read(ctx, gap, index)
            if sides is not None:
                yield _relation(ctx, gap, sides, way)
                break


def _relation(ctx: ArticleContext, gap: Claim, sides: list[Claim], way: str) -> Relation:
    a, b = sides
    evidence = stated_together(
        ctx,
        [gap, a, b],
        [
            cue(ctx, gap.span, "a gap in points"),
            cue(ctx, (a.span[0], b.span[1]), f"the two shares of the {way} sentence"),
        ],
        levels=[a, b],
        tie=Tie.STRUCTURE,
        unit=Agreement.AGREE,
        period=Agreement.AGREE,
    )
    return Relation(
        kind=RelationKind.ABSOLUTE_CHANGE,
        members=roles(delta=gap, from_=b, to=a),
        evidence=evidence,
        reason=f"{show(gap)} is named as a gap; the {way} sentence gives the two shares it lies between, "
        f"{show(a)} and {show(b)}",
        params={"form": "net", "unsigned": True},
        spans=[gap.span, (a.span[0], b.span[1])],
    )
