"""A distinctive figure told again, value for value, in another sentence about the same thing.

News copy repeats its key figures: a lead's "the jobless rate fell to 5.7 percent" comes back as "the rate has
dropped from 6.1 percent to 5.7 percent", a deck's "Orvane takes 41% of the $86B market" as "Orvane now accounts
for 41% of spending", an offer's "Rs 430-crore issue" in a later paragraph, a guidance range "6.5-8 per cent" in
the lead and again in the chief executive's quote. An editor reads such copies as one figure: when one is
corrected, the others must follow.

Two figures are read as one told twice when they print the same value in the same unit (two ranges: the same
ends), in two sentences, and

* the value is distinctive: at least two significant digits, printed in digits, not a year, a date, a length of
  time, a rank or a bare number ("50 per cent", "20%", "₹10 lakhs" are round marks and thresholds that recur
  without being one figure), printed no more than four times;
* they play one role: both plain statements, both starts ("from 7.5-9.5 per cent" twice) or both forecasts, never
  a result and a forecast, or a level and the earlier level it moved from; neither is one side of a pair ("leads
  46 percent to 41 percent"), whose holder the pair decides;
* they go the same way: two rises, two falls, or two levels; a percentage or a multiple told as a level and as a
  move ("moved to 3.1%" and "the 3.1% increase", "2.6 times" and "2.6 times higher") is one figure, but a rise
  is never a fall ("sales fell 1.8% in July" and "advanced 1.8% in August");
* nothing differs between them: no other named subject, measure or dated period, no halves of a whole ("in the
  north" and "in the south"), and the words of each figure's clause share a content word ("the unemployment rate
  ... 5.7 percent" and "the unemployment rate has fallen ... to 5.7 percent"; "wages rise 2.2%" and "wages were up
  2.2 per cent"): moves of one size in two series ("exports grew 3.5 percent", "the economy expanded 3.5
  percent") share none.

Each later copy is paired with the first and with the copy right before it, so a figure told three times gives
every copy its first telling. The values agree by how the pair is found, so the check can only pass: the relation
records that the copies are one figure. Nothing in the words ties them, so the pairing stays inferred.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import inferred, periods, subjects
from factcheck.relations.prose import is_estimate, is_prior_by_date, starts_from

_KINDS = frozenset(
    {QuantityKind.PERCENT, QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.PER_UNIT, QuantityKind.MULTIPLE,
     QuantityKind.DIMENSION}
)  # fmt: skip
_MIN_DIGITS = 2  # significant digits a value needs to stand apart from round marks
_COPIES = 4  # a value printed more often is a recurring mark or a table's column, not one figure told again
_FORWARD = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|estimates?|predicted|sees|would|could|may|might|will"
    r"|target(?:s|ed)?|guided)\b",
    re.IGNORECASE,
)
_FORWARD = gated(_FORWARD)  # tried on every figure's window, seldom matching there
# "a greater-than-expected 2.2 per cent" is a result, not a forecast.
_THAN_EXPECTED = re.compile(r"\bthan[\s-]+(?:had\s+been\s+)?expected[\s-]+$", re.IGNORECASE)
_THAN_EXPECTED = gated(_THAN_EXPECTED)  # tried on every figure's window, seldom matching there
_WORD = re.compile(r"[A-Za-z][A-Za-z&'’-]+")
# Words that name no particular thing: function words, units, time, and the verbs every figure takes.
_PLAIN_WORDS = """
    the and for with from during basis official officials before after into onto over than that this these those
    their there which while whereas also its his her our per cent percent percentage point points pct was were
    are is been being has have had will would about around some more less nearly almost just only still now then
    new year years month months week weeks quarter quarters day days said says according reported report reports
    data figures figure total compared since last first second third fourth previous earlier ago same period time
    rose rise rises risen fell fall falls fallen up down higher lower increase increased increases decrease
    decreased gain gains gained loss losses lost grew grow climbed climb dropped drop declined decline jumped jump
    added stood came reached hit saw see seen showed show shows level levels rate rates all one two three four
    five six seven eight nine ten times million billion trillion crore lakh thousand hundred dollars pounds euros
    rupees january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday
