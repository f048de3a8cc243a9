"""Parts named as parts by their words alone: "Investment income" within "Total income".

A results or data story often gives a total and, sentences later, a part of it
named by the same noun with a qualifier: "Total income rose to £129m from £44m
... Investment income grew to £27m from £23m"; "total sales were £208m ... the
commercial division's sales rose to £124m ... the media division's sales fell to
£84m". The parts are some of the total, so together they are no larger than it
(``part_whole`` with rule ``within``). Figures are matched by role: this
period's figures against this period's total, the figures a move starts from
against the total's start.

A total may also be a bare noun whose verb says it is one, after a long phrase of period or company: "Revenue
for the third quarter of its fiscal year totalled $2 billion" (no "from": revenue from a unit is a part). A
qualifier may take two words when the first opens the phrase ("Home care revenue"); a name the extraction read
from a part's qualifier ("Bakery" of "Bakery sales") is no subject of the figures.

Only measures that add up and cannot turn negative are read this way (sales,
revenue, deposits, costs, deliveries, deaths, jobs ...): a division's profit can
exceed the group's when another division loses money, and a net, average or
adjusted figure is no part of a total. A qualifier that only restates the
whole ("net", "adjusted", "annual", "average") makes no part.

Nothing but the words ties the figures, so the evidence is inferred: the
figures must be of one subject (named, or the only one named around) and one
period, and another total of that measure nearby leaves the pairing uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated, lowered
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.changes import statements
from factcheck.relations.evidence import cue, periods, sole_subject, subjects, units
from factcheck.relations.parts import fits, is_amount, is_prior, listed, noted, part_whole
from factcheck.relations.prose import is_estimate

# Measures that add up and stay positive; one class per meaning ("sales" and "revenue" are one).
_CLASSES = {
    "sales": "revenue",
    "revenue": "revenue",
    "revenues": "revenue",
    "turnover": "revenue",
    "income": "income",
    "deposits": "deposits",
    "assets": "assets",
    "loans": "loans",
    "spending": "spending",
    "costs": "costs",
    "expenses": "costs",
    "expenditure": "spending",
    "expenditures": "spending",
    "exports": "exports",
    "imports": "imports",
    "deliveries": "deliveries",
    "shipments": "shipments",
    "production": "production",
    "output": "production",
    "employment": "employment",
    "jobs": "jobs",
    "deaths": "deaths",
    "cases": "cases",
    "visitors": "visitors",
    "passengers": "passengers",
    "users": "users",
    "subscribers": "subscribers",
    "orders": "orders",
    "emissions": "emissions",
}
_HEAD = re.compile(
    r"(?P<mod>\b[\w’'-]+\s+)?(?P<head>" + "|".join(sorted(_CLASSES, key=len, reverse=True)) + r")\b", re.IGNORECASE
)
_HEAD = gated(_HEAD)  # tried on every figure's window, seldom matching there
# Qualifiers that restate the whole, or measure it another way: no part of a total.
_NOT_A_PART = frozenset(
    [
        "net",
        "gross",
        "operating",
        "adjusted",
        "underlying",
        "organic",
        "core",
        "comparable",
        "like-for-like",
        "same-store",
        "annual",
        "annualised",
        "annualized",
        "quarterly",
        "monthly",
        "weekly",
        "daily",
        "average",
        "median",
        "real",
        "nominal",
        "estimated",
        "expected",
        "forecast",
        "projected",
        "record",
        "previous",
        "prior",
        "last",
        "first",
        "full-year",
        "half-year",
        "its",
        "their",
        "his",
        "her",
        "the",
        "a",
        "an",
        "of",
        "in",
        "and",
        "or",
        "to",
        "from",
        "with",
        "that",
        "this",
        "these",
        "those",
        "higher",
        "lower",
        "strong",
        "weak",
        "pre-tax",
        "after-tax",
        "per",
        "more",
        "less",
        "fewer",
        "new",
        "total",
        "rising",
        "falling",
        "growing",
        "declining",
        "increasing",
        "decreasing",
        "remaining",
        "existing",
        "outstanding",
        "continuing",
        "trailing",
        "leading",
        "booming",
        "soaring",
    ]
)
# A receipt, not a profit: only these incomes are parts of a total income.
# Counts whose groups may overlap: a part each, never their sum.
_OVERLAPPING = frozenset(["users", "subscribers", "visitors", "passengers", "deaths", "cases", "employment", "jobs"])
_INCOME_PARTS = frozenset(["investment", "interest", "rental", "fee", "fees", "dividend", "commission", "premium"])
_DIVISION = re.compile(r"\b(?:division|segment|unit|arm|business|subsidiary|operations)\b", re.IGNORECASE)
_DIVISION = gated(_DIVISION)  # tried on every figure's window, seldom matching there
_BREAK = re.compile(r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|,\s+(?:and|but)\s", re.IGNORECASE)
_BREAK = gated(_BREAK)  # tried on every figure's window, seldom matching there


@dataclass
class Named:
    claim: Claim
    kind: str  # the measure's class: "revenue", "deaths"
    total: bool
    qualifier: str  # what makes it a part: "investment", "the media division"
    span: tuple[int, int]  # the words that name it
    prior: bool


def _clause(ctx: ArticleContext, claim: Claim, width: int = 120) -> tuple[int, str]:
    start = max(claim.sentence_span[0], claim.span[0] - width)
    words = ctx.text[start : claim.span[0]]
    cut = max((m.end() for m in _BREAK.finditer(words)), default=0)
    return start + cut, words[cut:]


def _moves(ctx: ArticleContext) -> dict[str, tuple[bool, set[str]]]:
    """Claim id -> (is the move's start, the ids of its move) for every figure of a change statement."""

    def make() -> dict[str, tuple[bool, set[str]]]:
        found: dict[str, tuple[bool, set[str]]] = {}
        for s in statements(ctx):
            ids = {c.id for c in s.members()}
            for c in s.members():
                found.setdefault(c.id, (s.start is not None and c.id == s.start.id, ids))
        return found

    return ctx.memo("parts_named_moves", make)


# The noun is inside a phrase of another measure: "profits after restructuring costs", "sales of the unit".
_INSIDE = re.compile(r"\b(?:after|before|excluding|including|less|minus|plus|from|of|on|in|for|by)\s+$", re.I)
_INSIDE = gated(_INSIDE)  # tried on every figure's window, seldom matching there
# A qualifier opens its noun phrase: "Investment income", "its cloud revenue", "the company's online sales".
_NP_START = re.compile(
    r"(?:^|[.,;:(\n]|\b(?:the|its|their|his|her|our|a|an|with|and|while|whereas|as|but|[\w-]+['’]s))\s*$", re.IGNORECASE
)


# "Revenue for the third quarter of its financial year totalled $2 billion": a long phrase, the verb saying total.
_TOTALLED = re.compile(
    r"^[^\d;:()]*?\b(?:totall?ed|came\s+to\s+a\s+total\s+of|(?:was|were)\s+a\s+total\s+of)\s+"
    r"(?:about\s+|some\s+|around\s+|nearly\s+|almost\s+)?$",
    re.IGNORECASE,
)


def _totalled(ctx: ArticleContext, start: int, claim: Claim, move: set[str]) -> re.Match[str] | None:
    """The words from the noun to the figure (or to the figure its move starts from) end on a verb of totalling.

    Up to sixteen words, no division named and no "from" (revenue from a unit is a part of revenue)."""
    end = min([c.span[0] for c in ctx.claims_in(start, claim.span[0]) if c.id in move] + [claim.span[0]])
    words = ctx.text[start:end]
    if len(words.split()) > 16 or _DIVISION.search(words) or re.search(r"\bfrom\b", words, re.IGNORECASE):
        return None
    return _TOTALLED.match(words)


# "spent per quarter", "a month": a rate over time. Not "a year earlier" or "a year ago", which date the figure.
_PER_PERIOD = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:per|a|an|each|every)\s+(?:quarter|month|year|week|day)\b"
    r"(?!\s+(?:earlier|ago|before|previously|prior|later|on|in|to|from)\b)",
    re.IGNORECASE,
)


