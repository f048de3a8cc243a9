"""Flows and bridges of a results or budget statement.

* profit before an exceptional item, less the item, is the reported profit
  after it (``part_whole`` with rule ``bridge``; a loss counts below zero); the
  bracketed comparatives of a results statement bridge the same way;
* a gap between two flows: a deficit is outlays less receipts, a trade deficit
  imports less exports (a surplus the other way round): ``part_whole`` with rule
  ``sum`` over the larger flow (trade copy that names its currency once may print the flows and the gap as bare
  scaled amounts, "exports of 706.1 billion": those are read as amounts too);
* last year's gap from this year's flows and their growth: "receipts rose 6.1
  percent to $850 billion, while spending slipped 1.9 percent to $1.02 trillion"
  against "a $205 billion gap in the same months of last year": each flow over its growth
  factor is last year's flow, and their gap is last year's deficit (rule
  ``prior_sum``). The earlier gap is a deficit figure the text sets before the
  current one ("compared with", "a year earlier", an earlier year); any other
  such figure leaves the pairing uncertain.
* the gap's own growth from its flows' growth: with no earlier gap printed, "the deficit was 4.1 percent wider
  than in May" beside "imports rose 1.2 percent to $90 billion ... exports fell 0.8 percent to $60 billion":
  the flows over their growth factors give the earlier gap, and the gap's rate is this gap over it (rule
  ``gap_growth``). The three rates must be measured against the same kind of base (a year ago, or the period
  before), or the pairing is not made.
* the gap's move from its flows' moves: "the shortfall came to $41 million, against $65 million last year" and, in
  the next sentences, "tax takings have grown $15 million and spending has dropped $9 million": a deficit moves by
  the outlays' move less the receipts' (a surplus the other way round), rule ``gap_moves``. The gap's start and end
  are one move of a figure the words call a deficit, surplus or shortfall, not a forecast, at most two sentences
  before the flows' moves; with two such moves (the year to date and the full year) or none, nothing is paired.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.figures import direction, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import statements
from factcheck.relations.evidence import cue, periods, units
from factcheck.relations.parts import fits, is_amount, is_current, is_prior, note_after, noted, part_whole
from factcheck.relations.prose import direction_in, is_estimate, lead, starts_from, trail

_BEFORE_ITEM = re.compile(
    r"\b(?:before\s+(?:one-off\s+|the\s+)?exceptional|underlying|before\s+(?:one-off\s+)?(?:items|impairment))\b",
    re.IGNORECASE,
)
_BEFORE_ITEM = gated(_BEFORE_ITEM)  # tried on every figure's window, seldom matching there
_AFTER_ITEM = re.compile(r"\b(?:after\s+(?:the\s+)?(?:exceptional|one-off|impairment)|reported|statutory)\b", re.I)
_AFTER_ITEM = gated(_AFTER_ITEM)  # tried on every figure's window, seldom matching there
_ITEM = re.compile(
    r"\b(?:impairment|write-?down|write-?off|exceptional\s+(?:item|charge|cost)s?|one-off\s+(?:charge|cost)s?)\b"
    r"[^.\n]{0,25}$",
    re.IGNORECASE,
)
_ITEM = gated(_ITEM)  # tried on every figure's window, seldom matching there
_PROFIT = re.compile(r"\b(?:profit|loss|earnings|income)\b", re.IGNORECASE)


def _line_lead(ctx: ArticleContext, claim: Claim) -> str:
    start = max(ctx.text.rfind("\n", 0, claim.span[0]) + 1, claim.sentence_span[0], claim.span[0] - 120)
    return ctx.text[start : claim.span[0]]


def loss_sign(ctx: ArticleContext, claim: Claim) -> int:
    """-1 for a figure the text calls a loss ("loss before tax of £87.1m", "(2014: loss of £2m)")."""
    near = _line_lead(ctx, claim)[-60:].lower()
    if re.search(r"\bprofit\s+of\s*[^\s]{0,2}\s*$", near):
        return 1
    return -1 if re.search(r"\bloss\b", near) else 1


def _bridges(ctx: ArticleContext) -> Iterator[Relation]:
    money = [
        c
        for c in ctx.claims
        if c.quantity.kind == QuantityKind.MONEY and c.change is None and not noted(ctx, c) and not is_estimate(ctx, c)
    ]
    befores = [c for c in money if _BEFORE_ITEM.search(_line_lead(ctx, c)) and _PROFIT.search(_line_lead(ctx, c))]
    items = [
        c
        for c in money
        if _ITEM.search(_line_lead(ctx, c)[-70:])
        and not _BEFORE_ITEM.search(_line_lead(ctx, c))
        and not _AFTER_ITEM.search(_line_lead(ctx, c))
    ]
    afters = [
        c
        for c in money
        if _AFTER_ITEM.search(_line_lead(ctx, c)) and _PROFIT.search(_line_lead(ctx, c)) and c not in befores
    ]
    if not befores or not items or not afters:
        return
    before, item, after = befores[0], items[0], afters[0]
    if len({before.id, item.id, after.id}) < 3 or not (before.span[0] < item.span[0] < after.span[0]):
        return
    ambiguous = [show(c) for c in (*befores[1:], *items[1:], *afters[1:])]
    yield _bridge(ctx, before, item, after, ambiguous, bracketed=False)
    notes = [note_after(ctx, c, 40) for c in (before, item, after)]
    nil = re.match(r"\s*\(\s*(?:19|20)\d\d\s*:\s*nil\s*\)", ctx.text[item.span[1] : item.span[1] + 20], re.IGNORECASE)
    if notes[0] is not None and notes[2] is not None and (notes[1] is not None or nil):
        yield _bridge(ctx, notes[0], notes[1], notes[2], ambiguous, bracketed=True)


def _bridge(
    ctx: ArticleContext, before: Claim, item: Claim | None, after: Claim, ambiguous: list[str], *, bracketed: bool
) -> Relation:
    members = [c for c in (before, item, after) if c is not None]
    evidence = Evidence(
        tie=Tie.STRUCTURE,
        cues=[cue(ctx, (before.span[0] - len(_line_lead(ctx, before)), before.span[0]), "before the item")],
        sentences_apart=ctx.sentences_apart(before, after),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=units(members),
        period=Agreement.AGREE,
        ambiguous=ambiguous,
    )
    roles = [Member(role="before", claim=before.id)]
    if item is not None:
        roles.append(Member(role="item", claim=item.id))
    roles.append(Member(role="after", claim=after.id))
    what = "the bracketed comparatives: " if bracketed else ""
    reason = (
        f"{what}a results statement gives profit before an exceptional item ({show(before)}), the item "
        f"({show(item) if item is not None else 'nil'}) and the result after it ({show(after)})"
    )
    return Relation(
        kind=RelationKind.PART_WHOLE,
        members=roles,
        evidence=evidence,
        reason=reason,
        params={
            "rule": "bridge",
            "before_sign": loss_sign(ctx, before),
            "after_sign": loss_sign(ctx, after),
        },
    )


# a gap between two flows: deficit = outlays - receipts, trade deficit = imports - exports ------

_OUT_FLOW = re.compile(r"\b(?:spending|outlays|expenditures?|imports)\b", re.IGNORECASE)
_OUT_FLOW = gated(_OUT_FLOW)  # tried on every figure's window, seldom matching there
_IN_FLOW = re.compile(r"\b(?:revenues?|receipts|exports)\b", re.IGNORECASE)
_IN_FLOW = gated(_IN_FLOW)  # tried on every figure's window, seldom matching there
_GAP_WORDS = re.compile(
    r"\b(?:deficit|shortfall|surplus|trade\s+gap|(?:outlays|spending)\s+exceeded\s+(?:receipts|revenues?)\s+by)\b"
    r"[^.;$£€\d]{0,40}$",
    re.IGNORECASE,
)
_GAP_WORDS = gated(_GAP_WORDS)  # tried on every figure's window, seldom matching there
_TRADE = re.compile(r"\b(?:imports?|exports?|trade)\b", re.IGNORECASE)


# Between a move's size and its level: "by $3.5 billion to reach", "rise in imports to".
_MOVE_TO = re.compile(r"^[^.;,\d$£€¥₹]{0,40}?\bto\s+(?:reach\s+)?(?:a\s+|an\s+)?(?:record\s+)?[$£€¥₹]?\s*$", re.I)


# "the deficit with Mexico", "its surplus with the EU": a balance with a partner is a trade balance.
_WITH_PARTNER = re.compile(r"\b(?:deficit|surplus|shortfall)\s+with\s+(?:the\s+)?[A-Z]")


def _is_trade(sentence: str) -> bool:
    return bool(_TRADE.search(sentence) or _WITH_PARTNER.search(sentence))


# Asked of every figure's words: seldom there, so their words are looked up first.
_BOTH_FLOWS = gated(re.compile(r"\b(?:imports?\s+and\s+exports?|exports?\s+and\s+imports?|combined)\b", re.IGNORECASE))
_EXCEEDED_BY = gated(re.compile(r"\bexceed(?:ed|s)?\s+(?:\w+\s+){1,3}by\s+[$£€¥₹]?\s*$", re.I))


def _flow(ctx: ArticleContext, claim: Claim, pattern: re.Pattern[str]) -> bool:
    """A level whose own clause names the flow just before it: "spending slipped 1.9 percent to $1.02 trillion"."""
    words = lead(ctx, claim, 90)
    # "exports rose by $3.5 billion to $204.4 billion": the move's own size stands between the flow's name and its
    # level, so the words run back past it to the figure before.
    earlier = ctx.claim_before(
        claim,
        lambda c: (
            c.quantity.kind == claim.quantity.kind
            and not (
                c.change is not None and ctx.sentences_apart(c, claim) == 0 and _MOVE_TO.match(ctx.between(c, claim))
            )
        ),
    )
    if earlier is not None:
        words = ctx.text[max(earlier.span[1], claim.span[0] - 90) : claim.span[0]]
    if _BOTH_FLOWS.search(words):
        return False  # "imports and exports were valued ...": the two flows together, neither one
    if _GAP_WORDS.search(words) or _EXCEEDED_BY.search(words):
        return False  # "outlays exceeded receipts by $184 billion": the gap between the flows, neither flow
    return bool(pattern.search(words))


# "exports came to 706.1 billion ... imports were 512.4 billion": trade copy names its currency once ("in dollar
# terms") and then prints bare scaled amounts of the flows and their gap.
_BARE_TRADE = frozenset({"exports", "imports", "trade balance"})
_SCALED = re.compile(r"\b(?:million|billion|trillion|bn|mn|tn)\b", re.IGNORECASE)


def _money(claim: Claim) -> bool:
    """An amount of money, or a bare scaled amount of a trade flow or balance (its currency told once before)."""
    q = claim.quantity
    if q.kind == QuantityKind.MONEY:
        return True
    return q.kind == QuantityKind.NUMBER and claim.measure in _BARE_TRADE and bool(_SCALED.search(q.text))


def _flows(ctx: ArticleContext) -> Iterator[tuple[Claim, Claim]]:
    """One outflow and one inflow stated in one sentence or in two running sentences."""
    # Ids, not claims: comparing pydantic models field by field made this quadratic in the article's figures.
    money = {c.id for c in ctx.claims if _money(c) and is_amount(c) and not starts_from(ctx, c)}
    groups = list(ctx.sentence_groups().values())
    for index, claims in enumerate(groups):
        levels = [c for c in claims if c.id in money]
        outs = [c for c in levels if _flow(ctx, c, _OUT_FLOW)]
        out_ids = {c.id for c in outs}
        ins = [c for c in levels if _flow(ctx, c, _IN_FLOW) and c.id not in out_ids]
        if len(outs) == 1 and not ins and index + 1 < len(groups):
            ins = [
                c
                for c in groups[index + 1]
                if c.id in money and _flow(ctx, c, _IN_FLOW) and not _flow(ctx, c, _OUT_FLOW)
            ]
        if len(outs) == 1 and len(ins) == 1 and fits(ins[0], outs[0]):
            yield outs[0], ins[0]


@dataclass
class Gap:
    out: Claim
    inflow: Claim
    gap: Claim
    others: list[Claim]
    surplus: bool
    trade: bool


# "the county's deficit widened by $9 million on the year to $61 million": the move of the gap ends at its level.
# No flow may be named between the gap word and the level: "the deficit widened as exports fell 3% to $200
# billion" ends the exports' move, not the gap's.
_GAP_MOVED_TO = re.compile(
    r"\b(?:deficit|shortfall|surplus|trade\s+gap)\b(?P<between>(?:[^.;]|\.(?=\d)){0,90}?)\bto\s+(?:reach\s+|a\s+)?(?:record\s+)?"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_GAP_MOVED_TO = gated(_GAP_MOVED_TO)  # tried on every figure's window, seldom matching there


def _gap_words(ctx: ArticleContext, claim: Claim) -> bool:
    words = lead(ctx, claim, 130)
    if _GAP_WORDS.search(words[-70:]):
        return True
    moved = _GAP_MOVED_TO.search(words)
    return bool(
        moved is not None
        and not _OUT_FLOW.search(moved.group("between"))
        and not _IN_FLOW.search(moved.group("between"))
        and direction_in(moved.group("between"))
    )


def _forecast(ctx: ArticleContext, claim: Claim) -> bool:
    return bool(
        is_estimate(ctx, claim)
        or re.search(r"\b(?:forecast|predicted|projected|expected|estimate)", lead(ctx, claim, 70), re.I)
    )


def _a_start(words: str) -> bool:
    """A figure set after "from": a start, unless "to" ends the words ("from a month earlier to $19 billion")."""
    if re.search(r"\bto\s+(?:reach\s+)?[$£€¥₹]?\s*$", words, re.IGNORECASE):
        return False
    return bool(re.search(r"\bfrom\b[^.;,]{0,45}$", words, re.IGNORECASE))


def _gap_triples(ctx: ArticleContext) -> list[Gap]:
    def make() -> list[Gap]:
        money = [c for c in ctx.claims if _money(c) and is_current(ctx, c)]
        found = []
        for out, inflow in _flows(ctx):
            trade = bool(_TRADE.search(lead(ctx, out, 90)))
            gaps = [
                c
                for c in money
                if c.id not in (out.id, inflow.id)
                and fits(c, out)
                and _gap_words(ctx, c)
                and _is_trade(c.text) == trade
                and not _forecast(ctx, c)
                and not _a_start(lead(ctx, c, 60))
            ]
            if not gaps:
                continue
            gaps.sort(key=lambda c: (ctx.sentences_apart(c, out), c.span[0]))
            gap = gaps[0]  # the nearest; any other leaves the pairing uncertain
            surplus = "surplus" in lead(ctx, gap, 70).lower()
            # "down 35 percent to $755 billion in 11 months, after an August shortfall of $148 billion": another gap
            # of the flows' kind, stated as this period's, may be the one they make
            rivals = [
                c
                for c in ctx.claims
                if _money(c)
                and is_amount(c)  # "the shortfall grew by $40 million to $310 million": its move is no rival
                and c.id not in {g.id for g in gaps} | {out.id, inflow.id}
                and fits(c, out)
                and (_gap_words(ctx, c) or (gap.measure is not None and c.measure == gap.measure))
                and not _is_earlier(ctx, c, gap)
                and not _forecast(ctx, c)
            ]
            found.append(Gap(out, inflow, gap, gaps[1:] + rivals, surplus, trade))
        # A gap belongs to the flows stated nearest to it: with the year's flows and the month's both given, the
        # month's surplus is no gap between the year's flows.
        nearest: dict[str, int] = {}
        for g in found:
            apart = abs(ctx.sentences_apart(g.gap, g.out))
            nearest[g.gap.id] = min(apart, nearest.get(g.gap.id, apart))
        return [g for g in found if abs(ctx.sentences_apart(g.gap, g.out)) == nearest[g.gap.id]]

    return ctx.memo("part_flow_gaps", make)


def _gaps(ctx: ArticleContext) -> Iterator[Relation]:
    for found in _gap_triples(ctx):
        out, inflow, gap, surplus, trade = found.out, found.inflow, found.gap, found.surplus, found.trade
        whole, parts = (inflow, [out, gap]) if surplus else (out, [inflow, gap])
        members = [whole, *parts]
        period = periods(members)
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, (gap.span[0], gap.span[1]), "the gap"), cue(ctx, (out.span[0], out.span[1]), "the flows")],
            sentences_apart=max(ctx.sentences_apart(gap, out), 0),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=units(members),
            period=Agreement.DISAGREE if period == Agreement.DISAGREE else Agreement.AGREE,
            ambiguous=[show(c) for c in found.others],
        )
        what = "surplus" if surplus else "deficit"
        reason = (
            f"{show(gap)} is the {what} between {show(out)} ({'imports' if trade else 'outlays'}) and "
            f"{show(inflow)} ({'exports' if trade else 'receipts'}), the flows stated nearest to it"
        )
        yield part_whole(whole, parts, evidence, reason, rule="sum", exhaustive=True)


# last year's gap, from this year's flows and their growth --------------------------------------

_ANY_GAP = re.compile(r"\b(?:deficit|shortfall|surplus|gap)\b[^.;$£€¥₹]{0,50}$", re.IGNORECASE)
_GAP_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:deficit|shortfall|surplus|gap)\b", re.IGNORECASE)
_EARLIER = re.compile(
    r"\b(?:(?:a|one|two|three|four|five|\d+)\s+years?\s+(?:earlier|ago|before)|year-(?:earlier|ago)|last\s+year"
    r"|previous\s+year|prior\s+year)\b",
    re.IGNORECASE,
)
# "rose 6.1 percent from July through September to $850 billion": a rate, a time phrase at most, its level.
_TO = re.compile(
    r"^\s*,?\s*(?:(?:in|from|during|for|over|through)\s+[^.;,\d%$£€]{0,40}?\s+)?to\s+(?:a\s+|an\s+)?(?:record\s+)?$",
    re.IGNORECASE,
)


def rate_of(ctx: ArticleContext, level: Claim) -> tuple[Claim, int] | None:
    """The growth rate a clause gives a level: "spending slipped 1.9 percent to $1.02 trillion" (signed)."""
    for s in statements(ctx):
        ends_here = s.end is not None and s.end.id == level.id and s.start is None
        if ends_here and s.change is not None and s.change.quantity.kind == QuantityKind.PERCENT:
            sign = direction(s.change) if s.change.change is not None else direction_in(lead(ctx, s.change, 40))
            return s.change, sign or 1
    before = [c for c in ctx.sentence_claims(level) if c.span[1] <= level.span[0]]
    if before and before[-1].quantity.kind == QuantityKind.PERCENT and _TO.match(ctx.between(before[-1], level)):
        rate = before[-1]
        sign = direction(rate) if rate.change is not None else direction_in(lead(ctx, rate, 60))
        return (rate, sign) if sign else None
    return None


def _is_earlier(ctx: ArticleContext, claim: Claim, than: Claim) -> bool:
    if is_prior(ctx, claim) or _EARLIER.search(trail(ctx, claim, 50)):
        return True
    year, current = (claim.period.year if claim.period else None), (than.period.year if than.period else None)
    return bool(year and current and year < current)


def _cover(ctx: ArticleContext, a: Claim, b: Claim, meaning: str) -> Cue:
    return cue(ctx, (min(a.span[0], b.span[0]), max(a.span[1], b.span[1])), meaning)


def _baseline_years(ctx: ArticleContext, claims: list[Claim]) -> set[str]:
    """Years the growth is measured from: "rose 11% to $2.2 trillion from the same period in 2018"."""
    found = set()
    for claim in claims:
        for match in _FROM_YEAR.finditer(trail(ctx, claim, 60)):
            found.add(match.group("y"))
    return found


_FROM_YEAR = re.compile(
    r"\b(?:from|since|compared\s+(?:with|to)|against|over)\b[^.;\d]{0,40}?\b(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE
)


def _years(claims: list[Claim]) -> set[str]:
    return {y for c in claims if c.period is not None for y in re.findall(r"\b(?:19|20)\d\d\b", c.period.text)}


def _prior_gaps(ctx: ArticleContext) -> Iterator[Relation]:
    for found in _gap_triples(ctx):
        rates = [rate_of(ctx, found.out), rate_of(ctx, found.inflow)]
        if rates[0] is None or rates[1] is None:
            continue
        priors = [
            c
            for c in ctx.claims
            if c.quantity.kind == QuantityKind.MONEY
            and c.change is None
            and c.id != found.gap.id
            and fits(c, found.gap)
            and (_ANY_GAP.search(lead(ctx, c, 70)) or _GAP_AFTER.match(trail(ctx, c, 30)))
            and bool(_TRADE.search(lead(ctx, c, 70) + trail(ctx, c, 30))) == found.trade
            and not _forecast(ctx, c)
            and _is_earlier(ctx, c, found.gap)
        ]
        # "receipts rose 13% from the 2012 fiscal year ... the 2009 full-year high of $1.4 trillion": the earlier gap
        # must be of the year the growth is measured from
        base_years = _years([rates[0][0], rates[1][0]])
        base_years |= _baseline_years(ctx, [found.out, found.inflow, rates[0][0], rates[1][0]])
        priors = [c for c in priors if not (base_years and _years([c]) and not _years([c]) & base_years)]
        if not priors:
            yield from _gap_growth(ctx, found, rates[0], rates[1])
            continue
        priors.sort(key=lambda c: abs(c.span[0] - found.gap.span[0]))
        prior = priors[0]
        (out_rate, out_sign), (in_rate, in_sign) = rates[0], rates[1]
        flows = [found.out, found.inflow]
        signs = [-1, 1] if found.surplus else [1, -1]
        members = [prior, *flows, out_rate, in_rate]
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[
                cue(ctx, prior.span, "the earlier gap"),
                _cover(ctx, found.out, out_rate, "a flow and its growth"),
                _cover(ctx, found.inflow, in_rate, "a flow and its growth"),
            ],
            sentences_apart=max(ctx.sentences_apart(prior, c) for c in members[1:]),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=units([prior, *flows]),
            period=Agreement.AGREE,
            ambiguous=[show(c) for c in priors[1:] if c.quantity.value != prior.quantity.value],
        )
        what = "surplus" if found.surplus else "deficit"
        reason = (
            f"{show(prior)} is the earlier {what}; undoing the growth of {show(found.out)} ({show(out_rate)}) and "
            f"{show(found.inflow)} ({show(in_rate)}) gives the earlier flows, whose gap it is"
        )
        yield Relation(
            kind=RelationKind.PART_WHOLE,
            members=[
                Member(role="whole", claim=prior.id),
                Member(role="part", claim=found.out.id),
                Member(role="part", claim=found.inflow.id),
                Member(role="growth", claim=out_rate.id),
                Member(role="growth", claim=in_rate.id),
            ],
            evidence=evidence,
            reason=reason,
            params={"rule": "prior_sum", "signs": signs, "growth_signs": [out_sign, in_sign], "exhaustive": True},
        )


# The gap's own rate, told against the earlier gap: "the deficit was 3.1 percent wider than in May", "the trade gap
# narrowed 2 percent", "a shortfall 5% larger than last year's".
_GAP_RATE_LEAD = re.compile(
    r"\b(?:deficit|shortfall|surplus|trade\s+gap)\b[^.;$£€¥₹\d]{0,40}?"
    r"\b(?:(?P<up>widened|grew|rose|swelled|increased|expanded|jumped|was|were|is|came\s+in)"
    r"|(?P<down>narrowed|shrank|fell|declined|decreased|contracted|dropped))\b[^.;$£€¥₹\d]{0,20}$",
    re.IGNORECASE,
)
_GAP_RATE_LEAD = gated(_GAP_RATE_LEAD)  # tried on every figure's window, seldom matching there
_GAP_RATE_TRAIL = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:(?P<up>larger|wider|bigger|higher|greater)|(?P<down>smaller|narrower|lower))"
    r"\s+than\b",
    re.IGNORECASE,
)
# A rate measured against the same period a year before, not against the period just before it.
_YEAR_BASE = re.compile(
    r"\b(?:year[- ](?:on|over)[- ]year|a\s+year\s+(?:earlier|ago|before)|year[- ](?:earlier|ago)|last\s+year"
    r"|previous\s+year|prior\s+year|from\s+a\s+year|annual(?:ly)?|compared\s+with\s+(?:the\s+)?same)\b",
    re.IGNORECASE,
)


def _year_based(ctx: ArticleContext, rate: Claim) -> bool:
    return bool(_YEAR_BASE.search(lead(ctx, rate, 60) + " " + trail(ctx, rate, 60)))


def _gap_rate(ctx: ArticleContext, gap: Claim, taken: set[str]) -> tuple[Claim, int] | None:
    """The one rate of change the gap's sentence or the next gives the gap itself, signed."""
    at = ctx.sentence_index(gap.sentence_span[0])
    found = []
    for c in ctx.claims:
        if c.id in taken or c.quantity.kind != QuantityKind.PERCENT or c.change is None:
            continue
        if ctx.sentence_index(c.sentence_span[0]) - at not in (0, 1) or _forecast(ctx, c):
            continue
        words = lead(ctx, c, 70)
        shape = _GAP_RATE_TRAIL.match(trail(ctx, c, 30))
        if shape is not None and not _ANY_GAP.search(words + " " + trail(ctx, c, 50)):
            shape = None
        shape = shape or _GAP_RATE_LEAD.search(words)
        if shape is None or _OUT_FLOW.search(words[-40:]) or _IN_FLOW.search(words[-40:]):
            continue  # a flow's rate, or words that name no gap
        found.append((c, 1 if shape.group("up") else -1))
    return found[0] if len(found) == 1 else None


