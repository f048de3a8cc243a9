"""A total, then the groups it falls in, each group's own figure in brackets after its name.

Trial, survey and incident copy gives a count and then where it falls: "the 90 infections seen in the
treated arm (30 infections) and in the control arm (60 infections)"; "1,400 complaints, split between the
retail unit (900) and the trade unit (500)"; "$12 million raised in the first round ($5 million) and the
second round ($7 million)". Each bracket holds nothing but one figure in the total's units, right after the
name of its group, and the brackets follow the total in its own sentence with no other figure in those units
between them.

The groups are some of the whole, so their figures together are no larger than it (``part_whole`` with rule
``within``); words that split the total ("split between", "divided into", "between A and B") name every
group, and the figures must then add up to it (rule ``sum``, ``exhaustive``).

The layout ties them (structure). Groups named by different nouns ("in women (40) and in the over-60s (30)")
may overlap, so the pairing is certain only when the groups are called by one noun ("the treated arm" and
"the control arm") or the words split the total. A bracket after a date or a time ("last year ($3.2
million)", "in 2022 (410)") gives an earlier figure, not a group, and a bracket with other words in it
("(up from 50)", "(120 of them women)") says something else: neither is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import fits, is_amount, is_current, listed, noted, part_whole, quote

_ADDING = frozenset({QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.NUMBER, QuantityKind.DIMENSION})
_OPEN = re.compile(r"\(\s*[$£€¥₹]?\s*$")
_CLOSE = re.compile(r"\s*\)")
# A group's name: the words right before its bracket, the last of them its head noun.
_NAME = re.compile(r"(?P<name>(?:[A-Za-z][\w’'-]*\s+){0,3}(?P<head>[A-Za-z][\w’'-]*))\s*$")
# Between the total or a bracket and the next group's name: words and a comma or "and", no clause of its own.
_NEW_CLAUSE = re.compile(
    r"[.;:]|\b(?:but|however|while|whereas|although|though|which|because|compared|against|versus|up|down|from)\b",
    re.IGNORECASE,
)
# Names of a time, not a group: the bracket then gives the figure of another period.
_TIME = re.compile(
    r"^(?:years?|quarters?|months?|weeks?|days?|periods?|ago|earlier|before|previously|prior|last|today|yesterday"
    r"|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|h[12]|q[1-4]|fy\d*)$",
    re.IGNORECASE,
)
_SPLIT = re.compile(
    r"\b(?:split|divided|broken\s+down|shared\s+(?:between|among)|between)\b(?![^()]*\))", re.IGNORECASE
)
# "mostly in A (x) and B (y)": the words themselves say the groups are not all of it.
_SOME = re.compile(r"\b(?:including|includes|mostly|mainly|largely|chiefly|notably|especially|led\s+by|such\s+as)\b",
                   re.IGNORECASE)  # fmt: skip


def _bracketed(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure alone in its bracket: "(30 infections)", "($5 million)"."""
    return bool(
        _OPEN.search(ctx.text[max(0, claim.span[0] - 4) : claim.span[0]])
        and _CLOSE.match(ctx.text, claim.span[1], claim.sentence_span[1])
    )


def _head(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The head noun of the group named between ``start`` and the bracket at ``end``; None for a time."""
    gap = ctx.text[start:end]
    opened = gap.rfind("(")
    found = _NAME.search(gap[:opened] if opened >= 0 else gap)
    if found is None or _TIME.match(found.group("head")):
        return None
    return found.group("head").lower().rstrip("s")


@finder("parts_in_brackets")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for i, whole in enumerate(claims):
            if whole.quantity.kind not in _ADDING or not is_amount(whole) or not is_current(ctx, whole):
                continue
            if noted(ctx, whole) or _bracketed(ctx, whole):
                continue
            parts: list[Claim] = []
            heads: list[str] = []
            joins = ""
            start = whole.span[1]
            for other in claims[i + 1 :]:
                if not fits(other, whole):
                    if _bracketed(ctx, other):
                        break  # a bracket in other units ("(£4m)") belongs to something else
                    continue
                if not _bracketed(ctx, other) or noted(ctx, other):
                    break
                gap = ctx.text[start : other.span[0]]
                if parts and _NEW_CLAUSE.search(gap[: gap.rfind("(")]):
                    break
                head = _head(ctx, start, other.span[0])
                if head is None:
                    break
                parts.append(other)
                heads.append(head)
                joins += gap
                start = other.span[1] + 1
            if len(parts) < 2:
                continue
            opening = ctx.text[whole.span[1] : parts[0].span[0]]
            if _NEW_CLAUSE.search(opening[: opening.rfind("(")]):
                continue  # "150 staff, compared with Leeds (90) ...": the brackets belong to another clause
            split = bool(_SPLIT.search(opening)) and not _SOME.search(joins)
            doubts = []
            if not split and len(set(heads)) > 1:
                doubts.append("the groups are named by different nouns, so they may overlap")
            end = parts[-1].span[1] + 1
            said = cue(ctx, (whole.span[1], end), "the total, then each group's figure in brackets")
            evidence = stated_together(ctx, [whole, *parts], [said], tie=Tie.STRUCTURE, doubts=doubts)
            reason = (
                f"the brackets after {_names(heads)} give the groups {show(whole)} falls in: "
                f"{listed(parts)}: “{quote(ctx, whole.span[0], end)}”"
            )
            yield part_whole(
                whole,
                parts,
                evidence,
                reason,
                rule="sum" if split else "within",
                exhaustive=split,
                spans=[said.span],
            )


def _names(heads: list[str]) -> str:
    return "“" + "”, “".join(dict.fromkeys(heads)) + "”"
