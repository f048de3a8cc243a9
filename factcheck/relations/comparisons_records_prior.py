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

The old mark may also open a later sentence of its own, with no record word before it: "Orla Byrne ran a
career-best 41 laps. ... Her previous career-best was 37 laps"; "The firm shipped a record 8,300 crates. The old
company mark of 7,950 stood for a decade". The new figure is then the one the sentences before (up to three) call
a record in the words just before it ("a record 8,300", "a season-high 31", "an all-time low of 2.1%"), of the
old mark's unit; certain only when one such figure is there.
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
from factcheck.relations.evidence import cue, stated_together, subjects
from factcheck.relations.prose import has_break, is_estimate, is_move_level, lead, starts_from

_OWNER = r"(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*['’]s?\s+"
_BESTED = re.compile(
    # "a record-breaking $27 million", "a chart-topping 41 weeks": a verb hyphened to the word before it is an
    # adjective on the figure that follows, which is then the new mark, not the old one
    r"(?<![\w-])(?P<verb>edg(?:ing|ed|es)\s+out|best(?:ing|ed|s)|beat(?:ing|s)?|topp(?:ing|ed)|tops|surpass(?:ing|ed|es)"
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


# "His previous club record was", "The old league mark of", "its former career-high of": an old mark naming no verb.
_OLD_MARK = re.compile(
    r"\b(?P<verb>(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:previous|prior|old|former)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<kind>record|mark|best|(?:career|season|all-time|club|franchise|league)[\s-](?:high|low|best)|high|low))"
    rf"\s+(?:was|had\s+been|stood\s+at|of)\s+(?:{_OWNER})?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_OLD_MARK = gated(_OLD_MARK)  # tried on the words before every level, seldom naming an old mark
_PLAIN = frozenset(["the", "its", "their", "his", "her", "previous", "prior", "old", "former"])
# "a record 8,300", "an all-time high of 70", "a season-high 31", "a club-record 12": a figure called a record in the
# words just before it. "game-high" and "team-high" compare players of one game, not a figure with its own past.
_TAGGED = re.compile(
    r"\b(?:an?|the|its|their|his|her)\s+(?:[A-Z][\w.&-]*\s+)?"
    r"(?P<word>(?:career|season|franchise|club|league|all-time|company)[\s-](?:high|low|best)"
    r"|(?:(?:franchise|club|league|world|national|company)[\s-])?record(?:[\s-](?:high|low))?)"
    r"(?:\s+(?:of|at))?\s+[$£€¥₹]?\s*$",
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
    yield from _told_before(ctx)


def _told_before(ctx: ArticleContext) -> Iterator[Relation]:
    """ "The firm shipped a record 8,300 crates. The old company mark of 7,950 stood for a decade": the old mark in a
    sentence of its own, the record it was beaten by called so in one of the three sentences before."""
    for old in ctx.claims:
        if old.change is not None or not is_move_level(old):
            continue
        before = lead(ctx, old, 90)
        said = _OLD_MARK.search(before)
        if said is None:
            continue
        offset = old.span[0] - len(before)
        word_span = (offset + said.start("verb"), offset + said.end("verb"))
        start = old.sentence_span[0]
        mine = [
            c for c in _levels(ctx, ctx.claims_in(start, word_span[0]), old) if not _OLD_MARK.search(lead(ctx, c, 90))
        ]
        if mine or _RECORD.search(ctx.text, start, word_span[0]):
            continue  # the record is in the mark's own sentence: read by the finder above, or by none
        index = ctx.sentence_index(old.span[0])
        earlier = _levels(ctx, ctx.claims_in(ctx.sentences[max(0, index - 3)][0], start), old)
        tagged = [(c, tag) for c in earlier if (tag := _TAGGED.search(lead(ctx, c, 60)))]
        if not tagged:
            continue
        new, tag = tagged[-1]
        word = tag.group("word").lower()
        low = word.endswith("low")
        kind = said.group("kind").lower()
        if kind.endswith("low") != low and kind.endswith(("high", "low")):
            continue  # "a record high ... the previous low of": two marks, not one broken
        doubts: list[str] = []
        if word.endswith("best") or (word.endswith("record") and old.quantity.kind not in _AMOUNTS):
            doubts.append(f"“{tag.group('word')}” does not say whether the record is a high or a low")
        # "The old league mark of 21 was set by Harlow": another holder's mark is beaten only by a record of the
        # same scope, named in both places ("a league record 29").
        scope = [w for w in said.group("verb").split()[:-1] if w.lower() not in _PLAIN]
        if subjects([new, old]) == Agreement.DISAGREE and not any(w.lower() in tag.group(0).lower() for w in scope):
            doubts.append("the old mark is another's, and the words do not say the record is of the same scope")
        evidence = stated_together(
            ctx,
            [new, old],
            [cue(ctx, word_span, "an earlier mark set against the record stated before")],
            tie=Tie.STRUCTURE,
            doubts=doubts,
            ambiguous=[show(c) for c, _ in tagged[:-1]],
            period=Agreement.AGREE,
        )
        mark = " ".join(said.group("verb").split())
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=new, reference=old),
            evidence=evidence,
            reason=f"“{tag.group('word')}” {show(new)} is set beyond “{mark}” of {show(old)}",
            params={"op": "lt" if low else "gt", "word": f"{tag.group('word')}, {mark}"},
            spans=[word_span],
        )


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
