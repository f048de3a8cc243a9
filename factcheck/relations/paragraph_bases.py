"""The basis a paragraph tells its figures on: "Not seasonally adjusted, ...", "On an unadjusted basis, ...".

Statistical releases and the copy written from them give one paragraph on the headline basis and then another on a
second one, telling the same sentence word for word with other figures: "Retail sales rose 1.8 percent in June" on
seasonally adjusted figures, then "Unadjusted figures were stronger. Retail sales rose 4.3 percent in June". The
basis is said once, where the paragraph (or the sentence) opens, and holds for the sentences after it: seasonal
adjustment, constant or current prices, real or nominal terms, a basis named "on a ... basis", or a part left out
("Excluding fuel, ...", "Stripping out food, ..."). Two tellings whose openings name different bases (or one names a
basis and the other none) may be two figures, whatever their words: a finder that pairs them as one figure told
twice takes this as a doubt. Nothing here can make a pairing certain; it only reads what may set two apart.
"""

from __future__ import annotations

import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext, per_claim
from factcheck.literals import gated

# "on a like-for-like basis" comes first, so that "on an unadjusted basis" is read whole, not as "unadjusted".
_BASIS = re.compile(
    r"\bon\s+an?\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+basis\b"
    r"|\b(?:(?:not|non)[\s-]+)?(?:seasonally|calendar|working[\s-]+day)[\s-]+adjusted\b|\bunadjusted\b"
    r"|\b(?:before|without)\s+(?:seasonal|calendar)\s+adjustments?\b"
    r"|\badjusted\s+for\s+(?:inflation|prices|seasonal\s+\w+|working\s+days|calendar\s+effects)\b"
    r"|\b(?:in|at)\s+(?:constant|current|real|nominal|volume|value)(?:\s+\d{4})?\s+(?:prices|terms|dollars|euros"
    r"|pounds|exchange\s+rates|currenc(?:y|ies))\b"
    r"|\bconstant[\s-]+currency\b"
    r"|\b(?:excluding|stripping\s+out|leaving\s+out|leaving\s+aside|setting\s+aside)\s+(?:the\s+)?[\w-]+",
    re.IGNORECASE,
)
_BASIS = gated(_BASIS)  # read in the opening of every figure's sentence and paragraph, seldom matching there
# "On a seasonally adjusted basis" and "seasonally adjusted" name one basis.
_FRAME = re.compile(r"^(?:on\s+an?|in|at)\s+|\s+(?:basis|terms)$")


def _read(text: str) -> set[str]:
    found = set()
    for match in _BASIS.finditer(text):
        words = " ".join(match.group(0).lower().replace("-", " ").split())
        found.add(_FRAME.sub("", _FRAME.sub("", words)))
    return found


@per_claim  # asked of both figures of every pair weighed, a figure being in many
def bases(ctx: ArticleContext, claim: Claim) -> frozenset[str]:
    """The bases named where the figure's paragraph opens (its first sentence) and in its own sentence before it."""
    sentence_start = claim.sentence_span[0]
    found = _read(ctx.text[sentence_start : claim.span[0]])
    paragraph_start = ctx.block(claim.span[0])[0]
    first = ctx.sentences[ctx.sentence_index(paragraph_start)]
    if first[0] < sentence_start and first[1] <= sentence_start:
        found |= _read(ctx.text[max(first[0], paragraph_start) : first[1]])
    return frozenset(found)


def basis_apart(ctx: ArticleContext, a: Claim, b: Claim) -> str | None:
    """A doubt when the two figures' paragraphs or sentences open on different bases, naming them."""
    basis_a, basis_b = bases(ctx, a), bases(ctx, b)
    if basis_a == basis_b:
        return None
    named = sorted(basis_b - basis_a) or sorted(basis_a - basis_b)
    return f"one is told on another basis (“{named[0]}”) where its paragraph opens, so they may be two figures"
