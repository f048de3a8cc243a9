"""A figure called faster or slower than average (or than normal), and the average the next sentences give.

"Retail sales in Norland rose 4.1% in March, faster than average. Over the past decade, monthly growth has averaged
3.2%"; "Rainfall was 61 mm, well below average. The long-run average for the month is 88 mm"; "March's reading
puts the pace above its norm. Across two decades, exports have averaged 2.1% a quarter": the comparative names
no figure of its own but says one exists, and the average stated within the next two sentences is it. It is the
same structure as "higher than expected" with the estimate after it (:mod:`.comparisons_expected`), with an average
in place of the estimate.

The figure described is the one the phrase qualifies in its own clause ("rose 4.1%, faster than average", "a
faster-than-average 4.1%"); when the phrase's sentence states no figure before it, one that points back ("That
is", "The figure was") takes the figures of the sentence before, and one named by its period ("The second
quarter's number", "March's reading") takes the figures of the sentences among the five before that name that
period (a paragraph or so), the one dated by that period first; more than one that fits leaves the pairing open.
The average is a figure of the same kind led by "average", "averaged" or "norm" in the next two sentences; a share
("6% of sales") is no average of a growth rate.

Only a bare average is read: "than the national average" names another whole (:mod:`.comparisons_named_base`),
"than the average household" another subject, and "than the 3.2% average" states its figure in the clause
(:mod:`.comparisons`). The order follows the word's size: faster, higher, above... against slower, lower, below.
Certain only when one figure and one average fit and their measures do not differ.
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
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.multiples_words import BREAK
from factcheck.relations.prose import is_estimate, is_prior_by_date, starts_from

_THAN_USUAL = re.compile(
    r"\b(?:(?P<more>higher|bigger|larger|greater|stronger|faster|quicker|wider|steeper|hotter|warmer|wetter)"
    r"[\s-]+than|(?P<above>above)|(?P<less>lower|smaller|weaker|slower|narrower|softer|milder|cooler|colder|drier)"
    r"[\s-]+than|(?P<below>below))[\s-]+(?:(?:the|its|their)\s+)?"
    r"(?:(?:long[- ](?:run|term)|historical|historic|usual|recent|\d+-year|decades?-long)\s+)?"
    r"(?:average|normal|norm)\b"
    # a bare average: not "than average wages" (another thing), nor "the average of 3.2%" (its own figure)
    r"(?=\s*(?:[,.;:)!?—–]|$)|\s+(?:in|over|since|during|this|last|and|but|as|so)\b|\s+[$£€¥₹]?\d)",
    re.IGNORECASE,
)
_THAN_USUAL = led(_THAN_USUAL)  # read over the whole article: tried only where its first words are

# From the figure to the phrase: a time perhaps, a comma, an article or a hedge ("4.1% in March, well above").
_RESTATES = re.compile(
    r"^\s*(?:(?:in|on|for|during)\s+[\w\s]{0,20}?)?,\s*(?:an?\s+|the\s+)?"
    r"(?:(?:much|far|slightly|somewhat|a\s+little|a\s+bit|well|still|even)\s+)?"
    r"(?:(?:growing|rising|running|expanding|coming\s+in|pace|rate)\s+)?(?:(?:much|far|slightly|somewhat|a\s+little"
    r"|a\s+bit|well|still|even)\s+)?$",
    re.IGNORECASE,
)
# From the phrase to its figure: "a faster-than-average 4.1%", "a higher than normal rate of 6%".
_QUALIFIES = re.compile(r"^\s*(?:(?:[a-z]+\s+){0,2}(?:of|at)\s+)?[$£€¥₹]?\s*$", re.IGNORECASE)
# The sentence opens by pointing back at the figure just stated: "That is", "This was", "The figure is".
_POINTS_BACK = re.compile(
    r"^\W*(?:that|this|it|the\s+(?:figure|number|rate|pace|reading|result|level|total))\b", re.IGNORECASE
)
# The sentence opens by naming a figure by its period: "The second quarter's number", "March's reading".
_PERIOD_POINTER = re.compile(
    r"^\W*(?:the\s+)?(?P<period>(?:first|second|third|fourth)[\s-]quarter|q[1-4]|january|february|march|april|may"
    r"|june|july|august|september|october|november|december|(?:19|20)\d\d)[’']s?\s+"
    r"(?:number|figure|reading|rate|pace|result|total|level)\b",
    re.IGNORECASE,
)
# The words right before an average: "has averaged", "an average annual rate of", "the long-run norm is".
_AVERAGE_LEAD = re.compile(
    r"\b(?:averag(?:e|ed|es|ing)|norm)\b[^\d.;!?$£€¥₹]{0,40}[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_AVERAGE_REACH = 2
_POINTER_REACH = 5


def _share_of(ctx: ArticleContext, claim: Claim) -> bool:
    return bool(_OF.match(ctx.text, claim.span[1]))


_OF = re.compile(r"\s*(?:percent|per\s*cent|pct)?\s*of\b", re.IGNORECASE)


def _like(ctx: ArticleContext, figure: Claim, average: Claim) -> bool:
    if figure.id == average.id or not same_family(figure, average):
        return False
    if _share_of(ctx, figure) != _share_of(ctx, average):
        return False  # "sales rose 4%" against "costs have averaged 6% of sales": a share is no growth rate
    if figure.quantity.kind == QuantityKind.PERCENT or average.quantity.kind == QuantityKind.PERCENT:
        return figure.quantity.kind == average.quantity.kind
    if not figure.quantity.value or not average.quantity.value:
        return False
    return 0.2 <= figure.quantity.value / average.quantity.value <= 5


def _plain(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure stated as the result, not a start, a dated earlier level or an estimate."""
    return starts_from(ctx, claim) is None and not is_prior_by_date(ctx, claim) and is_estimate(ctx, claim) is None


