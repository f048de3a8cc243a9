"""A total restated per unit of a count in the same sentence: "84 goals in 38 games, an average of 2.2 per game";
"$12.4 billion on schools, or about $2,480 per pupil, for its 5 million pupils"; "The 14 new stores cost $70
million, or $5 million a store".

The restatement is the structure: a total, then "or", "an average of",
"averaging", "works out to" and a figure per some noun, with the count of that
noun in the same sentence. The rate is the total over the count (``per_unit``,
form ``ratio``: numerator the total, denominator the count). The words tie the
total to its rate (a cue); the count is matched by its noun, and another count
of that noun, or another total the rate could restate, leaves the pairing
uncertain. The rate may come first and its total after it, tied by words that
sum it up ("$5 million each, for a total of $70 million", "totalling").
Rates per stretch of time ("a year", "a month") are run rates, read elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import currency, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import is_amount
from factcheck.relations.per_unit import _NOT_NOUNS, count_nouns, singular

# The rate's own unit noun after it: "2.2 per game", "20.6 points a game", "$5 million a store".
_PER = re.compile(r"\s*(?:(?P<own>[A-Za-z][\w-]*)\s+)?(?:per|a|an|each|every)\s+(?P<noun>[A-Za-z][\w-]*)\b", re.I)
# The words that restate the total as a rate: ", or about", "an average of", "averaging", "which works out to".
_RESTATE = re.compile(
    # A bare comma restates only before a hedge: ", about 500 a store"; ", 500 a store" may open a list.
    r"(?:,\s*or|,(?=\s*(?:about|around|roughly|some|nearly|almost)\s)|\bor\s+(?:an?\s+)?average\s+of|\ban?\s+average\s+of|\baveraging|\bon\s+average|\bworks?\s+out\s+(?:to|at)"
    r"|\bequal\s+to|\bequivalent\s+to|\bthe\s+equivalent\s+of|\bamounting\s+to|—|–|\()"
    r"(?:\s+(?:about|around|roughly|some|nearly|almost|just\s+(?:over|under)|more\s+than|less\s+than))?\s*[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bwhich\s+(?:is|was)\b|\band\s+(?:the|its|a)\b", re.IGNORECASE)
# Nouns a rate is often per that name no counted thing here.
_NOT_COUNTED = _NOT_NOUNS | {"share", "person", "head", "capita", "time", "piece", "lot", "point", "percentage"}
# Reporters vary the noun between the count and its rate ("38 matches, an average of 2.2 per game", "900 shops, or
# $40,000 a store"); each group names one counted thing, so a count of any member is what a rate per another is per.
_SAME_THING = (
    frozenset({"game", "match", "fixture"}),
    frozenset({"pupil", "student"}),
    frozenset({"store", "shop", "outlet"}),
)


# "With 10 games to play", "three matches remaining", "another 12 stores": a count of what is still to come is no
# count the total was reached over.
_STILL_TO_COME_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+)?(?:(?:still|yet|left)\s+)?(?:to\s+(?:play|go|come|run|open|be\s+\w+)|left|remaining"
    r"|outstanding|in\s+hand|to\s+spare|ahead)\b",
    re.IGNORECASE,
)
_STILL_TO_COME_BEFORE = re.compile(r"\b(?:remaining|another|further|upcoming|next)\s+$", re.IGNORECASE)


def _still_to_come(ctx: ArticleContext, count: Claim) -> bool:
    start, end = count.span
    return bool(
        _STILL_TO_COME_AFTER.match(ctx.text, end, end + 40)
        or _STILL_TO_COME_BEFORE.search(ctx.text, max(0, start - 14), start)
    )


def _counts_noun(noun: str, nouns: set[str]) -> bool:
    if noun in nouns:
        return True
    return any(noun in group and group & nouns for group in _SAME_THING)


def _rate_noun(ctx: ArticleContext, rate: Claim) -> str | None:
    q = rate.quantity
    if q.is_range or rate.change is not None or q.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION):
        return None
    if q.kind == QuantityKind.PER_UNIT:
        words = (q.noun or (q.unit.split("/")[-1] if "/" in q.unit else "")).split()
        noun = singular(words[-1]) if words else ""
    else:
        found = _PER.match(ctx.text, rate.span[1])
        if found is None or (found.group("own") and found.group("own").lower() in ("per", "a", "an", "each")):
            return None
        noun = singular(found.group("noun"))
    return None if not noun or noun in _NOT_COUNTED else noun


def _last_word(words: str | None) -> str:
    """The singular of the last word, or "" for a figure that names no unit or noun."""
    found = (words or "").split()
    return singular(found[-1]) if found else ""


def same_measure(total: Claim, rate: Claim) -> bool:
    """The total is in what the rate counts per unit: money with money, "412 points" with "20.6 points"."""
    t, r = total.quantity, rate.quantity
    if r.kind == QuantityKind.PER_UNIT and t.kind == QuantityKind.COUNT:
        # A count per unit reads as one ("20.6 points a game": points / game); its top is what the total counts.
        top = _last_word(r.unit.split("/")[0])
        return bool(top) and top == _last_word(t.noun or t.unit)
    if r.kind in (QuantityKind.PER_UNIT, QuantityKind.MONEY):
        return t.kind == QuantityKind.MONEY and currency(total).upper() == currency(rate).upper()
    if r.kind == QuantityKind.COUNT:
        counted = _last_word(t.noun or t.unit)
        return t.kind == QuantityKind.COUNT and bool(counted) and counted == _last_word(r.noun or r.unit)
    return r.kind == QuantityKind.NUMBER and t.kind in (QuantityKind.COUNT, QuantityKind.NUMBER)


_EACH = re.compile(r"\s*(?:each|apiece)\b(?=\s*(?:[.,;:)]|$))", re.IGNORECASE)


def _each_noun(ctx: ArticleContext, rate: Claim, claims: list[Claim]) -> str | None:
    """ "The 40 members pledged $2 billion, or $50 million each": "each" names no noun, so it is per the one count
    before it that the rate does not measure; a second such count, or a stretch of time, leaves "each" open."""
    q = rate.quantity
    if _EACH.match(ctx.text, rate.span[1]) is None or q.is_range or rate.change is not None:
        return None
    if q.kind in (QuantityKind.PERCENT, QuantityKind.FRACTION) or any(
        c.quantity.kind == QuantityKind.DURATION for c in claims
    ):
        return None
    counted = [
        c
        for c in claims
        if c.span[1] <= rate.span[0] and c.quantity.kind == QuantityKind.COUNT and not same_measure(c, rate)
    ]
    if len(counted) != 1:
        return None
    words = (counted[0].quantity.noun or counted[0].quantity.unit).split()
    noun = singular(words[-1]) if words else ""
    return None if not noun or noun in _NOT_COUNTED else noun


@finder("per_unit_averages")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        if len(claims) < 3:
            continue
        for rate in claims:
            noun = _rate_noun(ctx, rate) or _each_noun(ctx, rate, claims)
            if noun is None:
                continue
            counts = [
                c
                for c in claims
                if c.id != rate.id
                and _counts_noun(noun, count_nouns(ctx, c))
                and is_amount(c)
                and not _still_to_come(ctx, c)
            ]
            if not counts:
                continue
            count = min(counts, key=lambda c: abs(c.span[0] - rate.span[0]))
            total = _total_before(ctx, rate, claims, counts)
            if total is not None:
                yield _relation(ctx, total, count, rate, noun, counts, (total.span[1], rate.span[0]))
                continue
            total = _total_after(ctx, rate, claims, counts)
            if total is not None:
                yield _relation(ctx, total, count, rate, noun, counts, (rate.span[1], total.span[0]))


def _total_before(ctx: ArticleContext, rate: Claim, claims: list[Claim], counts: list[Claim]) -> Claim | None:
    """ "84 goals in 38 games, an average of 2.2 per game": the total the rate restates, said before it."""
    before = [c for c in claims if c.span[1] <= rate.span[0] and c not in counts]
    if not before:
        return None
    total = before[-1]
    if not is_amount(total) or not same_measure(total, rate) or _last_of_list(ctx, total, before):
        return None
    gap = _without(ctx, total, rate, counts)
    restated = _RESTATE.search(gap)
    if restated is None or len(gap) > 90 or _BREAK.search(gap):
        return None
    return total


# "$7 million each, for a total of $70 million", "2.2 goals a game, totalling 84", "2.2 goals a game for 84 goals":
# the rate first, then the words that sum it up over the count (a bare "for" only right before the total, which
# same_measure holds to what the rate counts, so "for 38 games" is no total). "bringing the total to" and "making a
# total of" are left out: they often add the new units to ones counted before ("12 more stores at $2 million each,
# bringing the total to $40 million").
_TOTAL_AFTER = re.compile(
    r"(?:\s+[A-Za-z][\w-]*){0,3}\s*,?\s*(?:for\s+an?\s+(?:combined\s+|overall\s+|grand\s+)?total\s+of|totall?ing"
    r"|amounting\s+to|adding\s+up\s+to|for)\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|almost\s+"
    r"|more\s+than\s+|just\s+(?:over|under)\s+)?[$£€¥₹]?\s*",
    re.IGNORECASE,
)


def _total_after(ctx: ArticleContext, rate: Claim, claims: list[Claim], counts: list[Claim]) -> Claim | None:
    after = [c for c in claims if c.span[0] >= rate.span[1] and c not in counts]
    if not after:
        return None
    total = after[0]
    if not is_amount(total) or not same_measure(total, rate):
        return None
    if any(c not in counts for c in ctx.claims_in(rate.span[1], total.span[0])):
        return None  # another figure between them
    return total if _TOTAL_AFTER.fullmatch(ctx.text, rate.span[1], total.span[0]) else None


_LIST_JOIN = re.compile(r"[^.;:\d]{0,30}?(?:,|\band\b|\bplus\b)\s*[$£€¥₹]?\s*$", re.IGNORECASE)


def _last_of_list(ctx: ArticleContext, total: Claim, before: list[Claim]) -> bool:
    """ "450,000 cars and 30,000 trucks, or 50,000 per plant": the rate may restate the sum, not the last item."""
    if len(before) < 2:
        return False
    previous = before[-2]
    return previous.quantity.kind == total.quantity.kind and bool(
        _LIST_JOIN.fullmatch(ctx.text, previous.span[1], total.span[0])
    )


def _without(ctx: ArticleContext, total: Claim, rate: Claim, counts: list[Claim]) -> str:
    """The words between the total and its rate, with the count cut out: "in 38 games, an average of" reads "in ,
    an average of"; any other figure between them stays and so blocks the restatement."""
    text, at, words = ctx.text, total.span[1], []
    for c in ctx.claims_in(total.span[1], rate.span[0]):
        if c in counts:
            words.append(text[at : c.span[0]])
            at = c.span[1]
        else:
            return "\x00"  # another figure stands between: no restatement of this total
    words.append(text[at : rate.span[0]])
    return " ".join(words)


def _relation(
    ctx: ArticleContext,
    total: Claim,
    count: Claim,
    rate: Claim,
    noun: str,
    counts: list[Claim],
    words: tuple[int, int],
) -> Relation:
    said = cue(ctx, words, "a total restated per unit")
    members = [total, count, rate]
    others = [show(c) for c in counts if c.id != count.id]
    # The units agree by construction: find() keeps only a rate whose top is what the total measures
    # (same_measure), which a unit-family test cannot see in "412 points" against "points / game".
    evidence = stated_together(ctx, members, [said], levels=[total, rate], unit=Agreement.AGREE, ambiguous=others)
    start, end = min(c.span[0] for c in members), max(c.span[1] for c in members)
    return Relation(
        kind=RelationKind.PER_UNIT,
        members=roles(ratio=rate, numerator=total, denominator=count),
        evidence=evidence,
        reason=f"“{said.text}” restates {show(total)} per {noun}, and {show(count)} counts the {noun}s: "
        f"“{' '.join(ctx.text[start:end].split())}”",
        params={"form": "ratio", "what": f"the figure per {noun}", "scale": 1.0},
    )