# A qualifier that dates the measure ("January exports", "Q3 sales", "holiday spending") names its period.
_DATED = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|q[1-4]|h[12]|spring|summer|autumn|winter|holiday|christmas)\b"
)
# "$7.6 billion less than", "2,000 more than": a figure telling how far apart two others are.
_BY_HOW_MUCH = re.compile(r"\s+(?:more|less|fewer|higher|lower|greater|smaller|above|below)\s+than\b", re.IGNORECASE)


def _two_word(word: str) -> bool:
    """Can ``word`` open a qualifier of two words? Not a verb ("boosted", "expects") nor a restating word."""
    word = word.lower()
    return word not in _NOT_A_PART and not re.search(r"(?:ed|es|ing|ly)$", word) and word not in _VERBISH


_VERBISH = frozenset({"said", "says", "saw", "sees", "had", "has", "have", "was", "were", "is", "are", "got", "put"})
# Participles whose object is an amount: ", generating revenue of around 90 billion baht" names no kind of revenue
# (while "advertising revenue" and "lending income" do).
_TAKES_AN_AMOUNT = frozenset(
    {
        "generating",
        "earning",
        "bringing",
        "raising",
        "producing",
        "yielding",
        "adding",
        "booking",
        "posting",
        "recording",
        "reporting",
        "collecting",
        "netting",
        "fetching",
        "attracting",
        "contributing",
        "delivering",
        "making",
        "creating",
        "drawing",
        "boosting",
        "lifting",
        "driving",
        "pushing",
        "reaching",
        "hitting",
        "topping",
        "exceeding",
    }
)