def _described(ctx: ArticleContext, said: re.Match[str]) -> tuple[list[Claim], str, str | None]:
    """The figures the phrase may qualify, where they were found and the period that names them, if one does."""
    index = ctx.sentence_index(said.start())
    start, end = ctx.sentences[index]
    clause_start, clause_end = start, end
    for match in BREAK.finditer(ctx.text, start, said.start()):
        clause_start = match.end()
    after = BREAK.search(ctx.text, said.end(), end)
    if after is not None:
        clause_end = after.start()
    following = ctx.claims_in(said.end(), clause_end)
    if following and _QUALIFIES.match(ctx.text[said.end() : following[0].span[0]]):
        return following[:1], "of its clause", None
    before = [c for c in ctx.claims_in(clause_start, said.start()) if c.span[1] <= said.start()]
    if before:
        if _RESTATES.match(ctx.text[before[-1].span[1] : said.start()]):
            return before[-1:], "of its clause", None
        return [], "", None
    if ctx.claims_in(start, said.start()) or index == 0:
        return [], "", None
    head = ctx.text[start : said.start()]
    named = _PERIOD_POINTER.match(head)
    if named is not None:
        period = _flat(named.group("period"))
        found = []
        for back in range(max(0, index - _POINTER_REACH), index):
            lo, hi = ctx.sentences[back]
            if period in _flat(ctx.text[lo:hi]):
                found += [c for c in ctx.claims_in(lo, hi) if _plain(ctx, c)]
        return found, f"named by its period ({named.group('period')})", period
    if _POINTS_BACK.match(head):
        before = [c for c in ctx.claims_in(*ctx.sentences[index - 1]) if _plain(ctx, c)]
        return before, "of the sentence before", None
    return [], "", None


def _flat(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


def _averages(ctx: ArticleContext, said: re.Match[str]) -> list[Claim]:
    index = ctx.sentence_index(said.start())
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + _AVERAGE_REACH)][1]
    found = []
    for claim in ctx.claims_in(said.end(), hi):
        words = ctx.text[max(claim.sentence_span[0], claim.span[0] - 60) : claim.span[0]]
        lead = _AVERAGE_LEAD.search(words)
        if lead is None or ctx.claims_in(claim.span[0] - len(words) + lead.start(), claim.span[0]):
            continue
        if is_estimate(ctx, claim) is not None:
            continue
        found.append(claim)
    return found


@finder("comparisons_than_usual")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for said in _THAN_USUAL.finditer(ctx.text):
        figures, where, period = _described(ctx, said)
        if not figures:
            continue
        averages = _averages(ctx, said)
        pairs = [(f, a) for a in averages for f in figures if _like(ctx, f, a)]
        if period is not None:
            # "grew 3.3% in the third quarter after 1.1% in the second": the figure dated by the period named
            dated = [(f, a) for f, a in pairs if f.period is not None and period in _flat(f.period.text)]
            pairs = dated or pairs
        if not pairs:
            continue
        average = pairs[0][1]
        fitting = [f for f, a in pairs if a.id == average.id]
        figure = fitting[-1]
        doubts = []
        if len({a.id for _, a in pairs}) > 1:
            doubts.append("another average follows that could be the one meant")
        evidence = inferred(
            ctx,
            [figure, average],
            [cue(ctx, said.span(), "a figure said to differ from the average")],
            period=Agreement.AGREE,
            ambiguous=[show(f) for f in fitting[:-1]],
            doubts=doubts,
            tie=Tie.STRUCTURE,
        )
        if figure.measure is None or average.measure is None or average.measure == figure.measure:
            # The phrase says the figure has an average; the one stated after it is that average unless its
            # measure is another.
            agreed = {"metric": Agreement.AGREE}
            if evidence.subject != Agreement.DISAGREE:
                agreed["subject"] = Agreement.AGREE
            evidence = evidence.model_copy(update=agreed)
        word = " ".join(said.group(0).split())
        moves = is_relative_change(figure) or is_absolute_change(figure)
        more = bool(said.group("more") or said.group("above"))
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=figure, reference=average),
            evidence=evidence,
            reason=f"“{word}” says {show(figure)} (the figure {where}) differs from the average; {show(average)} is "
            "the average stated after it",
            params={"op": "gt" if more else "lt", "word": word, "magnitude": moves},
            spans=[said.span()],
        )
