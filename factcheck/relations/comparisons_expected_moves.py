"""A change set against the expected change in its own clause: "tin exports climbed 6.2%, stronger than the forecast
4.4%"; "volumes grew 0.8%, higher than the expected decline of 1.6%"; "orders slid 3.4%, below the forecast of a
2.0% gain".

The expected figure is printed bare: its direction comes from the noun beside it ("decline of", "a 2.0% gain");
with none it is taken to be a move the same way as the actual. The comparative then orders the two as
:mod:`.move_signs` reads it, by signed value or by size. An expected figure printed with its own verb or noun
of change ("the forecast 1.8% decline") is read by :mod:`.comparisons` already.

The actual is the change just before the comparative in its clause, with no other figure between; one clause and
an explicit comparative tie them, so the pairing is certain unless the reading of the word is unsure (a word of
level between two falls, a fall set against an expectation of no stated direction).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import direction, is_relative_change, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.comparisons import _COMPARATIVE
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.move_signs import move_params
from factcheck.relations.prose import has_break, lead


def _nouns(side: str) -> str:
    return (
        rf"(?P<{side}_down>drop|decline|decrease|fall|contraction|slide|dip)"
        rf"|(?P<{side}_up>increase|rise|gain|growth|jump|expansion)"
    )


_EXPECTED = re.compile(
    r"(?:^|[\s,])(?:(?:far|much|well|slightly|a\s+bit|significantly|even)\s+)?"
    r"(?P<word>(?P<above>(?:higher|more|greater|larger|bigger|stronger|faster|steeper|sharper|deeper)\s+than|above)"
    r"|(?:lower|less|smaller|weaker|slower|milder|shallower)\s+than|below)"
    r"\s+(?:the\s+|a\s+|an\s+)?(?:(?:economists|analysts|markets?|the\s+market)['’]?s?\s+)?"
    r"(?:expected|forecast|estimated|projected|predicted|anticipated|(?:expectations?|estimates?|forecasts?|consensus)"
    rf"(?:\s+(?:of|for))?)\s+(?:a\s+|an\s+)?(?:(?:{_nouns('before')})\s+(?:of|in)\s+)?$",
    re.IGNORECASE,
)
_EXPECTED = gated(_EXPECTED)  # tried on every figure's window, seldom matching there
# "rose 0.6%, more than the 0.5% expected", "above the 0.2% gain economists had forecast": the comparative right
# before the figure and the word of expectation after it, a participle or a relative clause without "that".
_THAN_THE = re.compile(
    r"(?:^|[\s,])(?:(?:far|much|well|slightly|a\s+bit|significantly|even)\s+)?"
    r"(?P<word>(?P<above>(?:higher|more|greater|larger|bigger|stronger|faster|steeper|sharper|deeper)\s+than|above)"
    r"|(?:lower|less|smaller|weaker|slower|milder|shallower)\s+than|below)"
    r"\s+the\s+(?P<before_down>(?!))?(?P<before_up>(?!))?$",
    re.IGNORECASE,
)
_THAN_THE = gated(_THAN_THE)  # tried on every figure's window, seldom matching there
_EXPECTED_AFTER = re.compile(
    rf"\s*(?:percent|per\s*cent)?\s*(?:(?:{_nouns('trail')})\s+)?(?:(?:that|which)\s+)?"
    r"(?:(?:economists|analysts|forecasters|markets?|traders|the\s+market)\s+(?:had\s+)?)?"
    r"(?:expected|forecast|predicted|anticipated|projected|estimated)\b(?!\s+(?:to|that)\b)",
    re.IGNORECASE,
)
# "expanded at a 2.9% annual pace": a growth rate printed as a level; the verb gives its direction.
_PACE = re.compile(
    r"\b(?:rose|grew|expanded|increased|climbed|(?P<down>fell|contracted|shrank|declined|dropped))\s+at\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(rf"^\s*(?:{_nouns('after')})\b", re.IGNORECASE)


def _expected_after(ctx: ArticleContext, reference: Claim, before: str) -> re.Match[str] | None:
    """The comparative before ``reference`` when the word of expectation follows it ("more than the 0.5% expected")."""
    said = _THAN_THE.search(before)
    if said is None or not _EXPECTED_AFTER.match(ctx.text, reference.span[1], reference.sentence_span[1]):
        return None
    return said


@finder("comparisons_expected_moves")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for reference in ctx.claims:
        if reference.quantity.kind != QuantityKind.PERCENT:
            continue
        before = lead(ctx, reference, 110)
        said = _EXPECTED.search(before) or _expected_after(ctx, reference, before)
        noun_before = said is not None and (said.group("before_down") or said.group("before_up"))
        if said is None or (reference.change is not None and _COMPARATIVE.search(before)):
            continue  # "than the forecast 1.8% decline": two changes the comparisons finder reads in one clause
        offset = reference.span[0] - len(before)
        word_span = (offset + said.start("word"), offset + said.end("word"))
        earlier = [c for c in ctx.sentence_claims(reference) if c.span[1] <= word_span[0]]
        if not earlier or earlier[-1].quantity.kind != QuantityKind.PERCENT:
            continue
        figure = earlier[-1]
        pace = _PACE.search(lead(ctx, figure, 40)) if figure.change is None else None
        if not is_relative_change(figure) and pace is None:
            continue
        gap = ctx.text[figure.span[1] : word_span[0]]
        if len(gap) > 60 or has_break(gap):
            continue
        after = _NOUN_AFTER.match(ctx.text, reference.span[1], reference.sentence_span[1])
        up_figure = direction(figure) > 0 if pace is None else not pace.group("down")
        if noun_before:
            up_reference = bool(said.group("before_up"))
        elif reference.change is not None:
            up_reference = direction(reference) > 0  # "a 2.0% gain": the figure carries its own noun
        elif after is not None:
            up_reference = bool(after.group("after_up"))
        else:
            up_reference = up_figure  # "climbed 6.2%, stronger than the forecast 4.4%": the same move, expected
        word = " ".join(said.group("word").split())
        params, doubts = move_params(up_figure, up_reference, word)
        if not (noun_before or after or reference.change) and not up_figure:
            doubts.append(f"the direction of the expected {show(reference)} is not stated")
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=stated_together(
                ctx,
                [figure, reference],
                [cue(ctx, word_span, "a change compared with the expected change")],
                doubts=doubts,
                period=Agreement.AGREE,
            ),
            reason=f"“{word}” sets the change of {show(figure)} against the expected {show(reference)} in one clause",
            params={"op": "gt" if said.group("above") else "lt", "word": word, **params},
            spans=[word_span],
        )
