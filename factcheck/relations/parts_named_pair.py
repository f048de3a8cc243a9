"""A total whose own words name its two parts, the parts' figures stated after it.

Trade, traffic and jobs copy gives a total of two named kinds and then each
kind on its own: "A total of 9.1 million domestic and international travellers
used the port ... International travellers reached 2.4 million ... Domestic
travellers came to 6.7 million"; "the total value of imports and exports was
$12 billion. Exports amounted to $7 billion; imports were $5 billion". The
words "A and B" beside the total ("total of N A and B nouns", "total A and B
value of N", "total value of A and B ... was N") name every part, so the two
figures the words then call A and B add up to it (``part_whole``, rule
``sum``, ``exhaustive``).

A total the words only mark as one ("a total of 32 million people in work")
is split the same way by two complementary halves the next sentences name
("women ... 15 million", "male employment ... 17 million": the halves of
:mod:`.parts_rates`); there the halves' clauses must also share a word with the
total's ("employed", "employment"), or the pairing is uncertain: halves of some
other group can follow a total.

A maker's "total sales" (shipments, despatches, deliveries, output) "at N" is split the same way into sales at
home ("domestic sales") and abroad ("exports", "overseas shipments"); a half whose clause speaks of selling or
exporting counts as a part of what the total counts, "exports of spare parts" does not.

A part is the one figure, in the total's units and no larger than it, whose
clause calls it by one of the two words last, in the total's sentence after
it or in the three sentences after; neither a change nor a figure set as
earlier. Nothing but the words ties them (inferred); a second figure one word
could call leaves the pairing uncertain, and so does a part dated otherwise
than the total.

A total and both its parts each stated as a move from an earlier figure ("total sales rose to N from M ...
domestic sales rose to A from B ... exports rose to C from D") give a second sum: the earlier figures, with the
first pairing's evidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.changes import statements
from factcheck.relations.evidence import cue, matched, periods
from factcheck.relations.parts import fits, is_amount, is_prior, part_whole
from factcheck.relations.parts_rates import _HALVES
from factcheck.relations.prose import is_estimate, trail

_WORD = r"[A-Za-z][a-z-]{3,}"
# "total import and export value of", "the total value of exports and imports over the first quarter was"
_TOTAL_BEFORE = re.compile(
    rf"\b(?:total|combined)\s+(?:(?:value|number|volume|amount)\s+of\s+)?(?:the\s+)?(?P<a>{_WORD})\s+and\s+"
    rf"(?P<b>{_WORD})\b[^.;:!?\d]{{0,50}}$",
    re.IGNORECASE,
)
_TOTAL_BEFORE = gated(_TOTAL_BEFORE)  # tried on every figure's window, seldom matching there
# "A total of 9.1 million" then "domestic and international travellers"
_TOTAL_OF = re.compile(r"\b(?:a\s+)?(?:total|combined)\s+(?:of\s+)?(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)
_PAIR_AFTER = re.compile(rf"^\s*(?P<a>{_WORD})\s+and\s+(?P<b>{_WORD})\b", re.IGNORECASE)
_PAIR_AFTER = gated(_PAIR_AFTER)  # tried on every figure's window, seldom matching there
# Words that join two kinds without naming parts of a whole: "total and net", "up and down".
# Measures that do not add up to one total ("total revenue and net profit were $9 billion and $1 billion").
_NOT_PARTS = frozenset(
    {"total", "overall", "combined", "more", "less", "over", "under", "above", "below", "both", "each", "rose", "fell"}
    | {"revenue", "revenues", "sales", "profit", "profits", "income", "earnings", "net", "operating", "margin"}
    | {"price", "prices", "cost", "costs", "value", "assets", "debt", "liabilities", "equity", "loss", "losses"}
)
_RESPECTIVELY = re.compile(r"^\s*(?:,\s*)?(?:and|or)\s+[$£€¥₹]?\d|\brespectively\b", re.IGNORECASE)
_RESPECTIVELY = gated(_RESPECTIVELY)  # tried on every figure's window, seldom matching there


def _stem(word: str) -> str:
    """ "imports" and "import", "exports" and "export": one kind however the sentence inflects it."""
    word = word.lower()
    for ending in ("s", "ed", "ing"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def _named_pair(ctx: ArticleContext, total: Claim) -> tuple[str, str, tuple[int, int]] | None:
    """The two kinds the words beside a total name, and where those words stand."""
    start = max(total.sentence_span[0], total.span[0] - 100)
    before = ctx.text[start : total.span[0]]
    found = _TOTAL_BEFORE.search(before)
    if found is not None:
        a, b, span = found.group("a"), found.group("b"), (start + found.start(), total.span[1])
    else:
        after = trail(ctx, total, 60)
        pair = _PAIR_AFTER.match(after)
        if pair is None or not _TOTAL_OF.search(before):
            return None
        a, b, span = pair.group("a"), pair.group("b"), (total.span[0], total.span[1] + pair.end())
    if {a.lower(), b.lower()} & _NOT_PARTS or _stem(a) == _stem(b):
        return None
    return _stem(a), _stem(b), span


def _clause(ctx: ArticleContext, claim: Claim) -> str:
    """The words before the figure back to a break between clauses ("; trade surplus", ", while")."""
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 160) : claim.span[0]]
    breaks = list(re.finditer(r";|\bwhile\b|\bwhereas\b", before))
    return before[breaks[-1].end() :] if breaks else before


def _called(ctx: ArticleContext, claim: Claim, kinds: tuple[str, str]) -> str | None:
    """Which of the two kinds (patterns) the clause before the figure names last: "; imports were recorded as" is
    imports."""
    before = _clause(ctx, claim)
    hits = sorted(
        (m.start(), m.end(), kind) for kind in kinds for m in re.finditer(rf"\b(?:{kind})", before, re.IGNORECASE)
    )
    if not hits:
        return None
    start, end, kind = hits[-1]
    if re.match(r"\w*\s+(?:and|or|&)\s", before[end:]) or re.search(r"\b(?:and|or|&)\s+$", before[:start]):
        return None  # "imports and exports" again: the total restated, not one part
    return kind


_MARKED_TOTAL = re.compile(r"\b(?:a\s+)?total\s+of\s+(?:some\s+|about\s+|around\s+)?$", re.IGNORECASE)
_MARKED_TOTAL = gated(_MARKED_TOTAL)  # tried on every figure's window, seldom matching there
_SKIP_WORDS = frozenset(
    {"total", "there", "which", "their", "about", "around", "after", "while", "years", "month", "people", "persons"}
    | {"million", "billion", "thousand", "percent", "number", "numbers", "figure", "figures"}
)


def _stems(text: str) -> set[str]:
    return {w[:5].lower() for w in re.findall(r"[A-Za-z]{5,}", text)} - {w[:5] for w in _SKIP_WORDS}


# "total sales at N units", "total despatches rose 9% to N": a total of what a maker sells, which falls into what
# it sells at home and what it exports.
_TOTAL_SOLD = re.compile(
    r"\btotal\s+(?P<noun>sales|shipments|deliveries|despatches|dispatches|wholesales|production|output)\s+"
    r"(?:(?:stood|came|was|were|reached|rose|grew|fell|increased|decreased|declined|jumped|climbed)\s+)?"
    r"(?:[\d.]+\s*(?:%|per\s*cent|percent)\s+)?(?:at|to|of|in)\s+(?:some\s+|about\s+|around\s+)?$",
    re.IGNORECASE,
)
_TOTAL_SOLD = gated(_TOTAL_SOLD)  # tried on every figure's window, seldom matching there
# Sold at home and sold abroad: the halves of a maker's sales, however the second is named.
_SOLD_HALVES = (r"exports?|overseas|international|foreign", r"domestic|local|home")


def _total_sold(ctx: ArticleContext, total: Claim) -> re.Match[str] | None:
    return _TOTAL_SOLD.search(ctx.text[max(total.sentence_span[0], total.span[0] - 60) : total.span[0]])


# What a maker sells, however the copy words it; "exports" are sales abroad.
_SOLD_STEMS = frozenset({"sales", "shipm", "despa", "dispa", "deliv", "whole", "expor"})
# "exports of spare parts": exports of something else than what the total counts.
_EXPORTS_OF = re.compile(r"\bexports?\s+of\s+(?!(?:about|some|around|over|nearly|almost)\b)[a-z]", re.IGNORECASE)


def _sold_part(ctx: ArticleContext, part: Claim) -> bool:
    clause = _clause(ctx, part)
    return bool(_stems(clause) & _SOLD_STEMS) and not _EXPORTS_OF.search(clause)


def _halves(ctx: ArticleContext, total: Claim) -> Iterator[tuple[tuple[str, str], tuple[str, str]]]:
    """ "a total of N ...": the pair of complementary halves (women and men, domestic and international) the words
    after it split, if the total's own clause names neither half. "total sales at N" is split into sales at home
    and exports."""
    sold = _total_sold(ctx, total) is not None
    if not sold and not _MARKED_TOTAL.search(ctx.text[max(total.sentence_span[0], total.span[0] - 40) : total.span[0]]):
        return
    own = ctx.text[total.sentence_span[0] : total.sentence_span[1]]
    for pair in (_SOLD_HALVES,) if sold else _HALVES:
        if not any(re.search(rf"\b(?:{half})\b", own, re.IGNORECASE) for half in pair):
            yield (rf"(?:{pair[0]})\b", rf"(?:{pair[1]})\b"), (pair[0].split("|")[0], pair[1].split("|")[0])


def _after(ctx: ArticleContext, total: Claim, sentences: int) -> list[Claim]:
    index = ctx.sentence_index(total.span[0])
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + sentences)][1]
    return ctx.claims_in(total.span[1], hi)


def _can_be_part(ctx: ArticleContext, claim: Claim, total: Claim) -> bool:
    return (
        is_amount(claim)
        and claim.change is None
        and fits(claim, total)
        and claim.quantity.value <= total.quantity.value
        and not is_prior(ctx, claim)
        and not is_estimate(ctx, claim)
    )


@finder("parts_named_pair")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for total in ctx.claims:
        if not is_amount(total) or total.change is not None or is_prior(ctx, total) or is_estimate(ctx, total):
            continue
        if _RESPECTIVELY.search(trail(ctx, total, 40)):
            continue  # "... were $9 billion and $1 billion": one figure for each word, not their total
        named = _named_pair(ctx, total)
        if named is not None:
            a, b, span = named
            kinds = (rf"{re.escape(a)}\w*", rf"{re.escape(b)}\w*")
            relation = _pair_relation(ctx, total, kinds, (a, b), span, halves=False)
        else:
            found = (
                _pair_relation(ctx, total, kinds, names, total.span, halves=True)
                for kinds, names in _halves(ctx, total)
            )
            relation = next((r for r in found if r is not None), None)
        if relation is not None:
            yield relation
            earlier = _earlier(ctx, relation)
            if earlier is not None:
                yield earlier


def _start_of(ctx: ArticleContext, claim: Claim) -> Claim | None:
    """The figure the clause says ``claim`` moved from ("to 4,310 units as compared to 4,020 units")."""
    starts = {
        s.start.id: s.start
        for s in statements(ctx)
        if s.end is not None and s.end.id == claim.id and s.start is not None and fits(s.start, claim)
    }
    return next(iter(starts.values())) if len(starts) == 1 else None


def _earlier(ctx: ArticleContext, relation: Relation) -> Relation | None:
    """A total and both its parts each stated with the figure they moved from: those earlier figures are a total
    and its parts too."""
    members = [ctx.by_id[m.claim] for m in relation.members]
    starts = [_start_of(ctx, c) for c in members]
    if any(s is None for s in starts) or len({s.id for s in starts if s is not None}) != len(starts):
        return None
    whole, *parts = [s for s in starts if s is not None]
    if any(p.quantity.value > whole.quantity.value for p in parts):
        return None
    reason = (
        f"{show(members[0])} and its parts each moved from an earlier figure; {show(parts[0])} and {show(parts[1])} "
        f"are the parts' earlier figures, so together they make the total's, {show(whole)}"
    )
    return part_whole(whole, parts, relation.evidence, reason, exhaustive=True)


def _pair_relation(
    ctx: ArticleContext,
    total: Claim,
    kinds: tuple[str, str],
    names: tuple[str, str],
    span: tuple[int, int],
    *,
    halves: bool,
) -> Relation | None:
    a, b = kinds
    found: dict[str, list[Claim]] = {a: [], b: []}
    for claim in _after(ctx, total, 3):
        kind = _called(ctx, claim, (a, b)) if _can_be_part(ctx, claim, total) else None
        if kind is not None:
            found[kind].append(claim)
    if not found[a] or not found[b]:
        return None
    parts = [found[a][0], found[b][0]]
    ambiguous = [show(c) for c in found[a][1:] + found[b][1:]]
    doubts = []
    # What the total counts: the words after it, up to the clause's end ("people in employment").
    described = re.split(r"[,;.()]", ctx.text[total.span[1] : total.sentence_span[1]])[0]
    sold = _total_sold(ctx, total)
    if sold is not None:
        described += " " + sold.group("noun")
    for part in parts:
        if periods([part, total]) == Agreement.DISAGREE:
            doubts.append(f"{show(part)} is dated otherwise than {show(total)}")
        if halves and not _stems(_clause(ctx, part)) & _stems(described) and not (sold and _sold_part(ctx, part)):
            doubts.append(f"the words around {show(part)} do not say it is part of what {show(total)} counts")
    a, b = names
    cues = [cue(ctx, span, f"a total of {a} and {b}")]
    cues += [cue(ctx, (p.sentence_span[0], p.span[0]), "the words call it by one of the two") for p in parts]
    evidence = matched(ctx, Tie.INFERRED, cues, [total, *parts], ambiguous=ambiguous, doubts=doubts)
    reason = (
        f"{show(total)} is a total of {a} and {b}; {show(parts[0])} and {show(parts[1])} are the figures the "
        "words then call by each of those two names, so together they make the total"
    )
    return part_whole(total, parts, evidence, reason, exhaustive=True)
