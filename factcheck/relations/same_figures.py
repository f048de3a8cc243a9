"""One figure stated twice, and an unrounded figure against its rounded form.

* The same figure twice: two figures of one subject, one measure and one period (or both undated), of the same
  kind, not set against each other ("$53 billion in AI" and, later, "its $53 billion AI investment"). Only
  measures a story states once per subject and period take part (revenue, profit, market value, investment,
  headcount ...): prices, index levels and rates move within a story and are stated many times. Nothing in the
  words ties the two, so the pairing is inferred: certain only when subject and measure are both known and agree.
* Unrounded: "Before rounding, prices were up 0.244 percent" restates the figure of the same kind just before it
  ("rose 0.2 percent"); the words "before rounding" tie them.
* Spelled out, then in digits: "Forty-one percent (41%) of members", "twelve (12) months", "two million
  (2,000,000) shares". A figure written in words with a bracket right after it that holds nothing but a figure
  in digits of the same kind and unit gives one figure twice, the style of polling releases and contracts. A
  bracket with other words in it ("(up from 38%)"), or a figure of another unit ("(12% of the total)", "(£4m)"),
  says something else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles, scale_doubts
from factcheck.relations.evidence import cue, inferred, stated_together
from factcheck.relations.prose import is_estimate, is_prior_by_date, lead, starts_from

# Measures an article states once per subject and period.
_ONCE = frozenset(
    {"revenue", "net income", "operating income", "pre-tax profit", "market value", "dividend",
     "earnings per share", "ebitda", "gross profit", "total income", "expenses", "debt", "deficit"}
)  # fmt: skip
_COMPARED = re.compile(
    r"\b(?:from|against|versus|vs\.?|compared|a year (?:ago|earlier)|year[- ]ago|last year|previous|prior|preceding"
    r"|same (?:period|quarter|time)|year[- ]on|earlier|before|since|to|instead\s+of|rather\s+than)\b",
    re.IGNORECASE,
)
# Forecasts, targets and plans are not the record: two of them may differ by design.
_FORWARD = re.compile(
    r"\b(?:expects?|expected|forecasts?|guidance|outlook|targets?|plans?|projects?|projected|estimates?|sees|would"
    r"|could|may|might|will)\b",
    re.IGNORECASE,
)


def _period_key(claim: Claim) -> tuple | None:
    ref = claim.period
    if ref is None:
        return None
    return (ref.kind.value, ref.year, ref.quarter, ref.month, ref.day, ref.part, ref.months, ref.text.lower())


def _set_against(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure compared with something, or dated before: a different time, not a restatement."""
    return bool(
        _COMPARED.search(lead(ctx, claim, 40))
        or starts_from(ctx, claim)
        or is_prior_by_date(ctx, claim)
        or is_estimate(ctx, claim)
        or claim.change is not None
        or claim.quantity.is_range
        or _FORWARD.search(ctx.text[claim.sentence_span[0] : claim.span[0]])
    )


@finder("same_figures")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _unrounded(ctx)
    yield from _spelled_then_digits(ctx)
    figures = [c for c in ctx.claims if c.measure in _ONCE and c.subject and not _set_against(ctx, c)]
    for i, a in enumerate(figures):
        for b in figures[i + 1 :]:
            if a.measure != b.measure or not same_unit(a, b) or a.sentence_span == b.sentence_span:
                continue
            if _period_key(a) != _period_key(b):
                continue
            if a.quantity.text.strip() == b.quantity.text.strip():
                continue  # repeated word for word: nothing to check
            if scale_doubts([a, b]):
                continue  # "£9.9m" and "3.9p": a total and a per-share figure, not one figure twice
            doubts = []
            if not (_RESTATED.search(lead(ctx, a, 40)) or _RESTATED.search(lead(ctx, b, 40))):
                # "$5.5 billion in Mac revenue" and "$10.2 billion in revenue from China": parts of one measure
                # are stated side by side; only "its $53 billion investment" reads as the same figure again.
                doubts.append("neither figure is worded as a restatement (“its …”), so they may be different parts")
            evidence = inferred(ctx, [a, b], period=Agreement.AGREE, doubts=doubts)
            if evidence.subject != Agreement.AGREE:
                continue
            yield Relation(
                kind=RelationKind.SAME_FIGURE,
                members=roles(first=a, second=b),
                evidence=evidence,
                reason=f"both give {a.subject}'s {a.measure}"
                + (f" for {a.period.text}" if a.period else "")
                + ", and neither is set against another time",
            )


# "its $53 billion investment", "the $4.1 billion deal": a figure used to name something already stated.
# "Acme's revenue of $4.2bn": the measure named whole, with no part of it.
_RESTATED = re.compile(
    r"(?:\b(?:its|their|his|her|the|this|that)\s+(?:[a-z]+\s+)?|['’]s\s+(?:total\s+)?[a-z]+(?:\s+[a-z]+)?\s+of\s+)"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)

_UNROUNDED = re.compile(r"\b(?:before rounding|unrounded|not rounded|exact figure|precisely)\b", re.IGNORECASE)
_UNROUNDED = gated(_UNROUNDED)  # tried on every figure's window, seldom matching there


def _unrounded(ctx: ArticleContext) -> Iterator[Relation]:
    for exact in ctx.claims:
        said = _UNROUNDED.search(lead(ctx, exact, 60))
        if said is None:
            continue
        earlier = [
            c
            for c in ctx.claims_in(max(0, exact.span[0] - 300), exact.span[0])
            if c.span[1] <= exact.span[0]
            and c.quantity.kind == exact.quantity.kind
            and c.quantity.unit == exact.quantity.unit
            and c.quantity.rounding > exact.quantity.rounding
        ]
        if not earlier:
            continue
        rounded = earlier[-1]
        offset = exact.span[0] - len(lead(ctx, exact, 60))
        span = (offset + said.start(), offset + said.end())
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=rounded, second=exact),
            evidence=stated_together(ctx, [rounded, exact], [cue(ctx, span, "the unrounded figure")], tie=Tie.CUE),
            reason=f"“{said.group(0)}” gives {show(exact)} as the unrounded form of {show(rounded)}",
            params={"unrounded": True},
            spans=[span],
        )


# Only the bracket's own figure between "(" and ")": "(41%)", "( 12 )".
_BRACKETED = re.compile(r"\s*\(\s*$")
_BRACKET_END = re.compile(r"^\s*\)")


def _spelled_then_digits(ctx: ArticleContext) -> Iterator[Relation]:
    for words, digits in zip(ctx.claims, ctx.claims[1:], strict=False):
        if any(ch.isdigit() for ch in words.quantity.text) or not any(ch.isdigit() for ch in digits.quantity.text):
            continue
        between = ctx.text[words.span[1] : digits.span[0]]
        if not _BRACKETED.fullmatch(between) or not _BRACKET_END.match(ctx.text[digits.span[1] : digits.span[1] + 3]):
            continue
        if words.quantity.kind != digits.quantity.kind or not same_unit(words, digits):
            continue
        if digits.quantity.is_range or words.quantity.is_range:
            continue
        span = (words.span[1], digits.span[1] + 1)
        yield Relation(
            kind=RelationKind.SAME_FIGURE,
            members=roles(first=words, second=digits),
            evidence=stated_together(ctx, [words, digits], [cue(ctx, span, "the figure again, in digits")]),
            reason=f"{show(words)} is written out and given again in digits in the bracket after it: {show(digits)}",
            params={"in_digits": True},
            spans=[span],
        )
