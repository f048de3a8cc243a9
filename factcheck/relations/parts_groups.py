"""A group's combined share and its members' own shares.

"Acme, Birch and Cobalt together hold 58% of the market ... with
shares of 27%, 19% and 12% respectively": the members' shares add up
to the group's (``part_whole`` with rule ``sum``; the names list every member,
so the sum is ``exhaustive``). The group is a list of names with "together",
"combined", "collectively" or "between them" before its share; the members'
shares are a "respectively" list of as many percentages that points back to
the group ("their", "these", "the three"), or each member's name with its own
percentage, in the same sentence or up to four after. The layout ties them
(structure); a list whose length differs from the group's, or a group named
twice, leaves the pairing out or uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, periods
from factcheck.relations.parts import listed, part_whole
from factcheck.relations.prose import is_estimate

_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}"
_GROUP = re.compile(
    rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})\s*,?\s+(?:\w+\s+){{0,2}}?"
    r"(?:together|combined|collectively|between\s+them)\b[^.;%\d]{0,60}$"
)
_GROUP = gated(_GROUP)  # tried on every figure's window, seldom matching there
_RESPECTIVELY = re.compile(r"^[^.;\d]{0,12}\brespectively\b", re.IGNORECASE)
_BACK = re.compile(r"\b(?:their|these|those|the\s+(?:two|three|four|five|group|trio|pair)|this\s+group)\b", re.I)


_MEASURE = re.compile(
    r"\b(?:revenue|sales|value|volume|units|shipments|spending|users|subscribers|deliveries|profit|downloads)\b", re.I
)


_WHEN = re.compile(
    r"\b(?:(?:last|previous|prior|next)\s+(?:year|quarter|month)|a\s+year\s+(?:earlier|ago)|(?:19|20)\d\d"
    r"|(?:first|second|third|fourth)\s+quarter|Q[1-4])\b",
    re.IGNORECASE,
)


def _measures(text: str) -> set[str]:
    """What a share is counted in, when the words say ("by revenue", "of shipments")."""
    return {m.group(0).lower() for m in _MEASURE.finditer(text)}


def _is_share(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind == QuantityKind.PERCENT and claim.change is None and 0 < q.value <= 100


def _names(text: str) -> list[str]:
    return [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text) if n.strip()]


def _respectively(ctx: ArticleContext, group: Claim, count: int) -> list[Claim] | None:
    """A "respectively" list of ``count`` shares that points back to the group, within four sentences."""
    index = ctx.sentence_index(group.span[0])
    for start, end in ctx.sentences[index : index + 5]:
        claims = [c for c in ctx.claims_in(start, end) if c.span[0] > group.span[1] and _is_share(c)]
        if len(claims) < count:
            continue
        for i in range(len(claims) - count + 1):
            run = claims[i : i + count]
            if not _RESPECTIVELY.match(ctx.text[run[-1].span[1] : end]):
                continue
            opening = ctx.text[start : run[0].span[0]]
            if _BACK.search(opening):
                return run
    return None


def _named_shares(ctx: ArticleContext, group: Claim, names: list[str]) -> list[Claim] | None:
    """Each member named with its own share ("Amazon had 29%, Microsoft 20% and Google 13%")."""
    index = ctx.sentence_index(group.span[0])
    for start, end in ctx.sentences[index : index + 5]:
        shares = []
        for name in names:
            found = re.search(rf"\b{re.escape(name)}\b", ctx.text[start:end])
            if found is None:
                break
            after = [
                c for c in ctx.claims_in(start + found.end(), min(end, start + found.end() + 40)) if c.id != group.id
            ]
            if not after or not _is_share(after[0]) or after[0].span[0] <= group.span[1]:
                break
            shares.append(after[0])
        if len(shares) == len(names) and len({c.id for c in shares}) == len(shares):
            return shares
    return None


def _groups(ctx: ArticleContext) -> Iterator[Relation]:
    for share in ctx.claims:
        if not _is_share(share) or is_estimate(ctx, share):
            continue
        words = ctx.text[max(share.sentence_span[0], share.span[0] - 160) : share.span[0]]
        found = _GROUP.search(words)
        if found is None:
            continue
        names = _names(found.group("names"))
        if len(names) < 2:
            continue
        parts = _respectively(ctx, share, len(names)) or _named_shares(ctx, share, names)
        if parts is None:
            continue
        members = [share, *parts]
        period = periods(members)
        group_words = ctx.text[share.sentence_span[0] : share.sentence_span[1]]
        part_words = ctx.text[parts[0].sentence_span[0] : parts[-1].sentence_span[1]]
        said, other = _measures(group_words), _measures(part_words)
        doubts = [f"the members' shares are stated by {', '.join(sorted(other - said))}"] if other - said else []
        when = {" ".join(m.group(0).lower().split()) for m in _WHEN.finditer(part_words)}
        when -= {" ".join(m.group(0).lower().split()) for m in _WHEN.finditer(group_words)}
        if when:
            doubts.append(f"the members' shares are stated for “{', '.join(sorted(when))}”, which the group's is not")
        offset = share.span[0] - len(words)
        evidence = Evidence(
            tie=Tie.STRUCTURE,
            cues=[
                cue(ctx, (offset + found.start(), offset + found.end()), "a group's combined share"),
                cue(ctx, (parts[0].span[0], parts[-1].span[1]), "its members' shares"),
            ],
            sentences_apart=ctx.sentences_apart(share, parts[0]),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.DISAGREE if period == Agreement.DISAGREE else Agreement.AGREE,
            doubts=doubts,
        )
        reason = (
            f"{', '.join(names)} together hold {show(share)}; their own shares are {listed(parts)}, "
            "which add up to the group's"
        )
        yield part_whole(share, parts, evidence, reason, rule="sum", exhaustive=True)


@finder("part_groups")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _groups(ctx)
