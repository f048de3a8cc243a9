"""Market values against share prices and index moves.

Two shapes:

* gain_vs_price: a stated change in a company's market value over a period
  ("gained over $100 billion in market value in 2025"), its market value now
  ("its market capitalization is $342 billion"), its share price now and its
  share price at the start of that period ("$85 at the start of 2025"). With a
  steady share count the value at the start was the value now x start price /
  price now, so the change is implied. The four figures stand in different
  sentences: the evidence is inferred, and certain only when the company is the
  same for all four and one figure alone fits each role.
* moves_with_price: a market value that moved ("market capitalisation fell by
  Rs 5 lakh crore to Rs 390 lakh crore", "from $420 billion to $390 billion")
  and the share price or index move of the same company or market nearby. A
  company's value moves with its share price; a whole market's (the value of
  "BSE-listed companies", "investors' wealth") moves with its index. Every
  closing move that fits is kept as a member (intraday moves are left out), and
  the check holds when any of them agrees, so which one the writer meant does
  not matter.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import ChangeKind, Claim, Metric, TimeKind
from factcheck.context import ArticleContext
from factcheck.figures import is_level, is_relative_change, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles, statements
from factcheck.relations.evidence import cue, subjects
from factcheck.relations.per_unit import clause_lead, currency_of, price_noun, trail_until
from factcheck.relations.prose import is_prior_by_date, starts_from

_VALUE_WORDS = re.compile(
    r"\bmarket\s+(?:value|valuation|capitali[sz]ation|cap)\b|\bm-?cap\b|\bvalued\s+at\b|\bworth\b"
    r"|\binvestors['’]?\s+wealth\b",
    re.IGNORECASE,
)
_MARKET_OF = re.compile(r"\bmarket\s+value\s+(?:for|of)\s+(?:the\s+)?(?:global\s+|worldwide\s+)?\w+", re.IGNORECASE)
_WHOLE_MARKET = re.compile(
    r"\b(?P<exchange>[A-Z][A-Za-z&]{1,10})[\s-]listed\s+(?:companies|firms|stocks|shares|entities)\b"
    r"|\binvestors['’]?\s+wealth\b|\b(?:all\s+)?listed\s+(?:companies|firms|stocks)\b|\boverall\s+market\s+cap",
    re.IGNORECASE,
)
_INDEX = re.compile(
    r"\b(?:index|indices|Sensex|Nifty|Dow|Nasdaq|S&P|FTSE|Nikkei|Hang\s+Seng|DAX|CAC|Kospi|Topix|ASX|TSX|benchmark"
    r"|Shanghai\s+Composite|Straits\s+Times|KLCI|Jakarta\s+Composite|Stoxx)\b",
    re.IGNORECASE,
)
_PRICE = re.compile(r"\b(?:shares?|stocks?|price|ADRs?|ADSs?)\b", re.IGNORECASE)
# A value move over a stretch longer than a day ("this week", "so far this year") against a day's price move.
_STRETCH = re.compile(
    r"\b(?:this|last|past|the)\s+(?:week|month|quarter|year)\b|\bso\s+far\b|\bsince\b|\bweekly\b|\bmonthly\b"
    r"|\byear[\s-]to[\s-]date\b|\bover\s+the\s+(?:past|last)\b",
    re.IGNORECASE,
)
_INTRADAY = re.compile(
    r"\bintra-?\s?day\b|\bat\s+one\s+point\b|\bearlier\s+in\s+the\s+(?:day|session)\b|\bat\s+(?:its|the\s+day['’]s)\s+"
    r"(?:lowest|highest|low|high)\b|\bduring\s+the\s+(?:day|session)\b",
    re.IGNORECASE,
)
_INTRADAY = gated(_INTRADAY)  # tried on every figure's window, seldom matching there


def _is_value_change(ctx: ArticleContext, claim: Claim) -> bool:
    if claim.quantity.kind != QuantityKind.MONEY or claim.change is None:
        return False
    if claim.change.kind != ChangeKind.ABSOLUTE:
        return False
    if claim.metric == Metric.MARKET_VALUE_CHANGE:
        return not _MARKET_OF.search(ctx.text[claim.sentence_span[0] : claim.sentence_span[1]])
    words = clause_lead(ctx, claim)[-80:] + trail_until(ctx, claim, 50)
    return bool(_VALUE_WORDS.search(words)) and not _MARKET_OF.search(words)


def _is_value(ctx: ArticleContext, claim: Claim) -> bool:
    if claim.quantity.kind != QuantityKind.MONEY or not is_level(claim) or claim.quantity.is_range:
        return False
    words = clause_lead(ctx, claim)[-80:]
    if _MARKET_OF.search(words):
        return False  # "the market value for cloud services": the size of a market, not a company's worth
    return claim.metric == Metric.MARKET_CAP or bool(_VALUE_WORDS.search(words))


def _is_price(ctx: ArticleContext, claim: Claim) -> bool:
    if not is_level(claim) or claim.quantity.is_range:
        return False
    if claim.quantity.kind == QuantityKind.PER_UNIT:
        return (price_noun(ctx, claim) or "") in ("share", "ads", "adr", "stock")
    return claim.metric == Metric.SHARE_PRICE and claim.quantity.kind == QuantityKind.MONEY


# "... and its market capitalization now stands at $342 billion": the level after the gain, today.
_NOW = re.compile(r"\b(?:now|currently|today|as\s+of\s+now)\b", re.IGNORECASE)


def _now_beside(ctx: ArticleContext, change: Claim, value: Claim) -> bool:
    """A value said to stand "now" in the change's own sentence: the period it shows is the change's, borrowed.

    The extractor gives every figure of a sentence the sentence's period, so the value after "in 2025 alone, and
    its market capitalization now stands at" reads as dated "in 2025"; the "now" says it is today's level.
    """
    if value.period is None or change.period is None or value.period.span != change.period.span:
        return False
    return tuple(value.sentence_span) == tuple(change.sentence_span) and bool(_NOW.search(clause_lead(ctx, value)))


def _named(claims: list[Claim]) -> Agreement:
    return subjects([c for c in claims if c.subject])


# gain_vs_price ---------------------------------------------------------------------------


def _gain_vs_price(ctx: ArticleContext) -> Iterator[Relation]:
    for change in ctx.claims:
        if not _is_value_change(ctx, change) or change.period is None:
            continue
        period = ctx.time_of(change.period)
        if period is None or not period.bounded or change.period.kind == TimeKind.DATE:
            continue
        values = [
            c
            for c in ctx.claims
            if _is_value(ctx, c)
            and c.id != change.id
            and (c.period is None or c.period.kind == TimeKind.DATE or _now_beside(ctx, change, c))
            and not starts_from(ctx, c)
            and not is_prior_by_date(ctx, c)
            and _named([change, c]) != Agreement.DISAGREE
        ]
        prices = [c for c in ctx.claims if _is_price(ctx, c) and _named([change, c]) != Agreement.DISAGREE]
        starts, nows = [], []
        for price in prices:
            when = ctx.time_of(price.period) if price.period is not None else None
            if when is not None and price.period is not None and price.period.kind != TimeKind.DATE:
                # The start price is the one dated at the start of the change's period.
                if when.hi <= period.lo + 3 / 12 and when.lo >= period.lo - 1 / 12:
                    starts.append(price)
            elif not starts_from(ctx, price) and not is_prior_by_date(ctx, price):
                nows.append(price)
        if not values or not starts or not nows:
            continue
        value, start, now = values[0], starts[0], nows[0]
        members = [change, value, now, start]
        if price_noun(ctx, start) != price_noun(ctx, now) or currency_of(start) != currency_of(now):
            continue
        # Certain only when all four name the same company; an unnamed figure could be another's.
        named = subjects(members)
        doubts = []
        if named != Agreement.AGREE:
            doubts.append("the four figures do not all name the same company")
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[
                cue(ctx, change.period.span, "the period of the change"),
                cue(ctx, start.period.span, "the price at its start"),  # type: ignore[union-attr]
            ],
            sentences_apart=max(ctx.sentences_apart(change, c) for c in members[1:]),
            subject=named,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,
            ambiguous=[show(c) for c in values[1:] + nows[1:] + starts[1:]],
            doubts=doubts,
        )
        yield Relation(
            kind=RelationKind.MARKET_VALUE,
            members=roles(change=change, value=value, price=now, start_price=start),
            evidence=evidence,
            reason=f"{show(change)} {change.period.text} is a change in market value; {show(value)} is the market "
            f"value now, at {show(now)}, and {show(start)} is the share price dated {start.period.text}",  # type: ignore[union-attr]
            params={"form": "gain_vs_price", "period": change.period.text},
        )


# moves_with_price --------------------------------------------------------------------------


def _value_moves(ctx: ArticleContext) -> Iterator[tuple[dict[str, Claim], list[Claim]]]:
    """(roles, claims) of every market value move stated with its levels."""
    for statement in statements(ctx):
        start, end, delta = statement.start, statement.end, statement.delta
        if delta is not None and _is_value_change(ctx, delta) and (end or start) is not None:
            level = end or start
            assert level is not None
            if level.quantity.kind == QuantityKind.MONEY and currency_of(level) == currency_of(delta):
                found = {"delta": delta, ("to" if end else "from"): level}
                yield found, list(found.values())
        elif (
            start is not None
            and end is not None
            and _is_value(ctx, start)
            and _is_value(ctx, end)
            and currency_of(start) == currency_of(end)
        ):
            yield {"from": start, "to": end}, [start, end]


def _moves_with_price(ctx: ArticleContext) -> Iterator[Relation]:
    moves = [
        c
        for c in ctx.claims
        if is_relative_change(c)
        and not re.match(r"^\s*(?:percentage\s+)?points?\b", trail_until(ctx, c, 15), re.IGNORECASE)
        and not _INTRADAY.search(ctx.text[c.sentence_span[0] : c.span[0]])
    ]
    # Moves by sentence, so each value move looks at the moves of its seven sentences, not at all of them.
    by_sentence: dict[int, list[int]] = {}
    for i, move in enumerate(moves):
        by_sentence.setdefault(ctx.sentence_index(move.span[0]), []).append(i)
    for found, claims in _value_moves(ctx):
        first = min(claims, key=lambda c: c.span[0])
        sentence = ctx.text[first.sentence_span[0] : first.sentence_span[1]]
        whole = _WHOLE_MARKET.search(sentence)
        index = ctx.sentence_index(first.span[0])
        nearby = sorted(i for k in range(index - 3, index + 4) for i in by_sentence.get(k, []))
        near = [moves[i] for i in nearby if moves[i].id not in found]
        near = [m for m in near if ctx.paragraph(m.span[0]) == ctx.paragraph(first.span[0])]
        if whole is not None:
            exchange = whole.group("exchange") if whole.groupdict().get("exchange") else None
            fits = [m for m in near if _INDEX.search(_move_words(ctx, m))]
            if exchange:
                fits = [m for m in fits if re.search(rf"\b{re.escape(exchange)}\b", _move_words(ctx, m))]
            what = "an index"
        else:
            fits = [
                m
                for m in near
                if (m.metric == Metric.PRICE_CHANGE or _PRICE.search(_move_words(ctx, m)))
                and not _INDEX.search(_move_words(ctx, m))
                and _named([*claims, m]) != Agreement.DISAGREE
            ]
            what = "the share price"
        if not fits:
            continue
        dated = {c.period.text.lower() for c in [*claims, *fits] if c.period is not None}
        doubts = ["the value and the move are dated differently"] if len(dated) > 1 else []
        stretch = _STRETCH.search(sentence)
        if stretch and not any(
            re.search(re.escape(stretch.group(0)), ctx.text[m.sentence_span[0] : m.sentence_span[1]], re.I)
            for m in fits
        ):
            doubts.append(f"the value moved “{stretch.group(0)}”, which may be longer than the price move")
        if whole is None and _named([*claims, *fits]) != Agreement.AGREE:
            doubts.append("the company of the price move is not named with the market value")
        members = [Member(role=role, claim=c.id) for role, c in found.items()]
        members += [Member(role="move", claim=m.id) for m in fits]
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, first.span, "a market value move"), *(cue(ctx, m.span, what) for m in fits)],
            sentences_apart=max(ctx.sentences_apart(first, m) for m in fits),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            doubts=doubts,
        )
        moved = " or ".join(show(m) for m in fits)
        yield Relation(
            kind=RelationKind.MARKET_VALUE,
            members=members,
            evidence=evidence,
            reason=f"{'a whole market' if whole else 'a company'}'s market value moved "
            f"({', '.join(show(c) for c in claims)}) next to {what} move of {moved}",
            params={"form": "moves_with_price", "whole_market": whole is not None},
        )


def _move_words(ctx: ArticleContext, move: Claim) -> str:
    return ctx.text[move.sentence_span[0] : move.span[0]] + " " + (move.subject or "")


@finder("market_values")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _gain_vs_price(ctx)
    yield from _moves_with_price(ctx)