def _named(ctx: ArticleContext, claim: Claim) -> Named | None:
    if claim.quantity.kind == QuantityKind.PERCENT or not is_amount(claim) or claim.change is not None:
        return None
    if noted(ctx, claim) or is_estimate(ctx, claim):
        return None
    if _BY_HOW_MUCH.match(ctx.text, claim.span[1]):
        return None  # "exports were $7.6 billion less than in May": the gap between two figures, no amount of a part
    if _PER_PERIOD.match(ctx.text, claim.span[1]):
        return None  # "$80 billion spent per quarter": a rate over time, not an amount of one period
    offset, words = _clause(ctx, claim)
    heads = list(_HEAD.finditer(words))
    if not heads:
        return None
    found = heads[-1]
    moved, move = _moves(ctx).get(claim.id, (is_prior(ctx, claim), {claim.id}))
    if any(c.id not in move and is_amount(c) for c in ctx.claims_in(offset + found.end(), claim.span[0])):
        return None  # another amount stands between the noun and this one: the noun is that figure's
    if _INSIDE.search(words[: found.start("head")]):
        return None
    if len(words[found.end() :].split()) > 9:
        totalled = _totalled(ctx, offset + found.end(), claim, move)
        if totalled is None or (found.group("mod") or "").strip().lower() not in {"", *_NOT_A_PART}:
            return None
        kind = _CLASSES[found.group("head").lower()]
        return Named(claim, kind, True, "", (offset + found.start("head"), offset + found.end("head")), moved)
    kind = _CLASSES[found.group("head").lower()]
    before = words[: found.start("head")]
    mod = (found.group("mod") or "").strip().lower().rstrip("’'s")
    mod_start = found.start("mod")
    if mod and not mod.endswith("ed") and not _NP_START.search(words[: found.start("mod")]):
        # "Health care revenue": a qualifier of two words, the first opening the phrase.
        first = re.search(r"\b([A-Za-z][a-z-]+)\s+$", words[: found.start("mod")])
        if first is not None and _NP_START.search(words[: first.start()]) and _two_word(first.group(1)):
            mod, mod_start = f"{first.group(1).lower()} {mod}", first.start(1)
        else:
            mod = ""  # "to boost sales": a verb, not a qualifier
    elif mod and (mod.endswith("ed") or mod in _TAKES_AN_AMOUNT):
        mod = ""  # "reported sales", "generating revenue of $4 million": a verb and its object, no qualifier
    head_span = (offset + found.start("head"), offset + found.end("head"))
    total = re.search(r"\b(?:total|overall|combined|consolidated|aggregate|group)\s+(?:[\w-]+\s+)?$", before, re.I)
    if total is not None and _DIVISION.search(before):
        return None  # "the cloud division reported total revenue": a division's total, no group's
    if total is not None:
        return Named(claim, kind, True, "", (offset + total.start(), head_span[1]), moved)
    division = next(reversed(list(_DIVISION.finditer(before))), None)  # the nearest, when a sentence names two
    if division is not None:
        # "the group's commercial division ... sales": the division's words, from the start of its phrase.
        phrase = re.search(r"(?:^|[,;:(]\s*|\b(?:the|its|their|[\w-]+['’]s)\s+)(?:[\w’'-]+\s+){0,3}$",
                           before[: division.start()])  # fmt: skip
        start = phrase.start() if phrase is not None else division.start()
        start += len(before[start:]) - len(before[start:].lstrip(" ,;:("))
        words_span = (offset + start, offset + division.end())
        return Named(claim, kind, False, before[start : division.end()], words_span, moved)
    if not mod or mod in _NOT_A_PART or re.search(r"\d|quarter|month|year|week|half", mod) or _DATED.search(mod):
        return None  # "fourth-quarter sales", "January exports": a period of the measure, not a part of it
    if kind == "income" and mod not in _INCOME_PARTS:
        return None
    return Named(claim, kind, False, mod, (offset + mod_start, head_span[1]), moved)


