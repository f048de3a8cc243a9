"""Priors listed after one comparison word, behind a level a direction verb moved: "fell to 2.1 million, against
2.4 million a year ago and 2.6 million in 2019".

:mod:`.changes` reads the verb's move against the first figure after the comparison word. The figures listed
after it, each with a period word of its own, are priors of the same level too, and an editor reads them against
it. But the verb tells how the level moved over the comparison's period (the first prior's); against an older
prior it may have moved either way ("rose to 8,300 tonnes, compared with 7,900 last year and 8,800 in 2020" is
sound copy), so a listed prior is set against the level with the verb's direction as a doubtful reading, shown
to the reviewer and never flagged. ("compared with both 2.4 million a year ago and 2.6 million in 2019" is read
by :mod:`.comparisons_compared`, not by the move.)

A listed prior must carry its own period: without one ("compared with 48 and 52") the figures may be the
levels of other subjects, set side by side.

"From" opens such a list as well, after the level: "rose to 4.1% in May from 4.4% a year ago and from 3.2% in
April", "now holds 58% of the market, up from 55% in 2022 and 51% in 2021". The verb's move is against the first
start; a second start with a period of its own is an earlier reading of the same level, read as above (a doubtful
reading, never flagged). A "from" before the level ("fell from 2,400 in March to 2,100 in April") is a from-to
move and lists nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import _direction, one_series, statements
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.prose import is_move_level

# The comparison word between the level and its first prior: the level is said first, the prior after.
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|against|versus|vs\.?|as\s+against|from)\s+",
    re.IGNORECASE,
)
# The period a listed prior carries right after its figure: "in 2019", "a year ago", "last spring", "two
# years earlier", "the previous quarter", "at the end of March".
_PERIOD = (
    r"(?:in|on|for|during|at|by|as\s+of)\s+(?:the\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?"
    r"|(?:a|an|one|two|three|four|five|six|\d+)\s+(?:years?|months?|quarters?|weeks?|days?|decades?)\s+"
    r"(?:earlier|ago|before|previously)"
    r"|(?:a\s+year|a\s+decade|a\s+month)[\s-]+(?:earlier|ago|before)"
    r"|last\s+[\w’'-]+|the\s+(?:previous|prior|same)\s+[\w’'-]+(?:\s+[\w’'-]+)?"
)
_HAS_PERIOD = re.compile(rf"^\s*(?:{_PERIOD})(?=\s*(?:[,.;)]|\s+and\b|$))", re.IGNORECASE)
# What joins one listed prior to the next: its period, then ", and", " and" or a comma ("and from" after "from").
_JOIN = re.compile(
    rf"^\s*(?:{_PERIOD})\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:from\s+)?(?:the\s+|its\s+)?[$£€¥₹]?\s*$", re.IGNORECASE
)


@finder("directions_listed")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for s in statements(ctx):
        if s.start is None or s.end is None or s.start.span[0] < s.end.span[0]:
            continue
        compared = _COMPARED.search(ctx.text, s.end.span[1], s.start.span[0])
        if compared is None or compared.end() != s.start.span[0] - _lead_in(ctx, s.start, compared.end()):
            continue
        if not _HAS_PERIOD.match(ctx.text[s.start.span[1] : s.start.sentence_span[1]]):
            continue  # the first prior names no period: the list is no list of earlier times
        verb = next(_direction(ctx, s, [], []), None)
        if verb is None:
            continue
        after = ctx.claims_in(s.start.span[1], s.start.sentence_span[1])
        previous = s.start
        for prior in after:
            if not _JOIN.match(ctx.text[previous.span[1] : prior.span[0]]):
                break
            if prior.change is not None or not is_move_level(prior) or not one_series(prior, s.end):
                break
            if not _HAS_PERIOD.match(ctx.text[prior.span[1] : prior.sentence_span[1]]):
                break
            yield _relation(ctx, s.end, s.start, prior, verb, compared)
            previous = prior


def _lead_in(ctx: ArticleContext, prior: Claim, at: int) -> int:
    """How many characters of currency sign or article stand between the comparison word and the prior's figure."""
    gap = ctx.text[at : prior.span[0]]
    return len(gap) if re.fullmatch(r"(?:the\s+|its\s+)?[$£€¥₹]?\s*", gap) else -1


def _relation(
    ctx: ArticleContext,
    level: Claim,
    first: Claim,
    prior: Claim,
    verb: Relation,
    compared: re.Match[str],
) -> Relation:
    sign, word = verb.params["direction"], verb.params["word"]
    doubts = [
        *verb.evidence.doubts,
        f"“{word}” tells the move against {show(first)}, the first figure compared; {show(prior)} is listed"
        " after it for an earlier time, and no word says the level moved the same way against it",
    ]
    span = (compared.start(), compared.start() + len(compared.group(0).rstrip()))
    cues = [cue(ctx, span, "one comparison word, then a list of earlier figures"), *verb.evidence.cues[-1:]]
    return Relation(
        kind=RelationKind.DIRECTION,
        members=[Member(role="from", claim=prior.id), Member(role="to", claim=level.id)],
        evidence=stated_together(ctx, [prior, level], cues, doubts=doubts, period=Agreement.AGREE),
        reason=f"“{word}” moved {show(level)}, which is compared with {show(first)} and, listed after it,"
        f" {show(prior)}",
        params={"direction": sign, "word": word},
        spans=[span, *verb.spans],
    )
