"""The act a counted figure records: delivered, produced, shipped, sold ...

Company and industry copy often gives two counts of one kind of thing in one paragraph, each tied to its own
act: "delivered 51,000 bikes and built 53,400", "a record 8,200 tractors sold, while 8,900 came off the line
produced". Both counts measure "units", yet a record of deliveries need not top the output: the two acts count
different things. The act is read from the figure's own words only: a participle right after the counted noun
("9,100 trucks delivered"), a noun of the act right after the figure ("9,100 deliveries"), or the nearest
such verb before it in its clause ("the plant built 9,100 trucks"). Words that say nothing of the act give
``None``, which never sets two figures apart.
"""

from __future__ import annotations

import re

from factcheck.claim import Claim
from factcheck.context import ArticleContext

# Acts whose counts are told apart in trade copy; their nouns ("deliveries", "output") name the same act.
_ACTS: dict[str, str] = {
    "delivered": "deliver",
    "delivers": "deliver",
    "deliver": "deliver",
    "deliveries": "deliver",
    "produced": "produce",
    "produces": "produce",
    "produce": "produce",
    "production": "produce",
    "built": "produce",
    "builds": "produce",
    "manufactured": "produce",
    "shipped": "ship",
    "ships": "ship",
    "shipments": "ship",
    "sold": "sell",
    "sells": "sell",
    "ordered": "order",
    "orders": "order",
    "registered": "register",
    "registrations": "register",
    "exported": "export",
    "exports": "export",
    "imported": "import",
    "imports": "import",
}
_ACT = r"(?:" + "|".join(sorted(_ACTS, key=len, reverse=True)) + r")"
# "241 cars delivered", "241 deliveries": the act right after the figure (and at most one counted noun).
_AFTER = re.compile(
    rf"^\s*(?:(?!(?:and|or|but|then|while|whereas|as|than)\b)[A-Za-z-]+\s+)?(?P<act>{_ACT})\b", re.IGNORECASE
)
_BEFORE = re.compile(rf"\b(?P<act>{_ACT})\b", re.IGNORECASE)
# A clause break between a verb and the figure: the verb is another clause's.
_BREAK = re.compile(r"[;:.]|,\s*(?:and|but|while|whereas)\b|\b(?:while|whereas|but)\b", re.IGNORECASE)


def act_of(ctx: ArticleContext, claim: Claim) -> str | None:
    """The act the figure counts ('deliver', 'produce' ...), from its own words; ``None`` when they do not say."""
    following = ctx.claim_after(claim)
    end = min(claim.sentence_span[1], claim.span[1] + 30)
    if following is not None and following.span[0] < end:
        end = following.span[0]
    own = ctx.text[claim.span[0] : claim.span[1]].split()
    if own and own[-1].lower() in _ACTS and not own[-1][0].isdigit():
        return _ACTS[own[-1].lower()]  # "9,100 deliveries": the counted noun is the act's
    after = _AFTER.match(ctx.text[claim.span[1] : end])
    if after is not None:
        return _ACTS[after.group("act").lower()]
    before = ctx.claim_before(claim)
    start = max(claim.sentence_span[0], claim.span[0] - 50)
    if before is not None and before.span[1] > start:
        start = before.span[1]
    words = ctx.text[start : claim.span[0]]
    words = _BREAK.split(words)[-1]
    found = list(_BEFORE.finditer(words))
    return _ACTS[found[-1].group("act").lower()] if found else None


def acts_differ(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """Both figures name their act and the acts differ: a count of deliveries against one of output."""
    first, second = act_of(ctx, a), act_of(ctx, b)
    return first is not None and second is not None and first != second
