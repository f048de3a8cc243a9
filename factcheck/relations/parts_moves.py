"""A tally and what is added to it: swings, the count still needed, the total brought to.

Three ways news prose adds a step to a figure, each a ``part_whole`` relation
with rule ``sum`` whose parts are named in full (``exhaustive``):

* a swing from a loss to a profit is the loss plus the profit: "a £5.4m rebound
  ..., going from a £1.5m loss to a £2.5m profit" (whole: the swing; parts: the
  loss and the profit). The clause ties all three (a cue);
* the count still needed to reach a mark: "840 tries so far this term ...
  Twelve more are needed to equal the record of 852" (whole: the mark;
  parts: the tally so far and the count needed). The words tie the count to the
  mark; the tally is the figure the text marks as the running one ("so far",
  "to date") in the sentences before, so the evidence is inferred and uncertain
  when more than one could be it;
* revisions and their net: "a net revision of -5,000 ... March's 98,000 was cut
  to 90,000 and April's 60,000 was raised to 63,000" (rule ``net_change``:
  the moves from each first figure to its revision add up to the net);
* a total brought up by more: "her 140th win ... Six further wins ... bringing
  her tally for the year to 146" (whole: the new total; parts: the
  earlier tally and the count added), the earlier tally being the one figure in
  the count's own noun in the sentences before.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.parts import looks_like_year, part_whole
from factcheck.relations.prose import has_break, is_estimate, lead, trail

# swings ---------------------------------------------------------------------------------------

_LOSS = r"(?:(?:pre-?tax|operating|net|underlying|trading|annual)\s+)?loss(?:es)?"
_PROFIT = r"(?:(?:pre-?tax|operating|net|underlying|trading|annual)\s+)?(?:profit|gain|surplus|income)"
_SWING_WORD = re.compile(
    r"\b(?:swing|swung|rebound|turnaround|turn-around|improvement|reversal|recovery|turnround|deterioration)\b", re.I
)


_FROM = re.compile(r"\bfrom\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:(?:loss|profit|gain)\s+of\s+)?[$£€¥₹]?\s*$", re.I)
_FROM = gated(_FROM)  # tried on every figure's window, seldom matching there
_TO = re.compile(r"^\s*(?:[\w-]+\s+){0,2}?to\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:of\s+)?[$£€¥₹]?\s*$", re.IGNORECASE)


def _side(ctx: ArticleContext, claim: Claim, words: str, near: str) -> bool:
    """ "a £2m loss", "a loss of £2m": the figure the words name a loss (or a profit)."""
    return bool(
        re.search(rf"\b{words}\s+of\s+(?:about\s+)?[$£€¥₹]?\s*$", near, re.IGNORECASE)
        or re.match(rf"^\s*{words}\b", trail(ctx, claim, 30), re.IGNORECASE)
    )


def _swings(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        money = [c for c in claims if c.quantity.kind == QuantityKind.MONEY]
        for start, end in pairwise(money):
            before = ctx.text[max(start.sentence_span[0], start.span[0] - 30) : start.span[0]]
            gap = ctx.text[start.span[1] : end.span[0]]
            if not (_FROM.search(before) and _TO.match(gap)):
                continue
            loss_first = _side(ctx, start, _LOSS, before) and _side(ctx, end, _PROFIT, gap)
            profit_first = _side(ctx, start, _PROFIT, before) and _side(ctx, end, _LOSS, gap)
            if not (loss_first or profit_first):
                continue
            swings = [
                c
                for c in money
                if c.id not in (start.id, end.id)
                and (_SWING_WORD.search(trail(ctx, c, 40)) or _SWING_WORD.search(lead(ctx, c, 30)))
                and not has_break(ctx.between(c, start if c.span[0] < start.span[0] else end))
            ]
            if len(swings) != 1:
                continue
            swing = swings[0]
            members = [swing, start, end]
            said = cue(ctx, (start.span[0] - len(before), end.span[1]), "from a loss to a profit")
            evidence = stated_together(ctx, members, [said], levels=members)
            kind = "loss to a profit" if loss_first else "profit to a loss"
            reason = (
                f"{show(swing)} is a swing from a {kind} ({show(start)} to {show(end)}): the two sides of zero add up "
                "to the swing"
            )
            yield part_whole(swing, [start, end], evidence, reason, rule="sum", exhaustive=True, spans=[said.span])


# the count needed to reach a mark -------------------------------------------------------------

_NEEDED = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:more|further|additional|others?)?\s*(?:[\w-]+\s+)?(?:are|is|were|was)?\s*(?:still\s+)?"
    r"(?:needed|required|short|to\s+go|away)\s+(?:to|from|of)\s+(?P<verb>match|equal|reach|tie|hit|break|beat|surpass"
    r"|top|pass)\b[^.;\d]{0,60}?$",
    re.IGNORECASE,
)
_SO_FAR = re.compile(r"\b(?:so\s+far|to\s+date|already|until\s+now|thus\s+far|this\s+season|this\s+year)\b", re.I)
_EARLIER_MARK = re.compile(r"\b(?:last|previous|prior)\s+(?:season|year|record)|\brecord\s+of\s*$", re.IGNORECASE)


def _counts(claim: Claim) -> bool:
    q = claim.quantity
    return q.kind in (QuantityKind.COUNT, QuantityKind.NUMBER) and claim.change is None and not looks_like_year(claim)


def _earlier_tallies(ctx: ArticleContext, anchor: Claim, taken: set[str], marked: re.Pattern[str]) -> list[Claim]:
    index = ctx.sentence_index(anchor.span[0])
    lo = ctx.sentences[max(0, index - 2)][0]
    return [
        c
        for c in ctx.claims_in(lo, anchor.span[0])
        if c.id not in taken
        and _counts(c)
        and not is_estimate(ctx, c)
        and not _EARLIER_MARK.search(lead(ctx, c, 40))
        and not re.search(r"\b(?:average|per)\b", lead(ctx, c, 20) + trail(ctx, c, 12), re.IGNORECASE)
        and marked.search(lead(ctx, c, 25) + " " + trail(ctx, c, 40))
    ]


def _needed(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for count, mark in pairwise(claims):
            if not (_counts(count) and _counts(mark)):
                continue
            words = _NEEDED.match(ctx.text[count.span[1] : mark.span[0]])
            if words is None:
                continue
            tallies = _earlier_tallies(ctx, count, {count.id, mark.id}, _SO_FAR)
            if not tallies:
                continue
            tally = tallies[-1]
            beyond = words.group("verb").lower() in ("break", "beat", "surpass", "top", "pass")
            evidence = Evidence(
                tie=Tie.INFERRED,
                cues=[
                    cue(ctx, (count.span[1], mark.span[0]), "the count still needed to reach a mark"),
                    cue(ctx, tally.span, "the tally so far"),
                ],
                sentences_apart=ctx.sentences_apart(tally, count),
                subject=Agreement.AGREE,
                metric=Agreement.AGREE,
                unit=Agreement.AGREE,
                period=Agreement.AGREE,
                ambiguous=[show(c) for c in tallies[:-1] if c.quantity.value != tally.quantity.value],
                doubts=["“to break” a mark may mean one more than reaching it"] if beyond else [],
            )
            reason = (
                f"{show(count)} more are needed to {words.group('verb').lower()} {show(mark)}; {show(tally)} is the "
                "tally so far, so the two add up to the mark"
            )
            yield part_whole(mark, [tally, count], evidence, reason, rule="sum", exhaustive=True)


# a total brought up by more -------------------------------------------------------------------

_FURTHER = re.compile(r"\b(?:further|more|additional|another|extra)\b", re.IGNORECASE)
_BROUGHT = re.compile(
    r"\b(?:tak(?:ing|es|e)|bring(?:ing|s)?|brought|lift(?:ing|s|ed)?|push(?:ing|es|ed)?|rais(?:ing|es|ed))\s+"
    r"(?:the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:total|tally|count|number)\b[^.;\d]{0,40}?\bto\s+$",
    re.IGNORECASE,
)


def _head(claim: Claim) -> str:
    words = norm_noun(claim.quantity.noun).split()
    return words[-1].rstrip("s") if words else ""


def _brought_up(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for added, total in pairwise(claims):
            if not (_counts(added) and _counts(total)):
                continue
            brought = _BROUGHT.search(ctx.text[added.span[1] : total.span[0]])
            if brought is None or not _FURTHER.search(added.quantity.text + trail(ctx, added, 25)):
                continue
            noun = _head(added)
            if not noun:
                continue
            index = ctx.sentence_index(added.span[0])
            lo = ctx.sentences[max(0, index - 2)][0]
            earlier = [
                c
                for c in ctx.claims_in(lo, added.sentence_span[0])
                if (_counts(c) or c.quantity.kind == QuantityKind.RANK)  # "the 140th win" is a tally of 140
                and not _EARLIER_MARK.search(lead(ctx, c, 40))
                and (_head(c) == noun or re.match(rf"^(?:st|nd|rd|th)?\s+{noun}", ctx.text[c.span[1] : c.span[1] + 30]))
            ]
            if not earlier:
                continue
            base = earlier[-1]
            steps = [
                c
                for c in ctx.claims_in(base.span[1], added.span[0])
                if _counts(c) and _head(c) == noun and _FURTHER.search(c.quantity.text + trail(ctx, c, 25))
            ]
            evidence = Evidence(
                tie=Tie.INFERRED,
                cues=[
                    cue(ctx, (added.span[0], total.span[0]), "more, bringing the total to"),
                    cue(ctx, base.span, "the earlier tally"),
                ],
                sentences_apart=ctx.sentences_apart(base, added),
                subject=Agreement.AGREE,
                metric=Agreement.AGREE,
                unit=Agreement.AGREE,
                period=Agreement.AGREE,
                ambiguous=[show(c) for c in earlier[:-1] if c.quantity.value != base.quantity.value],
                doubts=[f"{show(c)} may also have been added since" for c in steps],
            )
            reason = (
                f"{show(added)} took the total to {show(total)}; {show(base)} is the tally before them, in the same "
                "noun, so the two add up to the total"
            )
            yield part_whole(total, [base, added], evidence, reason, rule="sum", exhaustive=True)


# revisions and their net ----------------------------------------------------------------------

_NET_REVISION = re.compile(
    r"\b(?:net|combined|total)\s+(?:downward\s+|upward\s+)?revisions?\s+(?:of|was|were|came\s+to|amounted\s+to)\s*"
    r"(?:about\s+|some\s+)?[-+−–]?$",
    re.IGNORECASE,
)
_NET_REVISION = gated(_NET_REVISION)  # tried on every figure's window, seldom matching there
# "... combined were 3,000 lower than previously reported", "revisions subtracted 20,000 jobs".
_COMBINED_AFTER = re.compile(
    r"^\s*(?:jobs?\s+)?(?:lower|less|fewer|higher|more)\s+than\s+(?:previously|first|initially)", re.IGNORECASE
)
_COMBINED_LEAD = re.compile(
    r"\b(?:combined|together|revisions?)\b[^.;\d]{0,40}\b(?:were|was|subtracted|added|took\s+away|lowered|raised|cut)"
    r"\s+(?:a\s+(?:combined|net|total)\s+)?(?:of\s+)?$",
    re.IGNORECASE,
)
_COMBINED_LEAD = gated(_COMBINED_LEAD)  # tried on every figure's window, seldom matching there
_DOWN_WORD = re.compile(r"\b(?:lower|less|fewer|subtracted|took\s+away|lowered|cut|down(?:ward)?)\b", re.I)
_UP_WORD = re.compile(r"\b(?:higher|more|added|raised|up(?:ward)?)\b", re.I)
# "a 98,000 gain was revised down to 90,000", "60,000 was finalized at 63,000", "from +157,000 to +148,000".
_REVISED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|had\s+been)\s+(?:revised|finali[sz]ed|corrected|lowered|raised)"
    r"(?:\s+(?:down|up|lower|higher|downward|upward))?\s+(?:to|at)\s+$"
    r"|^\s*(?:,\s*)?to\s+[-+−]?$",
    re.IGNORECASE,
)


_REVISED_TO = re.compile(
    r"\b(?:revised|finali[sz]ed|corrected|lowered|raised)(?:\s+(?:down|up|lower|higher|downward|upward))?\s+(?:to|at)\s+"
    r"[-+−]?$|\b(?:and|while)\s+\w+\s+to\s+[-+−]?$",
    re.IGNORECASE,
)


def _revised_pairs(ctx: ArticleContext, lo: int, hi: int) -> list[tuple[Claim, Claim]]:
    pairs = []
    kinds = (QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.MONEY)
    # A monthly gain is revised as a level: "March's 98,000 payroll gain was revised down to 90,000".
    claims = [c for c in ctx.claims_in(lo, hi) if c.quantity.kind in kinds and not looks_like_year(c)]
    for a, b in pairwise(claims):
        gap = ctx.text[a.span[1] : b.span[0]]
        if re.fullmatch(r"\s*,?\s*from\s+[-+−]?", gap) and _REVISED_TO.search(lead(ctx, a, 50)):
            pairs.append((b, a))  # "March was revised to 200,000 from 215,000"
            continue
        found = _REVISED.match(gap)
        if found is None:
            continue
        if found.group(0).strip().startswith(("to", ",")) and not re.search(
            r"\brevis(?:ed|ion)\b[^.;]{0,40}\bfrom\s+[-+−]?$", lead(ctx, a, 60), re.IGNORECASE
        ):
            continue  # a bare "from X to Y" counts only when the words call it a revision
        pairs.append((a, b))
    return pairs


def _net_revisions(ctx: ArticleContext) -> Iterator[Relation]:
    for net in ctx.claims:
        kinds = (QuantityKind.COUNT, QuantityKind.NUMBER, QuantityKind.MONEY)
        if net.quantity.kind not in kinds or looks_like_year(net):
            continue
        before, after = lead(ctx, net, 80), trail(ctx, net, 50)
        named = _NET_REVISION.search(before) or _COMBINED_LEAD.search(before)
        combined = _COMBINED_AFTER.match(after)
        if combined is not None and not re.search(r"\b(?:combined|together|revisions?)\b", before, re.IGNORECASE):
            combined = None
        if not (named or combined):
            continue
        index = ctx.sentence_index(net.span[0])
        lo = ctx.sentences[max(0, index - 1)][0]
        hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 1)][1]
        pairs = [(a, b) for a, b in _revised_pairs(ctx, lo, hi) if net.id not in (a.id, b.id)]
        if len(pairs) < 2:
            continue
        words = (named.group(0) if named else "") + " " + (combined.group(0) if combined else "")
        fell = net.change is not None and net.change.direction < 0
        down = net.quantity.value < 0 or fell or _DOWN_WORD.search(words)
        sign = -1 if down else 1 if _UP_WORD.search(words) else 0
        said = cue(ctx, (net.span[0] - len(named.group(0)), net.span[0]) if named else net.span, "a net revision")
        evidence = Evidence(
            tie=Tie.STRUCTURE,
            cues=[said, *(cue(ctx, (a.span[0], b.span[1]), "a revision") for a, b in pairs)],
            sentences_apart=max(ctx.sentences_apart(net, c) for pair in pairs for c in pair),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,
        )
        shown = "; ".join(f"{show(a)} to {show(b)}" for a, b in pairs)
        reason = f"{show(net)} is the net of the revisions stated beside it ({shown})"
        members = [Member(role="whole", claim=net.id)]
        for a, b in pairs:
            members += [Member(role="from", claim=a.id), Member(role="to", claim=b.id)]
        yield Relation(
            kind=RelationKind.PART_WHOLE,
            members=members,
            evidence=evidence,
            reason=reason,
            params={"rule": "net_change", "sign": sign},
            spans=[said.span],
        )


@finder("part_moves")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _swings(ctx)
    yield from _needed(ctx)
    yield from _brought_up(ctx)
    yield from _net_revisions(ctx)
