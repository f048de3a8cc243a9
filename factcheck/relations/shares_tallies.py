"""A race's tallies whose shares make the whole: each share is its tally over the sum of the tallies.

Election copy gives each candidate's count with its share ("Ibarra took 612 votes for 58.1%, while Lund won 398
votes, or 37.8%"), often with a remainder told apart ("43 ballots were marked for write-in names, which accounted
for 4.1%").
When the stated shares of consecutive tallies add up to 100% (within their rounding), the tallies are the whole race:
the ballots are their sum, and each share is its tally over that sum (``part_share`` with rule ``of_tallies``,
members ``part``, ``rest`` for every other tally, ``share``). This reads more than :mod:`.parts_votes`' implied
whole, which sets two pairs of one sentence against each other: here the remainder told in a later sentence counts
too, and each share is checked against the counts themselves.

The tallies are read by :func:`.parts_votes.tallies` (a count of votes tied to its share by "for", "or", a bracket,
"accounting for"). A race is:

* the tallies of one sentence, when their shares make 100%;
* or those of one sentence falling short of 100%, with the next tally, alone in a sentence at most three sentences on
  with nothing tallied between, told as the remainder ("write-in", "other candidates", "the rest") and making up the
  difference.

Shares that fall short of 100% without such a remainder are not read: another candidate, blank ballots or
abstentions may make up the rest, so the sum of the tallies is not the whole. A sentence that names more than one
place or race ("in Ward 1 ... in Ward 2") is not read either: its tallies need not share one whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import matched
from factcheck.relations.parts import listed
from factcheck.relations.parts_votes import PLACE, Tally, tallies
from factcheck.relations.prose import lead

# What is left of a race once its candidates are named: "write-in candidates", "other candidates", "the rest".
_REMAINDER = re.compile(
    r"\b(?:write-?ins?|(?:all\s+)?other\s+(?:candidates|contenders|hopefuls|names)|others|the\s+rest"
    r"|remaining\s+(?:votes|ballots|candidates)|minor\s+candidates)\b",
    re.IGNORECASE,
)
_REMAINDER_REACH = 3  # sentences after the race's sentence that a remainder may stand


def _makes_whole(race: list[Tally]) -> bool:
    """The shares' rounding intervals add up to a sum that can be 100%."""
    lo = sum(interval(t.share).lo for t in race)
    hi = sum(interval(t.share).hi for t in race)
    return lo <= 100 <= hi


def _short(race: list[Tally]) -> bool:
    return sum(interval(t.share).hi for t in race) < 100


def _one_place(ctx: ArticleContext, race: list[Tally]) -> bool:
    start, end = race[0].votes.sentence_span
    return len({" ".join(m.group(0).lower().split()) for m in PLACE.finditer(ctx.text[start:end])}) <= 1


def _is_remainder(ctx: ArticleContext, tally: Tally) -> bool:
    around = lead(ctx, tally.votes, 60) + ctx.text[tally.votes.span[0] : max(tally.share.span[0], tally.votes.span[1])]
    return bool(_REMAINDER.search(around))


def races(ctx: ArticleContext) -> list[list[Tally]]:
    """The runs of tallies whose shares make 100%: one sentence's, or one sentence's and a remainder after it."""
    by_sentence: dict[tuple[int, int], list[Tally]] = {}
    for tally in tallies(ctx):
        by_sentence.setdefault(tuple(tally.votes.sentence_span), []).append(tally)  # type: ignore[arg-type]
    groups = list(by_sentence.values())
    found: list[list[Tally]] = []
    for index, group in enumerate(groups):
        if not _one_place(ctx, group):
            continue
        if len(group) >= 2 and _makes_whole(group):
            found.append(group)
            continue
        if not _short(group) or index + 1 == len(groups):
            continue
        after = groups[index + 1]
        if len(after) != 1 or ctx.sentences_apart(group[0].votes, after[0].votes) > _REMAINDER_REACH:
            continue
        if _is_remainder(ctx, after[0]) and _makes_whole([*group, *after]):
            found.append([*group, *after])
    return found


@finder("shares_tallies")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for race in races(ctx):
        # a remainder told in a later sentence is tied by its words and the sum, not by one clause
        tie = Tie.CUE if len({tuple(t.votes.sentence_span) for t in race}) == 1 else Tie.INFERRED  # type: ignore[arg-type]
        counts = [t.votes for t in race]
        for tally in race:
            rest = [t.votes for t in race if t is not tally]
            evidence = matched(ctx, tie, [t.said for t in race], counts)
            reason = (
                f"the shares of {listed(counts)} add up to 100%: the ballots are their sum, and "
                f"{show(tally.share)} is {show(tally.votes)} over it"
            )
            members = [
                Member(role="part", claim=tally.votes.id),
                *(Member(role="rest", claim=c.id) for c in rest),
                Member(role="share", claim=tally.share.id),
            ]
            yield Relation(
                kind=RelationKind.PART_SHARE,
                members=members,
                evidence=evidence,
                reason=reason,
                params={"rule": "of_tallies"},
                spans=[t.said.span for t in race],
            )