"""
_PLAIN = frozenset(_PLAIN_WORDS.split())
# Where a figure's clause starts: the words after it say what the figure is about, not those of the clause before.
_CLAUSE_START = re.compile(
    r";|\bbut\b|\bwhile\b|\bwhereas\b|,\s+and\b|\band\s+(?:the|its|a|an)\s|—|\s--", re.IGNORECASE
)
_CLAUSE_START = gated(_CLAUSE_START)  # tried on every figure's window, seldom matching there
# "Roe leads Doe 46 percent to 41 percent": one side of a poll's or a score's pair, whose holder the pair decides.
_SIDE_AFTER = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*(?:to|-|–)\s*\d", re.IGNORECASE)
_SIDE_BEFORE = re.compile(r"(?<![\d.,$])(?<!from\s)\d[\d.,]*\s*(?:percent|per\s*cent|%)?\s+to\s+$", re.IGNORECASE)
_SIDE_BEFORE = gated(_SIDE_BEFORE)  # tried on every figure's window, seldom matching there


def _stem(word: str) -> str:
    """A rough stem, enough to match "wages" with "wage" and "moved" with "move"."""
    word = word.lower().strip("'’-")
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:-1] if word.endswith("e") and len(word) > 3 else word


# Halves of a whole that copy states in parallel lines, where one figure may land on both by chance: "sales in
# the north rose 4.6% ... in the south rose 4.6%".
_CONTRASTS = [
    (_stem(a), _stem(b))
    for a, b in (
        ("north", "south"), ("east", "west"), ("domestic", "international"), ("domestic", "foreign"),
        ("urban", "rural"), ("men", "women"), ("male", "female"), ("exports", "imports"), ("buying", "selling"),
        ("public", "private"), ("online", "stores"), ("boys", "girls"),
    )
]  # fmt: skip


_PRINTED = re.compile(r"\d[\d,]*(?:\.\d+)?")  # compiled once: asked of every figure


def _digits(claim: Claim) -> int:
    """Significant digits of the figure as printed: "5.4" has 2, "655" 3, "20%" 1, "0.30" 2."""
    printed = _PRINTED.search(claim.quantity.text)
    if printed is None:
        return 0
    whole, _, decimals = printed.group(0).replace(",", "").partition(".")
    if decimals:
        return len((whole + decimals).lstrip("0"))
    return len(whole.strip("0"))


def _distinctive(claim: Claim) -> bool:
    q = claim.quantity
    if q.kind not in _KINDS or q.relative_to is not None:
        return False
    if q.is_range:
        return q.ends is not None
    return _digits(claim) >= _MIN_DIGITS


def _key(claim: Claim) -> tuple:
    q = claim.quantity
    value = tuple(round(v, 9) for v in q.ends) if q.is_range and q.ends else round(q.value, 9)
    return (q.kind, value)


def _role(ctx: ArticleContext, claim: Claim) -> str:
    if starts_from(ctx, claim) or is_prior_by_date(ctx, claim):
        return "start"  # a guidance raised "from 7.5-9.5 per cent" is a move's start, forecast or not
    lead = ctx.text[claim.sentence_span[0] : claim.span[0]]
    if _THAN_EXPECTED.search(lead):
        return "stated"
    if is_estimate(ctx, claim) or _FORWARD.search(lead):
        return "forecast"
    return "stated"


def _same_way(a: Claim, b: Claim) -> bool:
    if a.change is not None and b.change is not None:
        return a.change.kind == b.change.kind and (a.change.direction > 0) == (b.change.direction > 0)
    if a.change is None and b.change is None:
        return True
    # A rate told as a level and as a move of that size ("inflation moved to 3.1%", "the 3.1% increase"); a multiple
    # told bare and as "times higher".
    return a.quantity.kind in (QuantityKind.PERCENT, QuantityKind.MULTIPLE)


def _one_side(ctx: ArticleContext, claim: Claim) -> bool:
    after = ctx.text[claim.span[1] : claim.span[1] + 14]
    before = ctx.text[max(0, claim.span[0] - 24) : claim.span[0]]
    return bool(_SIDE_AFTER.match(after) or _SIDE_BEFORE.search(before))


def _own_words(ctx: ArticleContext, claim: Claim) -> dict[str, str]:
    """The content words of the figure's clause up to it, and a few past it up to the next figure: stem -> word."""
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 120) : claim.span[0]]
    breaks = list(_CLAUSE_START.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    following = ctx.claim_after(claim)
    end = min(claim.sentence_span[1], claim.span[1] + 45, following.span[0] if following else len(ctx.text))
    words = _WORD.findall(before + " " + ctx.text[claim.span[1] : end])
    return {_stem(w): w for w in words if w.lower() not in _PLAIN and len(w) > 2}


def _shared(ctx: ArticleContext, a: Claim, b: Claim) -> list[str]:
    """The words both figures' clauses give them, none that sets one half of a whole against the other."""
    words_a, words_b = _own_words(ctx, a), _own_words(ctx, b)
    if any((x in words_a and y in words_b) or (y in words_a and x in words_b) for x, y in _CONTRASTS):
        return []
    return [words_b[stem] for stem in words_b if stem in words_a]


def _one_figure(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    if a.sentence_span == b.sentence_span or not same_unit(a, b) or not _same_way(a, b):
        return False
    if (a.measure and b.measure and a.measure != b.measure) or _one_side(ctx, a) or _one_side(ctx, b):
        return False
    if subjects([a, b]) == Agreement.DISAGREE or periods([a, b]) == Agreement.DISAGREE:
        return False
    return _role(ctx, a) == _role(ctx, b) and bool(_shared(ctx, a, b))


@finder("same_figures_repeated")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    copies: dict[tuple, list[Claim]] = defaultdict(list)
    for claim in ctx.claims:
        if _distinctive(claim):
            copies[_key(claim)].append(claim)
    for group in copies.values():
        if not 2 <= len(group) <= _COPIES:
            continue
        for n, later in enumerate(group[1:], 1):
            for first in {c.id: c for c in (group[0], group[n - 1])}.values():
                if _one_figure(ctx, first, later):
                    yield Relation(
                        kind=RelationKind.SAME_FIGURE,
                        members=roles(first=first, second=later),
                        evidence=inferred(ctx, [first, later]),
                        reason=f"{show(later)} gives the value {show(first)} gave, in words about the same thing "
                        f"(“{_shared(ctx, first, later)[0]}”), of the same kind and way",
                        params={"repeated": True},
                    )
