"""A group's combined share and its members' own shares.

"Acme, Birch and Cobalt together hold 58% of the market ... with
shares of 27%, 19% and 12% respectively": the members' shares add up
to the group's (``part_whole`` with rule ``sum``; the names list every member,
so the sum is ``exhaustive``). The group is a list of names with "together",
"combined", "collectively" or "between them" before its share; the members'
shares are a "respectively" list of as many percentages that points back to
the group ("their", "these", "the three"), or each member's name with its own
percentage, in the same sentence or up to four after (five, name by name). The layout ties them
(structure); a list whose length differs from the group's, or a group named
twice, leaves the pairing out or uncertain.

A verb with the list as its subject says the same ("Acme, Birch and Cobalt
account for 58% of the market", "... make up", "have a combined 58%"), and
so does "they" opening the main clause after the list ("As Acme, Birch and
Cobalt fight for buyers, they now control 58% of sales"); "each" makes the
figure every member's, not the group's. A member may be named in full in one
place and shortly in the other: by its first word ("Birch Cloud" and "Birch"),
or by its initials ("Cobalt Data Systems" and "CDS"). Each member's share may
sit in its own sentence, right after its name ("Acme (30%)", "Birch leads
with 17%").
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
_LIST = rf"{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME}"
_HOLD = (
    r"(?:account(?:s|ed)?\s+for|make\s+up|makes\s+up|made\s+up|hold|holds|held|control|controls|controlled"
    r"|command|commands|commanded|capture|captures|captured)"
)
_GROUP = re.compile(
    rf"(?P<names>{_LIST})\s*,?\s+(?:\w+\s+){{0,2}}?(?:together|combined|collectively|between\s+them)\b"
    r"[^.;%\d]{0,60}$"
    # the list as the subject of a verb of holding, or "they" after it: only a few words before the figure
    rf"|(?P<held>{_LIST})(?:\s*[,–—-]?\s+(?:\w+\s+){{0,2}}?|[^.;:%\d]{{0,80}},\s+they\s+(?:\w+\s+)?){_HOLD}"
    r"\s+(?:(?:a|an|about|around|nearly|almost|roughly|some|over|more\s+than|combined|total\s+of)\s+){0,3}$"
)
_GROUP = gated(_GROUP)  # tried on every figure's window, seldom matching there
_EACH = re.compile(r"\beach\b")
# what follows a group's figure: a share of something ("58% of the market", "a 58% share")
_OF_WHOLE = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*(?:of\b|(?:\w+\s+)?(?:market\s+)?share\b)", re.I)
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


def _is_group_share(claim: Claim) -> bool:
    """A group's share may be a fraction in words too: "make up two-thirds of the market"."""
    q = claim.quantity
    return _is_share(claim) or (q.kind == QuantityKind.FRACTION and claim.change is None and 0 < q.value < 1)


# Capitalised only because they open the sentence: "As Acme, Birch and Cobalt fight ..."
_OPENER = re.compile(r"^(?:As|While|With|When|Though|Although|Since|After|Now|Today|But|And|Both|Meanwhile)\s+")


def _names(text: str) -> list[str]:
    names = [n.strip() for n in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text) if n.strip()]
    if names:
        names[0] = _OPENER.sub("", names[0])
    return names


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


def _forms(name: str, names: list[str]) -> list[str]:
    """How a member may be named elsewhere: in full, by its first word when no other member shares it, by its
    initials."""
    words = name.split()
    forms = [name]
    if len(words) > 1:
        firsts = [n.split()[0] for n in names]
        if firsts.count(words[0]) == 1 and len(words[0]) > 2 and words[0].lower() not in ("the", "new", "big"):
            forms.append(words[0])
        if all(w[:1].isupper() for w in words):
            forms.append("".join(w[0] for w in words))
    return forms


def _share_after(ctx: ArticleContext, group: Claim, name: str, names: list[str], start: int, end: int) -> Claim | None:
    """The share right after the member's name in text[start:end] ("Acme (30%)", "Acme leads with 30%")."""
    pattern = "|".join(re.escape(f) for f in _forms(name, names))
    for found in re.finditer(rf"\b(?:{pattern})\b", ctx.text[start:end]):
        at = start + found.end()
        if at <= group.span[1]:
            continue
        # "ranks third at 11%": a rank word between the name and its share is no figure of its own
        after = [
            c for c in ctx.claims_in(at, min(end, at + 40)) if c.id != group.id and c.quantity.kind != QuantityKind.RANK
        ]
        if after and _is_share(after[0]):
            return after[0]
    return None


def _named_shares(ctx: ArticleContext, group: Claim, names: list[str]) -> list[Claim] | None:
    """Each member named with its own share ("Amazon had 29%, Microsoft 20% and Google 13%"), in one sentence
    or, name by name, in the sentences after the group's."""
    index = ctx.sentence_index(group.span[0])
    following = ctx.sentences[index : index + 6]
    for start, end in following:
        shares = [_share_after(ctx, group, name, names, start, end) for name in names]
        if all(shares) and len({c.id for c in shares if c}) == len(shares):
            return [c for c in shares if c]
    spread: list[Claim] = []
    for name in names:
        share = next((c for start, end in following if (c := _share_after(ctx, group, name, names, start, end))), None)
        if share is None:
            return None
        spread.append(share)
    if len({c.id for c in spread}) < len(spread):
        return None
    return spread


def _groups(ctx: ArticleContext) -> Iterator[Relation]:
    for share in ctx.claims:
        if not _is_group_share(share) or is_estimate(ctx, share):
            continue
        words = ctx.text[max(share.sentence_span[0], share.span[0] - 160) : share.span[0]]
        found = _GROUP.search(words)
        if found is None or _EACH.search(found.group(0)):
            continue
        if found.group("names") is None and not _OF_WHOLE.match(ctx.text[share.span[1] : share.span[1] + 40]):
            continue  # "A, B and C hold 58%" with nothing it is a share of
        names = _names(found.group("names") or found.group("held"))
        if len(names) < 2:
            continue
        parts = _respectively(ctx, share, len(names)) or _named_shares(ctx, share, names)
        if parts is None:
            continue
        members = [share, *parts]
        period = periods(members)
        group_words = ctx.text[share.sentence_span[0] : share.sentence_span[1]]
        first, last = min(p.span[0] for p in parts), max(p.span[1] for p in parts)
        part_words = ctx.text[ctx.sentences[ctx.sentence_index(first)][0] : ctx.sentences[ctx.sentence_index(last)][1]]
        said, other = _measures(group_words), _measures(part_words)
        doubts = [f"the members' shares are stated by {', '.join(sorted(other - said))}"] if other - said else []
        if share.quantity.kind == QuantityKind.FRACTION:
            doubts.append(f"{show(share)} is a fraction in words, which news copy rounds loosely")
        if len({p.sentence_span for p in parts}) > 1:
            # each name's figure is only the first one after it: another sentence may give another measure
            doubts.append("the members' shares are stated in different sentences")
        when = {" ".join(m.group(0).lower().split()) for m in _WHEN.finditer(part_words)}
        when -= {" ".join(m.group(0).lower().split()) for m in _WHEN.finditer(group_words)}
        if when:
            doubts.append(f"the members' shares are stated for “{', '.join(sorted(when))}”, which the group's is not")
        offset = share.span[0] - len(words)
        evidence = Evidence(
            tie=Tie.STRUCTURE,
            cues=[
                cue(ctx, (offset + found.start(), offset + found.end()), "a group's combined share"),
                cue(ctx, (first, last), "its members' shares"),
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