def _gap_growth(
    ctx: ArticleContext, found: Gap, out: tuple[Claim, int], inflow: tuple[Claim, int]
) -> Iterator[Relation]:
    (out_rate, out_sign), (in_rate, in_sign) = out, inflow
    rated = _gap_rate(ctx, found.gap, {found.out.id, found.inflow.id, out_rate.id, in_rate.id})
    if rated is None:
        return
    rate, sign = rated
    if len({_year_based(ctx, r) for r in (out_rate, in_rate, rate)}) != 1:
        return  # a yearly rate against a monthly one: the earlier gaps are of different periods
    flows = [found.out, found.inflow]
    members = [found.gap, *flows, out_rate, in_rate, rate]
    evidence = Evidence(
        tie=Tie.INFERRED,
        cues=[
            _cover(ctx, found.gap, rate, "the gap and its growth"),
            _cover(ctx, found.out, out_rate, "a flow and its growth"),
            _cover(ctx, found.inflow, in_rate, "a flow and its growth"),
        ],
        sentences_apart=max(abs(ctx.sentences_apart(found.gap, c)) for c in members[1:]),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=units([found.gap, *flows]),
        period=Agreement.AGREE,
        ambiguous=[show(c) for c in found.others],
    )
    what = "surplus" if found.surplus else "deficit"
    reason = (
        f"{show(rate)} is the {what}'s growth; undoing the growth of {show(found.out)} ({show(out_rate)}) and "
        f"{show(found.inflow)} ({show(in_rate)}) gives the earlier flows, whose gap {show(found.gap)} is set against"
    )
    yield Relation(
        kind=RelationKind.PART_WHOLE,
        members=[
            Member(role="whole", claim=found.gap.id),
            Member(role="part", claim=found.out.id),
            Member(role="part", claim=found.inflow.id),
            Member(role="growth", claim=out_rate.id),
            Member(role="growth", claim=in_rate.id),
            Member(role="whole_growth", claim=rate.id),
        ],
        evidence=evidence,
        reason=reason,
        params={
            "rule": "gap_growth",
            "signs": [-1, 1] if found.surplus else [1, -1],
            "growth_signs": [out_sign, in_sign],
            "whole_sign": sign,
            "exhaustive": True,
        },
    )


