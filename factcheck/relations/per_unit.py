"""Per-unit arithmetic stated in prose: price x count = total, ratios of two stated figures, run rates.

The shapes, each read from the words around the figures:

* per_unit, product: a count, the price of one of it and the total in one
  sentence ("sold 3 million shares at 400 yen each, raising 1.2 billion
  yen"; "bought back 40,000 shares for a total of $1.2 million at an average
  cost of $30 a share"). The price must be per the counted noun; the total must
  be a sum paid or raised, never a valuation of the whole company (unless the
  count is the shares outstanding). Also "$12 billion over three years, or $4
  billion a year".
* per_unit, ratio: a ratio the text names and its two terms: a load factor
  (traffic / capacity) with the traffic and capacity stated just before it, a
  dividend yield (annual dividend / share price) in one sentence, a months'
  supply (inventory / monthly sales pace).
* per_unit, average change: "the average yearly change was a decrease of 2.5
  tonnes" against the same measure's first and last levels dated in years
  ("from 310 tonnes in 1990 to 235 tonnes in 2020"), matched by shared words and
  unit; a year named with the average may mean another stretch (a doubt).
* per_unit, load-factor change: a load factor's move in points against the
  growth of traffic and capacity stated just before it (the year-ago load factor
  is the current one x (1 + capacity growth) / (1 + traffic growth)).
* run_rate: a quarterly (or monthly) figure and the annual figure the text says
  it comes to ("a quarterly dividend of 45 cents, or $1.80 a year"; "from $0.40
  to $0.42 a quarter, or from $1.60 to $1.68 on an annualized basis").

What ties the figures decides the evidence: one clause with explicit words is a
cue; a load factor and the traffic and capacity of its paragraph, or a dividend
annualised in the next sentence, are inferred, and certain only when one figure
alone fits each role.

The helpers at the top (the noun a price is per, the clause around a figure,
lead and trail words) are shared by the other per-unit finders
(:mod:`.share_counts`, :mod:`.exchange_rates`, :mod:`.market_values`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from itertools import pairwise

from factcheck.claim import ChangeKind, Claim
from factcheck.context import READ_REACH, ArticleContext
from factcheck.figures import currency, is_level, is_rate_level, norm_noun, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import quote, roles
from factcheck.relations.evidence import cue, inferred, periods, stated_together
from factcheck.relations.prose import direction_in, has_break, is_prior_by_date, starts_from

# shared readings ---------------------------------------------------------------------

MONEY_KINDS = frozenset({QuantityKind.MONEY, QuantityKind.PER_UNIT})
_BREAK = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|,\s+and\b|,\s+with\b|—|–|\s--\s|\bhowever\b|\bmeanwhile\b",
    re.IGNORECASE,
)
_BREAK = gated(_BREAK)  # tried on the clause around every figure: most clauses hold none of its words


def previous_in_sentence(ctx: ArticleContext, claim: Claim) -> Claim | None:
    return ctx.claim_before(claim)


def next_in_sentence(ctx: ArticleContext, claim: Claim) -> Claim | None:
    return ctx.claim_after(claim)


def lead_since(ctx: ArticleContext, claim: Claim) -> str:
    """The words between the previous figure of the sentence (or its start) and ``claim``."""
    previous = previous_in_sentence(ctx, claim)
    start = previous.span[1] if previous is not None else claim.sentence_span[0]
    return ctx.text[start : claim.span[0]]


def trail_until(ctx: ArticleContext, claim: Claim, width: int = 80) -> str:
    """The words after ``claim`` up to the next figure of the sentence or its end."""
    following = next_in_sentence(ctx, claim)
    stop = min(claim.sentence_span[1], claim.span[1] + width)
    if following is not None:
        stop = min(stop, following.span[0])
    return ctx.text[claim.span[1] : stop]


def clause_lead(ctx: ArticleContext, claim: Claim) -> str:
    """The words of ``claim``'s clause before it: from the last clause break of its sentence."""
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - READ_REACH) : claim.span[0]]
    breaks = list(_BREAK.finditer(before))
    return before[breaks[-1].end() :] if breaks else before


def same_clause(ctx: ArticleContext, claims: Sequence[Claim]) -> bool:
    """All in one sentence with no clause break between the first and the last."""
    first = min(claims, key=lambda c: c.span[0])
    if any(tuple(c.sentence_span) != tuple(first.sentence_span) for c in claims):
        return False
    last = max(claims, key=lambda c: c.span[1])
    return not has_break(ctx.text[first.span[1] : last.span[0]])


def is_amount(claim: Claim) -> bool:
    """A money level: a sum, not a change, not a range."""
    return is_level(claim) and claim.quantity.kind == QuantityKind.MONEY and not claim.quantity.is_range


