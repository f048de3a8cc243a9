"""A line said to be crossed, in the shapes :mod:`.comparisons_milestones` does not read.

* A bare line after a verb of crossing, then where the move ended: "the coin slid below $3,000 to a session low of
  $2,874", "the index climbed above 7,000 to close at 7,032.5". Without a noun ("mark", "level") the line is
  read by extraction as a bound ("below $3,000"), yet the verb and its preposition make it the line crossed.
* A mark whose crossing is told after the level that crossed it, in a clause hung on that level: "sales rose
  9% to $2.04bn, the first time the group has passed the $2bn mark"; "... to 1,210, taking it above the 1,200
  level".
* A mark crossed, then in brackets the high or low reached beyond it: "rents passed the $2,000 mark (reaching a
  high of $2,085 in May)".

In each shape the figure must lie on the verb's side of the line, which is exact: the check compares the
figure's rounding interval with the line's value. A figure after "from", "than" or a clause break is not where
the move ended and is left alone; so is a line more than twice or less than half the figure (a mark is crossed,
not dwarfed), and a currency's quote, whose number rises as the currency falls.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.prose import has_break, is_move_level

_UP = r"rose|rises|rising|climbed|climbs|jumped|jumps|surged|surges|rallied|rallies|pushed|moved|went|broke|soared"
_DOWN = (
    r"fell|falls|falling|dropped|drops|slid|slides|sliding|sank|sinks|dipped|dips|tumbled|slumped|plunged|crashed"
    r"|slipped|slips|moved|went|broke"
)
# The verb and its preposition right before a bare line: "slid below $", "climbed above ".
_BARE_LEAD = re.compile(
    rf"\b(?:(?P<up>(?:{_UP})\s+(?:above|past|over|beyond))|(?P<down>(?:{_DOWN})\s+(?:below|under|beneath)))"
    r"\s+[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_BARE_LEAD = gated(_BARE_LEAD)  # tried on every figure's window, seldom matching there
# From the bare line to where the move ended: "to", "to a session low of", "to close at", "before settling at".
_TO_END = re.compile(
    r"^\s*(?:(?:a|an|per)\s+\w+\s+)?(?:on\s+\w+\s+|in\s+\w+\s+trading\s+)?(?:to|before\s+(?:closing|settling|ending|finishing))\s+"
    r"(?:(?:a\s+(?:(?:fresh|new|session|intraday|record)\s+)?(?:high|low|close|level)\s+of)"
    r"|(?:close|end|finish|settle)\s+at|at)?\s*[$£€¥₹]?\s*$",
    re.IGNORECASE,
)

_MARK_VERB = (
    r"(?:topp(?:ed|ing)|tops|passed|passes|passing|crossed|crosses|crossing|surpassed|surpasses|breached|cleared"
    r"|br(?:oke|eaks|eaking)\s+(?:through|past|above)|(?:rose|went|moved|climbed|pushed)\s+(?:past|above|beyond|over))"
    r"|(?P<down>(?:fell|dropped|slid|sank|dipped|slipped|went|moved|pushed)\s+(?:below|under|beneath))"
)
# A mark with its verb and noun: "topped the $1bn mark", "taking it above the 1,200 level".
_MARK = re.compile(
    rf"\b(?P<verb>{_MARK_VERB})\s+(?:it\s+|them\s+)?(?:the\s+|a\s+)?(?:key\s+|psychological\s+|symbolic\s+)?"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_MARK = gated(_MARK)  # tried on every figure's window, seldom matching there
_MARK_NOUN = re.compile(r"[\s-]*(?:points?[\s-]+)?(?:mark|milestone|level|threshold|barrier|line)\b", re.IGNORECASE)
# The clause hung on the level that ends the move, which tells the crossing: ", the first time ... topped",
# ", taking it above", ", marking the first time it passed".
_HUNG = re.compile(
    r"^\s*,\s*(?:(?:marking|representing|which\s+(?:was|is|marks|marked))\s+)?(?:(?:the|its|a)\s+first\s+time\b"
    r"|taking\b|pushing\b|lifting\b|sending\b|dragging\b|pulling\b|putting\b)",
    re.IGNORECASE,
)
# After "the first time", the crossing must be told of the same thing, by a pronoun: "the first time it has
# topped", not "the first time costs have topped".
_SAME_THING = re.compile(r"\b(?:it|they)\s+(?:(?:has|have|had|ever)\s+){0,2}$", re.IGNORECASE)
_END_LEAD = re.compile(r"\b(?:to|at)\s+[$£€¥₹]?\s*$", re.IGNORECASE)
# In brackets after the mark, the high or low the move reached beyond it.
_BRACKETED = re.compile(
    r"^[^.;()]{0,30}?\(\s*(?:\w+ing\s+)?(?:a\s+|an\s+)?(?:(?:record|new|fresh|all-time|peak|session)\s+)?"
    r"(?:high|low|peak)\s+of\s+[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_NOT_THE_END = re.compile(r"\b(?:from|than|since|versus|against|compared|while|but|whereas|although)\b", re.I)
_CURRENCY_QUOTE = re.compile(
    r"\b(?:yen|rupees?|rupiah|yuan|won|euros?|pounds?|sterling|dollars?|francs?|pesos?|lira|r[ou]bles?|ringgit"
    r"|baht|rand|currenc(?:y|ies)|exchange\s+rates?|per\s+\w+)\b",
    re.IGNORECASE,
)
_CURRENCY_QUOTE = gated(_CURRENCY_QUOTE)  # read over every sentence of a move, seldom matching there


def _fits(line: Claim, figure: Claim) -> bool:
    """The figure is a level in the line's unit, and near it."""
    if figure.change is not None or not (is_move_level(figure) or _priced(line, figure)):
        return False
    if not (same_unit(line, figure) or _priced(line, figure)):
        return False
    if not line.quantity.value or not figure.quantity.value:
        return False
    return 0.5 <= figure.quantity.value / line.quantity.value <= 2