def _all_named(ctx: ArticleContext) -> list[Named]:
    return ctx.memo("parts_named", lambda: [n for c in ctx.claims if (n := _named(ctx, c)) is not None])


def _near(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """Parts follow their total by up to four sentences, or come up to two before it."""
    apart = ctx.sentence_index(b.span[0]) - ctx.sentence_index(a.span[0])
    return -2 <= apart <= 4


# Words that give a figure a span of its own: a part "for the year" is no part of a total for March.
_SPAN = re.compile(
    r"\b(?:cumulative|year[- ]to[- ]date|so\s+far|fiscal|full[- ]year|annual|for\s+the\s+(?:year|quarter|month|half)"
    r"|first\s+half|second\s+half|(?:three|six|nine|twelve|3|6|9|12)\s+months|(?:19|20)\d\d[-–/]\d\d"
    r"|in\s+(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _spans_named(ctx: ArticleContext, named: Named) -> set[str]:
    _, words = _clause(ctx, named.claim, 160)
    words += ctx.text[named.claim.span[1] : named.claim.span[1] + 40].split(".")[0]
    return {" ".join(m.group(0).lower().split()) for m in _SPAN.finditer(words)}


def _own_subject(ctx: ArticleContext, claim: Claim) -> Claim:
    """The claim, without a subject read from a part's qualifier ("Health" of "Health care revenue")."""
    span = claim.subject_span
    if span is not None and any(n.span[0] <= span[0] < n.span[1] for n in _all_named(ctx) if not n.total):
        return claim.model_copy(update={"subject": None, "subject_span": None})
    return claim


def _whole_for(ctx: ArticleContext, part: Named, totals: list[Named]) -> tuple[Named, list[Named]] | None:
    """The total a part belongs to: of its measure and role, nearby, not another subject's; the nearest first."""
    fitting = [
        t
        for t in totals
        if t.kind == part.kind
        and t.prior == part.prior
        and _near(ctx, t.claim, part.claim)
        and fits(part.claim, t.claim)
        and t.claim.quantity.value != part.claim.quantity.value
        and subjects([t.claim, _own_subject(ctx, part.claim)]) != Agreement.DISAGREE
    ]
    if not fitting:
        return None
    fitting.sort(key=lambda t: (ctx.sentences_apart(t.claim, part.claim), abs(t.claim.span[0] - part.claim.span[0])))
    whole = fitting[0]
    return whole, [t for t in fitting[1:] if t.claim.quantity.value != whole.claim.quantity.value]


def _subsets(ctx: ArticleContext) -> Iterator[Relation]:
    named = _all_named(ctx)
    totals = [n for n in named if n.total]
    groups: dict[str, tuple[Named, list[Named], list[Named]]] = {}
    for part in (n for n in named if not n.total):
        found = _whole_for(ctx, part, totals)
        if found is None:
            continue
        whole, rivals = found
        _, parts, others = groups.setdefault(whole.claim.id, (whole, [], []))
        if all(p.qualifier.lower() != part.qualifier.lower() for p in parts):  # a part stated twice counts once
            parts.append(part)
            others.extend(r for r in rivals if r not in others)
    for whole, named_parts, rivals in groups.values():
        # People can be counted in two groups at once (mobile and desktop users): each is checked on its own.
        apart = whole.kind in _OVERLAPPING and len(named_parts) > 1
        for parts in [[p] for p in named_parts] if apart else [named_parts]:
            yield _subset(ctx, whole, parts, rivals)


def _subset(ctx: ArticleContext, whole: Named, parts: list[Named], rivals: list[Named]) -> Relation:
    """The total and the parts named of it: together no larger than it."""
    members = [whole.claim, *(p.claim for p in parts)]
    around = ctx.claims_in(
        ctx.sentences[max(0, ctx.sentence_index(min(c.span[0] for c in members)) - 1)][0],
        max(c.sentence_span[1] for c in members),
    )
    period = periods(members)
    whole_spans = _spans_named(ctx, whole)
    doubts = [
        f"{show(p.claim)} is stated for “{', '.join(sorted(extra))}”, which the total is not"
        for p in parts
        if (extra := _spans_named(ctx, p) - whole_spans)
    ]
    evidence = Evidence(
        tie=Tie.INFERRED,
        cues=[cue(ctx, whole.span, "the total"), *(cue(ctx, p.span, "a part named as such") for p in parts)],
        sentences_apart=max(ctx.sentences_apart(whole.claim, p.claim) for p in parts),
        subject=sole_subject([_own_subject(ctx, c) for c in members], [_own_subject(ctx, c) for c in around]),
        metric=Agreement.AGREE,
        unit=units(members),
        period=Agreement.DISAGREE if period == Agreement.DISAGREE else Agreement.AGREE,
        ambiguous=[show(t.claim) for t in rivals],
        doubts=doubts,
    )
    shown = listed([p.claim for p in parts])
    names = ", ".join(f"“{ctx.text[p.span[0] : p.span[1]]}”" for p in parts)
    reason = (
        f"“{ctx.text[whole.span[0] : whole.span[1]]}” {show(whole.claim)} is a total; {names} ({shown}) name "
        "parts of it by the same measure"
    )
    return part_whole(whole.claim, [p.claim for p in parts], evidence, reason, rule="within", spans=[whole.span])


# regions of a worldwide total ------------------------------------------------------------------

_WORLD = re.compile(
    r"\b(?:worldwide|globally|global|around\s+the\s+world|across\s+the\s+world|in\s+the\s+world)\b", re.I
)
_WORLD = gated(_WORLD)  # tried on every figure's window, seldom matching there
_VERBS = (
    "registered",
    "sold",
    "shipped",
    "delivered",
    "produced",
    "built",
    "installed",
    "exported",
    "imported",
    "recorded",
    "reported",
)
# A place named for the figure: "in China", "the Chinese market", "the US, where".
_PLACE = re.compile(
    r"\b(?i:in|across)\s+(?:the\s+)?[A-Z][\w.-]+|\bthe\s+(?:[A-Z][\w.-]+\s+)+market\b"
    r"|\b[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)?\s*,?\s*(?:where|with)\s+$"
)


_VERB_WORDS = [(v, re.compile(rf"\b{v}\b", re.IGNORECASE)) for v in _VERBS]


def _verb(text: str) -> str | None:
    # Each verb is a word of its own pattern: where the lower-cased text lacks it, its scan is skipped (all are
    # scanned where lower case cannot stand for the patterns' case folding).
    low = lowered(text)
    found = [v for v, pattern in _VERB_WORDS if (low is None or v in low) and pattern.search(text)]
    return found[0] if len(found) == 1 else None


def _clause_words(ctx: ArticleContext, claim: Claim) -> str:
    _, words = _clause(ctx, claim, 100)
    return words + " " + ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 50)]


