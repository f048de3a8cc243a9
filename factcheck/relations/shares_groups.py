"""Grouping shares into wholes: one sentence's list, then neighbouring sentences that add to it.

See :mod:`.shares` for how the evidence of each group is decided.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_family, show
from factcheck.relation import Agreement, Cue, Evidence, Tie
from factcheck.relations.shares_chains import one_breakdown, one_tally, remainder
from factcheck.relations.shares_holders import same_holder
from factcheck.relations.shares_lists import line_lists, poll_answers
from factcheck.relations.shares_makeup import makeups
from factcheck.relations.shares_reading import item_piece, read_sentence, sentences
from factcheck.relations.shares_words import RACE, RANKING, Group, Reading, Share

# grouping ------------------------------------------------------------------------------


def _fits(a: Share, b: Share) -> bool:
    """Could ``a`` and ``b`` be parts of one whole (holders aside)?"""
    if not a.whole.fits(b.whole):
        return False
    if a.scope and b.scope and a.scope != b.scope:
        return False
    if a.period and b.period and not a.period.fits(b.period):
        return False
    return a.forecast == b.forecast


def _clash(share: Share, members: Sequence[Share]) -> Share | None:
    """A member held by the same player: a repeat of the figure, or a figure of another whole."""
    for other in members:
        if share.holder and other.holder and (share.holder == other.holder or same_holder(share.holder, other.holder)):
            return other
    return None


def _restated(share: Share, members: Sequence[Share]) -> bool:
    """The same printed share in another sentence, under another name: likely the same player's figure again."""
    return any(
        other.sentence != share.sentence and other.claim.quantity.text.strip() == share.claim.quantity.text.strip()
        for other in members
    )


def _overlap(a: Claim, b: Claim) -> bool:
    lo_a, hi_a = a.quantity.lower, a.quantity.upper
    lo_b, hi_b = b.quantity.lower, b.quantity.upper
    va, vb = a.quantity.value, b.quantity.value
    lo_a = va if lo_a is None else lo_a
    hi_a = va if hi_a is None else hi_a
    lo_b = vb if lo_b is None else lo_b
    hi_b = vb if hi_b is None else hi_b
    return lo_a <= hi_b and lo_b <= hi_a


def _races(ctx: ArticleContext, share: Share) -> frozenset[str]:
    """ "won the mayoral race with 52%": the race a vote share is of, when its own clause names one."""
    text = item_piece(ctx, share.item_start, share.claim) + ctx.text[share.claim.span[1] : share.claim.span[1] + 40]
    return frozenset(m.group(0).lower() for m in RACE.finditer(text))


def _split_sentence(ctx: ArticleContext, shares: list[Share]) -> list[list[Share]]:
    """The shares of one sentence, as lists of one whole each."""
    raced = [s for s in shares if s.whole.family in ("vote", "") and _races(ctx, s)]
    if len({_races(ctx, s) for s in raced}) > 1:
        # "Roe won the mayoral race with 52%, while Doe won the council seat with 61%": two races
        return [[s] for s in shares]
    groups: list[list[Share]] = []
    for share in shares:
        home = None
        for group in groups:
            if all(_fits(share, other) for other in group):
                clash = _clash(share, group)
                if clash is not None and _overlap(clash.claim, share.claim):
                    home = []  # the same figure said twice: counted once
                    break
                if clash is None:
                    home = group
                    break
        if home is None:
            groups.append([share])
        elif home is not None and home != []:
            home.append(share)
    return groups


def _sections(ctx: ArticleContext) -> list[int]:
    """Offsets where a heading or a list intro starts a new part of the article."""
    starts = [0]
    offset = 0
    for line in ctx.text.split("\n"):
        stripped = line.strip()
        words = stripped.split()
        has_figure = bool(ctx.claims_in(offset, offset + len(line)))
        if stripped and (
            (len(words) <= 12 and not re.search(r"[.!?\"”’)\]]$", stripped) and not has_figure)
            or stripped.endswith(":")
        ):
            starts.append(offset + (len(line) + 1 if stripped.endswith(":") else 0))
        offset += len(line) + 1
    return sorted(set(starts))


def _section_of(starts: list[int], offset: int) -> int:
    return bisect.bisect_right(starts, offset) - 1  # ``starts`` is sorted


