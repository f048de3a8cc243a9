"""Earlier levels dated by the words that open their sentence, and pairs a pronoun hands back to a bare change.

Two layouts the clause-level readers in :mod:`.growth` leave alone:

* a change with its end ("Enrolment fell 6% to 18,400 students.") and, in the
  next or the previous sentence, a level of the same unit that the sentence
  opens by dating earlier ("A year earlier, the college had 19,600 students.";
  "In 2022 there were 1,138 burglaries." after "up 9% from 2022"): the prior;
* a bare change ("Exports climbed 14% in the quarter.") and a pair of levels in
  the next sentence that opens on a pronoun pointing back ("They totalled $8.2
  billion, against $7.2 billion a year earlier."): the pronoun carries the
  measure over, so the pair is the change's.

The opening words tie the prior to an earlier time and the pronoun ties the pair
to the change (structure); another level of that unit in the sentence, or a
subject that differs, leaves the pairing uncertain or out. So does a level that
carries a move of its own ("Last year, hire income reached $4.1 million, up 9%."
is the end of that move, the report's own year, not a base for a change beside
it), and a change its sentence dates "in the same period" as the one beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.changes import statements
from factcheck.relations.evidence import cue, subjects
from factcheck.relations.growth import _candidates, _hypothetical, _in_statement, growth_relation
from factcheck.relations.prose import is_estimate, starts_from

# The words that open a sentence by dating it before the change: "A year earlier,", "In the same quarter last
# year,", "Last year", "A decade ago", "In 2022" (checked against the change's baseline year apart).
_EARLIER_OPENING = re.compile(
    r"\W*(?P<when>(?:a|one|two|three|five|ten)\s+(?:year|quarter|month|decade)s?\s+(?:earlier|ago|before)"
    r"|(?:in\s+)?the\s+(?:same|corresponding|year-ago|year-earlier|previous|prior)\s+(?:\w+\s+)?(?:period|quarter|month"
    r"|year|half)(?:\s+(?:of\s+)?(?:last|a)\s+year(?:\s+(?:earlier|ago|before))?)?"
    r"|last\s+year|the\s+year\s+before|previously|(?:in|during|for)\s+(?P<year>(?:19|20)\d\d))\b\s*,?",
    re.IGNORECASE,
)
# The change's own clause dated to the time of the sentence beside it ("..., at the same period"): that
# sentence's level is then a companion of the same time, not the earlier level.
_SAME_TIME = re.compile(r"\b(?:at|in|over|during|for)\s+the\s+same\s+(?:period|time|span|stretch)\b", re.IGNORECASE)
_SAME_TIME = gated(_SAME_TIME)  # tried on every figure's window, seldom matching there
_BASE_YEAR = re.compile(r"\b(?:from|since|on|over|compared\s+(?:with|to)|than|against)\s+(?:in\s+)?((?:19|20)\d\d)\b")
# A sentence that opens on a pronoun for the thing just measured: "They totalled", "It came to".
_PRONOUN = re.compile(
    r"\W*(?:they|it|these|those)\s+(?:\w+ly\s+)?(?:were|was|are|is|totall?ed|stood|came|reached|amounted|hit|ended"
    r"|finished|rose|fell|climbed|grew|increased|decreased|dropped)\b",
    re.IGNORECASE,
)


def opens_earlier(ctx: ArticleContext, claim: Claim) -> bool:
    """The claim's sentence opens by dating itself before the time around it ("In the year-earlier period, ...",
    "A year earlier, ...", "Last year ..."): a bare year is left out, as it may be the article's own time."""
    start, stop = claim.sentence_span
    opening = _EARLIER_OPENING.match(ctx.text, start, stop)
    return opening is not None and opening.group("year") is None


@finder("growth_lead_dated")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for statement in statements(ctx):
        change, end = statement.change, statement.end
        if change is None or end is None or statement.start is not None or statement.delta is not None:
            continue
        if not is_relative_change(change) or _candidates(ctx, change, end):
            continue  # the clause-level reader has a prior for it
        yield from _opened_prior(ctx, change, end)
    for change in ctx.claims:
        if not is_relative_change(change) or not change.measure or change.quantity.kind != QuantityKind.PERCENT:
            continue
        if not _in_statement(ctx, change) and not _hypothetical(ctx, change):
            yield from _pronoun_pair(ctx, change)