# the gap's move from the flows' moves ------------------------------------------------------------


def _flow_moves(ctx: ArticleContext, claims: list[Claim]) -> tuple[Claim, Claim] | None:
    """One outflow's move and one inflow's in one sentence, each in money with its own direction word: "tax takings
    have grown $15 million and spending has dropped $9 million". The words since the figure before name the flow."""
    outs, ins = [], []
    for index, claim in enumerate(claims):
        if not (_money(claim) and claim.change is not None and claim.change.kind == ChangeKind.ABSOLUTE):
            continue
        since = claims[index - 1].span[1] if index else claim.sentence_span[0]
        words = ctx.text[since : claim.span[0]]
        out, inflow = bool(_OUT_FLOW.search(words)), bool(_IN_FLOW.search(words))
        if out != inflow:
            (outs if out else ins).append(claim)
    return (outs[0], ins[0]) if len(outs) == 1 and len(ins) == 1 else None


def _gap_move_pairs(ctx: ArticleContext) -> list[tuple[Claim, Claim]]:
    """(start, end) of every move of a gap the text states: "a deficit of $610 billion, down from $900 billion"."""
    from factcheck.relations.directions_apart import levels_in_sentence

    pairs = [(s.start, s.end) for s in statements(ctx) if s.start is not None and s.end is not None]
    pairs += [(ctx.by_id[prior], ctx.by_id[level]) for prior, level in levels_in_sentence(ctx).items()]
    return [
        (start, end)
        for start, end in pairs
        if _money(end) and _money(start) and fits(start, end) and _gap_words(ctx, end) and not _forecast(ctx, end)
    ]


