"""A gap to a mark, stated in units: "earned $1.02 a share, 2 cents above the $1.00 analysts expected".

The figure right before the comparison word is then not the result but how far
the result is from the mark: the result was said before it ("$1.02 a share, 2
cents above"; or in the sentence before, "that was six cents short of the
$4.50 forecast" after "earnings of $4.44 a share"). Reading the gap as the
result sets 2 cents against $1.00 and raises a false alarm; reading it as a gap
gives a check: result - mark = the gap, signed by the word.

Tied by the words when the result stands just before the gap in the same
clause ("A, D above E"); inferred, and so certain only when measure and subject
agree and one like figure alone fits, when the result is in the sentence before. A mark printed bare in the
currency of a per-share result and of its size, in a clause about the earnings ("Profit was six cents short of
the $4.50 analysts expected" after "$4.44 a share"), is the per-share forecast whatever its clause reads as.
A gap is never larger than half the mark: "$5 above $1" is no gap reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import currency, same_family, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.prose import is_estimate, is_prior_by_date, starts_from

_MONEY = (QuantityKind.MONEY, QuantityKind.PER_UNIT)
_COUNTS = (QuantityKind.COUNT, QuantityKind.NUMBER)
_UP = r"above|ahead\s+of|better\s+than|more\s+than|higher\s+than|over|beating|topping"
_DOWN = r"below|short\s+of|shy\s+of|behind|worse\s+than|less\s+than|fewer\s+than|lower\s+than|under|missing"
# Right after the gap: the word, then at most a determiner and two words before the mark.
_WORD_AFTER = re.compile(
    rf"^\s*(?:(?P<up>{_UP})|(?P<down>{_DOWN}))\s+(?:(?:the|an?|its|their|analysts['’]?|wall\s+street['’]?s?)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?$",
    re.IGNORECASE,
)
_WORD_AFTER = gated(_WORD_AFTER)  # tried on every figure's window, seldom matching there
# Between the result and the gap in one clause: "$1.02 a share, " or "$1.02 a share, or ".
_RESULT_TO_GAP = re.compile(r"^\s*(?:a\s+share|per\s+share)?\s*,\s*(?:or\s+)?$", re.IGNORECASE)
# A gap whose clause opens on its own subject: "profits were eight cents short of"
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.;:]\s*|\b(?:however|but|and)\b,?\s+)(?:[\w’'-]+\s+){0,3}?(?:was|were|came\s+in|fell|landed)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Gap:
    gap: Claim
    mark: Claim
    result: Claim
    down: bool
    word: str
    word_span: tuple[int, int]
    same_clause: bool
    others: tuple[Claim, ...] = ()


def _mark_after(ctx: ArticleContext, gap: Claim) -> tuple[Claim, re.Match[str]] | None:
    after = [c for c in ctx.claims_in(gap.span[1], gap.sentence_span[1])]
    if not after:
        return None
    mark = after[0]
    word = _WORD_AFTER.match(ctx.text[gap.span[1] : mark.span[0]])
    if word is None or not same_family(gap, mark) or mark.quantity.kind not in (*_MONEY, *_COUNTS):
        return None
    return mark, word


def _like(result: Claim, mark: Claim, gap: Claim) -> bool:
    return same_family(result, mark) and result.change is None and result.quantity.value > 2 * gap.quantity.value


def gaps(ctx: ArticleContext) -> list[Gap]:
    """Every figure the text states as a gap to a mark, with the result it is the gap of."""

    def make() -> list[Gap]:
        found: list[Gap] = []
        for gap in ctx.claims:
            if (
                gap.quantity.kind not in (QuantityKind.MONEY, *_COUNTS)
                or gap.change is not None
                or gap.quantity.is_range
            ):
                continue
            hit = _mark_after(ctx, gap)
            if hit is None:
                continue
            mark, word = hit
            if gap.quantity.value * 2 > mark.quantity.value:
                continue  # no gap: "$5 above $1" compares two results
            down = word.group("down") is not None
            word_span = (
                gap.span[1] + word.start("up" if not down else "down"),
                gap.span[1] + word.end("up" if not down else "down"),
            )
            said = ctx.text[word_span[0] : word_span[1]]
            before = [c for c in ctx.claims_in(gap.sentence_span[0], gap.span[0])]
            if before:
                result = before[-1]
                if _RESULT_TO_GAP.match(ctx.text[result.span[1] : gap.span[0]]) and _like(result, mark, gap):
                    found.append(Gap(gap, mark, result, down, said, word_span, True))
                continue
            if not _OPENS_CLAUSE.search(ctx.text[gap.sentence_span[0] : gap.span[0]]):
                continue
            index = ctx.sentence_index(gap.span[0])
            if index == 0:
                continue
            earlier = [
                c
                for c in ctx.claims_in(*ctx.sentences[index - 1])
                if _like(c, mark, gap)
                and is_estimate(ctx, c) is None
                and not starts_from(ctx, c)
                and not is_prior_by_date(ctx, c)
            ]
            if earlier:
                found.append(Gap(gap, mark, earlier[-1], down, said, word_span, False, tuple(earlier[:-1])))
        return found

    return ctx.memo("comparison_gaps", make)


# The subject of a gap's clause that speaks of the result itself: "profits were", "that was", "EPS came in".
_EARNINGS_CLAUSE = re.compile(
    r"(?:^|[.;:]\s*|\b(?:however|but|and)\b,?\s+)(?:the\s+)?(?:(?:adjusted|net|quarterly|per-share)\s+)?"
    r"(?:profits?|earnings|eps|income|that|this|it|the\s+result)\s+(?:was|were|came\s+in|landed|fell)\s*$",
    re.IGNORECASE,
)


def _per_share_mark(ctx: ArticleContext, g: Gap) -> bool:
    """A per-share result in the sentence before, and a mark printed bare in its currency and of its size."""
    result, mark = g.result, g.mark
    if result.quantity.kind != QuantityKind.PER_UNIT or (result.quantity.noun or "").lower() != "share":
        return False
    if mark.quantity.kind != QuantityKind.MONEY or currency(mark) != currency(result):
        return False
    if re.search(r"\d\s*(?:thousand|million|billion|trillion|bn|mn|m|k|b|tn)\b", mark.quantity.text, re.IGNORECASE):
        return False  # "$4.2 billion": a total, not a per-share figure
    if not 0.5 <= mark.quantity.value / result.quantity.value <= 2:
        return False  # "the $45 target": a share price, not an earnings forecast
    return bool(_EARNINGS_CLAUSE.search(ctx.text[g.gap.sentence_span[0] : g.gap.span[0]]))


def is_gap(ctx: ArticleContext, claim: Claim) -> bool:
    """Whether ``claim`` is read as a gap to a mark, not as a result compared with it.

    Also with no result found: "net income was $4 million above the $50 million expected" states how far the
    result is from the mark, and the result itself is not printed; comparing $4 million with $50 million is wrong.
    """
    if any(g.gap.id == claim.id for g in gaps(ctx)):
        return True
    if claim.quantity.kind not in (*_MONEY, *_COUNTS) or claim.change is not None or claim.quantity.is_range:
        return False
    hit = _mark_after(ctx, claim)
    return hit is not None and claim.quantity.value * 2 <= hit[0].quantity.value


@finder("comparisons_gaps")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for g in gaps(ctx):
        members = [g.result, g.mark, g.gap]
        evidence = inferred(
            ctx,
            members,
            [cue(ctx, g.word_span, f"“{g.word}”: the gap from the mark")],
            levels=[g.result, g.mark],
            ambiguous=[show(o) for o in g.others],
            tie=Tie.CUE if g.same_clause else Tie.INFERRED,
        )
        if g.same_clause:
            # "A, D above E": the words make E a mark for A's own measure, whatever E's clause reads as
            evidence = evidence.model_copy(update={"metric": Agreement.AGREE, "unit": Agreement.AGREE})
        elif _per_share_mark(ctx, g):
            # "earnings of $4.44 a share. Profit was six cents short of the $4.50 analysts expected": a bare amount
            # of the result's size in its currency, in a clause about earnings, is the per-share forecast
            evidence = evidence.model_copy(update={"metric": Agreement.AGREE, "unit": Agreement.AGREE})
        elif evidence.metric == Agreement.DISAGREE:
            # a mark's measure is often misread ("the $8.75 analysts expected"): unknown, not another measure
            evidence = evidence.model_copy(update={"metric": Agreement.UNKNOWN})
        where = "just before it in the clause" if g.same_clause else "in the sentence before"
        yield Relation(
            kind=RelationKind.ABSOLUTE_CHANGE,
            members=roles(delta=g.gap, from_=g.mark, to=g.result),
            evidence=evidence,
            reason=f"{show(g.gap)} “{g.word}” {show(g.mark)} is a gap, not a result: the result is {show(g.result)}, "
            f"stated {where}",
            params={"form": "gap", "word": g.word, "delta_sign": -1 if g.down else 1},
            spans=[g.word_span],
        )
