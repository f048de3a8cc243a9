"""A figure ranked just behind a rival's, in one sentence: "Brandt has won 9 titles, second only to Rook's 12".

Sports, trade and statistics copy puts a player's figure right behind the one rival ahead of it, and gives the
rival's figure after its name: "second only to Rook's 12", "behind only Rook (12)", "surpassed only by Rook,
with 12". The rival's figure is the larger (``rank_order``, role ``item``, the rival's figure first), so a
player's figure above the rival's is a slip.

Read only when the words leave no other reading:

* the player's figure is the last one before the cue, in the same clause (no semicolon, "while", "but" or other
  figure between), and the rival's is the first one after it, right after a short name with "'s", a bracket,
  "with" or "at" ("second only to Rook in 2019, when it won 12" is not read);
* both are levels of one kind and unit (moves are ranked by :mod:`.ranks_moves`);
* the ranking is by how much: a sentence that ranks by how little ("the second-lowest", "fewest", "cheapest") is
  not read, and a percentage (a rate can rank either way: a jobless rate "second only to" a lower one) only when
  the sentence says the ranking is by the most ("largest", "highest", "fastest").

The words tie the two figures (a cue); certain when the units agree and no period differs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.ranks_figures import is_rival_level, rank_evidence

_SECOND_ONLY = re.compile(
    r"\b(?:second\s+only\s+to|behind\s+only|trailing\s+only|surpassed\s+only\s+by|exceeded\s+only\s+by"
    r"|topped\s+only\s+by|bettered\s+only\s+by)\s+",
    re.IGNORECASE,
)
_SECOND_ONLY = gated(_SECOND_ONLY)  # tried on every sentence, seldom matching there
# The rival's name and the link to its figure: "Rook's", "the Tarn club (", "Rook, with", "former champion Rook at".
_RIVAL = re.compile(
    r"^(?:the\s+)?(?:[\w.&'’-]+\s+){0,6}?[\w.&-]+(?:['’]s?\s+|\s*\(\s*|,?\s+(?:with|at)\s+)"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$"
)
_CAPITALISED = re.compile(r"\b[A-Z]")
_BREAK = re.compile(r";|\b(?:while|whereas|but|however|although|though)\b", re.IGNORECASE)
_BY_LITTLE = re.compile(
    r"\b(?:lowest|smallest|least|fewest|cheapest|slowest|shortest|weakest|worst|lower|fewer|less|smaller|cheaper"
    r"|lowest-\w+|least-\w+)\b",
    re.IGNORECASE,
)
_BY_MOST = re.compile(
    r"\b(?:most|largest|biggest|highest|greatest|fastest|strongest|more|larger|bigger|higher|greater)\b",
    re.IGNORECASE,
)
_NEAR = 80  # characters between the player's figure and the cue


def _pair(ctx: ArticleContext, match: re.Match[str], sentence: tuple[int, int]) -> tuple[Claim, Claim] | None:
    # Years and ranks ("the third most in 2019") say where and when, not how much: passed over. Any other figure
    # is the nearest one, and must be one a player is ranked by ("two titles" in words is not read, and the
    # figure before it is not taken in its place).
    claims = [c for c in ctx.claims_in(*sentence) if not _year_or_rank(c)]
    before = [c for c in claims if c.span[1] <= match.start()]
    after = [c for c in claims if c.span[0] >= match.end()]
    if not before or not after:
        return None
    player, rival = before[-1], after[0]
    if not (is_rival_level(ctx, player) and is_rival_level(ctx, rival)):
        return None
    between = ctx.text[player.span[1] : match.start()]
    if len(between) > _NEAR or _BREAK.search(between):
        return None
    name = ctx.text[match.end() : rival.span[0]]
    if not _RIVAL.match(name) or not _CAPITALISED.search(name):
        return None
    if player.quantity.is_range or rival.quantity.is_range or not same_unit(player, rival):
        return None
    if player.change is not None or rival.change is not None:
        return None  # "up 9%, second only to Rook's 12% rise": which way is ranked is for the move finders
    return player, rival


def _year_or_rank(claim: Claim) -> bool:
    if claim.quantity.kind == QuantityKind.RANK:
        return True
    return claim.quantity.kind == QuantityKind.NUMBER and 1900 <= claim.quantity.value <= 2100


@finder("ranks_second_only")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for sentence in ctx.sentences:
        for match in _SECOND_ONLY.finditer(ctx.text, *sentence):
            pair = _pair(ctx, match, sentence)
            if pair is None:
                continue
            player, rival = pair
            if _BY_LITTLE.search(ctx.text, *sentence):
                continue
            percent = QuantityKind.PERCENT in (player.quantity.kind, rival.quantity.kind)
            if percent and not _BY_MOST.search(ctx.text, *sentence):
                continue
            word = " ".join(match.group(0).split())
            span = (match.start(), match.start() + len(match.group(0).rstrip()))
            yield Relation(
                kind=RelationKind.RANK_ORDER,
                members=[Member(role="item", claim=rival.id), Member(role="item", claim=player.id)],
                evidence=rank_evidence(ctx, [rival, player], Tie.CUE, [cue(ctx, span, "a stated order")], [], []),
                reason=f"“{word}” puts {show(player)} right behind {show(rival)}",
                params={"order": "descending", "word": word},
                spans=[span],
            )
