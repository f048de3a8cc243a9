"""A total's move, then the moves of the two halves it splits into: "Employment rose by 12,400, with full-time jobs
up 20,100 and part-time jobs down 7,700".

Labour, trade, travel and population copy gives a headline move and then its split along a line that divides the
whole in two and only two: full-time and part-time, men and women, domestic and international (or foreign,
overseas), public and private, urban and rural. The two halves' moves, each signed by its verb, add up to the
total's move (``part_whole`` with rule ``moves_sum``; roles ``whole`` and ``part``).

Read only where the layout leaves no doubt (structure):

* the halves' moves follow the total's in its own sentence or in one of the next two sentences of its paragraph,
  each right behind one side of the same pair ("full-time employment rose by ...", "part-time jobs slid ..."), with
  no other move in those units between or beside them;
* the halves count what the total counts: the noun after each side word is the total's, or of one family with it
  ("employment", "jobs", "workers");
* the total is the nearest move in those units before the halves that is told of the whole (no side word before
  it), not a forecast, an earlier figure or a revision ("The March result was revised to show a gain of ...");
  a second such move between them leaves the pairing out, and so does a total narrowed to a group ("among young
  people") or halves dated to another period than the total's.

An earlier period's moves given in brackets right after the halves' ("full-time jobs rose 20,100 (April down 3,000)
and part-time jobs slid 7,700 (April up 5,000)") add up the same way to that period's total: the one move of the
whole in the two sentences before whose sentence names that period ("The April figure was revised to show a gain of
2,000").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import is_prior, part_whole
from factcheck.relations.prose import is_estimate, starts_from

# Each line that splits a whole in exactly two, as its two sides.
_SPLITS = (
    ("full-time", "part-time"),
    ("men", "women"),
    ("male", "female"),
    ("domestic", "international|foreign|overseas"),
    ("public", "private"),
    ("urban", "rural"),
)
_SIDE = re.compile(
    r"\b(?P<word>full[\s-]time|part[\s-]time|men|women|male|female|domestic|international|foreign|overseas|public"
    r"|private|urban|rural)(?:[\s-]+sector)?\s+(?P<noun>[a-z]+)\b",
    re.IGNORECASE,
)
# Nouns that count one thing under another name: a total of employment split into full-time and part-time jobs.
_FAMILIES = (
    frozenset(["employment", "jobs", "job", "workers", "employees", "positions", "roles", "hiring", "payrolls"]),
    frozenset(["passengers", "travellers", "travelers", "visitors", "arrivals", "tourists", "trips"]),
    frozenset(["sales", "shipments", "deliveries", "registrations"]),
    frozenset(["population", "residents", "people", "inhabitants"]),
)
# A sentence that revises an earlier period's figure: its moves are not the total the next halves split.
_REVISION = re.compile(r"\b(?:revised|revision|previously|initially\s+reported|earlier\s+estimate)\b", re.IGNORECASE)
_NARROWED = re.compile(r"\b(?:among|aged|youth|young|teenagers?)\b", re.IGNORECASE)
_WHEN = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d"
    r"|Q[1-4]|quarter|a\s+year\s+(?:earlier|ago|before)|last\s+(?:year|month|week))\b"
)
_KINDS = (QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.MONEY)


def _family(noun: str) -> frozenset[str]:
    noun = noun.lower()
    return next((f for f in _FAMILIES if noun in f), frozenset([noun, noun.rstrip("s")]))


def _side(ctx: ArticleContext, claim: Claim) -> tuple[int, int, str] | None:
    """The split and the side a move is told of ("full-time employment rose by N"), with the noun it counts."""
    start = max([claim.sentence_span[0]] + [c.span[1] for c in ctx.claims_in(claim.sentence_span[0], claim.span[0])])
    said = list(_SIDE.finditer(ctx.text, start, claim.span[0]))
    if len(said) != 1:
        return None
    word = re.sub(r"[\s-]+", "-", said[0].group("word").lower())
    for i, pair in enumerate(_SPLITS):
        for side, words in enumerate(pair):
            if re.fullmatch(words, word):
                return i, side, said[0].group("noun").lower()
    return None


def _move(claim: Claim) -> bool:
    q = claim.quantity
    return claim.change is not None and q.kind in _KINDS and not q.is_range and q.value > 0


def _aside(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure in brackets: "(March down 9,600)" gives another period's move, an aside the split reads past."""
    before = ctx.text[claim.sentence_span[0] : claim.span[0]]
    return before.rfind("(") > before.rfind(")")


