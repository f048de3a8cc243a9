"""The make-up of one group in one sentence: "Respondents included 52% women, 12% under 30 years old, 61% 30–49
years old, 27% 50+ years old, 85% nurses and 15% non-nurses".

Each item is a percentage with its label right after it ("85% nurses"), so the percentage counts the members of
the group the sentence is about; "85% of nurses" is a rate within nurses, and a label before the figure ("nurses
(85%)") is the same kind of rate, so neither is read here. Two kinds of items split the group:

* a label and its negation ("nurses" and "non-nurses", "members" and "non-members"): together they are the
  whole group, so they reach 100%;
* bands of one scale that do not overlap ("under 30 years old", "30–49 years old", "50+ years old"): parts of the
  group, so they fit in 100% (some members may not have given their age).

Both are STRUCTURE ties, certain: one sentence lists the items of one group, one kind of cut at a time; items of
other cuts in the same list ("52% women") are left out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.quantity import QuantityKind
from factcheck.relation import Tie
from factcheck.relations.evidence import cue
from factcheck.relations.shares_words import Group, Share, Whole

# The label right after a percentage, up to the next item: "85% nurses", "12% under 30 years old".
_LABEL = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s+(?!of\b|in\b|on\b|to\b|from\b|at\b|for\b|by\b|and\b|or\b|a\b|an\b|the\b|more\b"
    r"|less\b|than\b|were\b|was\b|are\b|is\b|said\b|say\b|says\b|who\b|which\b|that\b|increase|decrease|rise|fall"
    r"|growth|gain|drop|decline|higher|lower|up\b|down\b|share|stake|year|annual)(?P<label>[^,;:.()]{1,40}?)"
    r"\s*(?=,|;|\.|\(|$|\band\b)",
    re.I,
)
_NEGATION = re.compile(r"^(?:non[\s-]?|not\s+)(?P<base>.+)$", re.I)
_BAND = re.compile(
    r"^(?:(?P<below><|≤|under|below|younger\s+than|less\s+than)\s*)?(?:aged\s+|ages\s+)?(?P<lo>\d{1,3})"
    r"(?:\s*(?:–|-|to)\s*(?P<hi>\d{1,3}))?\s*(?P<above>\+|\s+(?:and|or)\s+(?:over|older|above|up))?"
    r"\s*(?P<unit>years?[\s-]*olds?|years?|yrs|year-olds)?$",
    re.I,
)
_MAKEUP_VERB = re.compile(
    r"\b(?:includ(?:ed|es|e|ing)|compris(?:ed|es|e|ing)|consist(?:ed|s)?\s+of|(?:was|were|is|are)\s+made\s+up\s+of"
    r"|breakdown|broke\s+down|split|of\s+whom|of\s+which|among\s+them)\b|:\s*$",
    re.I,
)


@dataclass(frozen=True)
class _Item:
    claim: Claim
    label: str
    span: tuple[int, int]


def _items(ctx: ArticleContext, claims: Sequence[Claim]) -> list[_Item]:
    items = []
    for claim in claims:
        if claim.quantity.kind != QuantityKind.PERCENT or claim.change is not None or claim.quantity.is_range:
            continue
        after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 60)]
        match = _LABEL.match(after)
        if match is None:
            continue
        label = " ".join(match.group("label").split())
        start = claim.span[1] + match.start("label")
        items.append(_Item(claim, label, (start, start + len(match.group("label")))))
    return items


def _singular(word: str) -> str:
    word = word.lower().strip()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _pairs(items: list[_Item]) -> list[list[_Item]]:
    """A label and its negation: "nurses" and "non-nurses"."""
    found = []
    for item in items:
        negated = _NEGATION.match(item.label)
        if negated is None:
            continue
        base = _singular(negated.group("base"))
        partner = [o for o in items if o is not item and _singular(o.label) == base]
        if len(partner) == 1:
            found.append([partner[0], item] if partner[0].claim.span[0] < item.claim.span[0] else [item, partner[0]])
    return found


def _range(match: re.Match[str]) -> tuple[float, float]:
    lo = float(match.group("lo"))
    if match.group("below"):
        return (float("-inf"), lo)
    if match.group("above"):
        return (lo, float("inf"))
    hi = float(match.group("hi")) if match.group("hi") else lo
    return (lo, hi + 1)


def _bands(items: list[_Item]) -> list[_Item]:
    """Bands of one scale that do not overlap: "under 30 years old", "30–49 years old", "50+ years old"."""
    banded = [(item, m) for item in items if (m := _BAND.match(item.label))]
    if len(banded) < 2 or not any(m.group("unit") or re.search(r"\bage", item.label, re.I) for item, m in banded):
        return []  # bare numbers with no scale ("12% 30", a stray figure) are no bands
    ranges = sorted(((_range(m), item) for item, m in banded), key=lambda pair: pair[0])
    for (a, _), (b, _) in itertools.pairwise(ranges):
        if b[0] < a[1]:
            return []  # overlapping bands are not one cut
    return [item for _, item in ranges]


def _group(ctx: ArticleContext, items: list[_Item], exhaustive: bool, how: str) -> Group:
    shares = [
        Share(
            claim=i.claim,
            whole=Whole("group", frozenset(), "the group the sentence describes"),
            holder=i.label,
            named=False,
            scope=None,
            period=None,
            forecast=False,
            cue=cue(ctx, (i.claim.span[0], i.span[1]), "a part of one group"),
            rest=False,
            item_start=i.claim.span[0],
            sentence=ctx.sentence_index(i.claim.span[0]),
        )
        for i in sorted(items, key=lambda i: i.claim.span[0])
    ]
    return Group(shares, Tie.STRUCTURE, exhaustive=exhaustive, how=how)


def makeups(ctx: ArticleContext, claims: Sequence[Claim]) -> list[Group]:
    """The cuts of one group that one sentence lists, each as a group of shares."""
    items = _items(ctx, claims)
    if len(items) < 2:
        return []
    found = [
        _group(ctx, pair, True, f"“{pair[0].label}” and “{pair[1].label}” split one group between them")
        for pair in _pairs(items)
    ]
    first = min(i.claim.span[0] for i in items)
    lead = ctx.text[claims[0].sentence_span[0] : first]
    bands = _bands(items)
    if bands and _MAKEUP_VERB.search(lead):
        found.append(_group(ctx, bands, False, "one sentence lists the group by bands of one scale"))
    return found