def _opened_prior(ctx: ArticleContext, change: Claim, end: Claim) -> Iterator[Relation]:
    index = ctx.sentence_index(end.span[0])
    if _SAME_TIME.search(ctx.text, *change.sentence_span):
        return
    # Asked once per change with an end: the set is the article's, made once.
    moved = ctx.memo(
        "moved_ends", lambda: frozenset(s.end.id for s in statements(ctx) if s.end is not None and s.change is not None)
    )
    base = _BASE_YEAR.search(ctx.text, change.span[1], min(change.sentence_span[1], change.span[1] + 40))
    found = []
    for other in (index + 1, index - 1):
        if not 0 <= other < len(ctx.sentences):
            continue
        start, stop = ctx.sentences[other]
        opening = _EARLIER_OPENING.match(ctx.text, start, stop)
        if opening is None:
            continue
        year = opening.group("year")
        if year and (base is None or base.group(1) != year):
            continue  # "In 2019 ..." dates the earlier level only when the change is "from 2019"
        levels = [
            c
            for c in ctx.claims_in(start, stop)
            if same_unit(c, end)
            and c.change is None
            and c.id not in moved  # a level with its own move ("reached $9m, up 4%") is that move's end, not a base
            and not starts_from(ctx, c)
            and not is_estimate(ctx, c)
        ]
        if len(levels) != 1 or subjects([levels[0], end]) == Agreement.DISAGREE:
            continue
        found.append((levels[0], opening))
    if len(found) != 1:
        return  # none, or one before and one after: the words do not say which
    prior, opening = found[0]
    when = " ".join(opening.group("when").split())
    relation = growth_relation(
        ctx,
        change,
        prior,
        end,
        f"{show(change)} ends at {show(end)}; the sentence beside it opens “{when}” and gives {show(prior)}, the "
        "one level in that unit there",
        [cue(ctx, opening.span("when"), "dates the sentence earlier"), cue(ctx, prior.span, "the earlier level")],
        [],
        tie=Tie.STRUCTURE,
    )
    evidence = relation.evidence
    if evidence.subject == Agreement.UNKNOWN or evidence.metric == Agreement.UNKNOWN:
        # One unit, one level in the sentence the words date earlier: the same measure, unless a name says otherwise.
        evidence = evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
    yield relation.model_copy(update={"evidence": evidence})


def _pronoun_pair(ctx: ArticleContext, change: Claim) -> Iterator[Relation]:
    index = ctx.sentence_index(change.span[0])
    if index + 1 >= len(ctx.sentences):
        return
    start, stop = ctx.sentences[index + 1]
    head = _PRONOUN.match(ctx.text, start, stop)
    if head is None:
        return
    pairs = [
        s
        for s in statements(ctx)
        if s.change is None
        and s.start is not None
        and s.end is not None
        and start <= s.end.span[0] < stop
        and s.end.measure in (None, change.measure)
        and s.end.quantity.kind != QuantityKind.PERCENT
    ]
    if len(pairs) != 1:
        return
    lo = ctx.sentences[index][0]
    if any(is_relative_change(c) for c in ctx.claims_in(lo, stop) if c.id != change.id):
        return  # another change in the sentence or between: "they" may be its measure
    pair = pairs[0]
    assert pair.start is not None and pair.end is not None
    relation = growth_relation(
        ctx,
        change,
        pair.start,
        pair.end,
        f"{show(change)} ({change.measure}) has no level in its clause; the next sentence opens on "
        f"“{head.group(0).strip()}” and gives {show(pair.start)} -> {show(pair.end)}",
        [cue(ctx, change.span, "the change"), cue(ctx, head.span(), "points back to the measure")],
        [],
        tie=Tie.STRUCTURE,
    )
    evidence = relation.evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
    yield relation.model_copy(update={"evidence": evidence})