def _total(ctx: ArticleContext, first: Claim, noun: str) -> Claim | None:
    """The nearest move of the whole before ``first``: within its sentence or the two before, in its paragraph."""
    index = ctx.sentence_index(first.span[0])
    lo = ctx.sentences[max(0, index - 2)][0]
    while ctx.paragraph(lo) != ctx.paragraph(first.span[0]):
        lo = ctx.sentences[ctx.sentence_index(lo) + 1][0]
    family = _family(noun)
    found = []
    for claim in ctx.claims_in(lo, first.span[0]):
        if not _move(claim) or _aside(ctx, claim) or _side(ctx, claim) is not None:
            continue
        sentence = ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]
        if is_prior(ctx, claim) or is_estimate(ctx, claim) or _REVISION.search(sentence):
            continue
        head = ctx.text[claim.sentence_span[0] : claim.span[0]].lower()
        if _NARROWED.search(head):
            continue  # "employment among young people": a part of the whole the halves split
        if any(re.search(rf"\b{re.escape(n)}\b", head) for n in family | {n.rstrip("s") for n in family}):
            found.append(claim)
    return found[-1] if len(found) == 1 else None


@finder("parts_split_moves")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    moves = [c for c in ctx.claims if _move(c) and not _aside(ctx, c)]
    for a, b in pairwise(moves):
        sa, sb = _side(ctx, a), _side(ctx, b)
        if sa is None or sb is None or sa[0] != sb[0] or sa[1] == sb[1]:
            continue
        if _family(sa[2]) != _family(sb[2]) or ctx.sentences_apart(a, b) > 0:
            continue
        if a.quantity.kind != b.quantity.kind and QuantityKind.MONEY in (a.quantity.kind, b.quantity.kind):
            continue
        neighbours = [c for c in ctx.sentence_claims(a) if _move(c) and not _aside(ctx, c) and c.id not in (a.id, b.id)]
        if any(c.span[0] > a.span[0] for c in neighbours):
            continue  # a third move beside the halves: which two split the whole is not certain
        total = _total(ctx, a, sa[2])
        if total is None or (total.quantity.kind == QuantityKind.MONEY) != (a.quantity.kind == QuantityKind.MONEY):
            continue
        dated = {c.period.text.lower() for c in (a, b) if c.period is not None}
        if dated and (total.period is None or dated != {total.period.text.lower()}):
            continue  # "full-time jobs rose ... in April": the halves of another period than the total's
        opening = _WHEN.findall(ctx.text[a.sentence_span[0] : a.span[0]])
        if opening and not all(w in ctx.text[total.sentence_span[0] : total.sentence_span[1]] for w in opening):
            continue  # "In April, full-time jobs rose ...": the same
        yield _relation(ctx, total, a, b)
        asides = _asides(ctx, a, b)
        if asides is not None:
            yield from asides


# An earlier period's move in brackets right after a half's: "(March down 9,600)", "(April: up 3,000)".
_ASIDE = re.compile(r"\s*\(\s*(?P<when>[A-Z][a-z]+)\b[^()]*\)")


def _asides(ctx: ArticleContext, a: Claim, b: Claim) -> Iterator[Relation] | None:
    """Each half followed by the same earlier period's move in brackets: those add up to that period's total, the
    one move of the whole in the sentences before whose sentence names that period ("The March figure was revised
    to show a gain of 25,000")."""
    halves = []
    for half in (a, b):
        said = _ASIDE.match(ctx.text, half.span[1])
        inside = [c for c in ctx.claims_in(half.span[1], said.end())] if said else []
        if said is None or len(inside) != 1 or not _move(inside[0]) or not _WHEN.fullmatch(said.group("when")):
            return None
        halves.append((said.group("when"), inside[0]))
    if halves[0][0] != halves[1][0]:
        return None
    when = halves[0][0]
    index = ctx.sentence_index(a.span[0])
    lo = ctx.sentences[max(0, index - 2)][0]
    family = _family(_side(ctx, a)[2])  # type: ignore[index]
    found = []
    for claim in ctx.claims_in(lo, a.sentence_span[0]):
        sentence = ctx.text[claim.sentence_span[0] : claim.sentence_span[1]]
        if not _move(claim) or _aside(ctx, claim) or ctx.paragraph(claim.span[0]) != ctx.paragraph(a.span[0]):
            continue
        if not re.search(rf"\b{when}\b", sentence) or is_estimate(ctx, claim) or starts_from(ctx, claim):
            continue
        head = ctx.text[claim.sentence_span[0] : claim.span[0]].lower()
        named = any(re.search(rf"\b{re.escape(n)}", head) for n in family | {n.rstrip("s") for n in family})
        if named or re.search(rf"\b{when}\s+(?:result|figure|reading|number|data|gain|rise|fall|drop)\b", sentence):
            found.append(claim)
    if len(found) != 1:
        return None
    return iter([_relation(ctx, found[0], halves[0][1], halves[1][1])])


def _relation(ctx: ArticleContext, total: Claim, a: Claim, b: Claim) -> Relation:
    evidence = stated_together(
        ctx,
        [total, a, b],
        [cue(ctx, (a.span[0], b.span[1]), "the moves of the two halves the whole splits into")],
        tie=Tie.STRUCTURE,
        unit=Agreement.AGREE,
    )
    return part_whole(
        total,
        [a, b],
        evidence,
        f"{show(total)} is the whole's move; {show(a)} and {show(b)} are the moves of its two halves",
        rule="moves_sum",
        exhaustive=True,
        spans=[(a.span[0], b.span[1])],
    )
