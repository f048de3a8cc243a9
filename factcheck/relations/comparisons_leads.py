"""A lead told with its two sides: "Roe leads Doe 52 percent to 44 percent", "has Roe ahead 39% to 37%".

Election and poll copy gives a contest as a verb of leading and the two sides' shares joined by "to", the
leader's first. The leader's share must be the larger: the pair is a ``comparison`` of the first share
(``figure``) above the second (``reference``).

Read only when it is certain: the two figures are percentages with nothing but "to" between them, and the lead
word is the last word of contest before them, a few words back in the same clause, with no figure, clause break
(";", "but", "while", a relative "who") or verb of its own between ("Roe, who led in May, now polls 40% to 46%"
is not read). Words that name the loser first ("trails", "lost to") or no order at all ("versus", "split",
"tied") are not read: copy gives their sides in either order. "Ahead of" reads only before a name ("ahead of
Doe"), not before an event ("ahead of the vote"); "led by" and a move ("leading insurers' ratio rose 9% to 61%")
are not leads.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, matched

_LEAD = re.compile(
    r"\b(?:leads?|leading|led|ahead|tops|topped|edges|edged|beats|beat|beating|outpolls|outpolled|defeated|won)\b",
    re.IGNORECASE,
)
_LEAD = gated(_LEAD)  # tried on every figure's window, seldom matching there
_ANY_CONTEST = re.compile(
    r"\b(?:trails?|trailing|trailed|behind|lost|loses|losing|versus|vs|against|split|splits|tied?|deadlocked"
    r"|favou?rs?|favou?red|breaks?|broke)\b",
    re.IGNORECASE,
)
# Words between the lead word and the pair that open another clause or bring a verb of their own.
_OTHER_CLAUSE = re.compile(
    r"[;:()\d]|\b(?:but|while|whereas|although|though|who|which|that|when|after|before|since|from|between|is|are"
    r"|was|were|has|have|had|would|will|polls?|polled|rose|fell|climbed|dropped|increased|decreased|up|down)\b",
    re.IGNORECASE,
)
_TO = re.compile(r"\s*(?:percent|per\s*cent)?\s+to\s+", re.IGNORECASE)


def _share(claim: Claim) -> bool:
    return claim.quantity.kind == QuantityKind.PERCENT and claim.change is None and not claim.quantity.is_range


def _lead_word(ctx: ArticleContext, first: Claim) -> re.Match[str] | None:
    """The lead word a few words before ``first``, in its clause, with nothing between that reads otherwise."""
    start = max(first.sentence_span[0], first.span[0] - 60)
    lead = ctx.text[start : first.span[0]]
    words = list(_LEAD.finditer(lead))
    if not words:
        return None
    word = words[-1]
    between = lead[word.end() :]
    if _ANY_CONTEST.search(between) or _OTHER_CLAUSE.search(between) or between.count(",") > 1:
        return None
    if _ANY_CONTEST.search(lead[: word.start()][-25:]) or re.search(r"\bby\b", between[:4], re.IGNORECASE):
        return None  # "lost the lead to", "led by": another reading of the word
    if word.group(0).lower() == "ahead" and re.match(r"\s+of\s+(?![A-Z])", between):
        return None  # "ahead of the vote": a time, not a rival
    return word


@finder("comparisons_leads")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for start, stop in ctx.sentences:
        if _LEAD.search(ctx.text, start, stop) is None:
            continue
        claims = ctx.claims_in(start, stop)
        for first, second in itertools.pairwise(claims):
            if not (_share(first) and _share(second)):
                continue
            if _TO.fullmatch(ctx.text[first.span[1] : second.span[0]]) is None:
                continue
            word = _lead_word(ctx, first)
            if word is None:
                continue
            offset = max(first.sentence_span[0], first.span[0] - 60)
            span = (offset + word.start(), offset + word.end())
            said = word.group(0)
            yield Relation(
                kind=RelationKind.COMPARISON,
                members=roles(figure=first, reference=second),
                evidence=matched(
                    ctx, Tie.CUE, [cue(ctx, span, f"“{said}”: the leader's share told first")], [first, second]
                ),
                reason=f"“{said}” gives the leader's {show(first)} first, against the other side's {show(second)}",
                params={"op": "gt", "word": f"{said} ... to"},
                spans=[span],
            )
