"""A part fronted by "At", its share of a whole named in the same sentence: "At $61.2 billion, Corvo is the
third-largest lender and holds 3.4% of the sector's entire $1.8 trillion in loans."

Market and ranking copy opens a sentence on a player's figure ("At $61.2 billion,", "With 4,100 stores,") and later
gives its share "of" a whole it names with its figure. The fronted figure is the subject's own, the whole is what the
share is of, and the share must be the part over the whole (``part_share``).

Read only where the words leave no doubt: the sentence opens on "At" or "With", the figure and a comma; the share is
the sentence's only percentage, said "of" a whole within a few words (an article, a possessive and up to three
words: "of the sector's entire $1.8 trillion"); the whole is in the part's units and larger than it; no other figure
in those units stands in the sentence. A share that moves ("rose 2% of ...") is not read.
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
from factcheck.relations.parts import fits, part_share

_FRONTED = re.compile(r"\W*(?:at|with)\s+(?:(?:about|around|nearly|almost|some|roughly)\s+)?$", re.IGNORECASE)
_OF_WHOLE = re.compile(
    r"\s*(?:percent|per\s*cent)?\s+of\s+(?:(?:the|its|their|all|a)\s+)?(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s?\s+)?"
    r"(?:(?:entire|whole|combined|overall|total)\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?$",
    re.IGNORECASE,
)
_AMOUNTS = (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.NUMBER)


def _amount(claim: Claim) -> bool:
    return claim.quantity.kind in _AMOUNTS and claim.change is None and not claim.quantity.is_range


@finder("part_shares_fronted")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        part = claims[0]
        if not _amount(part) or not _FRONTED.fullmatch(ctx.text, part.sentence_span[0], part.span[0]):
            continue
        if not ctx.text[part.span[1] : part.span[1] + 2].startswith(","):
            continue
        shares = [c for c in claims if c.quantity.kind == QuantityKind.PERCENT]
        if len(shares) != 1 or shares[0].change is not None or not 0 < shares[0].quantity.value < 100:
            continue
        share = shares[0]
        after = [c for c in claims if c.span[0] > share.span[1]]
        if not after or not _amount(after[0]) or not _OF_WHOLE.fullmatch(ctx.text, share.span[1], after[0].span[0]):
            continue
        whole = after[0]
        if not fits(part, whole) or whole.quantity.value <= part.quantity.value:
            continue
        if any(_amount(c) and fits(c, part) for c in claims if c.id not in (part.id, whole.id)):
            continue  # another figure in those units: which is the share's part is not certain
        evidence = stated_together(
            ctx,
            [part, whole, share],
            [
                cue(ctx, (part.sentence_span[0], part.span[1]), "the player's figure, fronted"),
                cue(ctx, (share.span[1], whole.span[0]), "the share of a named whole"),
            ],
            levels=[part, whole],
            tie=Tie.STRUCTURE,
        )
        reason = f"the sentence opens on {show(part)} and gives {show(share)} of {show(whole)}"
        yield part_share(part, whole, share, evidence, reason)
