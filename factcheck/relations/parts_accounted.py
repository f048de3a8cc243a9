"""A split told by "accounted for": two named parts in one sentence, their whole stated sentences apart.

Sales, traffic and output copy states a total ("Norvik delivered 79,600 cars in the quarter") and later splits it
in one sentence, each part with a verb of composition: "hatchbacks accounted for 61,200 deliveries, and sedans
accounted for 18,400"; "domestic routes made up 3.1 million passengers, while international routes made up 1.2
million". The parts are some of the whole (``part_whole`` with rule ``within``: the words do not say the two are
all of it), so together they are no larger than it.

The whole is the one figure elsewhere in the article, in the parts' units and larger than the smaller, whose clause
names what the first part's noun names ("deliveries": "delivered"; "passengers"). Nothing but that noun ties
them, so the evidence is matched by it: a figure dated earlier ("last quarter", "a year earlier") or set as a
start is no whole; two or more such figures leave the pairing uncertain; a place named beside the parts and not
beside the whole (or the other way round) leaves it out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched
from factcheck.relations.parts import fits, is_prior, part_whole
from factcheck.relations.prose import lead, trail

_VERB = r"(?:accounted\s+for|made\s+up|represented|contributed)"
_HEDGE = r"(?:(?:a\s+)?(?:mere|just|only|about|some|roughly|nearly|around|almost)\s+)?"
# "hatchbacks accounted for", "and sedans accounted for a mere", "while exports made up"
_PART_LEAD = re.compile(rf"\b{_VERB}\s+{_HEDGE}$", re.IGNORECASE)
_PART_LEAD = gated(_PART_LEAD)  # tried on every figure's window, seldom matching there
# The second part may leave its verb out: "..., and sedans for 18,400".
_SECOND_BARE = re.compile(rf"^[^.;\d]{{0,20}}?\b(?:and|while|with)\s+[^.;\d]{{1,40}}?\s+for\s+{_HEDGE}$")
_NOUN = re.compile(r"^\s*([a-z][a-z-]+)", re.IGNORECASE)
_MONTH = (
    r"January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun"
    r"|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# "worldwide", "in Europe", "across Asia": where the figure was counted (not "in Q3", "in March").
_PLACE = re.compile(rf"\b(?:worldwide|globally|abroad|overseas)\b|\b(?:in|across)\s+(?!(?:{_MONTH})\b)[A-Z][a-z]+")
_COUNTS = (QuantityKind.COUNT, QuantityKind.NUMBER)


def _stem(word: str) -> str:
    word = word.lower()
    for end in ("ies", "ied", "es", "ed", "s", "y"):
        if word.endswith(end) and len(word) - len(end) >= 5:
            word = word[: -len(end)]
            break
    return word[:6]


def _parts(ctx: ArticleContext, claims: list[Claim]) -> list[Claim]:
    found = []
    for claim in claims:
        if claim.quantity.kind not in _COUNTS or claim.change is not None or claim.quantity.is_range:
            continue
        words = lead(ctx, claim, 80)
        if _PART_LEAD.search(words) or (found and _SECOND_BARE.search(ctx.text[found[-1].span[1] : claim.span[0]])):
            found.append(claim)
    return found


def _names(ctx: ArticleContext, claim: Claim, stem: str) -> bool:
    """Whether the figure's clause names what the stem names: "cars delivered", "deliveries of 79,600"."""
    around = lead(ctx, claim, 50) + " " + (claim.quantity.noun or "") + " " + trail(ctx, claim, 40)
    return any(_stem(w) == stem for w in re.findall(r"[A-Za-z-]{4,}", around))


def _place(ctx: ArticleContext, claim: Claim) -> str:
    start, stop = claim.sentence_span
    found = _PLACE.search(ctx.text[start:stop])
    return " ".join(found.group(0).lower().split()) if found else ""


@finder("parts_accounted")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        parts = _parts(ctx, claims)
        if len(parts) != 2 or not fits(parts[1], parts[0]):
            continue
        # The noun is the figure's own ("61,200 deliveries") or the word printed right after it.
        noun = _NOUN.match(parts[0].quantity.noun or ctx.text[parts[0].span[1] : parts[0].sentence_span[1]])
        if noun is None:
            continue
        stem = _stem(noun.group(1))
        if parts[0].period is not None and parts[1].period is not None and parts[0].period != parts[1].period:
            continue
        wholes = [
            c
            for c in ctx.claims
            if c.sentence_span != parts[0].sentence_span
            and c.quantity.kind in _COUNTS
            and c.change is None
            and not c.quantity.is_range
            and (fits(parts[0], c) or c.quantity.kind == QuantityKind.COUNT)
            and c.quantity.value > min(p.quantity.value for p in parts)
            and not (c.period is not None and c.period.direction == "past")
            and not is_prior(ctx, c)
            and _names(ctx, c, stem)
        ]
        if not wholes or any(_place(ctx, w) != _place(ctx, parts[0]) for w in wholes):
            continue
        whole = wholes[0]
        evidence = matched(
            ctx,
            Tie.INFERRED,
            [cue(ctx, parts[0].span, "what the parts count")],
            [whole, *parts],
            ambiguous=[show(w) for w in wholes[1:]],
        )
        yield part_whole(
            whole,
            parts,
            evidence,
            f"{show(parts[0])} and {show(parts[1])} are told as parts (“accounted for”); {show(whole)} is the one "
            f"figure elsewhere that counts the same thing",
            rule="within",
        )
