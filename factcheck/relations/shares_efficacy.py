"""Efficacy: "its efficacy stood at 94.2%", "an 88% efficacy rate", "the shot was 71% effective against ...".

A vaccine's or a treatment's efficacy (or effectiveness) is the share of the expected cases, infections or deaths
that it prevented: one minus the ratio of the attack rates of the treated and untreated arms. It cannot prevent
more cases than were expected, so as a level it is at most 100%, in trial reports of every field and from every
source. Only the level is read, tied by its words (``shares`` with the one share, a structure, certain; the
``shares`` check alarms past 100%):

* "efficacy" (or "effectiveness"), a few words naming what it is against or in whom, then "of", "was", "is",
  "stood at", "reached" and the figure: "efficacy against severe illness of 97%";
* the figure right before "efficacy", "effectiveness" or "efficacy rate";
* the figure right before "effective against" or "effective at (or in) preventing, reducing, protecting,
  stopping or blocking" ("90% effective at preventing ..."), which says what it prevents; "110% effective" alone
  may be a boast about effort.

Not read: moves and comparisons of efficacy ("a 120% gain in efficacy", "40% more effective", "efficacy 130%
higher than", "150% of the efficacy of"), "effective" before a noun ("an effective tax rate of 105%"), efficiency
(a heat pump's 300% efficiency is no share), and ranges. A level at 100% or below says nothing more than the
figure and is not recorded.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together

_HEDGE = r"(?:(?:about|around|nearly|almost|roughly|some|over|just|only|more\s+than|less\s+than|close\s+to)\s+)?"
# "efficacy [against severe disease | in older adults] of|was|... <figure>": the words between name no figure.
_BEFORE = re.compile(
    r"\b(?:efficacy|effectiveness)(?:\s+rate)?(?:\s+(?:against|in|among|for|at)\s+[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3})?"
    r"\s*,?\s+(?:of|was|is|were|are|stood\s+at|reached|came\s+in\s+at|at|to\s+be)\s+" + _HEDGE + r"$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^\s*(?:(?:vaccine|overall)\s+)?(?:efficacy|effectiveness)\b(?!\s+(?:gain|rise|increase|improvement|boost|jump))"
    r"|^\s*effective\s+(?:against\b|(?:at|in)\s+(?:preventing|reducing|protecting|stopping|blocking|warding)\b)",
    re.IGNORECASE,
)
# A move, a comparison or a ratio of efficacies rather than a level.
_NOT_LEVEL = re.compile(
    r"\b(?:more|less|higher|lower|greater|better|worse|than|increase\w*|rise|rose|gain\w*|improv\w*|boost\w*|jump\w*"
    r"|drop\w*|fell|fall\w*|declin\w*|relative|compared|of\s+(?:the|its|their)\s+efficacy)\b",
    re.IGNORECASE,
)

# "a relative efficacy of 150%", "comparative effectiveness of 120%": a ratio of two efficacies.
_RATIO = re.compile(r"\b(?:relative|comparative|compared)\s*$", re.IGNORECASE)


@finder("shares_efficacy")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claim in ctx.claims:
        q = claim.quantity
        if q.kind != QuantityKind.PERCENT or claim.change is not None or q.is_range or q.value <= 100:
            continue  # a level within 100% says nothing more than the figure: only one past it is recorded
        start, end = claim.span
        before = ctx.text[max(claim.sentence_span[0], start - 90) : start]
        after = ctx.text[end : min(claim.sentence_span[1], end + 60)]
        if (match := _BEFORE.search(before)) is not None:
            span = (start - len(before) + match.start(), end)
        elif (match := _AFTER.match(after)) is not None:
            span = (start, end + match.end())
        else:
            continue
        # the clause around the figure must not make it a move or a comparison ("130% more effective")
        if _NOT_LEVEL.search(ctx.text[span[0] : span[1]]) or _RATIO.search(ctx.text[max(0, span[0] - 30) : span[0]]):
            continue
        if re.match(r"^\s*(?:of|than|above|over|higher|more|greater|better)\b", after, re.IGNORECASE):
            continue
        yield Relation(
            kind=RelationKind.SHARES,
            members=[Member(role="share", claim=claim.id)],
            evidence=stated_together(ctx, [claim], [cue(ctx, span, "an efficacy as a level")], tie=Tie.STRUCTURE),
            reason=f"{show(claim)} is an efficacy: the share of the expected cases that were prevented, "
            "so it is at most all of them",
            params={"exhaustive": False, "whole": "set of expected cases", "counts": {claim.id: 1}},
        )
