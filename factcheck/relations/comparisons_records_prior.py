"""A record set against the mark it broke: "a club record, topping the 1,904 it took in 2012"; "the fewest in a
season - the previous best was Ardent Rail's 57"; "the most in its history, surpassing the 17,650 sold in 2019 by
about 3%".

The words name the old mark as a figure ("edging out / besting / topping / surpassing / breaking ... <figure>", "the
previous record was <figure>") in a sentence that calls the new figure a record or a superlative (record, most,
highest, lowest, fewest ...). The new figure must lie beyond the old one: above it, or below for a low (lowest,
fewest, least, smallest, a record low). A bare "record" is a high for a count or a sum; for a time or a rate, and
for "best", "fastest", "cheapest", it may be a low, so those stay uncertain, except the fastest (or quickest) to
reach a mark counted in days or turns ("in 41 days", "needed 37 balls", "came in 142 games"): that is the fewest, so
a low. The old mark may be called by its superlative alone ("the previous fastest of 58 matches"). A margin in
percent stated after the old mark ("by about 3%") is the move from the old mark to the new one, checked as a percent
change.

The new figure is the nearest earlier figure of the old mark's unit in the sentence, not itself a prior nor a gap
between two spans ("nine games sooner than last season"); when the sentence has none ("That was the most in its
history ..."), the previous sentence's, certain only when that sentence holds one figure of the unit.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import one_series, roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.prose import has_break, is_estimate, is_move_level, lead, starts_from

_OWNER = r"(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*['’]s?\s+"
_BESTED = re.compile(
    r"\b(?P<verb>edg(?:ing|ed|es)\s+out|best(?:ing|ed|s)|beat(?:ing|s)?|topp(?:ing|ed)|tops|surpass(?:ing|ed|es)"
    r"|eclips(?:ing|ed|es)|break(?:ing|s)?|broke|better(?:ing|ed|s)|overt(?:aking|ook|akes))\s+"
    r"(?:the\s+|a\s+)?(?:(?:previous|prior|old|former|earlier)\s+)?"
    rf"(?:(?:{_OWNER})?(?:[\w-]+\s+){{0,2}}?(?:mark|record|high|best|low|total|tally)\s+(?:of|at)\s+|{_OWNER}"
    # "topping the previous fastest of 58 matches": the old record called by its superlative alone
    r"|(?<=previous\s)(?:fastest|quickest|lowest|fewest|highest|biggest|largest)\s+(?:of|at)\s+)?"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_BESTED = gated(_BESTED)  # tried on every figure's window, seldom matching there
_WAS_RECORD = re.compile(
    r"\b(?P<verb>(?:the\s+|its\s+|their\s+)?(?:previous|prior|old|former)\s+(?:record|mark|best|high|low))"
    rf"\s+(?:was|had\s+been|stood\s+at)\s+(?:{_OWNER})?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_WAS_RECORD = gated(_WAS_RECORD)  # tried on every figure's window, seldom matching there
_RECORD = re.compile(
    r"\b(?:(?P<low>(?:record|all-time)[\s-]+lows?|lowest|fewest|least|smallest)|(?:record|all-time)[\s-]+highs?|most"
    r"|highest|largest|biggest|greatest|(?P<generic>record|all-time|best|fastest|quickest|slowest|cheapest))\b",
    re.IGNORECASE,
)
# "in 41 days", "after 140 games": a span to reach a mark, counted in time or in turns; the fastest is the fewest.
_SPAN_UNITS = frozenset(
    [
        *("days", "weeks", "months", "years", "hours", "minutes", "seconds", "games", "matches", "races", "rounds"),
        *("innings", "balls", "laps", "starts", "attempts", "appearances", "outings", "tries", "fixtures", "sessions"),
    ]
)
_SPEED = re.compile(r"^(?:fastest|quickest)$", re.IGNORECASE)
# "ten games sooner than last season", "two days earlier": a gap between two spans, not a span of its own.
_GAP_AFTER = re.compile(
    r"\s*(?:sooner|earlier|later|quicker|faster|slower|fewer|more|less|longer|shorter)\b", re.IGNORECASE
)
# Amounts whose record is a high: a record count or sum is the most; a record time or rate may be the least.
_AMOUNTS = frozenset({QuantityKind.COUNT, QuantityKind.MONEY, QuantityKind.NUMBER})
_MARGIN = re.compile(
    r"^[^.;]{0,70}?\bby\s+(?:(?:just|only|some|about|around|roughly|nearly|almost|more\s+than|less\s+than"
    r"|over|under)\s+)*$",
    re.IGNORECASE,
)


def _levels(ctx: ArticleContext, claims: list[Claim], old: Claim) -> list[Claim]:
    return [
        c
        for c in claims
        if c.id != old.id
        and c.change is None
        and is_move_level(c)
        and one_series(c, old)
        and starts_from(ctx, c) is None
        and is_estimate(ctx, c) is None
        and not _GAP_AFTER.match(ctx.text, c.span[1])
    ]


def _span_to_reach(claim: Claim) -> bool:
    """A count of days or turns taken to reach a mark: "reached in 140 games", "in 41 days"."""
    q = claim.quantity
    if q.kind == QuantityKind.DURATION:
        return True
    noun = (q.noun or "").lower()
    return q.kind == QuantityKind.COUNT and (noun in _SPAN_UNITS or noun + "s" in _SPAN_UNITS)


@finder("comparisons_records_prior")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for old in ctx.claims:
        if old.change is not None or not is_move_level(old):
            continue
        before = lead(ctx, old, 90)
        said = _BESTED.search(before) or _WAS_RECORD.search(before)
        if said is None:
            continue
        offset = old.span[0] - len(before)
        word_span = (offset + said.start("verb"), offset + said.end("verb"))
        head = ctx.text[old.sentence_span[0] : word_span[0]]
        records = list(_RECORD.finditer(head))
        if not records:
            continue  # "beating the 3.1% forecast": an estimate, read by the comparisons finders
        low = bool(records[-1].group("low"))
        doubts: list[str] = []
        generic = records[-1].group("generic")
        if generic and _SPEED.match(generic) and _span_to_reach(old):
            low, generic = True, None  # the fastest to a mark took the fewest days or games
        if generic and (generic.lower() != "record" or old.quantity.kind not in _AMOUNTS):
            doubts.append(f"“{generic}” does not say whether the record is a high or a low")
        ambiguous: list[str] = []
        mine = [c for c in _levels(ctx, ctx.claims_in(old.sentence_span[0], word_span[0]), old)]
        apart = 0
        if mine:
            new = mine[-1]
            if has_break(ctx.text[new.span[1] : word_span[0]].replace(" - ", " , ")):
                doubts.append("a clause break stands between the record and the mark it is set against")
        else:
            index = ctx.sentence_index(old.span[0])
            if index == 0:
                continue
            earlier = _levels(ctx, ctx.claims_in(*ctx.sentences[index - 1]), old)
            if not earlier:
                continue
            new, apart = earlier[-1], 1
            ambiguous = [show(c) for c in earlier[:-1]]
        word = " ".join(said.group("verb").split())
        record_word = records[-1].group(0)
        evidence = stated_together(
            ctx,
            [new, old],
            [cue(ctx, word_span, "a record set against the mark it broke")],
            tie=Tie.CUE if not apart else Tie.STRUCTURE,
            doubts=doubts,
            ambiguous=ambiguous,
            period=Agreement.AGREE,
        )
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=new, reference=old),
            evidence=evidence,
            reason=f"“{record_word}” with “{word}” sets {show(new)} beyond the earlier mark of {show(old)}",
            params={"op": "lt" if low else "gt", "word": f"{record_word}, {word}"},
            spans=[word_span],
        )
        yield from _margin(ctx, new, old, evidence)


def _margin(ctx: ArticleContext, new: Claim, old: Claim, evidence: Evidence) -> Iterator[Relation]:
    """ "surpassing the 17,650 sold in 2019 by about 3%": the move from the old mark to the new one."""
    following = ctx.claims_in(old.span[1], old.sentence_span[1])
    if not following or not _MARGIN.match(ctx.text[old.span[1] : following[0].span[0]]):
        return
    margin = following[0]
    if margin.quantity.kind == QuantityKind.PERCENT:
        yield Relation(
            kind=RelationKind.PERCENT_CHANGE,
            members=roles(change=margin, from_=old, to=new),
            evidence=evidence,
            reason=f"the record {show(new)} beat the earlier mark of {show(old)} by {show(margin)}",
        )
