"""Directions a little away from the figure: "shares were 1.23 percent ... up", "increased by nearly 5%".

:func:`~factcheck.extraction.changes.change_for` reads a direction word right next to a
figure, and the claim builder gives a restated move ("fell 50 points or 2 per cent") the
same direction. This pass reads a looser window of words on the finished claims.
"""

from __future__ import annotations

import re

from factcheck.claim import Change, ChangeKind, Claim
from factcheck.extraction.changes import COMPARATIVE_LEVEL_RE, NOT_A_RISE_RE
from factcheck.extraction.word_starts import search_from_words
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
# Asked of every figure without a change: tried only at the window's direction words (search_from_words).
_VERB_WORDS = frozenset(word.lower() for word in f"{_UP}|{_DOWN}".split("|"))
_WORD_AFTER = re.compile(
    r"^\s*(?:or\s+[\d.,]+\s*\w*\s+)?(?:(?P<up>up|higher|ahead|rebound|swing|turnaround|improvement|increase|rise|jump)"
    r"|(?P<down>down|lower|behind|decline|decrease|drop|fall))\b"
    # "to KSh 107 billion up from KSh 82 billion": the word opens the start the level is compared with
    r"(?!\s+(?:from|on|against|compared|versus|vs\b|over|than)\b)",
    re.I,
)
_AMOUNTS = (QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.MONEY)


def fill_directions(text: str, claims: list[Claim]) -> list[Claim]:
    """``claims`` with a change added where a direction word stands near an unchanged figure."""
    return [_with_direction(text, claim) for claim in claims]


def _with_direction(text: str, claim: Claim) -> Claim:
    if claim.change is not None or claim.quantity.kind not in (QuantityKind.PERCENT, *_AMOUNTS):
        return claim
    lead = text[max(claim.sentence_span[0], claim.span[0] - 30) : claim.span[0]]
    before = search_from_words(_VERB_BEFORE, _VERB_WORDS, lead)
    if (
        before is not None
        and (before.group("up") or "").lower() == "up"
        and NOT_A_RISE_RE.search(lead, 0, before.start())
    ):
        before = None  # "making up 9% of all cars" is a share, not a rise
    if before is not None and COMPARATIVE_LEVEL_RE.search(lead.rstrip()):
        before = None  # "at a lower 5.2 percent": an adjective on a level
    match = before or _WORD_AFTER.match(text[claim.span[1] : claim.span[1] + 40])
    if match is None:
        return claim
    kind = ChangeKind.RELATIVE if claim.quantity.kind is QuantityKind.PERCENT else ChangeKind.ABSOLUTE
    word = match.group("up") or match.group("down")
    if word.lower() in _VALENCE_WORDS:
        # "a 6.2% improvement in the cost ratio": the word says better, not up; a ratio of costs or claims improves
        # as it falls, so the word rides on the change for the relations to weigh.
        offset = claim.span[1] + match.start("up")
        change = Change(direction=1, kind=kind, verb=word, verb_span=(offset, offset + len(word)))
        return claim.model_copy(update={"change": change})
    return claim.model_copy(update={"change": Change(direction=1 if match.group("up") else -1, kind=kind)})


_VALENCE_WORDS = frozenset({"improvement"})