def reading(ctx: ArticleContext) -> Reading:
    """Every share and every group of shares of one whole: structures first, then what neighbours add."""
    return ctx.memo("shares", lambda: _read(ctx))


def groups(ctx: ArticleContext) -> list[Group]:
    return reading(ctx).groups


def _read(ctx: ArticleContext) -> Reading:
    structures: list[Group] = []
    every: list[Share] = []
    listed: set[str] = set()
    for shares, intro in line_lists(ctx):
        every.extend(shares)
        listed.update(s.claim.id for s in shares)
        exhaustive = any(s.rest for s in shares)
        heading = re.split(r"(?<=[.!?])\s+", intro)[-1]
        ranked = bool(RANKING.search(heading))
        heading = heading if len(heading) <= 90 else heading[:89] + "…"
        structures.append(
            Group(
                shares,
                Tie.STRUCTURE,
                doubts=_rates_listed(ctx, shares[0].item_start or 0, intro),
                exhaustive=exhaustive,
                how=f"one list under “{heading}”",
                ranked=ranked,
            )
        )
    sentence_groups: list[list[Share]] = []
    for span, claims in sentences(ctx).items():
        claims = [c for c in claims if c.id not in listed]
        if not claims:
            continue
        structures.extend(makeups(ctx, claims))
        answered = poll_answers(ctx, claims)
        for answers in answered:
            structures.append(Group(answers, Tie.STRUCTURE, how="one sentence gives the answers to one poll question"))
        if answered:
            continue
        shares = read_sentence(ctx, claims, span)
        every.extend(shares)
        for part in _split_sentence(ctx, shares):
            sentence_groups.append(part)
            if len(part) >= 2:
                structures.append(_structure(part))
    return Reading(every, structures + _merge(ctx, sentence_groups))


# "The youth jobless rate was 21.4% ... The regions: - Calby 18.4%": a list of each
# item's own rate reads like a list of shares; the rate named just before it says the lines need not add up.
_RATE_WORD = re.compile(
    r"\b(?:(?:jobless|unemployment|inflation|interest|vacancy|occupancy|turnout|pass|participation|mortality|death"
    r"|birth|crime|poverty|tax)\s+rates?|rates?\s+of\s+\w+|turnout|yields?)\b",
    re.IGNORECASE,
)
_SHARE_WORD = re.compile(r"\bshares?\b|\bof\s+(?:the\s+)?(?:total|votes?)\b", re.IGNORECASE)


def _rates_listed(ctx: ArticleContext, start: int, intro: str) -> list[str]:
    """A doubt when the words just before a line list name a rate, and the intro speaks of no share."""
    before = ctx.text[max(0, start - 300) : start]
    rate = _RATE_WORD.search(before)
    if rate is None or _SHARE_WORD.search(intro):
        return []
    return [f"the lines may each give an item's own rate (“{rate.group(0)}” is said just before), not parts of a whole"]


def _structure(part: list[Share]) -> Group:
    unnamed = [s for s in part if not s.holder]
    loose = f"who holds {', '.join(show(s.claim) for s in unnamed)} is not said" if unnamed else ""
    exhaustive = any(s.rest for s in part)
    return Group(part, Tie.STRUCTURE, exhaustive=exhaustive, how="one sentence lists them", loose=loose)


def _merge(ctx: ArticleContext, parts: list[list[Share]]) -> list[Group]:
    """Sentence lists of one section that fit one whole, chained while they keep fitting."""
    sections = _sections(ctx)
    chains: list[list[list[Share]]] = []
    ambiguous: dict[int, list[str]] = {}
    # With the lists in sentence order, a chain left more than three sentences behind can never be joined again:
    # it is dropped from the ones looked at, so a long article is not read against every chain before it.
    in_order = all(a[0].sentence <= b[0].sentence for a, b in itertools.pairwise(parts))
    live: list[int] = []
    for part in parts:
        first = part[0]
        section = _section_of(sections, first.claim.span[0])
        open_chains = []
        if in_order:
            live = [i for i in live if first.sentence - chains[i][-1][-1].sentence <= 3]
        for index in live if in_order else range(len(chains)):
            chain = chains[index]
            last = chain[-1][-1]
            if _section_of(sections, last.claim.span[0]) != section or first.sentence - last.sentence > 3:
                continue
            members = [s for p in chain for s in p]
            if first.sentence == last.sentence:
                continue  # two lists of one sentence were split for a reason
            if not all(_fits(s, m) for s in part for m in members):
                continue
            if any(_clash(s, members) is not None for s in part):
                continue
            if any(_restated(s, members) for s in part):
                continue  # "AWS leads at 29%" and then "Amazon leads with 29%": one figure under two names
            if any(remainder(m) for m in members):
                continue  # the rest of the field is counted: a player named after it is of another whole
            open_chains.append(index)
        if not open_chains:
            live.append(len(chains))
            chains.append([part])
            continue
        target = open_chains[-1]
        if len(open_chains) > 1:
            ambiguous.setdefault(target, []).append(
                f"{show(first.claim)} could also belong to "
                + ", ".join(show(chains[i][0][0].claim) + "'s whole" for i in open_chains[:-1])
            )
        chains[target].append(part)
    result = []
    for index, chain in enumerate(chains):
        if len(chain) < 2:
            continue
        result.extend(_chain_groups(ctx, chain, ambiguous.get(index, [])))
    return result


