"""A market share that moves with its company's growth over the market's.

A share is a part over its whole, so when both move the share moves by the
part's growth over the whole's: from S0 to S1 with own growth g and market
growth m, S1 = S0 x (1 + g) / (1 + m). Market reports state it in a few
sentences: "shipments rose 35% ... its market share climbed from 8.2% to 10.9%
... while the industry as a whole grew 3%". Found here as ``part_share``
relations:

* ``share_growth``: one company's share move (a "from S0 to S1" pair the words
  call a share), its own growth (a rate, or a pair of levels, of the same
  company in the share's sentence, the two before or the next) and the market's growth
  (a rate the words mark as the whole's: "overall", "industry", "the market");
* ``market_growth``: with no market rate stated, every company's share move and
  own growth imply the market's growth, units growth / share growth; two
  companies of one article must imply the same.

Nothing but what the figures measure ties them, so the evidence is inferred:
the own growth must be the share's company's (named, or the only one named
around), the market rate must be the only one the words mark, and neither may
be stated on another basis (a quarter-on-quarter growth against a
year-on-year share move). A growth read two sentences back, past a sentence
that states another level of its measure read as no move, may be a rival's:
the pairing is then uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import Claim, Metric
from factcheck.context import ArticleContext
from factcheck.figures import direction, same_unit, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import Statement, statements, verb_of
from factcheck.relations.evidence import cue, sole_subject, subjects
from factcheck.relations.growth import basis, change_basis
from factcheck.relations.prose import direction_in, is_estimate, lead

_SHARE = re.compile(r"\bshare\b", re.IGNORECASE)
# Words that make a growth rate the whole market's: "an overall industry growth rate", "the market shrank 9%".
_MARKET = re.compile(
    r"\b(?:overall|industry(?:-wide)?|the\s+(?:whole\s+|total\s+|global\s+|worldwide\s+|wider\s+|overall\s+)?market"
    r"|total\s+(?:shipments|sales|market|deliveries)|global(?:ly)?|worldwide|market[- ]wide)\b",
    re.IGNORECASE,
)
_MARKET_SHARE_WORDS = re.compile(r"\bmarket\s+share|share\s+of\s+the\s+(?:\w+\s+)?market", re.IGNORECASE)
# What a share is counted in: money ("share of revenue") or things ("share of shipments").
_MONEY_WORDS = re.compile(r"\b(?:revenue|spending|value|profits?|turnover|dollars?)\b", re.IGNORECASE)
_UNIT_WORDS = re.compile(r"\b(?:shipments|units|deliveries|devices|volumes?|vehicles|phones|smartphones)\b", re.I)


@dataclass
class Growth:
    """One move of a level: a rate ("rose 35%") or its two ends ("from 20.2 million to 29.9 million")."""

    statement: Statement
    rate: Claim | None
    start: Claim | None
    end: Claim | None
    sign: int

    def members(self, prefix: str) -> list[Member]:
        if self.rate is not None:
            return [Member(role=prefix, claim=self.rate.id)]
        assert self.start is not None and self.end is not None
        return [Member(role=f"{prefix}_from", claim=self.start.id), Member(role=f"{prefix}_to", claim=self.end.id)]

    def claims(self) -> list[Claim]:
        return [c for c in (self.rate,) if c is not None] or [c for c in (self.start, self.end) if c is not None]

    def shown(self) -> str:
        if self.rate is not None:
            return ("up " if self.sign > 0 else "down ") + show(self.rate)
        assert self.start is not None and self.end is not None
        return f"{show(self.start)} to {show(self.end)}"


@dataclass
class ShareMove:
    start: Claim
    end: Claim
    statement: Statement


def _is_share_level(claim: Claim) -> bool:
    return claim.quantity.kind == QuantityKind.PERCENT and claim.change is None and 0 < claim.quantity.value < 100


def _share_moves(ctx: ArticleContext) -> list[ShareMove]:
    moves = []
    for s in statements(ctx):
        if s.start is None or s.end is None or s.change is not None or s.delta is not None or s.points is not None:
            continue
        if not (_is_share_level(s.start) and _is_share_level(s.end)):
            continue
        first = min(s.start, s.end, key=lambda c: c.span[0])
        named = _SHARE.search(lead(ctx, first, 70)) or (
            s.start.metric == Metric.MARKET_SHARE and s.end.metric == Metric.MARKET_SHARE
        )
        if named:
            moves.append(ShareMove(s.start, s.end, s))
    return moves


def _rate_sign(ctx: ArticleContext, s: Statement, rate: Claim) -> int:
    if s.start is not None and s.end is not None and same_unit(s.start, s.end) and s.start.quantity.value:
        return 1 if s.end.quantity.value >= s.start.quantity.value else -1
    if rate.change is not None:
        return direction(rate)
    verb = verb_of(ctx, s) if (s.start is not None or s.end is not None) else None
    if verb is not None:
        return verb[0]
    return direction_in(lead(ctx, rate, 50)) or 1


def _growth(ctx: ArticleContext, s: Statement) -> Growth | None:
    """The move a statement gives, as a rate or a pair of levels; None for a move of a rate."""
    levels = [c for c in (s.start, s.end) if c is not None]
    if any(c.quantity.kind == QuantityKind.PERCENT for c in levels):
        return None
    rate = s.change if s.change is not None and s.change.quantity.kind == QuantityKind.PERCENT else None
    if rate is not None:
        if is_estimate(ctx, rate):
            return None
        return Growth(s, rate, None, None, _rate_sign(ctx, s, rate))
    if s.start is not None and s.end is not None and same_unit(s.start, s.end) and s.start.quantity.value > 0:
        return Growth(s, None, s.start, s.end, 1)
    return None


def _lone_rates(ctx: ArticleContext, taken: set[str]) -> Iterator[Growth]:
    """A growth rate in no change statement: "an industry-wide growth rate of 3%"."""
    for claim in ctx.claims:
        if claim.id in taken or claim.quantity.kind != QuantityKind.PERCENT:
            continue
        if claim.metric != Metric.GROWTH and claim.change is None:
            continue
        if claim.change is not None and claim.change.kind.value != "relative":
            continue
        s = Statement(change=claim)
        yield Growth(s, claim, None, None, _rate_sign(ctx, s, claim))


def _market_marked(ctx: ArticleContext, growth: Growth) -> re.Match[str] | None:
    first = min(growth.claims(), key=lambda c: c.span[0])
    words = lead(ctx, first, 70)
    words = _MARKET_SHARE_WORDS.sub(" ", words)
    return _MARKET.search(words)


def _basis(ctx: ArticleContext, claims: list[Claim]) -> str | None:
    found = {change_basis(ctx, c) for c in claims} - {None}
    return found.pop() if len(found) == 1 else None


def _money_or_units(ctx: ArticleContext, claims: list[Claim]) -> str | None:
    """What a figure is counted in, when its words say: 'money' or 'units'."""
    for claim in claims:
        if claim.quantity.kind == QuantityKind.MONEY:
            return "money"
        if claim.quantity.kind == QuantityKind.COUNT:
            return "units"
    words = " ".join(lead(ctx, c, 50) for c in claims)
    money, units = bool(_MONEY_WORDS.search(words)), bool(_UNIT_WORDS.search(words))
    return "money" if money and not units else "units" if units and not money else None


def _growths(ctx: ArticleContext) -> list[Growth]:
    def make() -> list[Growth]:
        found = [g for s in statements(ctx) if (g := _growth(ctx, s)) is not None]
        taken = {c.id for g in found for c in g.statement.members()}
        found.extend(_lone_rates(ctx, taken))
        return sorted(found, key=lambda g: min(c.span[0] for c in g.claims()))

    return ctx.memo("share_growth_moves", make)


def _own_growth(ctx: ArticleContext, move: ShareMove, markets: list[Growth]) -> tuple[Growth, list[Growth]] | None:
    """The growth of the share's own company: in the share's sentence, the two before or the next, nearest first."""
    index = ctx.sentence_index(move.start.span[0])
    market_ids = {id(g) for g in markets}
    # Any share level of the article (this move's ends or another's) is a level, never a company's growth:
    # "its share grew to 10.3%" can read as a lone rate of growth.
    share_levels = ctx.memo("share_move_levels", lambda: {c.id for m in _share_moves(ctx) for c in (m.start, m.end)})
    by_distance: dict[int, list[Growth]] = {}
    for growth in _growths(ctx):
        if id(growth) in market_ids or share_levels & {c.id for c in growth.claims()}:
            continue
        first = min(growth.claims(), key=lambda c: c.span[0])
        apart = index - ctx.sentence_index(first.span[0])
        if not -1 <= apart <= 2:
            continue
        if subjects([*growth.claims(), move.end]) == Agreement.DISAGREE:
            continue
        by_distance.setdefault(apart, []).append(growth)
    if not by_distance:
        return None
    nearest = by_distance[min(by_distance, key=lambda apart: (abs(apart), apart < 0))]
    rates = [g for g in nearest if g.rate is not None]
    chosen = rates[0] if rates else nearest[0]
    # A rate and a pair of levels in one sentence are one move told twice; two rates are two moves.
    others = [g for g in nearest if g is not chosen and (g.rate is not None or not rates)]
    return chosen, others


def _skipped_level(ctx: ArticleContext, move: ShareMove, own: Growth) -> Claim | None:
    """A level of the growth's kind stated in a sentence between the growth and the share, that no growth was read
    from: "B's sales slid 4% to $2 billion. C's sales shrivelled by 30% to $1.5 billion. Its share fell to 20%":
    the nearer sentence tells of the same measure, most likely the share's own company, in words not read as a
    move, so the farther growth may be another company's."""
    first = min(own.claims(), key=lambda c: c.span[0])
    lo, hi = ctx.sentence_index(first.span[0]), ctx.sentence_index(move.start.span[0])
    if hi - lo < 2:
        return None
    units = {(c.quantity.kind, c.quantity.unit) for c in ctx.sentence_claims(first) if c.change is None}
    in_growths = {c.id for g in _growths(ctx) for c in g.claims()}
    for index in range(lo + 1, hi):
        start, stop = ctx.sentences[index]
        for claim in ctx.claims_in(start, stop):
            if (
                claim.change is None
                and claim.id not in in_growths
                and claim.quantity.kind in (QuantityKind.MONEY, QuantityKind.COUNT)
                and (claim.quantity.kind, claim.quantity.unit) in units
            ):
                return claim
    return None


