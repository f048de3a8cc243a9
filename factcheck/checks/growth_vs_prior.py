"""Growth against a stated prior figure: "X, up P% from Y", possibly across sentences.

Rule: a relative change P whose current level X is known, and a prior level Y
of the same series stated elsewhere ("... against Rs 750 crore a year ago",
"in the year-ago period"), must satisfy (X - Y) / Y = P. A change stated with
only its start ("increased 12 per cent from Rs 4,941 crore") is matched to
the current level of the same series nearby. A change with no level at all
(a lead's "profit grew 10 percent") is matched to a current/prior pair stated
within the next two sentences ("net income of $359.4 million, up from $325.6
million").

A prior is only used when its comparison basis agrees with the change's: a
year-on-year growth rate is never measured against the previous quarter's
figure, nor a quarter-on-quarter one against last year's (both are stated
side by side in results reports, and mixing them is the classic false alarm).
Pairs that percent_change already settles (both ends in the change's own
clause) are left to it.

Tolerance: rounding intervals widened by hedges, over all corners; the
relation holds when the computed change overlaps the stated one. A flipped
sign is an error; other misses are warnings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.checks import register
from factcheck.checks.base import (
    ROUNDING,
    CheckContext,
    basis,
    claim_basis,
    comparable_levels,
    cue_from,
    cue_to,
    finding,
    interval,
    is_level,
    is_relative_change,
    judge,
    pct,
    rounding_interval,
    same_subject,
    same_unit,
    show,
    signed,
)
from factcheck.claim import Claim
from factcheck.finding import Finding
from factcheck.intervals import percent_change

NAME = "growth_vs_prior"

_PRIOR_CUE = re.compile(
    r"\b(from|against|versus|vs\.?|compared\s+(?:with|to)|over|a year (?:ago|earlier)|year[- ]ago|last year"
    r"|previous|prior|preceding|same (?:period|quarter|time)|year[- ]on period|earlier)\b",
    re.IGNORECASE,
)


def _context(ctx: CheckContext, claim: Claim, before: int = 60, after: int = 80) -> str:
    start, end = claim.sentence_span
    return ctx.text[max(start, claim.span[0] - before) : min(end, claim.span[1] + after)]


_PRIOR_BEFORE = re.compile(
    # "from" sits next to its figure ("up from $10", "from the previous Rs 113 crore"); "from continuing
    # operations were £208m" is not a comparison, so it gets fewer words than "against its previous close of".
    r"(?:\bfrom\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,2}"
    r"|\b(?:against|versus|vs\.?|compared\s+(?:with|to)|over|as\s+against|had\s+(?:reported|posted|clocked))"
    r"\s+(?:the\s+|its\s+|a\s+|an\s+)?(?:[\w’'-]+\s+){0,4})(?:of\s+|at\s+)?$",
    re.IGNORECASE,
)
_PRIOR_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(a year (?:ago|earlier|before)|year[- ]ago|last year|previous|prior|preceding"
    r"|same (?:period|quarter|time|month)|year[- ]on period|earlier)\b",
    re.IGNORECASE,
)


def _is_prior(ctx: CheckContext, claim: Claim) -> bool:
    """Set against something ("against Rs 750 crore") or dated before it ("Rs 750 crore a year ago")."""
    start = max(claim.sentence_span[0], claim.span[0] - 60)
    before = ctx.text[start : claim.span[0]]
    stop = min(
        [claim.sentence_span[1] + 1, claim.span[1] + 80] + [c.span[0] for c in ctx.claims if c.span[0] >= claim.span[1]]
    )
    after = ctx.text[claim.span[1] : stop]  # a time cue belongs to the figure only up to the next figure
    return bool(_PRIOR_BEFORE.search(before) or _PRIOR_AFTER.search(after))


def _compatible_basis(ctx: CheckContext, change: Claim, prior: Claim) -> bool:
    mine = claim_basis(ctx, change)
    theirs = basis(_context(ctx, prior, 50, 80))
    # A change over a stated period needs a prior dated on the same basis; "compared with 100 million in
    # the other store" is a comparison between two things, not a start.
    return mine is None or mine == theirs


def _year_in(text: str) -> set[str]:
    return set(re.findall(r"\b(?:19|20)\d\d\b", text))


@register(NAME)
def check(ctx: CheckContext) -> Iterator[Finding]:
    for claim in ctx.claims:
        if not is_relative_change(claim):
            continue
        start, end = cue_from(ctx, claim), cue_to(ctx, claim)
        if start is not None and end is not None:
            continue  # percent_change's case
        if end is not None:
            prior = _find_prior(ctx, claim, end)
            if prior is not None and (found := _judge(claim, prior, end)) is not None:
                yield found
        elif start is not None:
            current = _find_current(ctx, claim, start)
            if current is not None and (found := _judge(claim, start, current)) is not None:
                yield found
        else:
            pair = _find_pair(ctx, claim)
            if pair is not None and (found := _judge(claim, *pair)) is not None:
                yield found


def _find_prior(ctx: CheckContext, change: Claim, current: Claim) -> Claim | None:
    candidates = [
        c
        for c in ctx.claims
        if comparable_levels(c, current)
        and c.span != current.span
        and _is_prior(ctx, c)
        and _compatible_basis(ctx, change, c)
        and c.quantity.kind == current.quantity.kind
    ]
    # The prior must be stated against this current figure, not another one, and near it.
    order = sorted({tuple(c.sentence_span) for c in ctx.claims})
    here = order.index(tuple(current.sentence_span)) if tuple(current.sentence_span) in order else -9
    currents = {
        cue_to(ctx, c).span for c in ctx.claims if is_relative_change(c) and c.id != change.id and cue_to(ctx, c)
    }
    linked = [
        c
        for c in candidates
        if _pairs_with(ctx, c) in (None, current.id)
        and c.span not in currents
        and abs(order.index(tuple(c.sentence_span)) - here) <= 1
        and same_subject(c, current) is not False
    ]
    if not linked:
        return None
    return min(linked, key=lambda c: abs(c.span[0] - current.span[0]))


def _pairs_with(ctx: CheckContext, prior: Claim) -> str | None:
    """The level a prior is compared against in its own sentence, if any."""
    for other in ctx.sentence_claims(prior):
        if other.span[1] <= prior.span[0] and is_level(other) and comparable_levels(other, prior):
            gap = ctx.text[other.span[1] : prior.span[0]]
            if len(gap) < 120 and re.search(r"\b(against|versus|vs\.?|compared|from|over)\b", gap, re.IGNORECASE):
                return other.id
    return None


def _find_current(ctx: CheckContext, change: Claim, prior: Claim) -> Claim | None:
    """ "On a QoQ basis, it increased 12 per cent from Rs 4,941 crore": the level it grew to, said just before."""
    candidates = [
        c
        for c in ctx.claims
        if comparable_levels(c, prior)
        and c.span[1] <= change.span[0]
        and change.span[0] - c.span[1] < 400
        and not _is_prior(ctx, c)
    ]
    return max(candidates, key=lambda c: c.span[0]) if candidates else None


def _find_pair(ctx: CheckContext, change: Claim) -> tuple[Claim, Claim] | None:
    """A lead's bare "grew 10 percent": a current/prior pair in the next two sentences."""
    # First its own sentence ("stood at 1,062 against 1,038, an increase of two per cent"), then the next two.
    own = [c for c in ctx.sentence_claims(change) if c.span[1] <= change.span[0]]
    sentence_end = change.sentence_span[1]
    following = [c for c in ctx.claims if c.span[0] >= sentence_end]
    following_starts = sorted({c.sentence_span for c in following})[:2]
    for index, window in enumerate((own, [c for c in following if c.sentence_span in following_starts])):
        pairs = []
        for c in window:
            if not is_level(c):
                continue
            if index and not same_topic(change.text, c.text):
                continue  # a lead's growth and a later pair about another line of the accounts
            prior = cue_from(ctx, c)
            # The sentence sets the two against each other: that outweighs extraction's metric labels.
            if prior is not None and same_unit(prior, c) and _compatible_basis(ctx, change, prior):
                pairs.append((prior, c))
        if pairs:
            return pairs[0]
    return None