def singular(word: str) -> str:
    word = word.lower().strip()
    for ending, replacement in (("ies", "y"), ("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("s", "")):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + replacement
    return word


_PER_WORDS = re.compile(
    r"^\s*(?:(?P<each>each|apiece|a\s+piece)\b|(?:a|an|per)\s+(?P<noun>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?))",
    re.IGNORECASE,
)
_NOT_NOUNS = frozenset({"year", "month", "week", "day", "quarter", "annum", "hour", "cent", "percent", "total"})


def price_noun(ctx: ArticleContext, claim: Claim) -> str | None:
    """What a price is per: its per-unit noun ("$19 per ADS" -> "ads"), "each" for "$20 each", None if no price."""
    q = claim.quantity
    if q.is_range or claim.change is not None:
        return None
    if q.kind == QuantityKind.PER_UNIT:
        words = (q.noun or (q.unit.split("/")[-1] if "/" in q.unit else "")).split()
        noun = singular(words[-1]) if words else ""
        return None if not noun or noun in _NOT_NOUNS else noun
    if q.kind != QuantityKind.MONEY:
        return None
    found = _PER_WORDS.match(ctx.text[claim.span[1] : claim.span[1] + 40])
    if found is None:
        return None
    if found.group("each"):
        return "each"
    words = found.group("noun").split()
    noun = singular(words[-1] if words[0].lower() in ("diluted", "basic", "common", "single") else words[0])
    return None if noun in _NOT_NOUNS else noun


def count_nouns(ctx: ArticleContext, claim: Claim) -> set[str]:
    """The nouns a count may count: its own noun and the words printed after it ("ADSs" in brackets too)."""
    if claim.change is not None or claim.quantity.is_range:
        return set()
    q = claim.quantity
    if q.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER):
        return set()
    nouns = {singular(w) for w in re.findall(r"[A-Za-z][\w-]*", q.noun or "")}
    if q.kind == QuantityKind.COUNT and q.unit:
        nouns |= {singular(w) for w in re.findall(r"[A-Za-z][\w-]*", q.unit)}
    after = ctx.text[claim.span[1] : claim.span[1] + 60]
    found = re.match(r"^\s*((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)(?:\s*\(([A-Za-z]{2,8})\))?", after)
    if found:
        nouns |= {singular(w) for w in found.group(1).split()}
        if found.group(2):
            nouns.add(singular(found.group(2)))
    return {n for n in nouns if n and n not in _NOT_NOUNS}


def currency_of(claim: Claim) -> str:
    return currency(claim).upper()


def evidence_with(evidence: Evidence, *, ambiguous: Iterable[str] = (), doubts: Iterable[str] = ()) -> Evidence:
    """``evidence`` with more ambiguity or doubts added."""
    return evidence.model_copy(
        update={
            "ambiguous": [*evidence.ambiguous, *ambiguous],
            "doubts": [*evidence.doubts, *(d for d in doubts if d not in evidence.doubts)],
        }
    )


def cue_at(ctx: ArticleContext, start: int, end: int, meaning: str) -> Cue:
    return cue(ctx, (start, end), meaning)


# price x count = total ---------------------------------------------------------------

_PRICE_TIE = re.compile(
    r"\b(?:at|for|priced\s+at|at\s+an?\s+(?:average\s+|offer\s+|issue\s+|ipo\s+)?(?:price|cost)(?:\s+to\s+the\s+public)?"
    r"\s+of|each\s+(?:priced\s+)?at)\s+(?:about\s+|around\s+|roughly\s+|some\s+|just\s+)?[^\w]{0,3}$",
    re.IGNORECASE,
)
_TOTAL_CUE = re.compile(
    r"\b(?:rais(?:e|es|ed|ing)|total(?:l?ing|s|led)?|proceeds|cost|costing|for|size|bringing\s+in|amount(?:ing|ed|s)?"
    r"|worth|fetch(?:ed|ing)?|spen[dt]|spending|paid|paying|generat(?:e|ed|ing)|collect(?:ed|ing))\b",
    re.IGNORECASE,
)
_VALUATION = re.compile(r"\bvalu(?:e|es|ed|ing|ation)\b|\bmarket\s+(?:cap|value)|\bcapitali[sz]", re.IGNORECASE)
_TURNOVER = re.compile(r"\b(?:revenues?|sales|turnover|income)\b", re.IGNORECASE)
_OUTSTANDING = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?outstanding\b", re.IGNORECASE)


def _product_relations(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        prices = [(c, n) for c in claims if (n := price_noun(ctx, c)) is not None]
        if not prices:
            continue
        for price, noun in prices:
            counts = [c for c in claims if c.span[0] < price.span[0] and _counts(ctx, c, noun)]
            if not counts:
                continue
            count = counts[-1]
            gap = ctx.text[count.span[1] : price.span[0]]
            tied = bool(_PRICE_TIE.search(gap)) or bool(re.search(r"\bat\s*$", lead_since(ctx, price)))
            if not tied:
                continue
            yield from _product(ctx, claims, count, price, counts[:-1])


def _counts(ctx: ArticleContext, claim: Claim, noun: str) -> bool:
    nouns = count_nouns(ctx, claim)
    if not nouns:
        return False
    if noun == "each":
        return True
    return noun in nouns or any(n.startswith(noun) or noun.startswith(n) for n in nouns if len(n) >= 3)


_SALE = re.compile(
    r"\b(?:through|by\s+selling|from\s+(?:the\s+)?sale|selling|by\s+issuing|issuing|in\s+exchange\s+for|buying|to\s+buy"
    r"|by\s+buying|on|for)\b",
    re.IGNORECASE,
)


def _total_tied(ctx: ArticleContext, total: Claim, count: Claim, price: Claim) -> bool:
    """The total's own words tie it to the count and its price, with no other figure in the way.

    "raised $50 million through the sale of 4 million shares at $12.50", "4 million shares at $12.50, raising
    $50 million", "4 million shares for a total of $50 million at $12.50 each"; not "paid $30 million in fees and
    sold 4 million shares at $12.50".
    """
    first, last = min(count, price, key=lambda c: c.span[0]), max(count, price, key=lambda c: c.span[0])
    if total.span[0] > last.span[1]:
        gap, between = ctx.text[last.span[1] : total.span[0]], ctx.claims_between(last, total)
        tied = bool(_TOTAL_CUE.search(gap))
    elif total.span[1] < first.span[0]:
        gap, between = ctx.text[total.span[1] : first.span[0]], ctx.claims_between(total, first)
        tied = bool(_SALE.search(gap))
        between = [c for c in between if not re.match(r"^\s*\(", ctx.text[total.span[1] : c.span[0]])]
    else:
        gap, between = ctx.text[first.span[1] : total.span[0]], ctx.claims_between(first, total)
        tied = bool(_TOTAL_CUE.search(gap))
    return tied and not between and len(gap) <= 90 and not has_break(gap)


def _product(
    ctx: ArticleContext, claims: list[Claim], count: Claim, price: Claim, other_counts: list[Claim]
) -> Iterator[Relation]:
    outstanding = bool(_OUTSTANDING.match(ctx.text[count.span[1] : count.span[1] + 60]))
    totals = []
    for total in claims:
        if total.id in (count.id, price.id) or not is_amount(total) or currency_of(total) != currency_of(price):
            continue
        lead = lead_since(ctx, total)
        if re.search(r"\(\s*$", lead):
            continue  # a conversion in brackets restates another figure
        if _VALUATION.search(lead) and not outstanding:
            continue  # what the whole company is worth, not what these units cost
        if not (_TOTAL_CUE.search(lead) or (outstanding and _VALUATION.search(lead))):
            continue
        if not _total_tied(ctx, total, count, price):
            continue
        totals.append(total)
    if not totals:
        return
    totals.sort(key=lambda t: min(abs(t.span[0] - price.span[1]), abs(t.span[0] - count.span[1])))
    total = totals[0]
    members = [total, count, price]
    doubts = []
    if not same_clause(ctx, members):
        doubts.append("a clause break stands between the count, the price and the total")
    if _TURNOVER.search(lead_since(ctx, total)[-50:]):
        doubts.append(f"{show(total)} is called revenue or sales and may include more than these units")
    evidence = stated_together(
        ctx,
        members,
        [cue_at(ctx, count.span[1], price.span[0], "the count and its price"), cue(ctx, total.span, "the total")],
        levels=[total, price],
        doubts=doubts,
    )
    evidence = evidence_with(
        evidence, ambiguous=[show(t) for t in totals[1:]] + [f"the count {show(c)}" for c in other_counts]
    )
    yield Relation(
        kind=RelationKind.PER_UNIT,
        members=roles(total=total, count=count, price=price),
        evidence=evidence,
        reason=f"one sentence gives a count, the price of one and the total: “{quote(ctx, members)}”",
        params={"form": "product"},
    )


# "$12 billion over three years, or $4 billion a year" --------------------------------------

_OVER_YEARS = re.compile(r"^\s*(?:over|across|during|in)\s+(?:the\s+(?:next|past|last|coming|following)\s+)?$", re.I)
_RESTATED = re.compile(
    r"^\s*(?:years?)?\s*,?\s*(?:or|—|–|-|\()\s*(?:about|around|roughly|some|nearly|almost)?\s*$", re.I
)
_A_YEAR = re.compile(r"^\s*(?:a|per|each)\s+year\b|^\s*annually\b|^\s*per\s+annum\b", re.IGNORECASE)


def _per_year_relations(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for i, years in enumerate(claims):
            if years.quantity.kind != QuantityKind.DURATION or "year" not in (years.quantity.unit or ""):
                continue
            if i == 0 or i + 1 >= len(claims):
                continue
            total, rate = claims[i - 1], claims[i + 1]
            if not (is_amount(total) and rate.quantity.kind in MONEY_KINDS and rate.change is None):
                continue
            if currency_of(total) != currency_of(rate) or not _OVER_YEARS.match(
                ctx.text[total.span[1] : years.span[0]]
            ):
                continue
            if not _RESTATED.match(ctx.text[years.span[1] : rate.span[0]]):
                continue
            yearly = rate.quantity.kind == QuantityKind.PER_UNIT and "year" in rate.quantity.unit
            if not (yearly or _A_YEAR.match(ctx.text[rate.span[1] : rate.span[1] + 20])):
                continue
            members = [total, years, rate]
            yield Relation(
                kind=RelationKind.PER_UNIT,
                members=roles(total=total, count=years, price=rate),
                evidence=stated_together(
                    ctx,
                    members,
                    [cue_at(ctx, total.span[1], rate.span[0], "a total over years, restated a year")],
                    levels=[total, rate],
                ),
                reason=f"one clause gives a total over years and the amount a year: “{quote(ctx, members)}”",
                params={"form": "product"},
            )


# ratios: load factor, dividend yield, months' supply ---------------------------------

_LOAD_FACTOR = re.compile(r"\bload[\s-]+factors?\b", re.IGNORECASE)
_ANY_LOAD_FACTOR = re.compile(r"load[\s-]+factor", re.IGNORECASE)  # without the word edges: windows make new ones
_ANY_LOAD_FACTOR = gated(_ANY_LOAD_FACTOR)  # tried on every figure's window, seldom matching there
_TRAFFIC = re.compile(
    r"\b(?:traffic|demand|RPKs?|RPMs?|revenue\s+passenger[\s-]+(?:kilomet(?:er|re)s?|km|miles?)"
    r"|passenger\s+(?:traffic|demand|kilomet(?:er|re)s|miles))\b",
    re.IGNORECASE,
)
_CAPACITY = re.compile(r"\b(?:capacity|ASKs?|ASMs?|available\s+seat[\s-]+(?:kilomet(?:er|re)s?|km|miles?))\b", re.I)
_MEASURES = (("load factor", _LOAD_FACTOR), ("traffic", _TRAFFIC), ("capacity", _CAPACITY))
_GENERIC = frozenset(
    {"total", "overall", "systemwide", "system-wide", "monthly", "global", "group", "passenger", "the", "its", "their",
     "industry", "industry-wide", "worldwide", "consolidated", "combined"}
)  # fmt: skip


def _last_measure(text: str) -> tuple[str, re.Match[str]] | None:
    found: tuple[str, re.Match[str]] | None = None
    for name, pattern in _MEASURES:
        for match in pattern.finditer(text):
            if found is None or match.start() >= found[1].start():
                found = (name, match)
    return found


def airline_measure(ctx: ArticleContext, claim: Claim) -> tuple[str, str] | None:
    """Which airline measure a figure states ('load factor', 'traffic', 'capacity') and its qualifier.

    Read from the words of its clause since the previous figure ("International capacity rose 4.2 percent"
    -> capacity, qualified 'international'), else from the figure's own words ("13.03 billion available seat
    miles") or the words right after it ("a 4.5 point rise in the load factor").
    """
    lead = lead_since(ctx, claim)
    if has_break(lead):
        lead = clause_lead(ctx, claim)
    own = _last_measure(claim.quantity.text)
    if own is not None:
        return own[0], _qualifier(lead)
    found = _last_measure(lead)
    if found is not None:
        return found[0], _qualifier(lead[: found[1].start()])
    after = re.match(
        r"^\s*(?:percentage\s+)?points?\s+(?:\w+\s+){0,2}?(?:in|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?load[\s-]+factor",
        ctx.text[claim.span[1] : claim.span[1] + 80],
        re.IGNORECASE,
    )
    if after is not None:
        return "load factor", _qualifier(lead)
    return None


def _qualifier(before: str) -> str:
    """The words naming a segment right before a measure word: 'International', 'North America', 'Mainline'."""
    words = re.findall(r"[A-Za-z][\w'’-]*", before)[-3:]
    kept: list[str] = []
    for word in reversed(words):
        lower = word.lower()
        if re.search(r"['’]s?$", word) or lower in _GENERIC:
            break  # "United's systemwide": the carrier's name, not a segment
        if not (word[0].isupper() or lower in ("international", "domestic", "mainline", "regional")):
            break
        kept.insert(0, lower)
    return " ".join(w for w in kept if w not in _GENERIC)


def _is_points(ctx: ArticleContext, claim: Claim) -> bool:
    if claim.quantity.kind == QuantityKind.PERCENTAGE_POINT:
        return True
    return claim.quantity.kind == QuantityKind.NUMBER and bool(
        re.match(r"^\s*(?:percentage\s+)?points?\b", ctx.text[claim.span[1] : claim.span[1] + 20], re.IGNORECASE)
    )


def _says_points(claim: Claim) -> bool:
    return "point" in claim.quantity.text.lower()


def _is_growth(ctx: ArticleContext, claim: Claim) -> bool:
    """A percentage growth rate, said with a verb or with "above/higher than" a year before."""
    if claim.quantity.kind != QuantityKind.PERCENT or claim.quantity.is_range:
        return False
    if starts_from(ctx, claim):
        return False  # "up from 8.1 percent in June": an earlier rate, not this one
    if re.match(r"^\s*(?:above|higher|more|up)\b", trail_until(ctx, claim), re.IGNORECASE):
        return True  # "5.8% above March last year"
    return claim.change is not None


def _is_size(ctx: ArticleContext, claim: Claim) -> bool:
    """A traffic or capacity level ("11.3 billion revenue passenger miles"), not an earlier one."""
    if claim.quantity.kind not in (QuantityKind.DIMENSION, QuantityKind.NUMBER, QuantityKind.COUNT):
        return False
    if not is_level(claim) or _last_measure(claim.quantity.text + trail_until(ctx, claim, 40)) is None:
        return False
    return not starts_from(ctx, claim) and not is_prior_by_date(ctx, claim)


# "a 0.6-point dip to 79.8 percent", "saw a 1.3 point gain": the move named by a noun after the figure, a form the
# verb list of ``direction_in`` leaves out in the singular.
_MOVE_NOUN = re.compile(
    r"^[\s-]*(?:percentage[\s-]+)?points?[\s-]+(?:(?P<up>rise|gain|increase|jump|climb|improvement)"
    r"|(?P<down>dip|drop|fall|decline|slide|slip|decrease|deterioration))\b",
    re.IGNORECASE,
)


def _points_direction(ctx: ArticleContext, points: Claim) -> int:
    """+1 or -1 for the way a bare points figure moved the load factor, 0 when no word says it.

    Read from a noun right after the figure ("a 0.4-point dip") or, failing that, from a direction word in the
    words after it; a bare figure with neither ("0.4 points to 81.2 percent") is left without a direction rather
    than taken for a rise, as a fall told that way would be read as a contradiction."""
    tail = ctx.text[points.span[1] : points.span[1] + 40]
    noun = _MOVE_NOUN.match(tail) or _MOVE_NOUN.match(" points " + tail)
    if noun is not None:
        return 1 if noun.group("up") else -1
    return direction_in(trail_until(ctx, points, 40))


def _load_factor_statements(ctx: ArticleContext) -> list[tuple[Claim, Claim | None, str]]:
    """(level, points change or None, qualifier) for every load factor the article states, in order."""
    if not _ANY_LOAD_FACTOR.search(ctx.text):
        return []  # asked of every figure otherwise, a long text's cost for nothing
    found = []
    used: set[str] = set()
    for claim in ctx.claims:
        if claim.id in used:
            continue
        measure = airline_measure(ctx, claim)
        if measure is None or measure[0] != "load factor":
            continue
        if _is_points(ctx, claim):
            level = next(
                (
                    c
                    for c in ctx.sentence_claims(claim)
                    if c.span[0] > claim.span[1]
                    and is_rate_level(c)
                    and not has_break(ctx.text[claim.span[1] : c.span[0]])
                    and re.search(r"\b(?:to|at|of)\b", ctx.text[claim.span[1] : c.span[0]])
                ),
                None,
            )
            if level is None:
                continue
            used.add(level.id)
            found.append((level, claim, measure[1]))
        elif is_rate_level(claim) and not starts_from(ctx, claim):
            found.append((claim, None, measure[1]))
    return found


def _airline_window(ctx: ArticleContext, level: Claim, after: int) -> list[Claim]:
    """Figures of the load factor's paragraph before it, at most four sentences back, after the last load factor."""
    index = ctx.sentence_index(level.span[0])
    start = max(after, ctx.sentences[max(0, index - 4)][0], ctx.paragraph(level.span[0])[0])
    return [c for c in ctx.claims_in(start, level.sentence_span[1]) if c.id != level.id]


def _pick(candidates: list[tuple[Claim, str]], qualifier: str) -> tuple[Claim | None, list[Claim]]:
    """The figure for a role: the only one, or the only one of the load factor's segment; the rest are rivals."""
    if not candidates:
        return None, []
    if len(candidates) == 1:
        return candidates[0][0], []
    same = [c for c, q in candidates if q == qualifier]
    if len(same) == 1:
        return same[0], []
    chosen = (same or [c for c, _ in candidates])[-1]
    return chosen, [c for c, _ in candidates if c.id != chosen.id]


def _load_factor_relations(ctx: ArticleContext) -> Iterator[Relation]:
    previous_end = 0
    for level, points, qualifier in _load_factor_statements(ctx):
        window = _airline_window(ctx, level, previous_end)
        previous_end = max(level.span[1], points.span[1] if points else 0)
        growth: dict[str, list[tuple[Claim, str]]] = {"traffic": [], "capacity": []}
        sizes: dict[str, list[tuple[Claim, str]]] = {"traffic": [], "capacity": []}
        for claim in window:
            measure = airline_measure(ctx, claim)
            if measure is None or measure[0] == "load factor":
                continue
            name, qual = measure
            if _is_growth(ctx, claim):
                growth[name].append((claim, qual))
            elif _is_size(ctx, claim):
                sizes[name].append((claim, qual))
        if points is not None:
            traffic, rivals_t = _pick(growth["traffic"], qualifier)
            capacity, rivals_c = _pick(growth["capacity"], qualifier)
            if traffic is not None and capacity is not None:
                told = points.change is not None  # "fell 0.9 points": the sign is the claim's own
                sign = 0 if told else _points_direction(ctx, points)
                yield _airline_relation(
                    ctx, "load_factor_change", roles(points=points, level=level, traffic=traffic, capacity=capacity),
                    [points, level, traffic, capacity], rivals_t + rivals_c,
                    f"the load factor moved {show(points)}{'' if _says_points(points) else ' points'} to {show(level)};"
                    " "
                    f"traffic grew {show(traffic)} and capacity {show(capacity)} just before it in the same passage",
                    params={"points_sign": sign if told else sign or 1},
                    doubts=[] if sign or told else ["no word says which way the load factor moved"],
                )  # fmt: skip
        traffic, rivals_t = _pick(sizes["traffic"], qualifier)
        capacity, rivals_c = _pick(sizes["capacity"], qualifier)
        if traffic is not None and capacity is not None and traffic.quantity.unit == capacity.quantity.unit:
            yield _airline_relation(
                ctx, "ratio", roles(ratio=level, numerator=traffic, denominator=capacity),
                [level, traffic, capacity], rivals_t + rivals_c,
                f"a load factor of {show(level)} with traffic of {show(traffic)} and capacity of {show(capacity)} "
                "stated just before it: load factor = traffic / capacity",
                params={"scale": 100.0, "what": "load factor"},
            )  # fmt: skip


def _airline_relation(
    ctx: ArticleContext,
    form: str,
    members: list,
    claims: list[Claim],
    rivals: list[Claim],
    reason: str,
    params: dict | None = None,
    doubts: list[str] | None = None,
) -> Relation:
    doubts = list(doubts or [])
    if periods(claims) == Agreement.DISAGREE:
        doubts.append("the figures are dated to different periods")
    evidence = Evidence(
        tie=Tie.INFERRED,
        cues=[cue(ctx, c.span, "load factor" if i == 0 else "its term") for i, c in enumerate(claims[:1])],
        sentences_apart=max(ctx.sentences_apart(claims[0], c) for c in claims[1:]),
        # The measure words (load factor, traffic, capacity) and the segment were read for each figure.
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.UNKNOWN,
        period=Agreement.UNKNOWN,
        ambiguous=[show(r) for r in rivals],
        doubts=doubts,
    )
    return Relation(
        kind=RelationKind.PER_UNIT,
        members=members,
        evidence=evidence,
        reason=reason,
        params={"form": form, **(params or {})},
    )


_YIELD = re.compile(r"\byield(?:s|ing)?\b", re.IGNORECASE)
_YIELD = gated(_YIELD)  # tried on every figure's window, seldom matching there
_PRICE_LEAD = re.compile(
    r"\b(?:price|priced|closing|close|closed|trading\s+at|trades?\s+at|stock\s+at|shares?\s+at|quoted\s+at)\b[^.;]*$",
    re.IGNORECASE,
)
_QUARTERLY = re.compile(r"\bquarterly\b|\b(?:a|per|each)\s+quarter\b", re.IGNORECASE)
_MONTHLY = re.compile(r"\bmonthly\b|\b(?:a|per|each)\s+month\b", re.IGNORECASE)


def _yield_relations(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        yields = [c for c in claims if is_rate_level(c) and _YIELD.search(lead_since(ctx, c) + trail_until(ctx, c, 25))]
        if len(yields) != 1:
            continue
        rate = yields[0]
        dividends = [c for c in claims if c.quantity.kind in MONEY_KINDS and c.change is None and _is_dividend(ctx, c)]
        prices = [
            c
            for c in claims
            if c.quantity.kind in MONEY_KINDS
            and c.change is None
            and c not in dividends
            and _PRICE_LEAD.search(lead_since(ctx, c))
        ]
        if not dividends or not prices:
            continue
        dividend, price = dividends[0], prices[-1]
        if currency_of(dividend) != currency_of(price):
            continue
        times, doubt = _times_a_year(ctx, dividend)
        members = [rate, dividend, price]
        evidence = stated_together(
            ctx, members, [cue(ctx, rate.span, "a yield"), cue(ctx, price.span, "the price it is based on")],
            levels=[dividend, price], doubts=[doubt] if doubt else [],
        )  # fmt: skip
        evidence = evidence_with(evidence, ambiguous=[show(c) for c in dividends[1:] + prices[:-1]])
        yield Relation(
            kind=RelationKind.PER_UNIT,
            members=roles(ratio=rate, numerator=dividend, denominator=price),
            evidence=evidence,
            reason=f"one sentence gives a dividend, a yield and the price it is based on: “{quote(ctx, members)}”",
            params={"form": "ratio", "scale": 100.0, "times": times, "what": "dividend yield"},
        )


def _is_dividend(ctx: ArticleContext, claim: Claim, *, clause: bool = False) -> bool:
    """A dividend amount: named so by the words since the figure before it ("the new dividend, equal to").

    With ``clause``, the words of its whole clause count ("raised its quarterly dividend by 5% to 21 cents").
    """
    if _PRICE_LEAD.search(lead_since(ctx, claim)[-40:]):
        return False
    words = (clause_lead(ctx, claim) if clause else lead_since(ctx, claim))[-80:] + claim.quantity.text
    return bool(re.search(r"\b(?:dividends?|payouts?|distributions?)\b", words, re.IGNORECASE))


def _times_a_year(ctx: ArticleContext, claim: Claim) -> tuple[float, str | None]:
    """How many of this payment make a year, from its words; a doubt when they do not say."""
    words = clause_lead(ctx, claim)[-80:] + " " + claim.quantity.text + " " + trail_until(ctx, claim, 40)
    if claim.quantity.kind == QuantityKind.PER_UNIT and "year" in claim.quantity.unit:
        return 1.0, None
    if annual_cue(ctx, claim) is not None or re.search(r"\bannual\b", words, re.I):
        return 1.0, None
    if _QUARTERLY.search(words):
        return 4.0, None
    if _MONTHLY.search(words):
        return 12.0, None
    return 1.0, "the text does not say whether the dividend is a year's or one payment's"


_MONTHS_SUPPLY = re.compile(r"^\s*(?:['’]s?\s+|of\s+)?supply\b|^\s*(?:months?['’]?\s+)(?:of\s+)?supply\b", re.I)
_INVENTORY = re.compile(r"\b(?:inventor(?:y|ies)|for\s+sale|unsold|listings?|on\s+the\s+market)\b", re.IGNORECASE)
_ANNUAL_PACE = re.compile(r"\bannual(?:i[sz]ed)?\s+(?:sales\s+)?(?:rate|pace)\s+of\s+(?:about\s+)?$", re.IGNORECASE)
_ANNUAL_PACE = gated(_ANNUAL_PACE)  # tried on every figure's window, seldom matching there


def _supply_relations(ctx: ArticleContext) -> Iterator[Relation]:
    """ "1.5 million homes for sale, a 4.6-month supply at the current sales pace", the annual pace stated before."""
    paces = [c for c in ctx.claims if is_level(c) and _ANNUAL_PACE.search(lead_since(ctx, c)[-60:])]
    for months in ctx.claims:
        if months.quantity.kind != QuantityKind.DURATION or "month" not in (months.quantity.unit or ""):
            continue
        if not _MONTHS_SUPPLY.match(ctx.text[months.span[1] : months.span[1] + 30]):
            continue
        stocks = [
            c
            for c in ctx.sentence_claims(months)
            if c.span[1] <= months.span[0]
            and is_level(c)
            and c.quantity.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)
            and _INVENTORY.search(clause_lead(ctx, c)[-60:] + trail_until(ctx, c, 50))
        ]
        if not stocks:
            stocks = _stock_before(ctx, months)
        before = [p for p in paces if p.span[1] <= months.span[0]]
        if not stocks or not before:
            continue
        stock, pace = stocks[-1], before[-1]
        members = [months, stock, pace]
        evidence = inferred(
            ctx, members, [cue(ctx, months.span, "a months' supply"), cue(ctx, pace.span, "the annual sales pace")],
            levels=[stock, pace], ambiguous=[show(c) for c in stocks[:-1] + before[:-1]],
        )  # fmt: skip
        # "at the current sales pace" names the pace; the measure words agree by construction.
        evidence = evidence.model_copy(update={"metric": Agreement.AGREE, "subject": Agreement.AGREE})
        yield Relation(
            kind=RelationKind.PER_UNIT,
            members=roles(ratio=months, numerator=stock, denominator=pace),
            evidence=evidence,
            reason=f"{show(stock)} for sale is said to be {show(months)} of supply; the annual sales pace stated "
            f"before is {show(pace)}, so a month's sales are a twelfth of it",
            params={"form": "ratio", "scale": 12.0, "what": "months of supply"},
        )


_PRIOR_NOTE_LEAD = re.compile(r"\b(?:ago|earlier|before|previously)\s*\(\s*$", re.IGNORECASE)


def _stock_before(ctx: ArticleContext, months: Claim) -> list[Claim]:
    """ "Listings rose to 1.6 million homes. That inventory amounts to a 3.9-month supply": the stock told
    in the sentence before, when the supply's own clause names the inventory it measures. Figures the words date
    as earlier ("(1.7 million a year ago)", "from 1.5 million") are that stock's past, not the one measured."""
    if not _INVENTORY.search(clause_lead(ctx, months)):
        return []
    index = ctx.sentence_index(months.span[0])
    if index == 0:
        return []
    return [
        c
        for c in ctx.claims_in(*ctx.sentences[index - 1])
        if is_level(c)
        and c.quantity.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)
        and _INVENTORY.search(clause_lead(ctx, c)[-60:] + trail_until(ctx, c, 50))
        and starts_from(ctx, c) is None
        and not is_prior_by_date(ctx, c)
        and not _PRIOR_NOTE_LEAD.search(lead_since(ctx, c)[-20:])
    ]


# "the average yearly change was a decrease of 11 tons" against "from 400 tons in 1990 to 520 tons in 2020" --------

_AVERAGE_PER_YEAR = re.compile(
    r"\baverage\s+(?:yearly|annual|per[\s-]year|year[\s-]on[\s-]year)\s+(?:change|increase|decrease|rise|fall|decline"
    r"|gain|drop|reduction|growth|addition)\b|\b(?:on\s+average|an\s+average\s+of)\s+(?:a|per|each)\s+year\b",
    re.IGNORECASE,
)
_STOP = frozenset({"about", "there", "which", "their", "period", "change", "average", "yearly", "annual", "between"})


def _content_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)} - _STOP


