"""Directions left unsaid next to the verb: "fell 845.12 points or 1.14 per cent", "1.23 percent ... up".

:func:`~factcheck.extraction.changes.change_for` reads a direction word right before or
after a figure. This pass fills in what that leaves out, from the neighbouring figure
of the same move or from a looser window of words, on the finished claims.
"""

from __future__ import annotations

import re

from factcheck.claim import Change, ChangeKind, Claim
from factcheck.quantity import QuantityKind

_UP = (
    r"weakened|strengthened|appreciated|depreciated|rebound|swing|turnaround|boost|boosted|lifted|rose|rises|rising|increased?|increases|up|higher|grew|grows|gained|gains|jumped|climbed"
    r"|surged|advanced|added"
)
_DOWN = (
    r"fell|falls|falling|declined?|declines|down|lower|dropped|drops|slipped|slumped|lost|plunged|plummeted|decreased?"
)
_VERB_BEFORE = re.compile(
    rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:by\s+|nearly\s+|about\s+|almost\s+|over\s+)?$", re.I
)
_WORD_AFTER = re.compile(
    r"^\s*(?:or\s+[\d.,]+\s*\w*\s+)?(?:(?P<up>up|higher|ahead|rebound|swing|turnaround|improvement|increase|rise|jump)"
    r"|(?P<down>down|lower|behind|decline|decrease|drop|fall))\b",
    re.I,
)
_JOIN = re.compile(
    r"^\s*,?\s*(?:or|\(|–|—|-)?\s*(?:nearly|about|around|almost|roughly|some|over|more than|just)?\s*$", re.I
)


_MAKE_UP = re.compile(r"\b(?:mak\w*|made|tak\w*|took|add\w*|end\w*|sum\w*|account\w*)\s+(?:for\s+)?up\s+$", re.I)


def fill_directions(text: str, claims: list[Claim]) -> list[Claim]:
    """Fill in change readings extraction left out, from the words around the figure.

    "fell 845.12 points or 1.14 per cent": the percentage shares the points' change.
    "rose 8 percent" / "1.23 percent ... up": the verb gives the direction. Claims
    are frozen, so the context works on copies; ids and spans are unchanged.
    """
    ordered = sorted(claims, key=lambda c: c.span[0])
    result: dict[str, Claim] = {c.id: c for c in claims}
    for i, claim in enumerate(ordered):
        if claim.change is not None or claim.quantity.kind in (QuantityKind.RANK, QuantityKind.DURATION):
            continue
        relative = claim.quantity.kind == QuantityKind.PERCENT
        kind = ChangeKind.RELATIVE if relative else ChangeKind.ABSOLUTE
        direction = 0
        for j in (i - 1, i + 1):
            if 0 <= j < len(ordered):
                other = ordered[j]
                lo, hi = sorted([claim.span, other.span])
                gap = text[lo[1] : hi[0]]
                pair_ok = (other.quantity.kind == QuantityKind.PERCENT) != relative
                if other.change is not None and pair_ok and len(gap) <= 12 and _JOIN.match(gap):
                    direction = other.change.direction
                    break
        if not direction:
            lead = text[max(claim.sentence_span[0], claim.span[0] - 30) : claim.span[0]]
            before = _VERB_BEFORE.search(lead)
            if before is not None and _MAKE_UP.search(lead[: before.end()]):
                before = None  # "making up 9% of all cars" is a share, not a rise
            after = _WORD_AFTER.match(text[claim.span[1] : claim.span[1] + 40])
            match = before or after
            amounts = (QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.MONEY)
            if match is not None and (relative or claim.quantity.kind in amounts):
                direction = 1 if match.group("up") else -1
        if direction:
            result[claim.id] = claim.model_copy(update={"change": Change(direction=direction, kind=kind)})
    return [result[c.id] for c in claims]
