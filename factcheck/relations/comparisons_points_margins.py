"""A rate, then how many points it stands above or below another rate the clause names.

Polling, labour and survey copy sets a rate against an earlier one or a forecast by the points between them:

* "turnout reached 61.4%, 2.3 points higher than the 59.1% recorded in 2019";
* "the jobless rate was 5.1%, 0.4 point lower than the 5.5% economists expected".

The first rate, a comma, the margin in points with "higher" or "lower" (the words extraction reads as the margin's
sign), then "than" and the other rate within a few words: the rate minus the other is the margin
(``points_change``, the other rate as the start). The words tie the three (cue). "Better" and "worse" are not read:
which way they point depends on what is measured (a jobless rate "better than" another is lower). A margin with
no sign word, or a rate that is itself a move ("rose 2.1%"), is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import is_rate_level, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together

# Between the rate and its margin: a comma, or "or".
_RATE_TO_MARGIN = re.compile(r"^\s*,\s*(?:or\s+|just\s+|some\s+|about\s+|nearly\s+|roughly\s+)?$", re.IGNORECASE)
# The margin's own unit and sign word, then "than" and at most a determiner and two words before the other rate.
_MARGIN_TO_MARK = re.compile(
    r"^\s*(?:percentage\s+)?points?\s+(?P<word>higher|lower)\s+than\s+(?:(?:the|its|their|a|an|last\s+year['’]s)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_MARGIN_TO_MARK = gated(_MARGIN_TO_MARK)  # tried on every figure's window, seldom matching there


def _is_rate(claim_kind: QuantityKind) -> bool:
    return claim_kind == QuantityKind.PERCENT


@finder("comparisons_points_margins")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for margin in ctx.claims:
        if margin.change is None or margin.quantity.kind not in (QuantityKind.PERCENTAGE_POINT, QuantityKind.COUNT):
            continue
        before = [c for c in ctx.claims_in(margin.sentence_span[0], margin.span[0]) if c.span[1] <= margin.span[0]]
        after = [c for c in ctx.claims_in(margin.span[1], margin.sentence_span[1]) if c.span[0] >= margin.span[1]]
        if not before or not after:
            continue
        rate, mark = before[-1], after[0]
        if not (_is_rate(rate.quantity.kind) and _is_rate(mark.quantity.kind)) or not is_rate_level(rate):
            continue
        if not is_rate_level(mark) or not _RATE_TO_MARGIN.match(ctx.text[rate.span[1] : margin.span[0]]):
            continue
        # "2.3 points" may hold its unit in its own text; "0.4 point" may leave it after the figure
        after_margin = ctx.text[margin.span[1] : mark.span[0]]
        if re.search(r"\bpoints?$", margin.quantity.text, re.IGNORECASE):
            after_margin = "points " + after_margin.lstrip()
        said = _MARGIN_TO_MARK.match(after_margin)
        if said is None:
            continue
        span = (rate.span[0], mark.span[1])
        # "2.3 points" between two rates is read as a count; the words make it points of those rates
        evidence = stated_together(
            ctx, [rate, margin, mark], [cue(ctx, span, "a rate and its margin to another")], unit=Agreement.AGREE
        )
        yield Relation(
            kind=RelationKind.POINTS_CHANGE,
            members=roles(points=margin, from_=mark, to=rate),
            evidence=evidence,
            reason=f"{show(rate)} is {show(margin)} “{said.group('word')} than” {show(mark)}",
            spans=[span],
        )