def _regions(ctx: ArticleContext) -> Iterator[Relation]:
    levels = [c for c in ctx.claims if is_amount(c) and c.change is None and not noted(ctx, c) and not is_prior(ctx, c)]
    for whole in levels:
        words = _clause_words(ctx, whole)
        verb = _verb(words)
        if verb is None or not _WORLD.search(words) or is_estimate(ctx, whole):
            continue
        index = ctx.sentence_index(whole.span[0])
        later = [
            c
            for c in levels
            if c.span[0] > whole.span[1]
            and ctx.sentence_index(c.span[0]) - index <= 3
            and same_unit(c, whole)
            and c.quantity.value < whole.quantity.value
        ]
        parts = []
        for c in later:
            around = _clause_words(ctx, c)
            if _WORLD.search(around) or not re.search(rf"\b{verb}\b", around, re.I):
                continue
            sentence = ctx.text[c.sentence_span[0] : c.span[0]]
            if (_PLACE.search(sentence) or _PLACE.search(around)) and not is_estimate(ctx, c):
                parts.append(c)
        if len(parts) < 2:
            continue  # one region alone is often another measure's; two or more read as a breakdown
        members = [whole, *parts]
        period = periods(members)
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[
                cue(ctx, whole.span, f"a worldwide total ({verb})"),
                *(cue(ctx, p.span, "a region's figure") for p in parts),
            ],
            sentences_apart=max(ctx.sentences_apart(whole, p) for p in parts),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=units(members),
            period=Agreement.DISAGREE if period == Agreement.DISAGREE else Agreement.AGREE,
            doubts=[f"{show(p)} is stated for a span the total is not" for p in parts if _spans_of(ctx, p, whole)],
        )
        reason = (
            f"{show(whole)} is a worldwide total of what was {verb}; {listed(parts)} were {verb} in single places "
            "named after it, so they are parts of it"
        )
        yield part_whole(whole, parts, evidence, reason, rule="within")


def _spans_of(ctx: ArticleContext, part: Claim, whole: Claim) -> bool:
    def spans(claim: Claim) -> set[str]:
        return {" ".join(m.group(0).lower().split()) for m in _SPAN.finditer(_clause_words(ctx, claim))}

    return bool(spans(part) - spans(whole))


@finder("part_subsets")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _subsets(ctx)
    yield from _regions(ctx)