def _priced(line: Claim, figure: Claim) -> bool:
    """A price's line is often said bare and its level per unit: "dipped under $8,000 before settling at $7,412
    per coin"."""
    q, f = line.quantity, figure.quantity
    return q.kind == QuantityKind.MONEY and f.kind == QuantityKind.PER_UNIT and f.unit.split(" / ")[0] == q.unit


def _relation(ctx: ArticleContext, figure: Claim, line: Claim, up: bool, span: tuple[int, int], where: str) -> Relation:
    said = " ".join(ctx.text[span[0] : span[1]].split())
    evidence = stated_together(
        ctx, [figure, line], [cue(ctx, span, "a line said to be crossed")], period=Agreement.AGREE
    )
    return Relation(
        kind=RelationKind.COMPARISON,
        members=roles(figure=figure, reference=line),
        evidence=evidence,
        reason=f"“{said}” names the line; {where}, {show(figure)}",
        params={"op": "ge" if up else "le", "word": said, "threshold": True, "exact_line": True},
        spans=[span],
    )


def _bare(ctx: ArticleContext, line: Claim) -> Relation | None:
    """ "slid below $3,000 to a session low of $2,874": a bare line after a crossing verb, then where it ended."""
    if line.quantity.hedge not in (Hedge.OVER, Hedge.UNDER, Hedge.EXACT):
        return None
    lead = _BARE_LEAD.search(ctx.text, max(line.sentence_span[0], line.span[0] - 40), line.span[0])
    if lead is None:
        return None
    up = lead.group("up") is not None
    if line.quantity.hedge == (Hedge.UNDER if up else Hedge.OVER):
        return None  # the bound extraction read points the other way: not this preposition's line
    following = ctx.claims_in(line.span[1], line.sentence_span[1])
    if not following:
        return None
    figure = following[0]
    gap = ctx.text[line.span[1] : figure.span[0]]
    if not _TO_END.match(gap) or _NOT_THE_END.search(gap) or has_break(gap) or not _fits(line, figure):
        return None
    return _relation(ctx, figure, line, up, (lead.start(), line.span[1]), "the clause then gives where it ended")


def _marked(ctx: ArticleContext, line: Claim) -> Relation | None:
    """A mark ("the $2bn mark") whose level is told before it, or in brackets after it."""
    if line.quantity.hedge != Hedge.EXACT or line.change is not None:
        return None
    verb = _MARK.search(ctx.text, max(line.sentence_span[0], line.span[0] - 50), line.span[0])
    noun = _MARK_NOUN.match(ctx.text, line.span[1]) if verb else None
    if verb is None or noun is None:
        return None
    up = verb.group("down") is None
    span = (verb.start(), noun.end())
    after = ctx.claims_in(line.span[1], line.sentence_span[1])
    if after:
        bracket = _BRACKETED.match(ctx.text[noun.end() : after[0].span[0]])
        if bracket and _fits(line, after[0]):
            return _relation(ctx, after[0], line, up, span, "the brackets give the high or low reached past it")
        return None
    before = [
        c
        for c in ctx.claims_in(line.sentence_span[0], verb.start())
        if c.span[1] <= verb.start() and (is_move_level(c) or c.change is not None)
    ]
    if not before:
        return None
    figure = before[-1]
    hung = ctx.text[figure.span[1] : verb.start()]
    hung_on = _HUNG.match(hung)
    if not hung_on or _NOT_THE_END.search(hung) or ";" in hung:
        return None
    if "time" in hung_on.group(0).lower() and not _SAME_THING.search(hung):
        return None
    if not _END_LEAD.search(ctx.text, max(figure.sentence_span[0], figure.span[0] - 8), figure.span[0]):
        return None  # "to $2.04bn": the level a move ended at
    if not _fits(line, figure):
        return None
    return _relation(ctx, figure, line, up, span, "the clause it hangs on gives the level the move ended at")


@finder("comparisons_lines_crossed")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    # Whether a sentence quotes a currency, read once per sentence, not once for each of its figures.
    quotes: dict[tuple[int, int], bool] = {}
    for line in ctx.claims:
        if not is_move_level(line) and line.change is None:
            continue
        sentence = line.sentence_span
        quoted = quotes.get(sentence)
        if quoted is None:
            quoted = quotes[sentence] = _CURRENCY_QUOTE.search(ctx.text, *sentence) is not None
        if quoted:
            continue
        found = _bare(ctx, line) or _marked(ctx, line)
        if found is not None:
            yield found
