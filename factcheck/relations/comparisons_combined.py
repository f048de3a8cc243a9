"""A figure compared with the sum of several others: "more than the combined 22 of Delmar and the 19 of Ostby",
"fewer than the 310 in March and the 290 in April combined", "larger than its two rivals' $4 billion and $3 billion
put together".

The word "combined" (or "put together", "together", "between them") says the comparison is with the total of the
listed figures, not with each one: taken one by one, "30, more than the combined 22 and 21" would hold against 22
and against 21 and still be wrong. The list is the figure the comparative runs into and the figures after it in the
same clause that open on "and" or a comma, of the same family; figures that only describe an item ("22 in 20
games") are passed over. The comparison relation carries every item as a reference and ``summed`` in its params,
and the check sets the figure against their sum.
"""

from __future__ import annotations

import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_family

# "more than the combined", "above the combined total of": the sum named before the list.
_BEFORE = re.compile(r"\bcombined(?:\s+(?:total|tally|count|sum)(?:\s+of)?)?\s+$", re.IGNORECASE)
# "... and the 21 in May combined", "... put together": the sum named after the last item, before the clause ends;
# a year may stand between ("and the 21 in 2019 combined"), no other figure.
_AFTER = re.compile(
    r"(?:[^.;:,\d()]|(?:19|20)\d\d(?:[-–/]\d\d)?){0,40}?"
    r"\b(?:combined|put\s+together|together(?!\s+with)|between\s+them|added\s+together)\b",
    re.IGNORECASE,
)
# What opens a further item: "and the 21", ", 19", "and Ostby's 19".
_ITEM_JOIN = re.compile(
    r"(?:,|\band)\s+(?:the\s+|its\s+|their\s+|[A-Z][\w’'-]*['’]s\s+)?(?:about\s+|some\s+|roughly\s+)?[$£€¥₹]?\s*$"
)
# The list ends where the clause does; "and the" opens items here, so only these words and marks end it.
_END = re.compile(r"[;—]|\s--|\b(?:but|while|whereas|although|though|however)\b", re.IGNORECASE)
_MAX_ITEMS = 5


def combined_items(ctx: ArticleContext, reference: Claim) -> list[Claim] | None:
    """The listed figures a comparative sets against as one sum, or None when the words name no sum."""
    items = [reference]
    sentence_end = ctx.sentences[ctx.sentence_index(reference.span[0])][1]
    at = reference.span[1]
    for claim in ctx.claims_in(reference.span[1], sentence_end):
        words = ctx.text[at : claim.span[0]]
        if _END.search(words):
            break
        if _ITEM_JOIN.search(ctx.text, max(at, claim.span[0] - 40), claim.span[0]) and same_family(reference, claim):
            items.append(claim)
            at = claim.span[1]
            if len(items) == _MAX_ITEMS:
                break
    before = _BEFORE.search(ctx.text, max(0, reference.span[0] - 40), reference.span[0]) is not None
    after = _AFTER.match(ctx.text, items[-1].span[1], min(sentence_end, items[-1].span[1] + 60)) is not None
    if len(items) < 2 or not (before or after):
        return None
    return items
