"""Two opposite answers to one poll question told in nearby sentences fit in 100%.

Poll copy often gives one side of a question in one sentence and the other a sentence or two later: "In all, 38%
of residents at least somewhat support the levy. [...] Fifty-one percent (51%) oppose the levy." Those who
give one answer and those who give the opposite one are shares of one whole, the people asked (``shares``), so
together they are at most 100%. One sentence's answers are read by :mod:`.shares_lists`; this reads answers apart.

The answers are read by :func:`.parts_intensity.answers` (a share with its answer word beside it, its side, the
group of people and the strength). Two answers pair when they are of opposite sides, both of the whole side (not
"strongly" nor only "somewhat"), of one group of people, at most two sentences apart and not dated apart, and their
clauses end on the same word, the object of the answer ("approve of the council's plan" and "oppose the plan"):
another object may be another question ("support the levy" against "oppose the new stadium"). Another answer of either
side between them, or of the whole side up to two sentences around, leaves the pairing out: which answers belong to
one question is not known (last year's poll beside this year's).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.relation import Agreement, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched, periods
from factcheck.relations.parts_intensity import answers

_REACH = 2  # sentences between two answers of one question
_WORD = re.compile(r"[A-Za-z][\w-]*")


def _object(ctx: ArticleContext, claim: Claim) -> str:
    """The last word of the answer's clause: what is approved or opposed ("of his handling of the budget")."""
    nxt = ctx.claim_after(claim)
    stop = min(claim.sentence_span[1], nxt.span[0] if nxt else claim.sentence_span[1])
    clause = re.split(r"[.;,:!?\n]|\b(?:and|but|while|whereas)\b", ctx.text[claim.span[1] : stop])[0]
    words = _WORD.findall(clause)
    return words[-1].lower() if words else ""


@finder("shares_answers_apart")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    read = answers(ctx)
    for index, (a, side_a, who_a, strength_a) in enumerate(read):
        for b, side_b, who_b, strength_b in read[index + 1 :]:
            apart = ctx.sentences_apart(a, b)
            if apart == 0 or apart > _REACH or side_a == side_b or strength_a != "all" or strength_b != "all":
                continue
            if who_a and who_b and who_a != who_b:
                continue  # two groups of people
            near = [
                c
                for c, _, _, strength in read
                if c.id not in (a.id, b.id)
                and (strength == "all" or a.span[0] <= c.span[0] <= b.span[1])
                and min(ctx.sentences_apart(a, c), ctx.sentences_apart(b, c)) <= _REACH
            ]
            if near or periods([a, b]) == Agreement.DISAGREE:
                continue
            head = _object(ctx, a)
            if not head or head != _object(ctx, b):
                continue
            evidence = matched(
                ctx,
                Tie.INFERRED,
                [cue(ctx, a.span, "one answer"), cue(ctx, b.span, "the opposite answer")],
                [a, b],
                clash=[a, b],
            )
            yield Relation(
                kind=RelationKind.SHARES,
                members=[Member(role="share", claim=a.id), Member(role="share", claim=b.id)],
                evidence=evidence,
                reason=(
                    f"{show(a)} and {show(b)} give opposite answers about one “{head}” a sentence or two apart: "
                    "shares of the people asked"
                ),
                params={"exhaustive": False, "whole": "poll question"},
            )
