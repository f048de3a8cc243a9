"""A second comparison chained onto a first with "and" or "but": both compare the clause's figure.

"Weekly ferry bookings averaged 3,120 in March, a little below the 3,300 of February, and down from 3,200 a year
earlier"; "Rail's share was well below its 2012 high of 38.0 percent but above the ten-year mean of 27.5 percent";
"Membership rose to 8,400, below the 9,000 target and below the 8,600 record". The first comparison word governs
the first reference (:mod:`.comparisons` pairs it with the figure); the conjunction then hangs a second word on the
same subject, so the second reference is set against the figure too, never against the first reference (which the
words only name as a mark). :mod:`.comparisons` and :mod:`.directions_apart` leave such a chain to this module.

The figure is the one right before the first comparison word, with nothing but its time ("in March"), commas and
adverbs ("a little", "well") between. A sentence that opens on its subject with no figure of its own ("That share
in 2024 was well below ...") points back at the previous sentence: the one figure there of the references' unit
(of the year the pointer names, when it names one) is the figure, but only as an inference.

The words state the order ("below", "down from": the figure is the smaller), so a break is a failure: certain
when all three figures stand in one sentence, inferred across sentences.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.comparisons import _comparable
from factcheck.relations.evidence import cue, inferred, stated_together
from factcheck.relations.prose import COMPARED_OBJECT, is_estimate, is_period_word, lead, starts_from

_ABOVE = (
    r"above|ahead\s+of|(?:higher|greater|larger)\s+than|up\s+from|beat(?:ing|s)?|topp(?:ed|ing)|exceed(?:ed|ing|s)?"
)
_BELOW = r"below|behind|(?:lower|smaller)\s+than|down\s+from|short\s+of|trail(?:ed|ing|s)?|miss(?:ed|es|ing)"
_ADVERBS = r"(?:(?:still|also|well|far|slightly|just|only|much|comfortably|was|is|were|are|remained|stayed)\s+)*"
# The conjunction and the second word: "and down from", "but above", "but still well below".
_SECOND = re.compile(rf"\b(?:and|but|yet)\s+{_ADVERBS}(?:(?P<above>{_ABOVE})|(?P<below>{_BELOW}))\b", re.IGNORECASE)
_SECOND = led(_SECOND)  # read over the whole article: tried only where its first words are
# From the first reference to the conjunction: its own words ("average gain for 2023", a year), no stop; no figure
# stands there, the first reference being the last figure before the conjunction.
_AFTER_FIRST = re.compile(r"[^.;:()]{0,60}?,?\s*$")
# From the second word to its reference: a determiner and a few words ("the 50-year average of").
_TO_SECOND = re.compile(r"\s+(?:[^\d\s,;:()]+\s+|\d+-\w+\s+){0,6}?(?:of\s+)?[$£€¥₹]?\s*$")
# From the figure to the first word: its time ("in March"), commas, a bracket's close, adverbs ("a little").
_TO_FIRST = re.compile(
    rf"\s*(?:percent|per\s*cent)?\s*(?:(?:in|for|during|on|last|this)\s+[\w\s-]{{1,25}}?)?\s*[,)]?\s*"
    rf"(?:a\s+(?:little|bit|touch)\s+)?{_ADVERBS}$",
    re.IGNORECASE,
)
# The first word, as it opens the words before the first reference.
_FIRST = re.compile(rf"\b(?:{_ABOVE}|{_BELOW})\b", re.IGNORECASE)
# A sentence that opens on a pointer to a figure told before: "The share in 2015 was", "That was".
_POINTER = re.compile(r"\W*(?:the|that|this|it|its)\b[^\d]*?(?P<year>\b(?:19|20)\d\d\b)?[^\d]*$", re.IGNORECASE)


@finder("comparisons_chained")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for second in _SECOND.finditer(ctx.text):
        index = ctx.sentence_index(second.start())
        sentence = ctx.sentences[index]
        word = second.group("above") or second.group("below")
        word_start = second.start("above") if second.group("above") else second.start("below")
        word_span = (word_start, word_start + len(word))
        reference = _reference_after(ctx, word_span[1], sentence[1])
        first_reference = _figure_before(ctx, sentence[0], second.start())
        if reference is None or first_reference is None:
            continue
        if not _AFTER_FIRST.fullmatch(ctx.text, first_reference.span[1], second.start()):
            continue
        said = COMPARED_OBJECT.search(lead(ctx, first_reference, 70))
        if said is None:
            continue
        words = lead(ctx, first_reference, 70)
        first = _FIRST.search(words, said.start())
        if first is None:
            continue
        first_start = first_reference.span[0] - len(words) + first.start()
        found = _figure(ctx, sentence, index, first_start, first_reference, reference)
        if found is None:
            continue
        figure, same_sentence = found
        op = "gt" if second.group("above") else "lt"
        cues = [cue(ctx, (first_start, first_start + len(first.group(0))), "a first comparison")]
        cues.append(cue(ctx, word_span, "a second comparison of the same figure"))
        if same_sentence:
            evidence = stated_together(ctx, [figure, reference], cues)
        else:
            evidence = inferred(ctx, [figure, reference], cues)
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=reference),
            evidence=evidence,
            reason=(
                f"“{first.group(0)} … {second.group(0).split()[0]} {word}”: both words compare {show(figure)}, the "
                f"second with {show(reference)} (not with {show(first_reference)}, the first one's mark)"
            ),
            params={"op": op, "word": " ".join(word.split())},
            spans=[word_span],
        )


def _counted(claim: Claim, ctx: ArticleContext) -> bool:
    """A figure that can be compared: not a length of time naming a period ("the 50-year average")."""
    return claim.quantity.kind != QuantityKind.DURATION and not is_period_word(ctx, claim)


def _reference_after(ctx: ArticleContext, start: int, end: int) -> Claim | None:
    for claim in ctx.claims_in(start, end):
        if not _counted(claim, ctx):
            continue
        return claim if _TO_SECOND.fullmatch(ctx.text, start, claim.span[0]) else None
    return None


def _figure_before(ctx: ArticleContext, start: int, end: int) -> Claim | None:
    before = [c for c in ctx.claims_in(start, end) if _counted(c, ctx)]
    return before[-1] if before else None


def _figure(
    ctx: ArticleContext, sentence: tuple[int, int], index: int, first_start: int, mark: Claim, reference: Claim
) -> tuple[Claim, bool] | None:
    """The figure both words compare, and whether it stands in their sentence."""
    figure = _figure_before(ctx, sentence[0], first_start)
    if figure is not None:
        if not _TO_FIRST.fullmatch(ctx.text, figure.span[1], first_start):
            return None
        return (figure, True) if _fits(ctx, figure, mark, reference) else None
    pointer = _POINTER.match(ctx.text, sentence[0], first_start)
    if pointer is None or index == 0:
        return None
    before = ctx.sentences[index - 1]
    year = pointer.group("year")
    candidates = [
        c
        for c in ctx.claims_in(*before)
        if _counted(c, ctx)
        and _fits(ctx, c, mark, reference)
        and (year is None or (c.period is not None and str(c.period.year) == year))
    ]
    return (candidates[0], False) if len(candidates) == 1 else None


def _fits(ctx: ArticleContext, figure: Claim, mark: Claim, reference: Claim) -> bool:
    """Comparable with both references, and neither a start nor an estimate of its own."""
    if starts_from(ctx, figure) is not None or is_estimate(ctx, figure) is not None:
        return False
    return all(
        _comparable(figure, other, moves=True) or _comparable(other, figure, moves=True) for other in (mark, reference)
    )
