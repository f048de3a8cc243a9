"""A comparative against a class of figures, then examples of that class: "larger than earlier declines, such as
0.9 billion tonnes in 1945 or 0.5 billion tonnes in 2009".

The comparative ("larger than", "higher than", "below") names no figure of its own: it names a class ("previous
record declines", "other big cities", "its rivals"), and "such as", "including" or "like" lists members of that
class with their figures. Each listed figure must then stand on the far side of the comparative from the figure
the clause describes (the last like figure before the comparative, in its clause). One relation holds the figure
and every example, so one finding says whether the words hold for all.

The words tie the figures (a clause, a comparative, a list), so the pairing is stated, but an example listed
with no like unit, or a figure described that is a start or a year-ago figure, ends the reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_absolute_change, is_relative_change, same_family, show
from factcheck.literals import led
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.multiples_words import BREAK
from factcheck.relations.prose import is_move_level, is_prior_by_date, starts_from

# The comparative, a class named in words only (no digits), then the word that opens the examples.
_CLASS_THEN_EXAMPLES = re.compile(
    r"\b(?:(?P<above>(?:higher|more|greater|larger|bigger|wider|faster|stronger|steeper|sharper|deeper)\s+than|above"
    r"|ahead\s+of|outpac(?:ed|ing)|exceed(?:ed|ing))|(?P<below>(?:lower|less|fewer|smaller|narrower|slower|weaker"
    r"|shallower|milder)\s+than|below|behind|trailing))\s+(?P<class>[^\d.;:!?()$£€¥₹]{3,80}?),?\s+"
    r"(?P<open>such\s+as|including|like|e\.g\.|for\s+example|notably)\s+",
    re.IGNORECASE,
)
_CLASS_THEN_EXAMPLES = led(_CLASS_THEN_EXAMPLES)  # read over the whole article: tried only where its first words are
# Between two listed examples: a comma, "or", "and", with the first example's own words ("in 2009 at ...").
_NEXT_EXAMPLE = re.compile(r"^[^.;:!?\d]{0,70}?(?:,|\bor\b|\band\b)\s+[^.;:!?\d]{0,40}$", re.IGNORECASE)


@finder("comparisons_examples")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for said in _CLASS_THEN_EXAMPLES.finditer(ctx.text):
        start, end = ctx.sentences[ctx.sentence_index(said.start())]
        clause_start = start
        for match in BREAK.finditer(ctx.text, start, said.start()):
            clause_start = match.end()
        before = [c for c in ctx.claims_in(clause_start, said.start()) if c.span[1] <= said.start()]
        listed = ctx.claims_in(said.end(), end)
        if not before or not listed or listed[0].span[0] - said.end() > 20:
            continue
        figure = before[-1]
        if starts_from(ctx, figure) or is_prior_by_date(ctx, figure):
            continue
        examples = [listed[0]]
        for claim in listed[1:]:
            if not _NEXT_EXAMPLE.match(ctx.text[examples[-1].span[1] : claim.span[0]]):
                break
            if _like(figure, claim):
                examples.append(claim)
        if not all(_like(figure, c) for c in examples):
            continue
        word_span = (said.start(), said.end("class"))
        op = "gt" if said.group("above") else "lt"
        word = " ".join(ctx.text[word_span[0] : word_span[1]].split())
        evidence = stated_together(
            ctx,
            [figure, *examples],
            [cue(ctx, word_span, "a comparative against a class"), cue(ctx, said.span("open"), "its examples")],
            period=Agreement.AGREE,  # examples of another time are the point of the comparison
        )
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=[Member(role="figure", claim=figure.id)] + [Member(role="reference", claim=c.id) for c in examples],
            evidence=evidence,
            reason=f"“{word}” compares {show(figure)} with a class, and “{said.group('open')}” lists "
            + ", ".join(show(c) for c in examples)
            + " as its members",
            params={"op": op, "word": word, "magnitude": is_relative_change(figure) or is_absolute_change(figure)},
            spans=[word_span],
        )


def _like(figure: Claim, other: Claim) -> bool:
    if figure.id == other.id or not same_family(figure, other):
        return False
    if is_relative_change(figure) and other.change is None and other.quantity.kind == figure.quantity.kind:
        return True  # "rose 6.2%, faster than in towns such as Hollin (4.1%)": the bare rates are the towns' rises
    if is_relative_change(figure) != is_relative_change(other):
        return False
    return is_move_level(other) or is_relative_change(other) or is_absolute_change(other)