def _cue_of(ctx: ArticleContext, claims: list[Claim], meaning: str) -> Cue:
    return cue(ctx, (min(c.span[0] for c in claims), max(c.span[1] for c in claims)), meaning)


def _doubts(ctx: ArticleContext, move: ShareMove, growths: list[Growth]) -> list[str]:
    doubts = []
    share_basis = basis(ctx.text[move.start.sentence_span[0] : move.start.sentence_span[1]])
    for growth in growths:
        grown = _basis(ctx, growth.claims())
        if share_basis and grown and share_basis != grown:
            doubts.append(f"{growth.shown()} is measured {grown} on {grown}, the share {share_basis} on {share_basis}")
    bases = {b for g in growths if (b := _basis(ctx, g.claims()))}
    if len(bases) > 1:
        doubts.append("the growth rates are measured over different spans (" + ", ".join(sorted(bases)) + ")")
    counted = {_money_or_units(ctx, g.claims()) for g in growths} - {None}
    share_words = ctx.text[move.start.sentence_span[0] : move.end.span[1]]
    share_kind = "money" if _MONEY_WORDS.search(share_words) else None
    if len(counted) > 1 or (share_kind and counted and share_kind not in counted):
        doubts.append("the growth rates may count money and units apart")
    if any(is_estimate(ctx, c) for g in growths for c in g.claims()):
        doubts.append("a growth rate is a forecast")
    unread = _unread_rate(ctx, move, growths[0])
    if unread is not None:
        doubts.append(
            f"the share's own sentence states {show(unread)}, which may be the company's growth; "
            f"{growths[0].shown()} is taken from another sentence"
        )
    return doubts


