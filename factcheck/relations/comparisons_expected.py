"""A figure called larger or smaller than expected, and the expectation the next sentences give.

"Consumer prices rose a higher-than-expected 3.4% in June. Economists had forecast 3.1%"; "Veltra posted revenue of
$812 million. The weaker-than-expected result sent its shares down. Analysts had expected $845 million": the
comparative names no figure to compare with, but says one exists; the estimate stated within the next two
sentences is it. The figure described is the one the phrase qualifies in its own clause ("a higher-than-expected
3.4%", "grew 2.9%, a stronger than expected pace") or, when its sentence holds none ("The weaker-than-expected
result"), the like figure that ends the sentence before.

The order follows the word's size, never its praise: higher, bigger, stronger, faster, wider above; lower, smaller,
weaker, slower, narrower below. "Better" and "worse" depend on what is measured (a better loss is a smaller one)
and are left alone. A move is compared by its size ("a smaller-than-expected 1.2% drop" against a forecast 2%
drop).

Certain only when one estimate follows, it names no other measure and no other period ("full-year"), and one
figure is described; otherwise the failure stays indeterminate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_absolute_change, is_relative_change, same_family, show
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.comparisons import COMPARE
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.multiples_words import BREAK
from factcheck.relations.prose import is_estimate, is_prior_by_date, starts_from

THAN_EXPECTED = re.compile(
    r"\b(?:(?P<more>higher|bigger|larger|greater|stronger|faster|wider|steeper|sharper|deeper|hotter|firmer|heftier)"
    r"|(?P<less>lower|smaller|weaker|slower|narrower|softer|milder|shallower|cooler|slimmer))"
    r"[\s-]+than[\s-]+(?:(?:had\s+been|was|were)\s+)?(?:expected|forecast|anticipated|predicted|estimated|projected)\b",
    re.IGNORECASE,
)
THAN_EXPECTED = led(THAN_EXPECTED)  # read over the whole article: tried only where its first words are
# The estimate belongs to another period than the figure described: "expected full-year revenue of".
_OTHER_PERIOD = re.compile(
    r"\b(?:full[- ]year|annual|next\s+(?:year|quarter|month)|(?:this|the)\s+(?:coming\s+)?year|for\s+(?:19|20)\d\d"
    r"|long[- ]term|by\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


# From the phrase to its figure: nothing, or a noun and "of" ("loss of").
_QUALIFIES = re.compile(r"^\s*(?:(?:[a-z]+\s+){0,2}(?:of|at)\s+)?[$£€¥₹]?\s*$", re.IGNORECASE)
# From the figure to the phrase: a comma, perhaps a time and an article ("3.4% in June, a ...").
_RESTATES = re.compile(
    r"^\s*(?:(?:in|on|for|during)\s+[\w\s]{0,20}?)?,\s*(?:an?\s+|the\s+)?(?:(?:much|far|slightly|somewhat|even)\s+)?$",
    re.IGNORECASE,
)
# The phrase opens its sentence as the subject: "The weaker-than-expected result ..." points back.
_OPENS = re.compile(r"^\s*(?:the|this|that|its|their|such\s+an?)\s+$", re.IGNORECASE)


def _like(figure: Claim, estimate: Claim) -> bool:
    if figure.id == estimate.id or not same_family(figure, estimate):
        return False
    if figure.quantity.kind == QuantityKind.PERCENT:
        return estimate.quantity.kind == QuantityKind.PERCENT
    if not figure.quantity.value or not estimate.quantity.value:
        return False
    return 0.2 <= figure.quantity.value / estimate.quantity.value <= 5  # one size: no per-share figure for a total


def _described(ctx: ArticleContext, said: re.Match[str]) -> tuple[list[Claim], str]:
    """The figures the phrase may qualify, and where they were found."""
    start, end = ctx.sentences[ctx.sentence_index(said.start())]
    clause_start, clause_end = start, end
    for match in BREAK.finditer(ctx.text, start, said.start()):
        clause_start = match.end()
    after = BREAK.search(ctx.text, said.end(), end)
    if after is not None:
        clause_end = after.start()
    # "rose a higher-than-expected 3.4%", "a bigger-than-expected loss of $40 million": the figure right after
    following = ctx.claims_in(said.end(), clause_end)
    if following and _QUALIFIES.match(ctx.text[said.end() : following[0].span[0]]):
        return following[:1], "clause"
    # "grew 2.9%, a stronger than expected pace": the figure the phrase restates, just before it
    before = [c for c in ctx.claims_in(clause_start, said.start()) if c.span[1] <= said.start()]
    if before and _RESTATES.match(ctx.text[before[-1].span[1] : said.start()]):
        return before[-1:], "clause"
    if not _OPENS.match(ctx.text[start : said.start()]):
        return [], ""
    index = ctx.sentence_index(said.start())
    if index == 0:
        return [], ""
    earlier = [
        c
        for c in ctx.claims_in(*ctx.sentences[index - 1])
        if starts_from(ctx, c) is None and not is_prior_by_date(ctx, c) and is_estimate(ctx, c) is None
    ]
    return earlier, "sentence before"


def _estimates(ctx: ArticleContext, said: re.Match[str]) -> list[Claim]:
    index = ctx.sentence_index(said.start())
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 2)][1]
    found = []
    for claim in ctx.claims_in(said.end(), hi):
        if is_estimate(ctx, claim) is None:
            continue
        head = ctx.text[claim.sentence_span[0] : claim.span[0]]
        if COMPARE.search(head) and claim.sentence_span[0] > said.start():
            continue  # "topped the $1.02 analysts expected": its own clause compares it
        found.append(claim)
    return found


@finder("comparisons_expected")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for said in THAN_EXPECTED.finditer(ctx.text):
        figures, where = _described(ctx, said)
        if not figures:
            continue
        estimates = _estimates(ctx, said)
        pairs = [(f, e) for e in estimates for f in figures if _like(f, e)]
        if not pairs:
            yield from _after_restated(ctx, said, figures)
            continue
        estimate = pairs[0][1]
        fitting = [f for f, e in pairs if e.id == estimate.id]
        figure = fitting[-1]
        doubts = []
        if len({e.id for _, e in pairs}) > 1:
            doubts.append("another estimate follows that could be the one meant")
        if _OTHER_PERIOD.search(ctx.text, estimate.sentence_span[0], estimate.sentence_span[1]):
            doubts.append("the estimate may be for another period")
        evidence = inferred(
            ctx,
            [figure, estimate],
            [cue(ctx, said.span(), "a figure said to differ from expectations")],
            period=Agreement.AGREE,
            ambiguous=[show(f) for f in fitting[:-1]],
            doubts=doubts,
            tie=Tie.STRUCTURE,
        )
        if estimate.measure is None or estimate.measure == figure.measure:
            # The estimate names no measure of its own: the phrase says the figure had one, and this is it.
            evidence = evidence.model_copy(update={"metric": Agreement.AGREE, "subject": Agreement.AGREE})
        word = " ".join(said.group(0).split())
        moves = is_relative_change(figure) or is_absolute_change(figure)
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=estimate),
            evidence=evidence,
            reason=f"“{word}” says {show(figure)} (the figure {'of its clause' if where == 'clause' else where}) "
            f"differs from expectations; {show(estimate)} is the estimate stated after it",
            params={"op": "gt" if said.group("more") else "lt", "word": word, "magnitude": moves},
            spans=[said.span()],
        )


def _after_restated(ctx: ArticleContext, said: re.Match[str], figures: list[Claim]) -> Iterator[Relation]:
    """ "Wages rose a higher-than-expected 2.2%. ... Average earnings were up 2.2% ... Economists had expected
    1.9%": the figure is restated a few sentences on and the estimate follows the restatement. Both statements of
    the figure are set against it; nothing but the repeated figure ties them, so the pairing stays open."""
    if len(figures) != 1:
        return
    figure = figures[0]
    index = ctx.sentence_index(said.start())
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 4)][1]
    again = [
        c
        for c in ctx.claims_in(ctx.sentences[index][1], hi)
        if c.quantity.text == figure.quantity.text
        and c.quantity.kind == figure.quantity.kind
        and same_family(c, figure)
    ]
    if len(again) != 1:
        return
    restated = again[0]
    at = ctx.sentence_index(restated.span[0])
    end = ctx.sentences[min(len(ctx.sentences) - 1, at + 1)][1]
    estimates = [
        c for c in ctx.claims_in(restated.span[1], end) if is_estimate(ctx, c) is not None and _like(figure, c)
    ]
    if len(estimates) != 1:
        return
    estimate = estimates[0]
    word = " ".join(said.group(0).split())
    moves = is_relative_change(figure) or is_absolute_change(figure)
    for member in (figure, restated):
        evidence = inferred(
            ctx,
            [member, estimate],
            [cue(ctx, said.span(), "a figure said to differ from expectations")],
            period=Agreement.AGREE,
            doubts=[f"the estimate follows {show(restated)} restated {at - index} sentences on"],
        )
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=member, reference=estimate),
            evidence=evidence,
            reason=f"“{word}” says {show(figure)} differs from expectations; {show(estimate)} is the estimate "
            f"stated after the figure is restated",
            params={"op": "gt" if said.group("more") else "lt", "word": word, "magnitude": moves},
            spans=[said.span()],
        )