def _chain_groups(ctx: ArticleContext, chain: list[list[Share]], ambiguous: list[str]) -> list[Group]:
    """The chain as a whole (with its doubts) and, when some members are in doubt, its certain core."""
    members = [s for part in chain for s in part]
    core_doubts: list[str] = []
    families = {s.whole.family for s in members} - {""}
    tally = one_tally(ctx, chain)
    breakdown = one_breakdown(ctx, chain)
    if families - {"market"}:
        family = ", ".join(sorted(families - {"market"}))
        if "vote" in families and not tally:
            core_doubts.append("vote shares in different sentences may come from different races or polls")
        if families - {"market", "vote"} and not breakdown:
            core_doubts.append(
                f"shares of {family} in different sentences may cut the total along different lines"
                " (segments, regions, products)"
            )
    if not families:
        core_doubts.append("no sentence says what these are shares of")
    # A breakdown of a total names categories, and a race's tally may end with the rest of the field.
    loose = [s for s in members if not (s.holder and (s.named or breakdown or (tally and remainder(s))))]
    loose_words = ""
    if loose:
        loose_words = (
            "the text does not name a player for "
            + ", ".join(f"{show(s.claim)}" + (f" ({s.holder})" if s.holder else "") for s in loose)
            + ", so it may be a category of another breakdown"
        )
    how = f"shares of one {whole_words(members)} stated in {len(chain)} neighbouring sentences"
    found = [Group(members, Tie.INFERRED, doubts=core_doubts, ambiguous=list(ambiguous), how=how, loose=loose_words)]
    core = [s for s in members if s.holder and s.named]
    core_sentences = {s.sentence for s in core}
    if loose and len(core) >= 2 and len(core_sentences) >= 2 and not core_doubts:
        found.append(Group(core, Tie.INFERRED, ambiguous=list(ambiguous), how=how))
    return found


def whole_words(shares: Sequence[Share]) -> str:
    words: set[str] = set()
    for s in shares:
        words |= s.whole.words
    family = next((s.whole.family for s in shares if s.whole.family), "")
    nouns = {"market": "market", "vote": "vote", "revenue": "total", "answers": "poll question", "group": "group"}
    noun = nouns.get(family, "whole")
    return " ".join([*sorted(words), noun]) if words else noun


# relations -----------------------------------------------------------------------------


def evidence(ctx: ArticleContext, group: Group, cues: list[Cue] | None = None) -> Evidence:
    claims = [s.claim for s in group.shares]
    periods = {s.period for s in group.shares}
    dated = all(p is not None and p.year is not None for p in periods) and len(periods) == 1
    return Evidence(
        tie=group.tie,
        cues=cues if cues is not None else [s.cue for s in group.shares if s.cue is not None],
        sentences_apart=max(s.sentence for s in group.shares) - min(s.sentence for s in group.shares),
        # For shares the subject is the whole they split (the players differ by design): they agree on it,
        # or they were not put together.
        subject=Agreement.AGREE,
        metric=Agreement.AGREE if len({s.whole.family for s in group.shares} - {""}) <= 1 else Agreement.UNKNOWN,
        unit=Agreement.AGREE if all(same_family(claims[0], c) for c in claims[1:]) else Agreement.UNKNOWN,
        period=Agreement.AGREE if dated else Agreement.UNKNOWN,
        ambiguous=list(group.ambiguous),
        doubts=[*group.doubts, *([group.loose] if group.loose else [])],
    )
