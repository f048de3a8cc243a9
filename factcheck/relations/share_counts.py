"""Share counts: a total restated per share, set against an earlier total restated per share.

"net income of $120 million, or 40 cents a share, up from $100 million, or 33
cents" gives two share counts (300 million and 303 million) that must roughly
agree: a company's share count barely moves within a year or a quarter. The
figures are read in one sentence:

* a total and its per-share restatement are tied by ", or" ("$120 million, or 40
  cents a share", "a loss of $9 million, or a loss of 3 cents per share"), by a
  bracket, or by "and" when the clause names both ("net income and earnings per
  share were $120 million and 40 cents per share");
* the two pairs are tied by the words that set a figure against an earlier one
  ("up from", "compared with", "against", "versus", "from"), with nothing but a
  percentage change between them ("up 20% from").

The later per-share figure is often printed bare ("or 33 cents"): it takes the
per-share reading of its pair. Every tie is a cue in one clause, so the pairing
is certain, unless the sentence hints that the per-share figure has another
basis (after preferred dividends, attributable to one class) or one pair is
adjusted and the other is not.

Two pairs stated apart ("earnings of $25 million, up from $15 million ... EPS of
10 cents from 6 cents") are paired too when the nearby text holds no other
such pair: that evidence is inferred.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import quote, roles, statements
from factcheck.relations.evidence import cue, periods
from factcheck.relations.per_unit import (
    clause_lead,
    currency_of,
    is_amount,
    lead_since,
    previous_in_sentence,
    price_noun,
)
from factcheck.relations.prose import has_break, is_prior_by_date, starts_from

_PAIR_TIE = re.compile(
    r"^\s*(?:,?\s*or\s+|\(\s*|and\s+)(?:an?\s+(?:net\s+)?(?:loss|profit|gain)\s+of\s+)?"
    r"(?:about\s+|around\s+|roughly\s+)?(?:[A-Z]{1,3}\$|[$£€¥₹]|Rs\.?\s*)?$"
)
_SHARE_NOUNS = frozenset({"share", "ads", "adr", "unit", "stock"})
_AGAINST = re.compile(
    r"\b(?:from|compared\s+(?:with|to)|against|versus|vs\.?|as\s+against|in\s+comparison\s+(?:with|to))\b",
    re.IGNORECASE,
)
_BASIS = re.compile(
    r"\b(?:attributable|preferred|available\s+to\s+(?:common|ordinary)|per\s+class|class\s+[ab]\b|pro\s+forma)",
    re.IGNORECASE,
)
_ADJUSTED = re.compile(
    r"\b(?:adjusted|excluding|excluded|before\s+(?:one-time|special|exceptional)|underlying|core|non-gaap|operating"
    r"|recurring|continuing\s+operations)\b",
    re.IGNORECASE,
)


def _per_share(ctx: ArticleContext, claim: Claim) -> bool:
    noun = price_noun(ctx, claim)
    return noun is not None and (noun in _SHARE_NOUNS or noun.endswith("share"))


def _pairs(ctx: ArticleContext, claims: list[Claim]) -> list[tuple[Claim, Claim, bool]]:
    """(total, per share, printed per share) pairs of one sentence, in order."""
    found = []
    for total, per in pairwise(claims):
        if not is_amount(total) or per.change is not None or per.quantity.is_range:
            continue
        if per.quantity.kind not in (QuantityKind.MONEY, QuantityKind.PER_UNIT):
            continue
        gap = ctx.text[total.span[1] : per.span[0]]
        if not _PAIR_TIE.match(gap) or currency_of(total) != currency_of(per):
            continue
        if not per.quantity.value or abs(total.quantity.value) < 1000 * abs(per.quantity.value):
            continue
        printed = _per_share(ctx, per)
        if gap.strip().startswith("and") and not printed:
            continue  # "$5 million and $2 million": two amounts, not a restatement
        if not printed and per.quantity.kind == QuantityKind.PER_UNIT:
            continue  # per something else ("a tonne")
        found.append((total, per, printed))
    return found


def _qualified(ctx: ArticleContext, total: Claim) -> bool:
    return bool(_ADJUSTED.search(clause_lead(ctx, total)[-70:]))


def _same_sentence(ctx: ArticleContext) -> Iterator[tuple[Relation, set[str]]]:
    for claims in ctx.sentence_groups().values():
        pairs = _pairs(ctx, claims)
        for (t1, p1, printed1), (t0, p0, _) in pairwise(pairs):
            if not printed1:
                continue  # the first pair must say it is per share; the second may lean on it
            gap = ctx.text[p1.span[1] : t0.span[0]]
            between = ctx.claims_in(p1.span[1], t0.span[0])
            if any(c.quantity.kind != QuantityKind.PERCENT or c.change is None for c in between):
                continue
            if has_break(gap) or len(gap) > 90 or not _AGAINST.search(gap):
                continue
            members = [t1, p1, t0, p0]
            doubts = []
            sentence = ctx.text[t1.sentence_span[0] : t1.sentence_span[1]]
            if _BASIS.search(sentence):
                doubts.append("the sentence hints that the per-share figures have another basis than the totals")
            if p0.quantity.kind == QuantityKind.PER_UNIT and not _per_share(ctx, p0):
                doubts.append(f"{show(p0)} is per another unit")
            evidence = Evidence(
                tie=Tie.CUE,
                cues=[
                    cue(ctx, (t1.span[1], p1.span[0]), "a total restated per share"),
                    cue(ctx, (p1.span[1], t0.span[0]), "set against an earlier figure"),
                    cue(ctx, (t0.span[1], p0.span[0]), "the earlier total restated per share"),
                ],
                subject=Agreement.AGREE,
                metric=Agreement.AGREE,
                unit=Agreement.AGREE,
                period=Agreement.UNKNOWN,
                doubts=doubts,
            )
            yield (
                Relation(
                    kind=RelationKind.SHARE_COUNT,
                    members=roles(total=t1, per_share=p1, prior_total=t0, prior_per_share=p0),
                    evidence=evidence,
                    reason=f"one sentence gives a total and its per-share figure against an earlier pair: "
                    f"“{quote(ctx, members, 200)}”",
                ),
                {c.id for c in members},
            )


_EPS = re.compile(r"\b(?:earnings|profits?|income|loss(?:es)?)\s+per\s+(?:ordinary\s+)?share\b|\bEPS\b", re.IGNORECASE)
_EPS = gated(_EPS)  # tried on every figure's window, seldom matching there
# The profit per-share earnings divide: after tax and interest, for the whole company.
_PROFIT = re.compile(
    r"\bnet\s+(?:income|profit|earnings|loss)\b|\bprofits?\b|\bearnings\b|\blosses?\b|\bearned\b", re.IGNORECASE
)
_NOT_NET = re.compile(
    r"\bbefore\s+(?:tax|interest)|\bpre-?tax\b|\boperating\b|\bgross\b|\brevenue|\bturnover\b|\bsales\b"
    r"|\btotal\s+income\b|\binvestment\s+income\b|\bEBIT|\bfrom\s+operations\b|\bdividends?\b|\bsegment\b",
    re.IGNORECASE,
)


def _names(ctx: ArticleContext, claim: Claim, pattern: re.Pattern[str]) -> bool:
    """The words that name ``claim`` (its clause since the figure before it) match ``pattern``, with no other basis."""
    words = lead_since(ctx, claim)[-80:]
    previous = previous_in_sentence(ctx, claim)
    # "net profit rose 40% to $3 million", "profit nearly tripled to $3 million": the figure just before is the
    # move's own size, and the measure is named before it.
    own_size = previous is not None and previous.change is not None and _LINK_ONLY.match(words)
    if not words.strip(" ,") or own_size:
        words = clause_lead(ctx, claim)[-80:]
    return bool(pattern.search(words)) and not _NOT_NET.search(words)


_LINK_ONLY = re.compile(r"^\s*,?\s*(?:to|at|of)\s*(?:about|around|nearly|almost|some)?\s*$", re.IGNORECASE)
# Results name the profit in the lead and the per-share figure a paragraph or two on.
_REACH = 3


def _apart(ctx: ArticleContext, used: set[str]) -> Iterator[Relation]:
    """ "earnings of $31 million, up from $22 million ... EPS was 12 cents, from 8.5 cents"."""
    eps_pairs = []
    money_pairs = []
    for statement in statements(ctx):
        start, end = statement.start, statement.end
        if start is None or end is None or start.id in used or end.id in used:
            continue
        if start.quantity.kind not in (QuantityKind.MONEY, QuantityKind.PER_UNIT) or currency_of(start) != currency_of(
            end
        ):
            continue
        first = min(start, end, key=lambda c: c.span[0])
        if _names(ctx, first, _EPS):
            eps_pairs.append((end, start))
        elif _names(ctx, first, _PROFIT) and is_amount(start) and is_amount(end):
            money_pairs.append((end, start))
    seen = {(t1.id, t0.id) for t1, t0 in money_pairs}
    for claims in ctx.sentence_groups().values():
        # "profit of $31 million, 41% above the profit of $22 million for the same half a year before"
        amounts = [c for c in claims if is_amount(c) and c.id not in used]
        for t1, t0 in pairwise(amounts):
            if (t1.id, t0.id) in seen or currency_of(t1) != currency_of(t0) or _is_earlier(ctx, t1):
                continue
            if not _is_earlier(ctx, t0) or not _names(ctx, t1, _PROFIT):
                continue
            if has_break(ctx.text[t1.span[1] : t0.span[0]]):
                continue
            money_pairs.append((t1, t0))
    for e1, e0 in eps_pairs:
        index = ctx.sentence_index(e1.span[0])
        near = [(t1, t0) for t1, t0 in money_pairs if abs(ctx.sentence_index(t1.span[0]) - index) <= _REACH]
        near = [(t1, t0) for t1, t0 in near if currency_of(t1) == currency_of(e1)]
        near = [(t1, t0) for t1, t0 in near if abs(t1.quantity.value) >= 1000 * abs(e1.quantity.value or 1)]
        if not near:
            continue
        near.sort(key=lambda pair: abs(pair[0].span[0] - e1.span[0]))
        t1, t0 = near[0]
        doubts = []
        if _qualified(ctx, t1) != bool(_ADJUSTED.search(clause_lead(ctx, e1)[-80:])):
            doubts.append("one pair is adjusted or excludes items and the other does not")
        spans = (_span_words(ctx, t1), _span_words(ctx, e1))
        if periods([t1, e1]) == Agreement.DISAGREE or (all(spans) and not spans[0] & spans[1]):
            doubts.append("the two pairs may cover different periods")
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, e1.span, "per-share pair"), cue(ctx, t1.span, "total pair")],
            sentences_apart=ctx.sentences_apart(t1, e1),
            # The pairs name a profit and earnings per share; each pair's own words tie current and earlier.
            subject=Agreement.AGREE if len(near) == 1 else Agreement.UNKNOWN,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            ambiguous=[f"{show(a)} against {show(b)}" for a, b in near[1:]],
            doubts=doubts,
        )
        yield Relation(
            kind=RelationKind.SHARE_COUNT,
            members=roles(total=t1, per_share=e1, prior_total=t0, prior_per_share=e0),
            evidence=evidence,
            reason=f"{show(t1)} against {show(t0)} is the profit pair and {show(e1)} against {show(e0)} the "
            "per-share pair stated near it",
        )


_SPANS = (
    ("quarter", re.compile(r"\bquarter(?:ly)?\b|\bQ[1-4]\b", re.IGNORECASE)),
    ("half", re.compile(r"\bhalf(?:-year)?\b|\bsix\s+months\b|\b[12]H|\bH[12]\b|\binterim\b", re.IGNORECASE)),
    ("nine months", re.compile(r"\bnine\s+months\b", re.IGNORECASE)),
    ("year", re.compile(r"\bfull[\s-]year\b|\bfor\s+the\s+year\b|\bannual\b|\bfiscal\s+year\b", re.IGNORECASE)),
)


def _span_words(ctx: ArticleContext, claim: Claim) -> set[str]:
    """The stretches of time a figure's sentence names: quarter, half, nine months, year."""
    sentence = ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]
    return {name for name, pattern in _SPANS if pattern.search(sentence)}


def _is_earlier(ctx: ArticleContext, claim: Claim) -> bool:
    return bool(
        starts_from(ctx, claim)
        or is_prior_by_date(ctx, claim)
        or re.search(r"\bthan\s+(?:\w+\s+){0,3}?(?:of\s+)?$", lead_since(ctx, claim)[-40:], re.I)
    )


@finder("share_counts")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    used: set[str] = set()
    for relation, ids in _same_sentence(ctx):
        used |= ids
        yield relation
    yield from _apart(ctx, used)
