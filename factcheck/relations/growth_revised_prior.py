"""A move whose base is the earlier period's figure as revised: "Orders fell 2% in May to 410,000. April's orders
were revised up to 418,000."

Monthly and quarterly releases state the new reading with its change on the period before, then correct that
earlier period: "X in <the period before> was revised (up|down) to B", "the <period before> figure was revised to
a 3% gain, to B". The change is worked out on the revised figure, so B is the move's start. The finder reads:

* a change with its end and no start of its own ("rose 4% in June to $2.1 billion");
* in one of the next two sentences, a clause "revised ... to B", with B a level of the end's units (the first
  one after "revised" that "to" leads to, past any change said on the way);
* B dated to the period just before the end's (the month or quarter before), or said to be the previous one.

A change said against a year before ("from a year earlier", "year-on-year") is not on the revised period before, so
it is not paired. Nothing but the structure ties the two, so the evidence is inferred: subjects and measures are
read as for any growth against a prior apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim, Metric, TimeRef
from factcheck.context import ArticleContext
from factcheck.figures import is_relative_change, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation
from factcheck.relations import finder
from factcheck.relations.changes import statements
from factcheck.relations.directions_apart import same_series
from factcheck.relations.evidence import cue
from factcheck.relations.growth import change_basis, growth_relation

# "was revised down to", "were revised to", "has been revised higher to": the corrected figure follows "to".
_REVISED = re.compile(
    r"\brevised\s+(?:(?:up|down|upward|downward|upwards|downwards|higher|lower)\s+)?(?:to|at)\b", re.IGNORECASE
)
_REVISED = gated(_REVISED)  # tried on every figure's window, seldom matching there
_TO_BEFORE = re.compile(r"\b(?:to|at)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?[$£€¥₹]?\s*$", re.IGNORECASE)
_PREVIOUS = re.compile(
    r"\b(?:previous|prior|preceding|last)\s+(?:month|quarter)|\ba\s+(?:month|quarter)\s+(?:earlier|before)",
    re.IGNORECASE,
)
# How many sentences after the change its revised base may be said.
_REACH = 2


def _step_before(now: TimeRef | None, then: TimeRef | None) -> bool | None:
    """Whether ``then`` is the month or quarter just before ``now``; None when either is not dated so."""
    if now is None or then is None:
        return None
    if now.month is not None and then.month is not None and now.quarter is None and then.quarter is None:
        return then.month == (now.month - 2) % 12 + 1
    if now.quarter is not None and then.quarter is not None and now.month is None and then.month is None:
        return then.quarter == (now.quarter - 2) % 4 + 1
    return None


def _revised_level(ctx: ArticleContext, end: Claim, index: int) -> tuple[Claim, re.Match[str]] | None:
    start, stop = ctx.sentences[index]
    found = _REVISED.search(ctx.text, start, stop)
    if found is None:
        return None
    for claim in ctx.claims_in(found.end() - 2, stop):
        if claim.change is not None or is_relative_change(claim) or claim.metric == Metric.GROWTH:
            continue  # "revised to a 4.1% gain, to 212,000": the change on the way is not the level
        if claim.quantity.kind == QuantityKind.PERCENT and end.quantity.kind != QuantityKind.PERCENT:
            continue
        if not same_series(end, claim) or not _TO_BEFORE.search(ctx.text[found.start() : claim.span[0]][-40:]):
            return None
        return claim, found
    return None


@finder("growth_revised_prior")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for statement in statements(ctx):
        change, end = statement.change, statement.end
        if change is None or end is None or statement.start is not None or not is_relative_change(change):
            continue
        if change_basis(ctx, change) == "year":
            continue  # "up 4% from a year earlier": the revised month before is not its base
        here = ctx.sentence_index(end.span[0])
        for index in range(here + 1, min(here + 1 + _REACH, len(ctx.sentences))):
            revised = _revised_level(ctx, end, index)
            if revised is None:
                continue
            prior, word = revised
            step = _step_before(end.period or change.period, prior.period)
            said_before = _PREVIOUS.search(ctx.text, *ctx.sentences[index]) is not None
            if step is False or (step is None and not said_before):
                break  # another period's revision, or one whose period is not known
            relation = growth_relation(
                ctx,
                change,
                prior,
                end,
                f"{show(change)} takes the measure to {show(end)}; {show(prior)} is the period before as revised "
                f"(“{word.group(0)}”), the base the change is worked out on",
                [cue(ctx, change.span, "the change"), cue(ctx, (word.start(), word.end()), "the revised base")],
                [],
            )
            if relation.evidence.metric == Agreement.UNKNOWN and _names_the_mover(ctx, change, word.start()):
                # "Factory orders rose ... Orders in June were revised": the revision names what moved
                evidence = relation.evidence.model_copy(update={"metric": Agreement.AGREE})
                relation = relation.model_copy(update={"evidence": evidence})
            yield relation
            break


# What a revision clause is about: the words before "in <period>", "for", "'s" or its verb.
_REVISION_HEAD = re.compile(
    r"\s*(?:(?:the|its|their)\s+)?(?P<what>(?:[\w-]+\s+){0,2}?[\w-]+?)(?:s|['’]s)?\s+(?:in|for|during|was|were|had|has)\b",
    re.IGNORECASE,
)


def _names_the_mover(ctx: ArticleContext, change: Claim, revised_at: int) -> bool:
    """The revision clause opens on the noun the change's clause names before the change."""
    start, _ = ctx.sentences[ctx.sentence_index(revised_at)]
    head = _REVISION_HEAD.match(ctx.text, start, revised_at)
    if head is None:
        return False
    noun = head.group("what").split()[-1].split("-")[-1]
    before = ctx.text[change.sentence_span[0] : change.span[0]]
    return len(noun) > 2 and re.search(rf"\b{re.escape(noun)}s?\b", before, re.IGNORECASE) is not None
