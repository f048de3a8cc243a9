"""A round mark said to be reached or crossed, then the figure that crossed it.

"Shares of Nuvola crossed the $50 mark on Tuesday, closing at $51.20"; "Kestrel reached a $2 billion valuation in
its last round, at $2.3 billion"; "the index slid through the 4,000 level to 3,987": the verb names a line, the clause
then gives where the figure ended, introduced by "at" or "to". The figure must be on the verb's side of the line:
at or above it for reached, hit, crossed, topped, passed, broke, surpassed, cleared; at or below it for slid under,
fell below, dipped beneath.

The line is exact (a mark is a threshold, not a rounded figure), so the check compares the figure's own rounding
interval with the line's value. A figure reached from somewhere ("from $44"), one compared ("than $49"), or one
after a clause break is not where the move ended and is left alone.

A clause with no figure after its mark ("the index slid below the 4,000 mark on Friday") is set against where the
same subject ended in the next sentence ("... the index fell 41 points to 3,987"); the mark may have been crossed
and crossed back within the day, so that pairing stays uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, same_unit, show
from factcheck.literals import gated
from factcheck.quantity import Hedge
from factcheck.relation import Agreement, Evidence, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, inferred, stated_together
from factcheck.relations.prose import DIRECTION_WORD, has_break, is_move_level

_UP_VERB = (
    r"reach(?:ed|es|ing)?|hit(?:s|ting)?|cross(?:ed|es|ing)?|topp?(?:ed|s|ing)?|pass(?:ed|es|ing)?|surpass(?:ed|es|ing)?"
    r"|br(?:oke|eaks?|eaking)(?:\s+(?:through|past|above))?|clear(?:ed|s|ing)?|breach(?:ed|es|ing)?|eclips(?:ed|es|ing)"
    r"|(?:went|goes|moved|climbed|rose|jumped|pushed)\s+(?:past|above|through|beyond|over)"
)
_DOWN_VERB = (
    r"(?:fell|falls|falling|dropped|drops|slipped|slips|slid|slides|sank|sinks|dipped|dips|tumbled|broke|breaks"
    r"|went|moved|plunged)\s+(?:below|under|beneath|through)"
)
# The verb, a determiner and a hedge-free line: "crossed the", "reached a", "slid through the".
_VERB_LEAD = re.compile(
    rf"\b(?:(?P<up>{_UP_VERB})|(?P<down>{_DOWN_VERB}))\s+(?:the\s+|a\s+|an\s+)?(?:key\s+|psychological\s+|symbolic\s+"
    rf"|landmark\s+|important\s+|milestone\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_VERB_LEAD = gated(_VERB_LEAD)  # tried on every figure's window, seldom matching there
# What the round figure names: "the $50 mark", "a $2 billion valuation", "the 4,000-point level".
_MARK_NOUN = re.compile(
    r"^[\s-]*(?:points?[\s-]+)?(?P<noun>mark|milestone|level|threshold|barrier|line|valuation|market\s+value"
    r"|market\s+capitali[sz]ation|market\s+cap|ceiling|floor|handle|territory)\b",
    re.IGNORECASE,
)
# From the mark to the figure: no start, no comparison, no clause break; it ends on "at" or "to".
_TO_FIGURE = re.compile(r"^[^.;:!?]{0,70}?\b(?:at|to)\s+(?:a\s+(?:close|high|low|level)\s+of\s+)?[$£€¥₹]?\s*$", re.I)
_NOT_THE_END = re.compile(
    r"\b(?:from|than|since|below|above|under|over|versus|against|compared|while|and|or|but|then)\b"
    # "reached the $50 mark before falling back to $47": another move's end
    r"|\b(?:before|after)\s+\w+ing\b",
    re.IGNORECASE,
)


# An exchange rate's verb tells the currency's value, not its quote: "the yen slid past 150 to the dollar" is a
# higher number.
_CURRENCY_QUOTE = re.compile(
    r"\b(?:yen|rupees?|rupiah|yuan|renminbi|won|euros?|pounds?|sterling|dollars?|francs?|pesos?|lira|r[ou]bles?"
    r"|ringgit|baht|dong|rand|kron[ae]|krone|currenc(?:y|ies)|exchange\s+rates?|per\s+\w+)\b",
    re.IGNORECASE,
)


@finder("comparisons_milestones")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for line in ctx.claims:
        if line.change is not None or line.quantity.hedge != Hedge.EXACT or not is_move_level(line):
            continue
        lead_start = max(line.sentence_span[0], line.span[0] - 60)
        verb = _VERB_LEAD.search(ctx.text, lead_start, line.span[0])
        if verb is None:
            continue
        if _CURRENCY_QUOTE.search(ctx.text, line.sentence_span[0], line.sentence_span[1]):
            continue
        after = ctx.text[line.span[1] : line.sentence_span[1]]
        noun = _MARK_NOUN.match(after)
        if noun is None:
            continue
        following = [c for c in ctx.claims_in(line.span[1], line.sentence_span[1])]
        up = verb.group("up") is not None
        span = (verb.start(), line.span[1] + noun.end())
        said = " ".join(ctx.text[span[0] : span[1]].split())
        if not following:
            yield from _ended_after(ctx, line, span, said, up)
            continue
        figure = following[0]
        gap = ctx.text[line.span[1] + noun.end() : figure.span[0]]
        if not _TO_FIGURE.match(gap) or _NOT_THE_END.search(gap) or DIRECTION_WORD.search(gap) or has_break(gap):
            continue
        if not _fits(line, figure):
            continue
        evidence = stated_together(
            ctx,
            [figure, line],
            [cue(ctx, span, "a mark said to be crossed"), cue(ctx, (figure.span[0] - 4, figure.span[0]), "where")],
            period=Agreement.AGREE,  # the line has no period of its own
        )
        yield _crossed(
            figure, line, evidence, f"the clause then gives where the figure ended, {show(figure)}", said, up, span
        )


def _crossed(
    figure: Claim, line: Claim, evidence: Evidence, where: str, said: str, up: bool, span: tuple[int, int]
) -> Relation:
    """The relation of a mark said to be crossed ("rose above the 4,000 mark") and where the figure ended."""
    return Relation(
        kind=RelationKind.COMPARISON,
        members=roles(figure=figure, reference=line),
        evidence=evidence,
        reason=f"“{said}” names the line; {where}",
        params={"op": "ge" if up else "le", "word": said, "threshold": True, "exact_line": True},
        spans=[span],
    )


def _fits(line: Claim, figure: Claim) -> bool:
    """Where the move ended is a level in the line's own unit, and near it: a mark is crossed, not dwarfed."""
    if figure.change is not None or not is_move_level(figure) or not same_unit(line, figure):
        return False
    if not line.quantity.value or not figure.quantity.value:
        return False
    return 0.5 <= figure.quantity.value / line.quantity.value <= 2