def _average_change_relations(ctx: ArticleContext) -> Iterator[Relation]:
    from factcheck.figures import same_unit
    from factcheck.relations.changes import statements

    pairs = [
        s
        for s in statements(ctx)
        if s.start is not None
        and s.end is not None
        and s.start.period is not None
        and s.end.period is not None
        and s.start.period.year
        and s.end.period.year
        and s.end.period.year > s.start.period.year
        and is_level(s.start)
    ]
    if not pairs:
        return
    for average in ctx.claims:
        if average.quantity.kind in (QuantityKind.PERCENT, QuantityKind.NUMBER, QuantityKind.DURATION):
            continue
        if average.change is not None and average.change.kind != ChangeKind.ABSOLUTE:
            continue  # "a decrease of 11 tons" reads as a change; a percentage is a growth rate, not a size
        lead = ctx.text[max(average.sentence_span[0], average.span[0] - 140) : average.span[0]]
        found = _AVERAGE_PER_YEAR.search(lead)
        if found is None or ctx.claims_in(average.sentence_span[0] + len(lead[: found.start()]), average.span[0]):
            continue
        words = _content_words(lead)
        fits = [
            s
            for s in pairs
            if same_unit(s.start, average)  # type: ignore[arg-type]
            and words & _content_words(clause_lead(ctx, s.start) + " " + clause_lead(ctx, s.end))  # type: ignore[arg-type]
        ]
        if not fits:
            continue
        chosen = fits[0]
        start, end = chosen.start, chosen.end
        assert start is not None and end is not None and start.period and end.period
        years = end.period.year - start.period.year  # type: ignore[operator]
        sign = direction_in(lead[found.start() :]) or 1
        doubts = []
        if re.search(r"\b(?:19|20)\d\d\b|\b(?:past|last)\s+\w+\s+(?:years|decades)\b", lead):
            doubts.append("the average may be taken over another stretch of years than the two levels")
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, (average.span[0] - len(lead) + found.start(), average.span[0] - len(lead) + found.end()),
                      "an average a year"), cue(ctx, start.period.span, "the first year"),
                  cue(ctx, end.period.span, "the last year")],
            sentences_apart=max(ctx.sentences_apart(average, start), ctx.sentences_apart(average, end)),
            # The levels and the average name the same measure (shared words) in the same unit.
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.UNKNOWN,
            ambiguous=[f"{show(s.start)} -> {show(s.end)}" for s in fits[1:] if s.start and s.end],
            doubts=doubts,
        )  # fmt: skip
        yield Relation(
            kind=RelationKind.PER_UNIT,
            members=roles(average=average, from_=start, to=end),
            evidence=evidence,
            reason=f"{show(average)} is called {found.group(0)}; {show(start)} ({start.period.text}) -> {show(end)} "
            f"({end.period.text}) are the same measure's first and last levels",
            params={"form": "average_change", "years": years, "sign": sign},
        )