_SYNONYMS = [
    {"profit", "profits", "income", "earnings", "ebitda"},
    {"sales", "revenue", "revenues", "turnover"},
    {"passengers", "passenger", "people", "travellers", "travelers", "customers"},
    {"shipments", "shipped", "units", "deliveries", "delivered", "vehicles", "cars"},
    {"price", "prices", "shares", "stock"},
]
_GENERIC = {
    "percent", "million", "billion", "company", "quarter", "first", "second", "third", "fourth", "which", "there",
    "their", "about", "after", "before", "since", "compared", "reported", "period", "months", "during", "while",
    "total", "global", "annual", "market", "share", "from", "year", "years", "last", "with", "that", "this",
    "have", "were", "been", "than", "also", "more", "over", "into", "earlier", "said", "rose", "fell", "grew",
    "increase", "increased", "decline", "declined", "cent", "same", "time", "ago",
}  # fmt: skip


def _topic_words(text: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)} - _GENERIC
    for group in _SYNONYMS:
        if words & group:
            words |= {f"<{min(group)}>"}
    return words


def same_topic(a: str, b: str) -> bool:
    """Two sentences about the same line of figures: a shared content word or synonym."""
    return bool(_topic_words(a) & _topic_words(b))


def _judge(change: Claim, prior: Claim, current: Claim) -> Finding | None:
    computed = percent_change(interval(prior), interval(current))
    base = prior.quantity.value
    point = (current.quantity.value - base) / base * 100 if base else 0.0
    stated = signed(change)
    expected = 1 + stated.mid / 100
    actual = current.quantity.value / base if base else 0.0
    if abs(point) > 20 * abs(stated.mid) + 50 or expected <= 0 or not 0.1 <= actual / expected <= 10:
        # Pairs matched across sentences: a change this far off says the pair is wrong, not the article.
        return None
    verdict = judge(computed, stated, point, signed(change, rounding_interval(change)))
    return finding(
        NAME,
        [change, prior, current],
        f"{show(prior)} -> {show(current)} is {pct(point)}; the article says {pct(stated.mid)}",
        verdict=verdict,
        computed={"change_percent": point, "interval": computed},
        tolerance=ROUNDING,
    )
