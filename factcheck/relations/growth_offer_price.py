"""A debut's gain over the offer price that the article states elsewhere: "The stock opened at $31.20, up 20%
from its IPO price", with "Brava priced its offering at $26 a share" a paragraph before.

Listing stories give the offer price once ("priced its IPO at $26", "an offer price of $26", "at a price to
the public of $26 per ADS", "the shares were offered at $26") and then set the first trades against it by name
only: "opened at $31.20, 20% above the offer price", "started trading at $31.20 on Friday, climbing 20 percent
from its pricing", "closed its first day at $29.90, up 15% from the IPO price". The named base is the stated
offer price, and the clause gives the change and its end.

The rule: a relative change followed by "from/above/over its|the <IPO|offer|offering|issue|listing> price" (or
"from its pricing") with no figure of its own, the price level just before it in its clause (no clause break
between), and the article's offer price: a money figure of that currency the words before it name as the
offer price. The words tie all three, so the pairing is certain when the article states one offer price; two
different ones (a revised price, a peer's listing) leave the pairing uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import currency, is_relative_change, norm_noun, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, subjects
from factcheck.relations.prose import has_break, is_estimate

_OFFERING = r"(?:IPO|initial\s+public\s+offering|offer|offering|issue|listing|float(?:ation)?)"
# The named base right after the change: "up 20% from its IPO price", "climbing 20 percent from its pricing".
_NAMED_BASE = re.compile(
    rf"\s*(?:percent|per\s*cent|%)?\s*(?:from|above|over|on)\s+(?:its|the|their)\s+"
    rf"(?:(?:{_OFFERING})\s+price|(?:IPO\s+|offer\s+|offering\s+)?pricing)\b(?!\s*(?:of\s+)?[$€£¥₹]?\s*\d)",
    re.IGNORECASE,
)
_NAMED_BASE = gated(_NAMED_BASE)  # tried on every figure's window, seldom matching there
# The words before a figure that make it the offer price.
_OFFER_PRICE = re.compile(
    rf"(?:\bpriced\s+(?:its\s+|the\s+|their\s+)?(?:{_OFFERING}|shares|stock|ADSs?|ADRs?)?[^.;:\d]{{0,40}}?\bat"
    rf"|\b{_OFFERING}\s+price\s+(?:of|was|at|is|to|:)"
    r"|\bat\s+a\s+price\s+(?:to\s+the\s+public\s+)?of"
    r"|\b(?:were|was|are|is|been)\s+offered\s+at)"
    r"\s+(?:about\s+|around\s+)?(?:[A-Z]{0,3}\$|[$€£¥₹]|Rs\.?\s*|US\s*\$)?\s*$",
    re.IGNORECASE,
)
# What extraction may take as a subject that names the security, not whose it is.
_SECURITY = frozenset({"", "ads", "adss", "adr", "adrs", "share", "shares", "stock", "stocks", "the stock"})
_PRICE_KINDS = frozenset({QuantityKind.MONEY, QuantityKind.PER_UNIT})


def _offer_prices(ctx: ArticleContext, like: Claim) -> list[Claim]:
    found = []
    for claim in ctx.claims:
        if claim.quantity.kind not in _PRICE_KINDS or currency(claim) != currency(like) or claim.change is not None:
            continue
        if _OFFER_PRICE.search(ctx.text[max(claim.sentence_span[0], claim.span[0] - 80) : claim.span[0]]):
            found.append(claim)
    return found


@finder("growth_offer_price")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for change in ctx.claims:
        if not is_relative_change(change) or is_estimate(ctx, change):
            continue
        named = _NAMED_BASE.match(ctx.text, change.span[1], change.sentence_span[1])
        if named is None:
            continue
        before = [c for c in ctx.claims_in(change.sentence_span[0], change.span[0]) if c.span[1] <= change.span[0]]
        if not before:
            continue
        end = before[-1]
        if end.quantity.kind not in _PRICE_KINDS or end.change is not None:
            continue
        if has_break(ctx.text[end.span[1] : change.span[0]]):
            continue
        offers = [c for c in _offer_prices(ctx, end) if c is not end]
        if not offers:
            continue
        values = {c.quantity.value for c in offers}
        start = offers[0]
        ambiguous = [f"another offer price, {show(c)}" for c in offers if c.quantity.value != start.quantity.value]
        # Another company's listing may be in the story ("Rival Co, which priced at $14 last year").
        named_by = [c for c in (start, end) if norm_noun(c.subject) not in _SECURITY]
        doubts = ["the offer price may be another company's"] if subjects(named_by) == Agreement.DISAGREE else []
        evidence = Evidence(
            tie=Tie.CUE,
            cues=[
                cue(ctx, named.span(), "the offer price, named"),
                cue(ctx, (max(start.sentence_span[0], start.span[0] - 40), start.span[0]), "the offer price"),
            ],
            sentences_apart=ctx.sentences_apart(start, end),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,
            ambiguous=ambiguous if len(values) > 1 else [],
            doubts=doubts,
        )
        yield Relation(
            kind=RelationKind.PERCENT_CHANGE,
            members=roles(change=change, from_=start, to=end),
            evidence=evidence,
            reason=f"{show(change)} “{' '.join(named.group(0).split())}” sets {show(end)} against the offer price "
            f"the article states, {show(start)}",
        )