def _unread_rate(ctx: ArticleContext, move: ShareMove, own: Growth) -> Claim | None:
    """A percent figure in the share's sentence, before its move, that is neither the move nor the growth taken:
    "pushed sales up 12% to 4 million, taking its share to 21% from 19%" states the company's growth there even
    when the words ("pushed ... up") are not read as a move, so a rate found in another sentence (often the
    market's, "after a 3% rise the year before") is no sure own growth."""
    if ctx.sentence_index(min(c.span[0] for c in own.claims())) == ctx.sentence_index(move.start.span[0]):
        return None
    start = move.start.sentence_span[0]
    before = min(move.start.span[0], move.end.span[0])
    taken = {move.start.id, move.end.id, *(c.id for c in own.claims())}
    return next(
        (
            c
            for c in ctx.claims_in(start, before)
            if c.id not in taken and c.quantity.kind == QuantityKind.PERCENT and c.span[1] <= before
        ),
        None,
    )


def _skip_doubt(ctx: ArticleContext, move: ShareMove, own: Growth) -> list[str]:
    skipped = _skipped_level(ctx, move, own)
    if skipped is None:
        return []
    return [
        f"{show(skipped)}, stated between {own.shown()} and the share, is of the same measure: "
        "the growth may be another company's"
    ]


