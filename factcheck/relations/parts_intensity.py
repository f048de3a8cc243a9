"""A poll's strong answers within all answers of that side: "31% strongly support it ... 58% support it in all".

Poll copy gives the share who hold a view strongly beside the share who hold it at all: "Some 24% strongly
oppose the plan. Overall, 47% oppose it"; "Fifty percent approve, 29% of them strongly". Those who answer
"strongly" are some of those who answer that side (``part_whole`` with rule ``within``), so the strong share is no
larger than the share of that side.

A side is read by the answer word next to the share (:mod:`.parts_net_balance`); the strength by "strongly" (or
"very") in the share's own stretch of words; "at least somewhat" is all of the side. The two shares must be of one
side, one group of people and not dated apart, within three sentences; another share of that side and strength in
that stretch leaves the pairing uncertain. A share set against a mark ("fell below 50%") is no answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched, periods
from factcheck.relations.parts import part_whole
from factcheck.relations.parts_net_balance import read_answer
from factcheck.relations.prose import lead, starts_from

_STRONG = re.compile(
    r"\b(?:strongly|very\s+(?:much\s+)?(?:in\s+favou?r|satisfied|dissatisfied|unfavou?rabl\w*))\b", re.IGNORECASE
)
_ALL = re.compile(r"\b(?:at\s+least\s+somewhat|overall|in\s+all|altogether|total)\b", re.I)
_SOMEWHAT = re.compile(r"\bsomewhat\b", re.I)
_MARK = re.compile(r"\b(?:below|above|under|over|more\s+than|less\s+than|fewer\s+than|than|threshold)\s*$", re.I)
_MOVE_END = re.compile(r"\bto\s*$", re.I)
_REACH = 3


def _strength(ctx: ArticleContext, claim: Claim) -> str:
    """ "strong", "all" or "some" (a "somewhat" share: neither all of the side nor its strong part)."""
    before_claim = ctx.claim_before(claim)
    after_claim = ctx.claim_after(claim)
    start = max(claim.sentence_span[0], before_claim.span[1] if before_claim else 0, claim.span[0] - 80)
    stop = min(claim.sentence_span[1], after_claim.span[0] if after_claim else len(ctx.text), claim.span[1] + 80)
    words = ctx.text[start:stop]
    if _STRONG.search(words):
        return "strong"
    if _SOMEWHAT.search(words) and not _ALL.search(words):
        return "some"
    return "all"


def answers(ctx: ArticleContext) -> list[tuple[Claim, str, str, str]]:
    """The poll answers of the text: each share with its side ("pos"/"neg"), its group of people and strength."""
    found = []
    for claim in ctx.claims:
        side = read_answer(ctx, claim)
        if side is None or _MARK.search(ctx.text[max(claim.sentence_span[0], claim.span[0] - 30) : claim.span[0]]):
            continue
        if not side[3] or starts_from(ctx, claim) or _MOVE_END.search(lead(ctx, claim, 30)):
            continue  # an answer read from its measure's name alone, or one end of a move: its strength is not read
        found.append((claim, side[0], side[1], _strength(ctx, claim)))
    return found


@finder("parts_intensity")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    answers_read = answers(ctx)
    for strong, pole, who, strength in answers_read:
        if strength != "strong":
            continue
        near = [
            (c, w, s)
            for c, p, w, s in answers_read
            if c.id != strong.id and p == pole and ctx.sentences_apart(strong, c) <= _REACH
        ]
        wholes = [c for c, w, s in near if s == "all" and (not w or not who or w == who)]
        rivals = [c for c, w, s in near if s == "strong"]
        if not wholes or any(w and who and w != who for _, w, _ in near):
            continue  # no whole, or answers of another group of people nearby
        whole = min(wholes, key=lambda c: ctx.sentences_apart(strong, c))
        if periods([strong, whole]) == Agreement.DISAGREE:
            continue
        evidence = matched(
            ctx,
            Tie.INFERRED,
            [cue(ctx, strong.span, "a strong answer"), cue(ctx, whole.span, "all answers of that side")],
            [whole, strong],
            ambiguous=[show(c) for c in wholes if c.id != whole.id] + [show(c) for c in rivals],
        )
        yield part_whole(
            whole,
            [strong],
            evidence,
            f"{show(strong)} answer strongly; {show(whole)} give that answer at all, strong or not",
            rule="within",
        )
