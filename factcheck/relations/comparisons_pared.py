"""A session's closing move against the bigger move it made earlier the same day: "the gauge settled 38.6 points
down, paring a deeper early loss of 80 points"; "the stock closed up 2.1%, trimming an intraday gain
of as much as 4.6%"; "shares finished 1.4% lower after sliding as much as 3.2% earlier in the session".

Market copy tells how far a price went during the day with a verb that gives part of it back ("paring",
"trimming", "narrowing" the earlier losses or gains) or with "after falling as much as ... earlier": either way the
move it ended on is smaller than the one named after it. The words are read only when both moves point the same
way (a close "lower" with earlier "losses"), both are in the same unit (points with points, percent with
percent) and the earlier move is tied to the same session ("earlier", "intraday", "in the session", "at one point"
after "after falling"): a close that turned round ("rose 1%, erasing earlier losses of 2%") or a fall of another
day says nothing of the sizes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.prose import has_break

_UP_NOUNS = r"gains?|advances?|rally|rallies|climb|rise|increases?"
_DOWN_NOUNS = r"loss(?:es)?|falls?|declines?|drops?|slides?|slump|retreat"
_SIZE = r"(?:(?:as\s+much\s+as|more\s+than|nearly|almost|up\s+to|about|around|some|over)\s+)?"
# "paring a deeper early loss of", "narrowing its intraday decline of", "trimming some of the day's gains of": a verb
# that gives back part of the earlier move, its noun, then the figure.
_PARED = re.compile(
    r"\b(?:par(?:ing|ed|es)|narrow(?:ing|ed|s)|trimm(?:ing|ed)|trims|cutting|clawing\s+back\s+from)\s+"
    r"(?:(?:some|part|much|most)\s+of\s+)?(?:(?:its|their|the|an?|the\s+day['’]s|session)\s+)?"
    r"(?:(?:earlier|early|initial|intraday|intra-day|steeper|sharper|deeper|bigger|larger|morning)\s+)+"
    rf"(?:(?P<up>{_UP_NOUNS})|(?P<down>{_DOWN_NOUNS}))\s+of\s+{_SIZE}[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_PARED = gated(_PARED)  # tried on every figure's window, seldom matching there
# "after falling as much as 3.2% earlier": the earlier move, then words that put it in the same session.
_AFTER = re.compile(
    r"\b(?:after|having)\s+(?:been\s+)?(?:(?P<up>rising|climbing|gaining|jumping|advancing|rallying|surging|up)"
    r"|(?P<down>falling|dropping|sliding|losing|shedding|tumbling|sinking|slumping|declining|down))\s+(?:by\s+)?"
    # "as much as" marks the session's extreme; a bare "after falling 5% earlier" may tell of the day before
    r"(?:as\s+much\s+as|more\s+than|nearly|almost|up\s+to)\s+[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_AFTER = gated(_AFTER)
_SAME_SESSION = re.compile(
    # "earlier in the week" is another session
    r"\s*(?:points?\s+|percent\s+|per\s+cent\s+)?(?:earlier(?!\s+(?:in|this|last)\s+(?:the\s+)?(?:week|month|year))"
    r"|intraday|intra-day|at\s+one\s+(?:point|stage)"
    r"|in\s+(?:early|morning|afternoon)\s+(?:trade|trading|deals)|(?:in|during)\s+the\s+(?:session|day))\b",
    re.IGNORECASE,
)


def _unit(claim: Claim) -> str | None:
    """Points or percent: the two units a session's moves are told in."""
    if claim.quantity.kind == QuantityKind.PERCENT:
        return "percent"
    words = claim.text[claim.span[0] - claim.sentence_span[0] : claim.span[1] - claim.sentence_span[0] + 8].lower()
    return "points" if re.search(r"\bpoints?\b", words) else None


@finder("comparisons_pared")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for earlier in ctx.claims:
        start = max(earlier.sentence_span[0], earlier.span[0] - 90)
        said = _PARED.search(ctx.text, start, earlier.span[0])
        if said is None:
            said = _AFTER.search(ctx.text, start, earlier.span[0])
            if said is None or not _SAME_SESSION.match(ctx.text, earlier.span[1]):
                continue
        said_start = said.start()
        unit = _unit(earlier)
        if unit is None:
            continue
        # the closing move: the last change of the clause before the words, in the same unit
        moves = [
            c
            for c in ctx.claims_in(earlier.sentence_span[0], said_start)
            if c.change is not None and c.span[1] <= said_start and _unit(c) == unit
        ]
        if not moves:
            continue
        final = moves[-1]
        if has_break(ctx.text[final.span[1] : said_start]):
            continue
        down = said.group("down") is not None
        if (final.change.direction < 0) != down:
            continue  # "rose 1%, erasing earlier losses of 2%": the day turned round; the sizes are not compared
        word = " ".join(said.group(0).split()).rstrip(" $£€¥₹")
        evidence = stated_together(
            ctx,
            [final, earlier],
            [cue(ctx, said.span(), "an earlier, larger move of the same session")],
            period=Agreement.AGREE,  # the earlier move is of the same session by the words
        )
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=roles(figure=final, reference=earlier),
            evidence=evidence,
            reason=f"“{word}” makes {show(final)} the part kept of the larger earlier move of {show(earlier)}",
            params={"op": "lt", "word": word},
            spans=[said.span()],
        )
