"""A race's winning margin in points against the two shares it is the gap between.

"Roe beat Doe 55.9% to 42.7%, a margin of 13.2 points", "Roe won by 13.2 percentage points, 55.9% to 42.7%", "Roe
won 56% to 43%, a 13-point lead": the winner's share and the loser's, tied by "S% to T%" in that order, and the
margin in points, are one ``rank_order`` relation (roles ``item``, ``item``, ``margin``), as :mod:`.ranks_votes`
reads vote counts. The check takes each share at its printed precision, so "51% to 48%, a margin of 3.4 points"
(shares rounded from the unrounded count) holds.

Evidence: one sentence holds one win word, exactly two shares tied by "to" (a dash), and exactly one figure said in
points after "by", "a margin/lead of" or before "-point margin/lead". The words tie them (a cue). Nothing is read
when the sentence speaks of a margin of error, when a figure is hedged ("about 13 points") or changes, or when a
second margin, a second win word or a second pair of shares could be the one meant, or a year follows the result
("after winning by 8 points in 2020": another race).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.ranks_figures import rank_evidence
from factcheck.relations.ranks_votes import YEAR
from factcheck.relations.shares_reading import sentences

_WIN = re.compile(
    r"\b(?:won|wins|winning|beat|beats|beating|defeated|defeats|edged(?:\s+out)?|led|leads|leading|carried"
    r"|prevailed)\b",
    re.IGNORECASE,
)
_WIN = gated(_WIN)  # tried on every figure's window, seldom matching there
_TO = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*(?:to|-|–)\s*$", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"^[\s-]*(?:percentage[\s-]+)?points?\b", re.IGNORECASE)
_MARGIN_BEFORE = re.compile(r"\bby\s+$|\b(?:margin|lead|edge|advantage)\s+of\s+$", re.IGNORECASE)
_MARGIN_AFTER = re.compile(
    r"^[\s-]*(?:percentage[\s-]+)?points?[\s-]+(?:margin|lead|edge|advantage|win|victory)\b", re.IGNORECASE
)
_ERROR = re.compile(r"\bmargin\s+of\s+(?:sampling\s+)?error\b|\berror\s+margin\b", re.IGNORECASE)
_EARLIER_BEFORE = re.compile(
    r"\b(?:from|than|compared|versus|vs|against|since|previous|last|prior|earlier|first|original)\b[^,;]*$",
    re.IGNORECASE,
)
_EARLIER_AFTER = re.compile(
    r"^[^,;]*?\b(?:last|previous|prior|earlier|ago|before|then|first|once|again|other)\b", re.IGNORECASE
)
_HEDGE = re.compile(
    r"\b(?:about|around|roughly|nearly|almost|some|more\s+than|less\s+than|over|under|at\s+least|just\s+over)\s+$",
    re.IGNORECASE,
)


def _plain(claim: Claim) -> bool:
    return claim.change is None and not claim.quantity.is_range


def _points(ctx: ArticleContext, claim: Claim) -> bool:
    q = claim.quantity
    if q.kind == QuantityKind.PERCENTAGE_POINT:
        return True
    after = ctx.text[claim.span[1] - 8 : claim.span[1] + 25]
    return q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER) and bool(
        re.search(r"points?\b", ctx.text[claim.span[0] : claim.span[1]], re.I) or _POINTS_AFTER.match(after[8:])
    )


def _margin(ctx: ArticleContext, claim: Claim) -> bool:
    before = ctx.text[max(claim.sentence_span[0], claim.span[0] - 30) : claim.span[0]]
    after = ctx.text[claim.span[1] : claim.span[1] + 30]
    said = ctx.text[claim.span[0] : claim.span[1]]
    if _HEDGE.search(before) or _EARLIER_BEFORE.search(before) or _EARLIER_AFTER.search(after):
        return False  # "up from an 8-point margin last time": an earlier race's margin
    if _MARGIN_BEFORE.search(before):
        return True
    hyphened = re.search(r"-point$", said) is not None and _MARGIN_AFTER.match("point" + after) is not None
    return hyphened or _MARGIN_AFTER.match(after) is not None


def _race(ctx: ArticleContext, span: tuple[int, int], claims: list[Claim]) -> Relation | None:
    text = ctx.text[span[0] : span[1]]
    wins = list(_WIN.finditer(text))
    # a year after the result ("..., after winning by 8 points in 2020") may date the margin to another race
    if len(wins) != 1 or _ERROR.search(text) or YEAR.search(text, wins[0].end()):
        return None
    shares = [c for c in claims if c.quantity.kind == QuantityKind.PERCENT and _plain(c)]
    pairs = [(a, b) for a, b in itertools.pairwise(shares) if _TO.match(ctx.between(a, b))]
    margins = [c for c in claims if _plain(c) and _points(ctx, c) and _margin(ctx, c)]
    if len(pairs) != 1 or len(margins) != 1 or len(shares) != 2:
        return None
    (winner, loser), margin = pairs[0], margins[0]
    if any(_HEDGE.search(ctx.text[max(span[0], c.span[0] - 15) : c.span[0]]) for c in (winner, loser)):
        return None
    win = wins[0]
    cue_span = (span[0] + win.start(), span[0] + win.end())
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=[
            Member(role="item", claim=winner.id),
            Member(role="item", claim=loser.id),
            Member(role="margin", claim=margin.id),
        ],
        evidence=rank_evidence(ctx, [winner, loser], Tie.CUE, [cue(ctx, cue_span, "a stated result")], [], []),
        reason=(
            f"“{win.group(0)}” puts the winner's {show(winner)} ahead of {show(loser)}, "
            f"by a stated margin of {show(margin)}"
        ),
        params={"order": "descending", "word": win.group(0), "holders": {}},
        spans=[cue_span],
    )


@finder("vote_share_margins")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for span, claims in sentences(ctx).items():
        if "point" not in ctx.text[span[0] : span[1]].lower():
            continue  # no margin in points: the cheap test first
        relation = _race(ctx, span, claims)
        if relation is not None:
            yield relation
