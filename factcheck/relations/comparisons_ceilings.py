"""A ceiling or a band on moves, then the moves it covers: "raised prices by up to 8%: bread by 5%, milk by
7.5%", "mining stocks slid by as much as 6%, with A down 90p at £15.10 and B off 35p at £9.40", "fares rise by
between 3% and 8%, with peak tickets up 7% and season tickets up 4.5%".

The bound is a percentage held by a move word ("falls of", "rise by", "cut ... by") and hedged as a ceiling
("up to", "as much as") or given as a band ("between 3% and 8%"). A colon, a dash or "with" then opens a list,
in the same sentence, whose every item is one move: a percentage, or a move in units with the level it left
the figure at ("down 90p at £15.10"), from which the percentage follows. Each listed move must then lie at or
under the ceiling, or inside the band, in size.

The words tie the bound and its list, so the pairing is stated; but any figure in the list that is not such a
move (a level alone, a share "to 12%", a move the other way) ends the reading: the list may then not be the
moves the bound covers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_family, show
from factcheck.literals import gated
from factcheck.quantity import Hedge, QuantityKind
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together

_DOWN = (
    r"falls?|drops?|declines?|losses|cuts?|reductions?|decreases?|fell|dropped|declined|lost|cut|cutting|reduce"
    r"|reduced|reducing|lower|lowered|lowering|slashed|shed|slid|slipped|sank|tumbled|slumped|eased"
)
_UP = (
    r"rises?|gains?|increases?|hikes?|jumps?|rose|gained|increased|raise|raised|raising|rising|lift|lifted|lifting"
    r"|hike|hiked|jumped|climbed|grew|grow|go\s+up|went\s+up|climb"
)
# The move word, up to three words of its object ("raise its prices by"), then the hedge of a ceiling or a band.
_BOUND_LEAD = re.compile(
    rf"\b(?:(?P<down>{_DOWN})|(?P<up>{_UP}))\b(?:\s+[\w’'-]+){{0,3}}?\s+(?:of|by)\s+"
    r"(?:(?P<ceiling>up\s+to|as\s+much\s+as)|(?P<band>between|from))\s*$",
    re.IGNORECASE,
)
_BOUND_LEAD = gated(_BOUND_LEAD)  # tried on every figure's window, seldom matching there
# From the bound to the list: a few words of its own ("next month", "in early trade"), then what opens a list.
_OPENER = re.compile(r"(?:\s+(?:[a-z]+\s+){0,4}?[a-z]+)?\s*(?::|,?\s+with\b|\s*[—–]|\s--)\s*", re.IGNORECASE)
# Words between two list items: a comma or "and", a name and the item's own words; no figure, no clause break.
_ITEM_GAP = re.compile(r"^[^\d;:.!?]{0,60}$")
_OTHER_CLAUSE = re.compile(r"\b(?:while|whereas|but|although|though|however|after|as|because|compared)\b", re.I)
# A share or a rate reached, not a move: "taking its share to 12%", "at 4%".
_LEVEL_BEFORE = re.compile(r"\b(?:to|at|of|from|reach(?:ed|ing)?|stood|stands)\s*$", re.IGNORECASE)
# A move in units, then the level it left: "down 90p at £15.10", "24p lower at £6.12", "up $2 to $41".
_UNITS_TO_LEVEL = re.compile(r"^\s*(?:(?:higher|lower|down|up|off)\s+)?(?:at|to)\s+$", re.IGNORECASE)
_ITEM_DOWN = re.compile(
    r"\b(?:down|off|lower|fell|falling|dropped|lost|losing|shed|slipped|slid|declined|eased)\b", re.I
)
_ITEM_UP = re.compile(r"\b(?:up|higher|rose|rising|gained|added|adding|climbed|jumped|advanced)\b", re.I)


@finder("comparisons_ceilings")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for bound in ctx.claims:
        if bound.quantity.kind != QuantityKind.PERCENT:
            continue
        start, end = ctx.sentences[ctx.sentence_index(bound.span[0])]
        lead = _BOUND_LEAD.search(ctx.text, max(start, bound.span[0] - 70), bound.span[0])
        if lead is None:
            continue
        band = bound.quantity.ends is not None
        if band != bool(lead.group("band")) or (not band and bound.quantity.hedge != Hedge.UP_TO):
            continue
        opener = _OPENER.match(ctx.text, bound.span[1], end)
        if opener is None:
            continue
        sign = -1 if lead.group("down") else 1
        items = _items(ctx, ctx.claims_in(opener.end(), end), opener.end(), sign)
        if items is None or len(items) < 2:
            continue
        members = [Member(role="figure", claim=bound.id)]
        for item in items:
            if len(item) == 1:
                members.append(Member(role="reference", claim=item[0].id))
            else:
                members += [Member(role="delta", claim=item[0].id), Member(role="level", claim=item[1].id)]
        listed = [c for item in items for c in item]
        word = " ".join(ctx.text[lead.start() : lead.end()].split())
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=members,
            evidence=stated_together(
                ctx,
                [bound, *listed],
                [cue(ctx, lead.span(), "a bound on moves"), cue(ctx, opener.span(), "the moves it covers")],
                levels=[bound],
                unit=Agreement.AGREE,  # every item is read as a percentage move, like the bound
                period=Agreement.AGREE,
            ),
            reason=f"“{word} {show(bound)}” bounds the moves listed after it: "
            + ", ".join(" at ".join(show(c) for c in item) for item in items),
            params={"op": "bound", "word": f"{word} {bound.quantity.text}", "direction": sign},
            spans=[lead.span()],
        )


def _items(ctx: ArticleContext, listed: list[Claim], start: int, sign: int) -> list[tuple[Claim, ...]] | None:
    """The list's moves, each a percentage or a move in units with its level; None when anything else is there."""
    items: list[tuple[Claim, ...]] = []
    i, previous = 0, start
    while i < len(listed):
        claim = listed[i]
        gap = ctx.text[previous : claim.span[0]]
        if not _ITEM_GAP.match(gap) or _OTHER_CLAUSE.search(gap) or (items and not re.search(r",|\band\b", gap)):
            return None
        nxt = listed[i + 1] if i + 1 < len(listed) else None
        words = ctx.text[max(previous, claim.span[0] - 30) : claim.span[0]]
        if claim.quantity.kind == QuantityKind.PERCENT and claim.quantity.ends is None:
            if _LEVEL_BEFORE.search(gap):
                return None
            item: tuple[Claim, ...] = (claim,)
            after = ""
        elif (
            claim.quantity.kind != QuantityKind.PERCENT
            and nxt is not None
            and same_family(claim, nxt)
            and _UNITS_TO_LEVEL.match(ctx.text[claim.span[1] : nxt.span[0]])
        ):
            item = (claim, nxt)
            after = ctx.text[claim.span[1] : nxt.span[0]]
        else:
            return None
        said = _ITEM_DOWN.search(words + " " + after), _ITEM_UP.search(words + " " + after)
        if said[0 if sign > 0 else 1]:
            return None  # a move the other way: the list is not only the moves the bound covers
        if len(item) == 2 and not said[0 if sign < 0 else 1]:
            return None  # a move in units with no word for its way: its start is not known
        items.append(item)
        previous = item[-1].span[1]
        i += len(item)
    return items