@finder("per_unit")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _product_relations(ctx)
    yield from _per_year_relations(ctx)
    yield from _load_factor_relations(ctx)
    yield from _yield_relations(ctx)
    yield from _supply_relations(ctx)
    yield from _average_change_relations(ctx)


# run rates ---------------------------------------------------------------------------

# Words that make a figure a rate for a whole year derived from a shorter one. "annual revenue" alone
# is a year's actual total, not a run rate, and is left out on purpose.
_STRONG_ANNUAL = re.compile(
    r"^[\s,]*(?:(?:a|per)\s+(?:share|unit)\s+)?(?:on\s+an?\s+|at\s+an?\s+)?(?:annuali[sz]ed|annual|yearly)"
    r"(?:\s+(?:basis|rate|run[\s-]rate))?\b|^[\s,]*(?:a|per)\s+(?:share\s+)?annuali[sz]ed\b",
    re.IGNORECASE,
)
_STRONG_ANNUAL = gated(_STRONG_ANNUAL)  # tried on every figure's window, seldom matching there
_WEAK_ANNUAL = re.compile(
    r"^[\s,]*(?:(?:a|per)\s+(?:share\s+)?)?(?:a|per|each)\s+year\b|^[\s,]*annually\b|^[\s,]*per\s+annum\b", re.I
)
_WEAK_ANNUAL = gated(_WEAK_ANNUAL)  # tried on every figure's window, seldom matching there
_ANNUAL_LEAD = re.compile(
    r"\b(?:annuali[sz]ed|annual\s+(?:dividend|payout|distribution|rate|run[\s-]rate)|(?:an?\s+)?annual\s+basis"
    r"|run[\s-]rate)\b(?:\s+(?:of|at|to|was|is|comes\s+to))?\s*(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_ANNUAL_LEAD = gated(_ANNUAL_LEAD)  # tried on every figure's window, seldom matching there
_RESTATE = re.compile(
    r"^\s*(?:[A-Za-z]+\s+)?,?\s*(?:or|equal\s+to|equivalent\s+to|amounting\s+to|which\s+(?:works|comes)\s+out\s+to"
    r"|making|giving|for|that\s+is|i\.e\.)\s+(?:an?\s+)?(?:\w+\s+){0,3}?(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?$"
    r"|^\s*\(\s*$",
    re.IGNORECASE,
)


def annual_cue(ctx: ArticleContext, claim: Claim) -> tuple[str, bool] | None:
    """The words that make a figure a year's rate, and whether they are strong ("annualized") or weak ("a year")."""
    if claim.quantity.kind == QuantityKind.PER_UNIT and claim.quantity.unit.split("/")[-1].strip() == "year":
        return "a year", False
    after = trail_until(ctx, claim, 50)
    found = _STRONG_ANNUAL.match(after)
    if found:
        return found.group(0).strip(" ,"), True
    found = _WEAK_ANNUAL.match(after)
    if found:
        return found.group(0).strip(" ,"), False
    lead = lead_since(ctx, claim)[-60:]
    found = _ANNUAL_LEAD.search(lead)
    if found:
        return found.group(0).strip(), True
    return None


def _period_cue(ctx: ArticleContext, claim: Claim) -> tuple[int, str] | None:
    """4 for a quarterly figure, 12 for a monthly one, from its clause's words before it or right after it."""
    after = trail_until(ctx, claim, 30)
    if re.match(r"^\s*(?:a|per|each)\s+quarter\b|^\s*quarterly\b", after, re.I):
        return 4, "a quarter"
    if re.match(r"^\s*(?:a|per|each)\s+month\b|^\s*monthly\b", after, re.I):
        return 12, "a month"
    lead = clause_lead(ctx, claim)
    annual = list(re.finditer(r"\bannual(?:i[sz]ed)?\b|\ba\s+year\b", lead, re.I))
    cutoff = annual[-1].end() if annual else 0
    found = None
    for match in re.finditer(r"\bquarterly\b|\bmonthly\b", lead[cutoff:], re.I):
        found = (4 if match.group(0).lower() == "quarterly" else 12, match.group(0).lower())
    return found


_FROM_TO = re.compile(r"^\s*(?:a\s+share\s+|per\s+share\s+)?to\s+$", re.IGNORECASE)


def _run_rate_relations(ctx: ArticleContext) -> Iterator[Relation]:
    done: set[str] = set()
    for claims in ctx.sentence_groups().values():
        amounts = [c for c in claims if c.quantity.kind in MONEY_KINDS and c.change is None and not c.quantity.is_range]
        annual: dict[str, tuple[str, bool]] = {}
        for claim in amounts:
            found = annual_cue(ctx, claim)
            if found is not None:
                annual[claim.id] = found
        # "from $1.60 to $1.68 on an annualized basis": the pair's start shares its end's words.
        for a, b in pairwise(amounts):
            if (
                b.id in annual
                and a.id not in annual
                and _FROM_TO.match(ctx.text[a.span[1] : b.span[0]])
                and re.search(r"\bfrom\s+$", lead_since(ctx, a))
            ):
                annual[a.id] = annual[b.id]
        short = [(c, found) for c in amounts if c.id not in annual and (found := _period_cue(ctx, c)) is not None]
        years = [c for c in amounts if c.id in annual]
        if short and years and len(short) == len(years):
            for (part, (times, word)), whole in zip(short, years, strict=True):
                if currency_of(part) != currency_of(whole) or part.span[0] > whole.span[0]:
                    continue
                strong = annual[whole.id][1]
                gap = ctx.text[part.span[1] : whole.span[0]]
                if not strong and not _RESTATE.match(_last_gap(ctx, part, whole)):
                    continue  # "quarterly revenue of X and Y a year" is a year's actual, not a run rate
                members = [part, whole]
                doubts = [] if not has_break(gap) else ["a clause break stands between the two figures"]
                done.update((part.id, whole.id))
                yield Relation(
                    kind=RelationKind.RUN_RATE,
                    members=roles(period=part, annual=whole),
                    evidence=stated_together(
                        ctx, members, [cue(ctx, part.span, word), cue(ctx, whole.span, annual[whole.id][0])],
                        doubts=doubts,
                    ),
                    reason=f"one sentence gives {show(part)} {word} and {show(whole)} {annual[whole.id][0]}: "
                    f"“{quote(ctx, members)}”",
                    params={"times": times},
                )  # fmt: skip
    yield from _dividend_annualised_apart(ctx, done)
    yield from _annualised_rates(ctx)


def _last_gap(ctx: ArticleContext, part: Claim, whole: Claim) -> str:
    """The words right before ``whole`` since the figure before it (the restating words)."""
    return lead_since(ctx, whole)


_QUARTERLY_DIVIDEND = re.compile(r"\bquarterly\s+(?:cash\s+)?(?:dividend|payout|distribution)s?\b", re.I)
_REFERS_BACK = re.compile(
    r"\b(?:the|this|that|its)\s+(?:new|higher|increased|raised|latest|current)?\s*(?:quarterly\s+)?"
    r"(?:dividend|payout|distribution)\b",
    re.IGNORECASE,
)


# Dividends paid twice a year or once: four of one payment are not a year's. Looked for over the whole article, seldom
# there: its words are looked up first.
_NOT_QUARTERLY = gated(re.compile(r"\b(?:interim|final|semi-?annual|special)\s+dividend", re.IGNORECASE))


def _dividend_annualised_apart(ctx: ArticleContext, done: set[str]) -> Iterator[Relation]:
    """ "lifted its quarterly dividend to 21 cents. The dividend comes to 84 cents on an annual basis"."""
    if _NOT_QUARTERLY.search(ctx.text):
        return
    for whole in ctx.claims:
        if whole.id in done or whole.quantity.kind not in MONEY_KINDS or whole.change is not None:
            continue
        found = annual_cue(ctx, whole)
        if found is None or not _REFERS_BACK.search(clause_lead(ctx, whole)):
            continue
        index = ctx.sentence_index(whole.span[0])
        start = ctx.sentences[max(0, index - 2)][0]
        candidates = [
            c
            for c in ctx.claims_in(start, whole.sentence_span[0])
            if c.quantity.kind in MONEY_KINDS
            and c.change is None
            and currency_of(c) == currency_of(whole)
            and _is_dividend(ctx, c, clause=True)
            and annual_cue(ctx, c) is None
            and not starts_from(ctx, c)
            and not is_prior_by_date(ctx, c)
            and not re.search(r"\b(?:prior|previous|old|former)\b", lead_since(ctx, c)[-40:], re.I)
        ]
        window = ctx.text[start : whole.span[0]]
        if not candidates or not _QUARTERLY_DIVIDEND.search(window):
            continue
        part = candidates[-1]
        doubts = []
        sentence = ctx.text[whole.sentence_span[0] : whole.sentence_span[1]]
        if re.search(r"\binclud\w*|\bspecial\b|\bextra\b|\bbonus\b|\bone-(?:time|off)\b", sentence, re.I):
            doubts.append("the annual figure may include other payments")
        members = [part, whole]
        around = ctx.claims_in(start, whole.sentence_span[1])
        evidence = inferred(
            ctx, members, [cue(ctx, whole.span, found[0])], around=around,
            ambiguous=[show(c) for c in candidates[:-1]], doubts=doubts,
        )  # fmt: skip
        # Both are the dividend: the later sentence names it ("the new dividend") and its payments are quarterly.
        evidence = evidence.model_copy(update={"metric": Agreement.AGREE})
        if evidence.subject == Agreement.UNKNOWN:
            evidence = evidence.model_copy(update={"subject": Agreement.AGREE})
        yield Relation(
            kind=RelationKind.RUN_RATE,
            members=roles(period=part, annual=whole),
            evidence=evidence,
            reason=f"the article calls the dividend quarterly; {show(part)} is the dividend stated just before "
            f"“{ctx.text[whole.sentence_span[0] : whole.span[0]].strip()[:60]} {show(whole)} {found[0]}”",
            params={"times": 4},
        )


_ANNUALISED_RATE = re.compile(
    r"\b(?:an?\s+)?annuali[sz]ed\s+(?:rate|pace|basis)(?:\s+of)?\s*$|\b(?:an?\s+)?annual\s+(?:rate|pace)\s+of\s*$"
    r"|^\s*(?:percent|per\s+cent|%)?\s*(?:at\s+an?\s+|on\s+an?\s+)?annuali[sz]ed(?:\s+(?:rate|pace|basis))?\b",
    re.IGNORECASE,
)
_ANNUALISED_RATE = gated(_ANNUALISED_RATE)  # tried on every figure's window, seldom matching there
_QUARTER_RATE = re.compile(
    r"\b(?:in|during|for|over)\s+the\s+(?:\w+\s+)?quarter\b|\bquarter[\s-]on[\s-]quarter\b|\bq/?q\b|\bfrom\s+the\s+"
    r"(?:previous|prior|preceding)\s+quarter\b|\bsequential(?:ly)?\b",
    re.IGNORECASE,
)


def _annualised_rates(ctx: ArticleContext) -> Iterator[Relation]:
    """ "grew 0.6% in the quarter, an annualised rate of 2.4%": a quarter's growth rate and its annual pace."""
    for claims in ctx.sentence_groups().values():
        rates = [c for c in claims if c.quantity.kind == QuantityKind.PERCENT and not c.quantity.is_range]
        for i, whole in enumerate(rates):
            words = lead_since(ctx, whole)[-50:]
            if not (_ANNUALISED_RATE.search(words) or _ANNUALISED_RATE.match(trail_until(ctx, whole, 40))):
                continue
            if i == 0:
                continue
            part = rates[i - 1]
            gap = ctx.text[part.span[1] : whole.span[0]]
            if has_break(gap) or not _QUARTER_RATE.search(gap + " " + lead_since(ctx, part)[-50:]):
                continue
            if re.search(r"\byear[\s-]on[\s-]year|\bfrom\s+a\s+year\b|\bannual\s+(?:growth|inflation)\b", gap, re.I):
                continue
            members = [part, whole]
            yield Relation(
                kind=RelationKind.RUN_RATE,
                members=roles(period=part, annual=whole),
                evidence=stated_together(ctx, members, [cue_at(ctx, part.span[1], whole.span[0], "annualised")]),
                reason=f"one clause gives a quarter's rate and its annualised pace: “{quote(ctx, members)}”",
                params={"times": 4, "compound": True},
            )


@finder("run_rate")
def find_run_rates(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _run_rate_relations(ctx)


__all__ = [
    "MONEY_KINDS",
    "airline_measure",
    "annual_cue",
    "clause_lead",
    "count_nouns",
    "currency_of",
    "evidence_with",
    "is_amount",
    "lead_since",
    "norm_noun",
    "price_noun",
    "same_clause",
    "trail_until",
]
