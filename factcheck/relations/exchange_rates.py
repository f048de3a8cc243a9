"""Exchange rates: conversions printed side by side must use one rate across an article.

A conversion is an amount restated in another currency right after it: in
brackets ("$26.2 million (£20.5m)", "Rs 830 crore ($100 million)") or after ",
or" ("€50 million, or about $55 million"). Each gives a rate. An article
converts at one rate, so every two conversions between the same currencies
must agree.

Each conversion is a layout (structure); the pairing of two conversions rests
on the one-rate habit of a news desk. A conversion set in another time ("at the
time", "then worth", "at today's rates", or a figure dated in another year than
the one it is set against) may have been made at that time's rate: the pairing
is then left uncertain.

A bare dollar figure in brackets after one marked as the US dollar ("US$237 billion ($332 billion)") is the
paper's own dollar: a conversion like any other.

Shop prices printed side by side ("costs $699 (£649)") are often set for each
market rather than converted; such a pair leaves the pairing uncertain too.

Each conversion is set against the article's reference conversion between the
same currencies: the one most others agree with, and among those the most
precisely printed (its rate has the narrowest rounding interval).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.intervals import Interval
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue
from factcheck.relations.per_unit import currency_of, price_noun

_BRACKET = re.compile(
    r"^\s*\(\s*(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+)?$", re.I
)
_OR = re.compile(
    r"^\s*,?\s*or\s+(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+)?$", re.I
)
_CLOSE = re.compile(r"^\s*(?:\)|,\s*(?:or|and)\s|[,.;]|$)")
_OTHER_TIME = re.compile(
    r"\bat\s+the\s+time\b|\bthen\s+(?:worth|about|equal)|\bat\s+(?:today['’]s|current|present)\s+(?:exchange\s+)?rates?"
    r"|\bat\s+the\s+(?:then|prevailing|historical)|\bin\s+(?:today['’]s|current)\s+(?:money|terms|dollars|prices)"
    r"|\binflation[\s-]adjusted|\badjusted\s+for\s+inflation",
    re.IGNORECASE,
)
# A shop price in two markets is set for each market, not converted: "costs $699 (£649)".
_RETAIL = re.compile(
    r"\b(?:costs?|costing|priced|retails?|retailing|sells?\s+for|selling\s+for|RRP|MSRP|starts?\s+at|starting\s+at"
    r"|set\s+you\s+back|subscription|per\s+month|a\s+month)\b",
    re.IGNORECASE,
)
_SLACK = 0.03


@dataclass(frozen=True)
class Conversion:
    amount: Claim
    converted: Claim
    rate: Interval  # units of the converted currency per one unit of the amount's
    point: float
    how: str  # "brackets" or "or"
    key: tuple[str, str]  # the amount's currency and the converted one's


# A dollar marked as the US one: "US$237 million", "$US29 billion", "USD 40m", "U.S. $5".
_US_MARKED = re.compile(r"^(?:US\s?\$|\$\s?US|USD|U\.S\.\s?\$)", re.IGNORECASE)
_US_MARKED = gated(_US_MARKED)  # tried on every figure's window, seldom matching there
# A bare dollar sign: the dollar of the paper's own country when it marks the US one apart.
_BARE_DOLLAR = re.compile(r"^\$\s?\d")


def _currencies(ctx: ArticleContext, a: Claim, b: Claim) -> tuple[str, str]:
    """The two currencies, telling the US dollar from the local one: "$US29 billion ($40 billion)".

    Papers in Australia, New Zealand, Canada or Singapore print their own dollar bare and mark the US one; a bare
    dollar figure in brackets after a marked one restates it in the local dollar (nobody prints "US$5 ($5)").
    """
    ua, ub = currency_of(a), currency_of(b)
    if ua == ub == "USD":
        printed_a, printed_b = (ctx.text[c.span[0] : c.span[1]] for c in (a, b))
        if _US_MARKED.match(printed_a) and _BARE_DOLLAR.match(printed_b):
            return ua, "$ (local)"
        if _BARE_DOLLAR.match(printed_a) and _US_MARKED.match(printed_b):
            return "$ (local)", ub
    return ua, ub


def conversions(ctx: ArticleContext) -> list[Conversion]:
    def make() -> list[Conversion]:
        found = []
        for claims in ctx.sentence_groups().values():
            for a, b in pairwise(claims):
                conversion = _conversion(ctx, a, b)
                if conversion is not None:
                    found.append(conversion)
        return found

    return ctx.memo("conversions", make)


def _conversion(ctx: ArticleContext, a: Claim, b: Claim) -> Conversion | None:
    kinds = {a.quantity.kind, b.quantity.kind}
    if not kinds <= {QuantityKind.MONEY, QuantityKind.PER_UNIT} or len(kinds) != 1:
        return None
    if a.quantity.is_range or b.quantity.is_range or (b.change is not None and a.change is None):
        return None
    ua, ub = _currencies(ctx, a, b)
    if not ua or not ub or ua == ub or not a.quantity.value or not b.quantity.value:
        return None
    if QuantityKind.PER_UNIT in kinds and price_noun(ctx, a) != price_noun(ctx, b):
        return None
    gap = ctx.text[a.span[1] : b.span[0]]
    if _BRACKET.match(gap):
        how = "brackets"
        if not re.match(r"^\s*\)", ctx.text[b.span[1] : b.span[1] + 3]):
            return None  # "(£20.5m in 2019 ...": more than a conversion in the brackets
    elif _OR.match(gap):
        how = "or"
        if not _CLOSE.match(ctx.text[b.span[1] : b.span[1] + 6]):
            return None
    else:
        return None
    rate = interval(b) / interval(a)
    point = b.quantity.value / a.quantity.value
    if not rate.bounded or point <= 0:
        return None
    if "$ (local)" in (ua, ub) and how != "brackets":
        return None  # "US$5 million, or $7 million": only brackets restate a figure in the local dollar
    return Conversion(a, b, rate, point, how, (ua, ub))


def _rate_in(conversion: Conversion, key: tuple[str, str]) -> Interval:
    if conversion.key == key:
        return conversion.rate
    return 1 / conversion.rate


def _agree(a: Interval, b: Interval) -> bool:
    return a.widen(abs(a.mid) * _SLACK).overlaps(b)


def _other_time(ctx: ArticleContext, conversion: Conversion) -> str | None:
    start = max(conversion.amount.sentence_span[0], conversion.amount.span[0] - 60)
    end = min(conversion.converted.sentence_span[1], conversion.converted.span[1] + 60)
    found = _OTHER_TIME.search(ctx.text[start:end])
    return found.group(0) if found else None


def _retail(ctx: ArticleContext, conversion: Conversion) -> bool:
    amount = conversion.amount
    lead = ctx.text[max(amount.sentence_span[0], amount.span[0] - 50) : amount.span[0]]
    return bool(_RETAIL.search(lead)) or amount.quantity.value == conversion.converted.quantity.value


def _year(claim: Claim) -> int | None:
    return claim.period.year if claim.period is not None else None


@finder("exchange_rates")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    groups: dict[frozenset[str], list[Conversion]] = {}
    for conversion in conversions(ctx):
        groups.setdefault(frozenset(conversion.key), []).append(conversion)
    for items in groups.values():
        if len(items) < 2:
            continue
        key = items[0].key
        rates = [_rate_in(c, key) for c in items]
        support = [sum(_agree(r, o) for o in rates) for r in rates]
        plain = [not _retail(ctx, c) for c in items]
        reference_index = max(
            range(len(items)), key=lambda i: (plain[i], support[i], -rates[i].width / abs(rates[i].mid))
        )
        reference = items[reference_index]
        for i, item in enumerate(items):
            if i == reference_index:
                continue
            yield _relation(ctx, item, reference, len(items))


def _relation(ctx: ArticleContext, item: Conversion, reference: Conversion, count: int) -> Relation:
    doubts = []
    for conversion in (item, reference):
        words = _other_time(ctx, conversion)
        if words:
            doubts.append(f"“{words}” may mean {show(conversion.amount)} was converted at another time's rate")
    for conversion in (item, reference):
        lead = ctx.text[
            max(conversion.amount.sentence_span[0], conversion.amount.span[0] - 50) : conversion.amount.span[0]
        ]
        same_digits = conversion.amount.quantity.value == conversion.converted.quantity.value
        if _RETAIL.search(lead) or same_digits:
            doubts.append(
                f"{show(conversion.amount)} and {show(conversion.converted)} may be prices set for two markets"
            )
    years = [_year(c.amount) or _year(c.converted) for c in (item, reference)]
    if years[0] != years[1]:
        dated = item if years[0] is not None else reference
        when = next(c.period.text for c in (dated.amount, dated.converted) if c.period is not None)
        doubts.append(f"{show(dated.amount)} is dated {when}, unlike the other, and may have been converted at that "
                      "time's rate")  # fmt: skip
    evidence = Evidence(
        tie=Tie.STRUCTURE,
        cues=[
            cue(ctx, (item.amount.span[1], item.converted.span[0]), "a conversion"),
            cue(ctx, (reference.amount.span[1], reference.converted.span[0]), "a conversion"),
        ],
        sentences_apart=ctx.sentences_apart(item.amount, reference.amount),
        # One article, one exchange rate between two currencies: the conversions need no shared subject.
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
        period=Agreement.UNKNOWN,
        doubts=doubts,
    )
    a, b = item.key
    return Relation(
        kind=RelationKind.EXCHANGE_RATE,
        members=roles(
            amount=item.amount,
            converted=item.converted,
            reference_amount=reference.amount,
            reference_converted=reference.converted,
        ),
        evidence=evidence,
        reason=f"{show(item.amount)} is converted to {show(item.converted)} and {show(reference.amount)} to "
        f"{show(reference.converted)} in the same article ({count} conversions between {a} and {b})",
        # the currencies as the finder told them apart ("$US29 billion ($40 billion)": both read as dollars)
        params={"slack": _SLACK, "same_way": item.key == reference.key, "base": a, "quote": b},
    )
