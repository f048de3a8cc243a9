"""A margin: profit over revenue, both stated in the article.

"The net margin rose to 5.6%" is the article's one net profit over its one
revenue (``part_share``: part profit, whole revenue, share the margin). The kind
of margin names the profit ("operating margin": operating profit; "net" or a
bare "profit margin": net profit); a margin with no such word ("margin contracts
to 11.2%", often the EBITDA margin of an earnings wrap) is read as net but left
uncertain; a margin that is no sales margin ("interest margin", "margin of
error") is left alone. The start of the margin's move
("climbed to 5.6% from 4.9%") is set against the starts of the profit's and the
revenue's moves. Nothing but the words' measures ties the figures (inferred);
another profit or revenue of that kind leaves the pairing uncertain, but an "adjusted" or "normalized"
margin is the profit's named so (a reported profit beside it is no rival); a revenue in other units than the profit's
(the same revenue restated in another currency) is no rival.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import statements
from factcheck.relations.evidence import cue, periods
from factcheck.relations.part_shares import is_whole
from factcheck.relations.parts import fits, is_prior
from factcheck.relations.prose import lead, starts_from, trail

_MARGIN = re.compile(
    r"\b(?P<kind>net|operating|gross|profit|pre-?tax|normali[sz]ed|adjusted)?\s*(?P<profit>profit\s+)?margins?\b"
    r"(?!\s+of\b)[^.;%\d]{0,40}$",
    re.IGNORECASE,
)
_MARGIN = gated(_MARGIN)  # tried on every figure's window, seldom matching there
_NOT_SALES_MARGIN = re.compile(r"\b(?:interest|victory|error|safety|call|loan|lending)\s+margins?\b", re.IGNORECASE)
_PER_SHARE = re.compile(r"^\s*(?:euro\s+|us\s+)?(?:cents?\s+)?(?:per|a)\s+(?:ordinary\s+)?share\b", re.IGNORECASE)


# Margins named for a profit restated without some items: only the profit named the same way is theirs.
_QUALIFIER = re.compile(
    r"\b(adjusted|normali[sz]ed)\s+(?:(?:net|operating|gross|pre-?tax|profit)\s+){0,2}margins?\b(?!\s+of\b)[^.;%\d]{0,40}$",
    re.IGNORECASE,
)


def _qualified(ctx: ArticleContext, profit: Claim, word: str) -> bool:
    """The profit's sentence names it with the margin's qualifier before the figure, and no other money figure
    stands between ("Adjusted net income, which leaves out ..., was $41 million")."""
    before = ctx.text[profit.sentence_span[0] : profit.span[0]]
    stem = "normali[sz]ed" if word.lower().startswith("normali") else re.escape(word)
    named = list(re.finditer(rf"\b{stem}\b", before, re.IGNORECASE))
    if not named:
        return False
    start = profit.sentence_span[0] + named[-1].end()
    return not any(c.quantity.kind == QuantityKind.MONEY for c in ctx.claims_in(start, profit.span[0]))


def _profit_kind(claim: Claim) -> str | None:
    measure = (claim.measure or "").lower()
    for kind in ("operating", "gross", "pre-tax", "net"):
        if kind in measure:
            return kind
    return "net" if measure in ("profit", "net income", "earnings") else None


def _margins(ctx: ArticleContext) -> Iterator[Relation]:
    """ "The net margin rose to 5.6%" against the article's one net profit and its one revenue: profit / revenue."""
    levels = [
        c
        for c in ctx.claims
        if c.quantity.kind == QuantityKind.MONEY
        and is_whole(ctx, c)
        and not _PER_SHARE.match(trail(ctx, c, 30))
        and not starts_from(ctx, c)
    ]
    revenues = [c for c in levels if (c.measure or "").lower() in ("revenue", "sales", "turnover")]
    for margin in ctx.claims:
        if margin.quantity.kind != QuantityKind.PERCENT or is_prior(ctx, margin) or starts_from(ctx, margin):
            continue
        found = _MARGIN.search(lead(ctx, margin, 60))
        if found is None or _NOT_SALES_MARGIN.search(lead(ctx, margin, 60)):
            continue
        word = (found.group("kind") or "net").lower()
        kind = (
            "net"
            if word in ("net", "profit", "normalized", "normalised", "adjusted")
            else word.replace("pretax", "pre-tax")
        )
        profits = [c for c in levels if _profit_kind(c) == kind]
        if not profits or not revenues:
            continue
        # Revenue restated in another currency ("Rs 21,803 crore ... In dollar terms, $3,131 million") is the same
        # figure, not a rival: only the revenues in the profit's units can be its whole.
        profits = [p for p in profits if any(fits(p, r) for r in revenues)] or profits
        qualifier = _QUALIFIER.search(lead(ctx, margin, 60))
        if qualifier is not None and len(profits) > 1:
            # "the adjusted margin" is the adjusted profit's: a reported profit beside it is no rival
            profits = [p for p in profits if _qualified(ctx, p, qualifier.group(1))] or profits
        profit = profits[0]
        fitting = [r for r in revenues if fits(profit, r)] or revenues
        revenue = fitting[0]
        if not fits(profit, revenue) or profit.quantity.value >= revenue.quantity.value:
            continue
        ambiguous = [show(c) for c in (*profits[1:], *fitting[1:])]
        # "Margin narrows to 11.2% vs 12.5%" in an earnings wrap is the EBITDA margin of the line before; a
        # bare "margin" names no profit, and the net one is only a guess.
        doubts = (
            []
            if found.group("kind") or found.group("profit")
            else ["a bare “margin” names no profit: it may be the EBITDA or operating margin"]
        )
        period = periods([profit, revenue])
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, (margin.span[0] - len(found.group(0)), margin.span[0]), "a margin")],
            sentences_apart=max(ctx.sentences_apart(margin, profit), ctx.sentences_apart(margin, revenue)),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.DISAGREE if period == Agreement.DISAGREE else Agreement.AGREE,
            ambiguous=ambiguous,
            doubts=doubts,
        )
        reason = (
            f"{show(margin)} is called a {word} margin; {show(profit)} is the article's {profit.measure} and "
            f"{show(revenue)} its {revenue.measure}, and a margin is the one over the other"
        )
        yield _margin_relation(profit, revenue, margin, evidence, reason)
        # The margin's start, "climbed to 5.6% from 4.9%", against the starts of the profit's and revenue's moves.
        starts = {s.end.id: s.start for s in statements(ctx) if s.start is not None and s.end is not None}
        earlier = [starts.get(c.id) for c in (margin, profit, revenue)]
        if all(c is not None and c.quantity.kind == k for c, k in zip(earlier, _MARGIN_KINDS, strict=True)):
            prior_margin, prior_profit, prior_revenue = earlier
            assert prior_margin is not None and prior_profit is not None and prior_revenue is not None
            prior_evidence = evidence.model_copy(
                update={"cues": [*evidence.cues, cue(ctx, prior_margin.span, "the margin a move starts from")]}
            )
            prior_reason = (
                f"{show(prior_margin)} is the {word} margin {show(margin)} moved from; {show(prior_profit)} and "
                f"{show(prior_revenue)} are where the {profit.measure} and {revenue.measure} moved from"
            )
            yield _margin_relation(prior_profit, prior_revenue, prior_margin, prior_evidence, prior_reason)


_MARGIN_KINDS = (QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.MONEY)


def _margin_relation(profit: Claim, revenue: Claim, margin: Claim, evidence: Evidence, reason: str) -> Relation:
    return Relation(
        kind=RelationKind.PART_SHARE,
        members=[
            Member(role="part", claim=profit.id),
            Member(role="whole", claim=revenue.id),
            Member(role="share", claim=margin.id),
        ],
        evidence=evidence,
        reason=reason,
        params={"rule": "share"},
        spans=[evidence.cues[0].span],
    )


@finder("part_margins")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _margins(ctx)