def _subject(ctx: ArticleContext, move: ShareMove, own: Growth) -> Agreement:
    index = ctx.sentence_index(move.start.span[0])
    lo = ctx.sentences[max(0, index - 2)][0]
    around = ctx.claims_in(lo, move.end.sentence_span[1])
    return sole_subject([*own.claims(), move.start, move.end], around)


def _share_growth(
    ctx: ArticleContext, move: ShareMove, own: Growth, others: list[Growth], market: Growth, rivals: list[Growth]
) -> Relation:
    members = [Member(role="from", claim=move.start.id), Member(role="to", claim=move.end.id)]
    members += own.members("growth") + market.members("market")
    mark = _market_marked(ctx, market)
    cues = [
        _cue_of(ctx, [move.start, move.end], "a share's move"),
        _cue_of(ctx, own.claims(), "the company's own growth"),
        _cue_of(ctx, market.claims(), f"the market's growth (“{mark.group(0) if mark else 'market'}”)"),
    ]
    claims = [move.start, move.end, *own.claims(), *market.claims()]
    evidence = Evidence(
        tie=Tie.INFERRED,
        cues=cues,
        sentences_apart=max(ctx.sentences_apart(claims[0], c) for c in claims[1:]),
        subject=_subject(ctx, move, own),
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
        period=Agreement.AGREE,
        ambiguous=[g.shown() for g in (*others, *rivals)],
        doubts=_doubts(ctx, move, [own, market]) + _skip_doubt(ctx, move, own),
    )
    reason = (
        f"the share moved from {show(move.start)} to {show(move.end)}; the company's own figure moved {own.shown()} "
        f"and the market's {market.shown()}, and a share moves by its own growth over the market's"
    )
    return Relation(
        kind=RelationKind.PART_SHARE,
        members=members,
        evidence=evidence,
        reason=reason,
        params={"rule": "share_growth", "signs": {"growth": own.sign, "market": market.sign}},
        spans=[c.span for c in cues],
    )


_GOODS = re.compile(
    r"\b(?P<word>[a-z][\w-]+)\s+(?:shipments|sales|deliveries|market|units|sold|shipped)\b"
    r"|\b(?:shipped|sold|delivered)\s+(?:[\d.,]+\s+(?:million|billion)?\s*)?(?P<noun>[a-z][\w-]+)",
)
_NOT_GOODS = frozenset(
    ["its", "their", "the", "of", "total", "overall", "global", "worldwide", "market", "unit", "net"]
)


def _products(ctx: ArticleContext, move: ShareMove, own: Growth) -> set[str]:
    """The goods a company's figures are of, as its sentences name them ("tablet shipments", "shipped phones")."""
    text = " ".join(
        ctx.text[c.sentence_span[0] : c.sentence_span[1]]
        for c in {move.start.id: move.start, **{c.id: c for c in own.claims()}}.values()
    )
    found = set()
    for match in _GOODS.finditer(text):
        word = (match.group("word") or match.group("noun") or "").lower()
        if word and word not in _NOT_GOODS and not word.isdigit():
            found.add(word.rstrip("s"))
    return found


