"""Ratios stated as a margin: "losers led gainers by a 2-to-1 margin, 1,400 against
700", "women outnumber men by nearly two to one (640 to 330)".

The words state the ratio of the larger count to the smaller; the two counts are
the first two figures printed with it in its sentence: right after it (", with X
..., Y ...", "(X to Y)", "X vs. Y") or right before it in its clause ("1,820
fell and 1,194 rose, a 3-to-2 margin"). Which figure is which side is not read:
the larger over the smaller is what the words state either way.

What makes a pairing certain: the ratio and both figures in one sentence, joined
as a list or a pair, same unit; a verb that compares counts ("outnumbered",
"outsold", "outpaced") or the noun "margin"/"ratio" marks a ratio, never a score
("won 3-2") or a vote tally ("a 52-48 margin": sides of more than ten are
figures, not a ratio).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_family, show
from factcheck.literals import led
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue
from factcheck.relations.multiples_words import HEDGE, clause_of, ratio_range, sentence_of

_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_SIDE = r"(?:10|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATIO = (
    rf"(?:{HEDGE}\s+)?(?:a\s+)?(?P<a>{_SIDE})(?:-to-|\s+to\s+|:|-)(?P<b>{_SIDE})(?![\d,:-]|\.\d)"
    r"(?:\s+(?P<noun>margin|ratio|edge))?"
)
# "outnumbered advancers by 2 to 1", "outsold it by more than two to one".
_BY_VERB = re.compile(
    rf"\b(?P<verb>outnumber\w*|outsold|outsell\w*|outpac\w*|outweigh\w*|outvot\w*)\b[^.;:!?\d]{{0,60}}?\bby\s+"
    rf"(?:a\s+(?:ratio|margin)\s+of\s+)?{_RATIO}",
    re.IGNORECASE,
)
_BY_VERB = led(_BY_VERB)  # read over the whole article: tried only where its first words are
# "by a 3-to-2 margin", "a ratio of nearly two to one".
_BY_NOUN = re.compile(rf"\b(?:(?:a|the)\s+(?P<lead>ratio|margin)\s+of\s+)?{_RATIO}", re.IGNORECASE)
_BY_NOUN = led(_BY_NOUN)  # read over the whole article: tried only where its first words or digits are
_LIST_AFTER = re.compile(
    r"^(?:\s+(?:on|in|at|among|across)\b[\w\s&.'’-]{0,40}?)?\s*(?:,?\s*with\s+|\(\s*|:\s*|,\s*|\s*—\s*|\s*–\s*)"
    r"(?:about\s+|some\s+)?$",
    re.IGNORECASE,
)
_PAIR_GAP = re.compile(r"^[\s\w]{0,25}?(?:,|\band\b|\bto\b|\bvs\.?|\bversus\b|\bagainst\b)[\s\w]{0,12}?$", re.I)
_BEFORE = re.compile(r"^\s*[\w\s]{0,25}?,\s*(?:or\s+)?(?:a|an|the)?\s*$", re.IGNORECASE)


def _side(text: str) -> int:
    return _SMALL.get(text.lower()) or int(text)


def _counts(claim: Claim) -> bool:
    return claim.quantity.kind in (QuantityKind.NUMBER, QuantityKind.COUNT) and claim.quantity.value > 0


@finder("multiple_margins")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    seen: set[int] = set()
    found = [m for m in _BY_VERB.finditer(ctx.text)]
    found += [m for m in _BY_NOUN.finditer(ctx.text) if m.group("lead") or m.group("noun")]
    for match in found:
        a, b = _side(match.group("a")), _side(match.group("b"))
        if a == b or match.start("a") in seen:
            continue
        seen.add(match.start("a"))
        relation = _margin(ctx, match, max(a, b), min(a, b))
        if relation is not None:
            yield relation


def _margin(ctx: ArticleContext, match: re.Match[str], big: int, small: int) -> Relation | None:
    ratio_span = (match.start("a") if not match.group("hedge") else match.start("hedge"), match.end())
    sentence = sentence_of(ctx, match.start("a"))
    own = {c.id for c in ctx.claims_in(ratio_span[0], ratio_span[1])}
    after = [c for c in ctx.claims_in(ratio_span[1], sentence[1]) if c.id not in own]
    pair: list[Claim] = []
    if (
        len(after) >= 2
        and _LIST_AFTER.match(ctx.text[ratio_span[1] : after[0].span[0]])
        and _PAIR_GAP.match(ctx.text[after[0].span[1] : after[1].span[0]])
    ):
        pair = after[:2]
    if not pair:
        clause = clause_of(ctx, (ratio_span[0], ratio_span[1]))
        before = [c for c in ctx.claims_in(clause[0], ratio_span[0]) if c.id not in own]
        if (
            len(before) >= 2
            and _BEFORE.match(ctx.text[before[-1].span[1] : match.start()])
            and _PAIR_GAP.match(ctx.text[before[-2].span[1] : before[-1].span[0]])
        ):
            pair = before[-2:]
    if len(pair) != 2 or not all(_counts(c) for c in pair) or not same_family(*pair):
        return None
    top, bottom = sorted(pair, key=lambda c: -c.quantity.value)
    hedge = match.group("hedge")
    if hedge:
        lo, hi = ratio_range(big / small, hedge)
    else:
        # A ratio said in small whole numbers rounds its larger side: "3 to 2" is 2.5–3.5 to 2.
        lo, hi = (big - 0.5) / small, (big + 0.5) / small
    words = " ".join(ctx.text[ratio_span[0] : ratio_span[1]].split())
    lead = match.groupdict().get("verb") or "margin"
    evidence = Evidence(
        tie=Tie.CUE,
        cues=[
            cue(ctx, ratio_span, "the ratio"),
            cue(ctx, (min(pair[0].span[0], ratio_span[0]), max(pair[1].span[1], ratio_span[1])), "its two counts"),
        ],
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
    )
    return Relation(
        kind=RelationKind.MULTIPLE,
        members=roles(figure=top, base=bottom),
        evidence=evidence,
        reason=f"“{lead} … {words}” is printed with the two counts {show(pair[0])} and {show(pair[1])}",
        params={"word": words, "factor": big / small, "low": lo, "high": None if hi == float("inf") else hi},
        spans=[ratio_span],
    )