_END_BEFORE = re.compile(r"\b(?:to|at)\s+[$£€¥₹]?\s*$", re.IGNORECASE)


def _ended_after(ctx: ArticleContext, line: Claim, span: tuple[int, int], said: str, up: bool) -> Iterator[Relation]:
    """ "The index slid below the 4,000 mark on Friday. ... The index fell 52 points to 3,987": a clause with no figure
    after its mark, and where the same subject's move ended in the next sentence. A mark crossed during the day may
    be crossed back by the close, so the pairing stays uncertain."""
    index = ctx.sentence_index(line.span[0])
    if not line.subject or index + 1 >= len(ctx.sentences):
        return
    for figure in ctx.claims_in(*ctx.sentences[index + 1]):
        if not figure.subject or norm_noun(figure.subject) != norm_noun(line.subject) or not _fits(line, figure):
            continue
        if not _END_BEFORE.search(ctx.text[max(figure.sentence_span[0], figure.span[0] - 8) : figure.span[0]]):
            continue
        evidence = inferred(
            ctx,
            [figure, line],
            [cue(ctx, span, "a mark said to be crossed")],
            period=Agreement.AGREE,
            doubts=["the mark may have been crossed and crossed back before the level the next sentence gives"],
        )
        yield _crossed(
            figure,
            line,
            evidence,
            f"the next sentence gives where {line.subject} ended, {show(figure)}",
            said,
            up,
            span,
        )
        return
