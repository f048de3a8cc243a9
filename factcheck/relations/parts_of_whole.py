"""A part said to be "of" its whole: "32 of its 136 employees", "$4.1 billion of the $9.8 billion total",
"Services accounted for $4.1 billion of that."

Two layouts:

* in one clause, a part then "of" (or "out of") and its whole, with at most an
  article, a possessive and two words between ("of Brava's $9.8 billion", "of the
  country's 1.4 billion people"): the words tie them (a cue);
* a part then "of that", "of those", "of the total" with no whole in its own
  sentence: the whole is the figure that pointer names in the sentence before,
  the one figure in the part's units there (structure), or, with several, the
  one the words mark as a total; any other leaves the pairing uncertain.

The part is some of the whole, so it is no larger than it (``part_whole`` with
rule ``within``). A share ("30% of the market") is read by :mod:`.part_shares`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched, stated_together
from factcheck.relations.parts import fits, is_amount, is_current, part_whole, quote

# Between a part and its whole: "of the", "out of its", "of Brava's", "of the country's", "of a total of".
_OF = re.compile(
    r"\s+(?i:out\s+)?(?i:of)\s+(?:(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s?|(?i:the|its|their|his|her|our|a|an|all"
    r"|(?:country|nation|state|city|company|firm|group|bank|club|league|world|region|industry|market)['’]s|total\s+of"
    r"|some|about|around|roughly|nearly|almost))\s+){0,3}[$£€¥₹]?\s*",
)
# A bare number with no noun and no scale after "of" is often a name: "800 of its 737 jets", "Section 230 of".
_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|mn|bn|m|k)\b", re.IGNORECASE)
_SCALED = gated(_SCALED)  # tried on every figure's window, seldom matching there
# A part pointing back at a whole stated before: "of that", "of those", "of the total", "of that amount".
_OF_THAT = re.compile(
    r"\s+of\s+(?:that|this|those|these|them|the\s+total|that\s+total|this\s+total|the\s+sum|that\s+sum"
    r"|that\s+(?:amount|figure|number|tally|count))\b",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"[$£€¥₹]?\s*\d[\d.,]*")
_NAMED_BEFORE = re.compile(r"(?-i:[A-Z][\w&.]*)\s+$")
_NAMED_AFTER = re.compile(r"\s+(?:(?-i:[A-Z]\w*)|max|series|models?|class|jets?|planes?|aircraft|airliners?)\b", re.I)
# Words that mark a figure as a total: the whole, when the sentence before gives several.
_TOTAL = re.compile(r"\b(?:total|overall|in\s+all|altogether|combined|all\s+told)\b", re.IGNORECASE)


def _counts_in(part: Claim, whole: Claim) -> bool:
    """A part in the whole's units, or a bare number standing for them ("32 of its 136 employees", "2.1 million of
    the 3.4 million acres")."""
    if fits(part, whole):
        return True
    return part.quantity.kind == QuantityKind.NUMBER and whole.quantity.kind != QuantityKind.MONEY


def _can_be_whole(ctx: ArticleContext, claim: Claim) -> bool:
    q = claim.quantity
    if q.kind == QuantityKind.NUMBER and not q.noun and not _SCALED.search(q.text):
        return False
    digits = _DIGITS.match(ctx.text, claim.span[0])
    named_after = digits is not None and _NAMED_AFTER.match(ctx.text, digits.end())
    if _NAMED_BEFORE.search(ctx.text, max(0, claim.span[0] - 12), claim.span[0]) or named_after:
        return False  # "the S&P 500 companies", "its 737 Max jets": a name with a number in it
    return is_amount(claim) and _plain(claim)


def _can_be_part(ctx: ArticleContext, claim: Claim) -> bool:
    """An amount, or a cut or addition of one ("will cut 32 of its 136 employees")."""
    level = is_amount(claim) or (claim.change is not None and claim.change.kind == ChangeKind.ABSOLUTE)
    return level and _plain(claim)


def _plain(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind not in (QuantityKind.PERCENT, QuantityKind.FRACTION, QuantityKind.PER_UNIT) and not q.is_range


@finder("parts_of_whole")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for part in ctx.claims:
        if not _can_be_part(ctx, part):
            continue
        whole = ctx.claim_after(part)
        if whole is not None and _can_be_whole(ctx, whole) and _counts_in(part, whole):
            of = _OF.fullmatch(ctx.text, part.span[1], whole.span[0])
            if of is not None and _dated_alike(ctx, part, whole):
                said = cue(ctx, (part.span[1], whole.span[0]), "a part of its whole")
                # "2.1 million of the 3.4 million acres": a bare part takes the whole's unit
                bare = part.quantity.kind == QuantityKind.NUMBER and not fits(part, whole)
                evidence = stated_together(ctx, [part, whole], [said], levels=[whole] if bare else None)
                reason = f"“{said.text}” makes {show(part)} part of {show(whole)}: “{quote(ctx, *_reach(part, whole))}”"
                yield part_whole(whole, [part], evidence, reason, rule="within", spans=[said.span])
                continue
        pointer = _OF_THAT.match(ctx.text, part.span[1])
        if pointer is not None and is_current(ctx, part):
            yield from _pointed(ctx, part, pointer)


def _dated_alike(ctx: ArticleContext, part: Claim, whole: Claim) -> bool:
    """Both figures of now, or both set as earlier ("from 45 of its 50 stores"); a cut is of the present whole."""
    part_now = is_current(ctx, part) if part.change is None else True
    return part_now == is_current(ctx, whole)


def _reach(a: Claim, b: Claim) -> tuple[int, int]:
    return min(a.span[0], b.span[0]), max(a.span[1], b.span[1])


def _pointed(ctx: ArticleContext, part: Claim, pointer: re.Match[str]) -> Iterator[Relation]:
    """ "Revenue came to $9.8 billion. Services accounted for $4.1 billion of that.": the whole said just before."""
    if any(_counts_in(part, c) for c in ctx.sentence_claims(part) if c.id != part.id):
        return  # a whole in the part's own sentence may be the one meant
    index = ctx.sentence_index(part.span[0])
    if index == 0:
        return
    before = [
        c
        for c in ctx.claims_in(*ctx.sentences[index - 1])
        if _can_be_whole(ctx, c) and _counts_in(part, c) and is_current(ctx, c)
    ]
    if not before:
        return
    marked = [c for c in before if _TOTAL.search(ctx.text[max(c.sentence_span[0], c.span[0] - 40) : c.span[1] + 25])]
    whole = marked[-1] if len(marked) == 1 else before[-1]
    others = [c for c in before if c.id != whole.id] if len(marked) != 1 else []
    said = cue(ctx, (pointer.start(), pointer.end()), "points back to the whole")
    evidence = matched(
        ctx,
        Tie.STRUCTURE,
        [said, cue(ctx, whole.span, "the whole")],
        [whole, part],
        ambiguous=[show(o) for o in others],
    )
    reason = f"“{said.text}” after {show(part)} points back to {show(whole)}, the figure in its units just before"
    yield part_whole(whole, [part], evidence, reason, rule="within", spans=[said.span])