def _market_growth(ctx: ArticleContext, a: tuple[ShareMove, Growth], b: tuple[ShareMove, Growth]) -> Relation:
    (move_a, own_a), (move_b, own_b) = a, b
    members = [Member(role="from", claim=move_a.start.id), Member(role="to", claim=move_a.end.id)]
    members += own_a.members("growth")
    members += [Member(role="other_from", claim=move_b.start.id), Member(role="other_to", claim=move_b.end.id)]
    members += own_b.members("other_growth")
    cues = [
        _cue_of(ctx, [move_a.start, move_a.end], "a share's move"),
        _cue_of(ctx, own_a.claims(), "its company's growth"),
        _cue_of(ctx, [move_b.start, move_b.end], "another share's move"),
        _cue_of(ctx, own_b.claims(), "its company's growth"),
    ]
    subject_a, subject_b = _subject(ctx, move_a, own_a), _subject(ctx, move_b, own_b)
    doubts = _doubts(ctx, move_a, [own_a]) + _doubts(ctx, move_b, [own_b])
    doubts += _skip_doubt(ctx, move_a, own_a) + _skip_doubt(ctx, move_b, own_b)
    products = [_products(ctx, move, own) for move, own in (a, b)]
    if products[0] and products[1] and not products[0] & products[1]:
        doubts.append(
            f"the two companies' figures name different goods ({', '.join(sorted(products[0]))}; "
            f"{', '.join(sorted(products[1]))})"
        )
    if basis(ctx.text[move_a.start.sentence_span[0] : move_a.end.span[1]]) != basis(
        ctx.text[move_b.start.sentence_span[0] : move_b.end.span[1]]
    ) and None not in (
        basis(ctx.text[move_a.start.sentence_span[0] : move_a.end.span[1]]),
        basis(ctx.text[move_b.start.sentence_span[0] : move_b.end.span[1]]),
    ):
        doubts.append("the two share moves are measured over different spans")
    claims = [move_a.start, move_a.end, *own_a.claims(), move_b.start, move_b.end, *own_b.claims()]
    evidence = Evidence(
        tie=Tie.INFERRED,
        cues=cues,
        sentences_apart=max(ctx.sentences_apart(claims[0], c) for c in claims[1:]),
        subject=Agreement.AGREE if Agreement.UNKNOWN not in (subject_a, subject_b) else Agreement.UNKNOWN,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
        period=Agreement.AGREE,
        doubts=doubts,
    )
    reason = (
        f"two shares of one market moved ({show(move_a.start)} to {show(move_a.end)}, its company {own_a.shown()}; "
        f"{show(move_b.start)} to {show(move_b.end)}, its company {own_b.shown()}): each implies the market's growth"
    )
    return Relation(
        kind=RelationKind.PART_SHARE,
        members=members,
        evidence=evidence,
        reason=reason,
        params={"rule": "market_growth", "signs": {"growth": own_a.sign, "other_growth": own_b.sign}},
        spans=[c.span for c in cues],
    )


@finder("share_growth")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    moves = _share_moves(ctx)
    if not moves:
        return
    in_moves = {c.id for m in moves for c in (m.start, m.end)}
    markets = [
        g
        for g in _growths(ctx)
        if not in_moves & {c.id for c in g.claims()} and _market_marked(ctx, g) and not is_estimate(ctx, g.claims()[0])
    ]
    owned: list[tuple[ShareMove, Growth]] = []
    for move in moves:
        found = _own_growth(ctx, move, markets)
        if found is None:
            continue
        own, others = found
        owned.append((move, own))
        if markets:
            market, rivals = markets[0], markets[1:]
            yield _share_growth(ctx, move, own, others, market, rivals)
    if markets or len(owned) < 2:
        return
    anchor = owned[0]
    for other in owned[1:]:
        if subjects([anchor[0].end, other[0].end]) != Agreement.DISAGREE:
            continue  # the same company's share told twice, or one whose company is not named
        yield _market_growth(ctx, anchor, other)