def _gap_moves(ctx: ArticleContext) -> Iterator[Relation]:
    groups = list(ctx.sentence_groups().values())
    for claims in groups:
        flows = _flow_moves(ctx, claims)
        if flows is None:
            continue
        out, inflow = flows
        here = ctx.sentence_index(out.span[0])
        trade = bool(_TRADE.search(lead(ctx, out, 60)))
        moves = [
            (start, end)
            for start, end in _gap_move_pairs(ctx)
            if 0 <= here - ctx.sentence_index(end.span[0]) <= 2 and fits(end, out) and _is_trade(end.text) == trade
        ]
        if len({(a.id, b.id) for a, b in moves}) != 1:
            continue  # no gap moved before the flows, or two (a year to date and a full year): not told which
        start, end = moves[0]
        surplus = "surplus" in lead(ctx, end, 70).lower()
        members = [start, end, out, inflow]
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[_cover(ctx, start, end, "the gap's move"), _cover(ctx, out, inflow, "the flows' moves")],
            sentences_apart=ctx.sentences_apart(end, out),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=units(members),
            period=Agreement.AGREE,
        )
        what = "surplus" if surplus else "deficit"
        reason = (
            f"the {what} moved from {show(start)} to {show(end)}; {show(out)} ({'imports' if trade else 'outlays'}) "
            f"and {show(inflow)} ({'exports' if trade else 'receipts'}) are its flows' moves"
        )
        yield Relation(
            kind=RelationKind.PART_WHOLE,
            members=[
                Member(role="from", claim=start.id),
                Member(role="to", claim=end.id),
                Member(role="part", claim=out.id),
                Member(role="part", claim=inflow.id),
            ],
            evidence=evidence,
            reason=reason,
            params={
                "rule": "gap_moves",
                "signs": [-direction(out), direction(inflow)] if surplus else [direction(out), -direction(inflow)],
                "exhaustive": True,
            },
        )


@finder("part_flows")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _bridges(ctx)
    yield from _gaps(ctx)
    yield from _prior_gaps(ctx)
    yield from _gap_moves(ctx)
