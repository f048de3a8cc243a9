"""A move's size named in the next sentence by a pointer back to it: "This increase of 550 tonnes ...".

Data and results copy gives a move from one level to another, then sizes it in the sentence after, opening on
a pointer and a noun of change:

* "Output rose from 4,100 tonnes in 2019 to 4,650 tonnes in 2024. This overall increase of 550 tonnes ...";
* "Its debt fell from $9.0 billion to $7.5 billion. That $1.5 billion reduction ...";
* "Visits climbed from 2.0 million to 2.5 million. The 25% rise ..." (a relative size).

The pointer ("this", "that", "the", with at most one word such as "overall" or "net") and the noun open the
sentence and name the move just stated: the one move with both ends in the sentence before (``absolute_change``
with the size in the levels' units, ``percent_change`` with a percentage; the noun gives the sign). The layout
ties them (structure). A size followed by what it is of ("The increase of $1m in marketing costs", "That 8%
rise in prices") measures something else and is not read; with two moves in the sentence before, or a size
dated otherwise than the move ("The $1.50 increase this year"), the pairing is uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import Statement, one_series, roles, statements
from factcheck.relations.evidence import cue, stated_together

_UP = r"increase|rise|gain|growth|jump|climb|advance|surge|expansion"
_DOWN = r"decrease|decline|drop|fall|reduction|loss|slump|cut|contraction|slide"
_POINTER = r"^\W*(?:this|that|the)\s+(?:(?:overall|total|net|whole|entire|combined|cumulative|annual)\s+)?"
# "This overall increase of 550 tonnes": the noun, then its size.
_NOUN_FIRST = re.compile(
    _POINTER + rf"(?P<noun>{_UP}|{_DOWN})\s+of\s+(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|roughly\s+)?"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
# "That $1.5 billion reduction", "The 25% rise": the size, then the noun.
_SIZE_FIRST = re.compile(_POINTER + r"[$£€¥₹]?\s*$", re.IGNORECASE)
_SIZE_FIRST = gated(_SIZE_FIRST)  # tried on every figure's window, seldom matching there
_NOUN_AFTER = re.compile(rf"^(?:[- ][a-z]+)?[- ](?P<noun>{_UP}|{_DOWN})\b(?!\s+(?:in|of|for|on|at)\s+[a-z])", re.I)
# "The increase of $1m in marketing costs": the size of another thing's move.
_OF_OTHER = re.compile(r"^\s+(?:in|of|for|on|at)\s+(?!(?:total|all)\b)[a-z]", re.IGNORECASE)


def _sized(ctx: ArticleContext, claim: Claim) -> tuple[int, tuple[int, int]] | None:
    """The sign and the span of the pointer's noun when ``claim`` is the size a sentence's opening pointer names."""
    head = ctx.text[claim.sentence_span[0] : claim.span[0]]
    after = ctx.text[claim.span[1] : claim.span[1] + 40]
    found = _NOUN_FIRST.match(head)
    if found is not None:
        if _OF_OTHER.match(after):
            return None
        noun, offset = found, claim.sentence_span[0]
    elif _SIZE_FIRST.match(head):
        noun, offset = _NOUN_AFTER.match(after), claim.span[1]
        if noun is None:
            return None
    else:
        return None
    sign = -1 if re.fullmatch(_DOWN, noun.group("noun"), re.IGNORECASE) else 1
    return sign, (offset + noun.start("noun"), offset + noun.end("noun"))


def _moves_before(ctx: ArticleContext, claim: Claim) -> list[Statement]:
    index = ctx.sentence_index(claim.span[0])
    if index == 0:
        return []
    before = ctx.sentences[index - 1]
    return [
        s
        for s in statements(ctx)
        if s.start is not None
        and s.end is not None
        and before[0] <= s.end.span[0] < before[1]
        and before[0] <= s.start.span[0] < before[1]
        and one_series(s.start, s.end)
    ]


def _fits(size: Claim, move: Statement) -> RelationKind | None:
    assert move.start is not None and move.end is not None
    if size.quantity.kind == QuantityKind.PERCENT:
        if move.start.quantity.kind == QuantityKind.PERCENT:
            return None  # a rate's move in percent may be points or percent: left alone
        return RelationKind.PERCENT_CHANGE
    if same_unit(size, move.start) and size.quantity.kind != QuantityKind.PERCENTAGE_POINT:
        return RelationKind.ABSOLUTE_CHANGE
    return None


@finder("changes_pointed")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    # A size whose own clause gives an end or a start ("This rise of 5% took it to $9m") is that clause's move.
    paired = {
        c.id
        for s in statements(ctx)
        if s.start is not None or s.end is not None
        for c in (s.change, s.delta, s.points)
        if c is not None
    }
    for size in ctx.claims:
        if size.id in paired or (size.change is not None and size.change.kind == ChangeKind.POINTS):
            continue
        sized = _sized(ctx, size)
        if sized is None:
            continue
        sign, noun = sized
        moves = [m for m in _moves_before(ctx, size) if _fits(size, m) is not None]
        if not moves:
            continue
        move = moves[-1]
        kind = _fits(size, move)
        assert move.start is not None and move.end is not None and kind is not None
        doubts = []
        if size.period is not None and (move.end.period is None or move.end.period.text != size.period.text):
            # "The $1.50 increase this year": another period's move, not the one just stated
            doubts.append(f"the size is dated {size.period.text}, the move before is not")
        said = cue(ctx, (size.sentence_span[0], max(noun[1], size.span[1])), "points back to the move before")
        evidence = stated_together(
            ctx,
            [size, move.start, move.end],
            [said],
            levels=[move.start, move.end],
            tie=Tie.STRUCTURE,
            period=Agreement.AGREE,
            ambiguous=[f"{show(m.start)} -> {show(m.end)}" for m in moves[:-1] if m.start and m.end],
            doubts=doubts,
        )
        reason = (
            f"“{said.text}” opens the sentence after the move from {show(move.start)} to {show(move.end)} "
            "and gives its size"
        )
        # A size in units is the move's delta, with its sign from the noun; a percentage is its relative change.
        role, sign_param = ("delta", "delta_sign") if kind == RelationKind.ABSOLUTE_CHANGE else ("change", "direction")
        yield Relation(
            kind=kind,
            members=roles(**{role: size}, from_=move.start, to=move.end),
            evidence=evidence,
            reason=reason,
            params={sign_param: sign, "word": ctx.text[noun[0] : noun[1]]},
            spans=[noun],
        )
