"""A part said to be a share of a whole the clause names, the whole's figure stated in another sentence.

Results and trade copy give a segment's figure and the share it is of a total
named by its noun, with the total's figure a few sentences away: "Cloud sales
came to $410 million and made up 41% of total revenue" after "revenue rose to
$1 billion"; "The fuel deficit of $9 billion accounted for 30% of the goods and
services deficit" after "the trade deficit in goods and services widened to
$30 billion". The clause ties the part to its share with a verb of making up
("accounted for", "made up", "comprised", "represented", "or") and names the
whole after the share ("of total revenue", "of the goods and services
deficit"). The whole is the figure, in the part's units and larger than it,
that the words before it call by that noun, in the three sentences before the
part or the one after.

Nothing but the noun ties the whole to the share, so the evidence is inferred:
a ``part_share`` relation (members part, whole, share; rule share). Another
figure of that noun that could be the whole leaves the pairing uncertain,
except one the words narrow to a named category of its own ("imports of
Consumer Goods" beside total imports); the share's own qualifier ("goods and
services") not found near the whole, or the part and the whole dated
differently, is a doubt. Pairs :mod:`.part_shares` already turns into a
relation are left to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched, periods
from factcheck.relations.part_shares import _is_part, _pairs, _share_relation, is_share, is_whole
from factcheck.relations.parts import fits, is_prior, noted, part_share
from factcheck.relations.prose import is_estimate, trail

# The words between a part and its share: "accounted for just", "and made up", ", or about".
_MAKES_UP = re.compile(
    r"^\s*,?\s*(?:and\s+|which\s+|that\s+)?(?:accounted\s+for|accounts?\s+for|accounting\s+for|made\s+up|makes?\s+up"
    r"|making\s+up|comprised|comprises?|comprising|represented|represents?|representing|constituted|constitutes?"
    r"|constituting|(?:the\s+)?equivalent\s+(?:to|of)|equal\s+to|was|were|is|are|or)\s+"
    r"(?:(?:just|only|about|around|roughly|nearly|almost|some|close\s+to|more\s+than|less\s+than|over|under)\s+)?$",
    re.IGNORECASE,
)
_STOP = frozenset(
    {"in", "for", "on", "at", "during", "from", "to", "and", "as", "by", "with", "since", "than", "the", "a", "an"}
    | {"its", "their", "this", "that", "which", "while", "last", "of", "or", "but", "is", "was", "were", "are", "has"}
)
# "% of total revenues", "of the goods and services deficit": the words of the whole start after "of".
_OF = re.compile(
    r"^\s*(?:per\s*cent|percent|pct|%)?\s*of\s+(?:(?:the|its|their|all|a)\s+)*(?:(?:total|overall|combined)\s+)?",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z’'-]+")
_NOT_WHOLES = frozenset(
    ["time", "cases", "ball", "value", "gdp", "income", "price", "prices", "rate", "level", "levels", "peak", "high"]
)


class Named:
    """The whole a share names after it: its head noun and the words that narrow it."""

    def __init__(self, noun: str, words: list[str], end: int, said: str) -> None:
        self.noun = noun
        self.words = words
        self.end = end  # offset past the head noun, from the share's end
        self.said = said  # the words as printed: "of total imports"

    @property
    def head(self) -> str:
        word = self.noun.lower()
        return word[:-1] if word.endswith("s") and not word.endswith("ss") else word

    @property
    def qualifier(self) -> str:
        return " ".join(self.words)


def _named(ctx: ArticleContext, share: Claim) -> Named | None:
    """The noun phrase after "of": up to four words, an "and" only inside it ("goods and services deficit")."""
    after = trail(ctx, share, 80)
    opening = _OF.match(after)
    if opening is None:
        return None
    words: list[re.Match[str]] = []
    position = opening.end()
    while len(words) < 5:
        found = re.match(r"\s*([A-Za-z’'-]+)", after[position:])
        if found is None:
            break
        word = found.group(1)
        if word.lower() == "and" and words:
            following = re.match(r"\s*([A-Za-z’'-]+)\s+([A-Za-z’'-]+)", after[position + found.end() :])
            inner = following is not None and following.group(2).lower() not in _STOP
            if inner and not following.group(1).lower().endswith(("ed", "ing")):  # type: ignore[union-attr]
                words.append(found)
                position += found.end()
                continue
            break
        if word.lower() in _STOP:
            break
        words.append(found)
        position += found.end()
    if not words or words[-1].group(1).lower() == "and":
        return None
    noun = words[-1].group(1)
    if noun.lower() in _NOT_WHOLES or len(noun) < 3:
        return None
    return Named(noun, [w.group(1) for w in words[:-1]], position, after[:position].strip(" %"))


def _clause_before(ctx: ArticleContext, claim: Claim) -> str:
    """The words of the figure's sentence before it, from the last clause break: what the words call the figure."""
    return ctx.text[max(claim.sentence_span[0], claim.span[0] - 90) : claim.span[0]]


