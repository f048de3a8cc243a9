"""A move said to take back an earlier move the other way: "fell 3.1%, more than erasing a 2.4% gain".

Market and statistics copy ties a move to the one before it by what it undoes: "the index slid 3.1%, more than
wiping out Monday's 2.4% rise", "orders rose 1.8% in May, only partly reversing a 4% drop in April", "shares
climbed 6%, more than recouping the previous session's 5% loss". The words are the writer's own arithmetic on
one series, so they can be checked: a fall of f after a rise of r leaves the level below where it started when
(1 + r)(1 - f) < 1, that is f > r / (1 + r); a rise of r after a fall of f gets back above the start when
r > f / (1 - f). "More than" erasing says the later move went past the start; "partly" (or "partially", "only
partly") says it fell short of it. A bare "erasing" is left alone: copy says it of gains roughly, or of a
year's gains that are not the figure named.

Read only in one sentence, where the participle clause after a comma takes the move its main clause states: the
later move is the last change before the comma, the earlier one the only change right after the words (an
article, a possessive or a word or two of time before it). Both are percentage changes, or both changes in one
unit (points, dollars: then the sizes compare directly), of opposite directions. "Offsetting" is not read: copy
offsets one measure with another ("prices rose 4%, more than offsetting a 10% drop in volume"), and neither is an
earlier move named as another measure's ("a 2% drop in volume"), a forecast ("an expected 2% gain") or one of
several listed after the words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together

# The verbs of taking a move back, as a participle; comparisons.py leaves "more than" before them to this module.
UNDO_VERBS = (
    r"wiping\s+out|erasing|reversing|undoing|recouping|recovering|making\s+up\s+for|cancell?ing\s+out|retracing"
)
_UNDONE = led(
    re.compile(
        r",\s*(?P<how>more\s+than|(?:only\s+)?(?:partly|partially|part[\s-]+way))\s+"
        rf"(?P<verb>{UNDO_VERBS})\b",
        re.IGNORECASE,
    )
)
# From the words to the earlier move: an article, a possessive or a word or two of time ("Monday's", "the
# previous session's", "an unexpected", "its"), then the move.
_TO_EARLIER = re.compile(
    r"^\s*(?:(?:an?|the|its|their|last|this|that|previous|prior|preceding|earlier|unexpected|surprise|sharp"
    r"|steep|strong|modest|slight|small|big|large|revised|upwardly|downwardly|week's|month's|year's|quarter's"
    r"|session's|day's|[A-Z][a-z]+(?:’s|'s))\s+){0,4}"
    r"(?:(?:rise|gain|increase|jump|advance|climb|drop|fall|decline|loss|slide|decrease)\s+of\s+)?[$£€¥₹]?\s*$",
)
_BREAK = re.compile(r"[,;:—–]|\b(?:while|whereas|but|and)\b", re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:expected|forecast|predicted|projected|anticipated|estimated)\b", re.IGNORECASE)
# After the earlier move: its own measure named ("a 2% drop in volume", "of its exports") is another series; a
# time ("in May", "in the previous quarter", "last week") is not.
_OTHER_MEASURE = re.compile(
    r"\s*(?:percent|per\s*cent|pct|points?|%)?\s*(?:(?:rise|gain|increase|jump|advance|climb|drop|fall|decline"
    r"|loss|slide|decrease)s?\s+)?(?:in|of|for|at)\s+(?!(?:the\s+)?(?:previous|prior|preceding|first|second|third"
    r"|fourth|last|past|earlier|same|week|month|quarter|year|session|day)\b|(?:january|february|march|april|may"
    r"|june|july|august|september|october|november|december|q[1-4]|h[12]|(?:19|20)\d\d)\b)\w",
    re.IGNORECASE,
)


_MOVE_NOUN = re.compile(
    r"[\s-]*(?:(?P<up>gain|rise|increase|jump|advance|climb|rally|rebound)|(?P<down>loss|drop|fall|decline|slide"
    r"|decrease|slump|dip|retreat))s?\b",
    re.IGNORECASE,
)


def _move(ctx: ArticleContext, claim: Claim) -> tuple[int, ChangeKind | None] | None:
    """A claim's direction and change kind: from its change, or from the move noun right after it ("a 5% loss")."""
    if claim.change is not None:
        return (claim.change.direction, claim.change.kind) if claim.change.direction in (1, -1) else None
    noun = _MOVE_NOUN.match(ctx.text, claim.span[1])
    if noun is None:
        return None
    kind = ChangeKind.RELATIVE if claim.quantity.kind == QuantityKind.PERCENT else None
    return (1 if noun.group("up") else -1), kind


def _alike(later: Claim, earlier: Claim, a: tuple[int, ChangeKind | None], b: tuple[int, ChangeKind | None]) -> bool:
    if a[0] == b[0]:
        return False
    if a[1] == ChangeKind.RELATIVE or b[1] == ChangeKind.RELATIVE:
        return a[1] == b[1]
    return later.quantity.unit == earlier.quantity.unit and later.quantity.kind == earlier.quantity.kind


@finder("comparisons_undone")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for said in _UNDONE.finditer(ctx.text):
        start, stop = ctx.sentences[ctx.sentence_index(said.start())]
        before = [c for c in ctx.claims_in(start, said.start()) if c.change is not None]
        after = ctx.claims_in(said.end(), stop)
        if not before or not after:
            continue
        later, earlier = before[-1], after[0]
        if (
            len(before) > 1
            or _BREAK.search(ctx.text, later.span[1], said.start())
            or any(c.change is not None for c in ctx.claims_in(later.span[1], said.start()))
        ):
            continue  # "shares rose 2% while the index fell 1%, more than ...": the words may take either move
        a, b = _move(ctx, later), _move(ctx, earlier)
        if a is None or b is None:
            continue
        lead = ctx.text[said.end() : earlier.span[0]]
        if not _TO_EARLIER.match(lead) or _FORECAST.search(lead):
            continue
        if len(ctx.claims_in(earlier.span[1], stop)) and re.match(
            r"^[^,;.]{0,40}?\b(?:and|or|to)\s+[$£€¥₹]?\d", ctx.text[earlier.span[1] : stop]
        ):
            continue  # "more than erasing gains of 2% and 1%": one of several moves
        if _OTHER_MEASURE.match(ctx.text, earlier.span[1]) or not _alike(later, earlier, a, b):
            continue
        more = said.group("how").lower().startswith("more")
        how = " ".join(said.group("how").split())
        word = f"{how} {' '.join(said.group('verb').split())}"
        compound = a[1] == ChangeKind.RELATIVE
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=later, reference=earlier),
            evidence=stated_together(
                ctx,
                [later, earlier],
                [cue(ctx, said.span(), "a move said to take back the one before it")],
                tie=Tie.CUE,
            ),
            reason=f"“{word}” sets the move {show(later)} against the earlier move {show(earlier)} it takes back",
            params={
                "op": "gt" if more else "lt",
                "word": word,
                "magnitude": True,
                # the earlier move as the size of the later one that would just bring the level back
                "undoes": b[0] if compound else 0,
            },
            spans=[said.span()],
        )
