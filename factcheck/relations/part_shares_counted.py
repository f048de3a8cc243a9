"""Counts printed beside their share of one population: each pair implies the population's size.

Statistical releases give a count of things with the share it is of all of them,
the one in brackets after the other: "rents rose in 18.5 percent of all
districts (92 districts)", "fell in 61 districts (12.3 percent)". Each pair
implies the number of things in all (count / share), and the pairs of one
article that count the same noun must imply the same number (``part_share``
with rule ``implied_whole``, the first pair against each other one).

The bracket ties each count to its share (structure). The pairs share a whole
only by their noun, so the evidence is matched by it; a share that names no
whole ("(12.3 percent)"), or names a narrower one ("of rural districts"), or a
pair whose sentence narrows the group ("among large districts"), leaves the
pairing uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched, periods
from factcheck.relations.part_shares import is_share
from factcheck.relations.parts import _head, implied_whole, is_amount

# "92 districts (18.5 percent)": the share alone in the bracket after the count.
_COUNT_THEN_SHARE = re.compile(r"\s*\(\s*(?:about\s+|nearly\s+|roughly\s+|some\s+)?", re.IGNORECASE)
_CLOSE = re.compile(r"\s*(?:percent|per\s*cent|%)?\s*\)")
# "18.5 percent of all districts (92 districts)": "of" and the noun, then the count in brackets.
_SHARE_OF_COUNT = re.compile(
    r"\s*(?:percent|per\s*cent|%)?\s*of\s+(?P<all>(?:all|the|the\s+nation['’]s|the\s+country['’]s)\s+)?"
    r"(?P<words>(?:[A-Za-z-]+\s+){0,2}?)(?P<noun>[A-Za-z-]+)\s*\(?\s*$",
    re.IGNORECASE,
)
_NARROWED = re.compile(r"\b(?:among|of\s+(?:those|these|them|which|whom))\b", re.IGNORECASE)


@dataclass
class Counted:
    count: Claim
    share: Claim
    said: Cue
    named: bool  # the share says it is of all the things counted


def _counted(claim: Claim) -> str:
    q = claim.quantity
    return _head(q.noun) if q.kind == QuantityKind.COUNT and q.noun else ""


def _pairs(ctx: ArticleContext) -> Iterator[Counted]:
    for claims in ctx.sentence_groups().values():
        for first, second in pairwise(claims):
            if first.change is not None or second.change is not None:
                continue
            if _counted(first) and is_amount(first) and is_share(second):
                # "61 districts (12.3 percent)"
                gap = ctx.text[first.span[1] : second.span[0]]
                if "(" in gap and _COUNT_THEN_SHARE.fullmatch(gap) and _CLOSE.match(ctx.text, second.span[1]):
                    said = cue(ctx, (first.span[0], second.span[1] + 1), "a count and its share in brackets")
                    yield Counted(first, second, said, named=False)
            elif is_share(first) and _counted(second) and is_amount(second):
                # "18.5 percent of all districts (92 districts)"
                found = _SHARE_OF_COUNT.fullmatch(ctx.text, first.span[1], second.span[0])
                if found is None or _head(found.group("noun")) != _counted(second):
                    continue
                said = cue(ctx, (first.span[0], second.span[1]), "a share of all the things counted, then their count")
                named = bool(found.group("all")) and not found.group("words").strip()
                yield Counted(second, first, said, named=named)


@finder("part_shares_counted")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    groups: dict[str, list[Counted]] = {}
    for pair in _pairs(ctx):
        groups.setdefault(_counted(pair.count), []).append(pair)
    for noun, pairs in groups.items():
        anchor = next((p for p in pairs if p.named), pairs[0])
        for other in (p for p in pairs if p is not anchor):
            if periods([anchor.count, other.count]) == Agreement.DISAGREE:
                continue
            doubts = []
            for pair in (anchor, other):
                sentence = ctx.text[pair.count.sentence_span[0] : min(pair.count.span[0], pair.share.span[0])]
                if not pair.named:
                    doubts.append(f"{show(pair.share)} does not say it is of all the {noun}s")
                if _NARROWED.search(sentence):
                    doubts.append(f"the sentence of {show(pair.count)} narrows the group it counts")
            evidence = matched(ctx, Tie.INFERRED, [anchor.said, other.said], [anchor.count, other.count], doubts=doubts)
            reason = (
                f"{show(anchor.count)} are {show(anchor.share)} and {show(other.count)} are {show(other.share)} of the "
                f"{noun}s counted, so each implies the same number of {noun}s in all"
            )
            pairs_stated = [(anchor.count, anchor.share), (other.count, other.share)]
            yield implied_whole(pairs_stated, evidence, reason, whole=f"count of all {noun}s")