def _calls(ctx: ArticleContext, claim: Claim, head: str) -> bool:
    """Do the words before the figure, in its sentence, call it by the noun ("Imports were up $5.9 billion to")?"""
    before = _clause_before(ctx, claim).lower()
    measure = norm_noun(claim.measure)
    return re.search(rf"\b{re.escape(head)}s?\b", before) is not None or measure in (head, head + "s")


def _narrowed(ctx: ArticleContext, claim: Claim, whole: Claim, head: str) -> bool:
    """A figure the words narrow to a category of its own: "Imports of Consumer Goods reached $43.1 billion"."""
    before = _clause_before(ctx, claim)
    if re.search(rf"\b{re.escape(head)}s?\s+of\s+[A-Z]", before, re.IGNORECASE):
        return True
    return bool(claim.subject and whole.subject and norm_noun(claim.subject) != norm_noun(whole.subject))


def _window(ctx: ArticleContext, claim: Claim, before: int, after: int) -> list[Claim]:
    index = ctx.sentence_index(claim.span[0])
    lo = ctx.sentences[max(0, index - before)][0]
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + after)][1]
    return [c for c in ctx.claims_in(lo, hi) if c.sentence_span != claim.sentence_span]


def _left_to_part_shares(ctx: ArticleContext) -> set[str]:
    """Shares :mod:`.part_shares` already pairs with a whole: this reading would only repeat or contradict it."""
    return ctx.memo(
        "part_shares_related", lambda: {p.share.id for p in _pairs(ctx) if _share_relation(ctx, p) is not None}
    )


def _part_like(ctx: ArticleContext, claim: Claim) -> bool:
    """An amount or a count, or a measured quantity ("4.2 million tonnes"): tonnes of cargo add up as dollars do."""
    if claim.quantity.kind == QuantityKind.DIMENSION:
        return not noted(ctx, claim) and not is_estimate(ctx, claim)
    return _is_part(ctx, claim)


def _parts_and_shares(ctx: ArticleContext) -> Iterator[tuple[Claim, Claim]]:
    for claims in ctx.sentence_groups().values():
        for part, share in pairwise(claims):
            if not _part_like(ctx, part) or not is_share(share) or share.change is not None or part.change is not None:
                continue
            if is_prior(ctx, part) or is_prior(ctx, share):
                continue
            if _MAKES_UP.match(ctx.text[part.span[1] : share.span[0]]):
                yield part, share


@finder("part_shares_named")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for part, share in _parts_and_shares(ctx):
        named = _named(ctx, share)
        if named is None or share.id in _left_to_part_shares(ctx):
            continue
        head = named.head
        candidates = [
            c
            for c in _window(ctx, part, 3, 1)
            if is_whole(ctx, c)
            and c.change is None
            and fits(part, c)
            and c.quantity.value > part.quantity.value
            and periods([part, c]) != Agreement.DISAGREE
            and _calls(ctx, c, head)
        ]
        if not candidates:
            continue
        whole = max(candidates, key=lambda c: c.quantity.value)
        others = [c for c in candidates if c.id != whole.id and not _narrowed(ctx, c, whole, head)]
        doubts = []
        qualifier = named.qualifier
        near = (_clause_before(ctx, whole) + trail(ctx, whole, 40)).lower()
        if qualifier and qualifier.lower() not in near:
            doubts.append(f"the share is of the “{qualifier} {named.noun}”, which {show(whole)} is not said to be")
        said = cue(ctx, (part.span[1], share.span[1] + named.end), "a part and the share it is of a named whole")
        found = re.search(rf"\b{re.escape(head)}", _clause_before(ctx, whole), re.IGNORECASE)
        start = whole.span[0] - len(_clause_before(ctx, whole)) + (found.start() if found else 0)
        named_cue = cue(ctx, (start, whole.span[1]), f"the whole, called “{named.noun}”")
        evidence = matched(
            ctx,
            Tie.INFERRED,
            [said, named_cue],
            [part, whole, share],
            clash=[part, whole],
            ambiguous=[show(c) for c in others],
            doubts=doubts,
        )
        reason = (
            f"{show(share)} is stated as the share {show(part)} is “{named.said}”; "
            f"{show(whole)} is the figure in those units the text calls by that noun"
        )
        yield part_share(part, whole, share, evidence, reason)
