"""Stated ranks against the figures they rank: "No. 4", "second place", "the leader", "the world's biggest".

Shapes (this module; orders the words state between figures are :mod:`.ranks_orders`, orders stated apart from
their figures :mod:`.ranks_apart`, results of races :mod:`.ranks_votes`):

* a stated rank bound to its own figure in one clause ("Alibaba ranks No. 4 ...,
  winning 4 percent share", "Pell held on to its place as the second-largest
  vendor ... to claim 12.5% of the market", "Lenovo widened its lead as the top
  supplier, grabbing an 18.9 percent market share"), set against the other
  figures of the same whole (its peers): roles ``ranked`` and ``peer``, params
  ``rank``, ``peer_ranks`` (peers with a stated rank of their own), ``above``
  (players the rank's sentence ranks higher without a figure) and ``shares``
  (the ranked figure is a share of a market or a vote, so the players above it
  must fit in 100%);
* a rank whose sentence gives no figure, bound to its player's figure in the
  next sentence with figures ("second-place Rook ... Rook's market value was
  $880 billion"), when that figure measures what the rank is by;
* two players ranked in neighbouring sentences, each with its figure ("the
  world's most valuable company, worth $3.4 trillion. Rook, the second most
  valuable, is worth $3.1 trillion"): role ``item``, higher rank first.

Ranks read: ordinals with place words, "No. 3", "the leader", "led with", "X's
lead", superlatives of a player ("the world's biggest automaker", "the most
valuable U.S. company", never "one of the largest"), and "lost its title of the
world's largest brewer to Rook" (the rank is the taker's). The player
of a rank is the one named beside it; after "overtook Apple, making it the
third-largest" or "making it the second-largest" it is the sentence's subject.

How the evidence is decided: the rank and its figure are tied by the words of
one clause (a cue), and the player named with the rank must be the figure's
("Toshiba, which held fourth" does not take Lenovo's 9 percent before it; "the
second-largest behind Rook, which shipped 55 million" does not take Rook's, nor does "Orlen's 46% share is the
second largest, surpassed only by Rook, with 49%": a rank predicated of its subject takes the subject's figure
before it, and a figure brought in after "surpassed by / behind / second only to <Name>" is the rival's; "Vans,
among which Quill is the biggest maker, took 12%" gives the 12% to the vans). A
superlative binds only to a figure of the measure it is by ("the most valuable
company, with revenue of $90 billion" binds nothing); a rank by a measure the
words do not name ("the largest automaker") is in doubt unless its figures are
shares. Across sentences the pairing is inferred from the player's name, only
forward to the next sentence with figures, and never for a rank its sentence
dates to other times ("every year since 2012") or to another year or quarter
than the figure. For shares, the peers are the other players of the figure's
whole as :mod:`.shares` groups them (a structure when they share its sentence,
inferred when neighbouring sentences add them, with that grouping's doubts);
peers held by a named player make one relation, and when the whole also holds
figures of unnamed holders, all of them make a second, uncertain one. A figure
of the rest ("others", "vendors outside the top five") is no rival in the
ranking, and neither is a figure of another period than the ranked one: one told as the earlier end of a
comparison ("down from a year before, when it held 35%"; a rival's figure after "compared to" is of the same
time) or dated to another year or quarter. For other figures (units sold, market values), peers come only from
the figure's own sentence: across sentences a total or a figure of another
measure looks the same.
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.extraction.keywords import folded, words_in
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.prose import has_break, is_prior_by_date, starts_from
from factcheck.relations.ranks_figures import (
    CHAIN_BREAK,
    FOLLOWED,
    Figure,
    all_sentences,
    dates_of,
    figure_measure,
    figures_of,
    measures_fit,
    rank_evidence,
    ranking_measure,
    rival_unit,
    same_time,
)
from factcheck.relations.shares_groups import reading
from factcheck.relations.shares_holders import names_in, nested_holder, read_holder, same_holder
from factcheck.relations.shares_reading import sentences
from factcheck.relations.shares_words import NOT_NAME, Reading

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6, "7th": 7, "8th": 8,
    "9th": 9, "10th": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
}  # fmt: skip
_ORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|1st|2nd|3rd|[4-9]th|10th)"
# What a player is called when it is ranked: "the world's biggest automaker", "the leading smartphone vendor".
_PLAYER = (
    r"(?:company|companies|automaker|carmaker|maker|manufacturer|vendor|seller|supplier|brand|player|chipmaker|bank"
    r"|lender|retailer|airline|carrier|firm|producer|exporter|importer|economy|operator|provider|shipper|developer"
    r"|publisher|network|platform|browser|exchange|miner|refiner|insurer|group)"
)
_NOT_A_STANDING = (
    r"(?![\s-]+(?:time|times|quarter|quarters|half|month|months|year|years|week|weeks|day|days|consecutive|straight"
    r"|successive|in\s+a\s+row|round|phase|wave|stage|fall|rise|decline|gain|loss|increase|drop|annual|quarterly)\b)"
)
_RANK = re.compile(
    rf"\b(?P<a>{_ORD})[\s-]+(?:place|spot|position|largest|biggest|ranked|in\s+the\s+rankings?|highest|most\s+popular"
    rf"|most\s+valuable"
    rf"|best[\s-]selling)\b"
    rf"|\b(?:ranks?|ranked|ranking|came|comes|come|coming|finished|finishes|placed|places|held|holds|holding|sits|sat"
    rf"|took|takes|taking|finishing|clinched|claimed|secured|grabbed"
    rf"|stood|stands|remains?|remained|trailing\s+at|trails\s+at|slipped\s+to|fell\s+to|rose\s+to|moved\s+up\s+to"
    rf"|moved\s+down\s+to|climbed\s+to|dropped\s+to|is|was)\s+(?:in\s+|at\s+)?(?P<b>{_ORD}){_NOT_A_STANDING}\b"
    rf"|\bNo\.\s?(?P<n>\d{{1,2}})\b|\bnumber\s+(?P<w>one|two|three|four|five)\b(?!\s+of)"
    rf"|(?P<lead>\bthe\s+(?:[\w-]+\s+){{0,2}}?leader\b(?!s)|\bleads\s+(?:with|at|the)\b|\bled\s+(?:with|at)\b"
    rf"|\b(?:took|takes|taking|has|had|holds|held|maintained|maintains|kept|keeps|retained|retains|widened|widens"
    rf"|extended|extends|regained|reclaimed|stretched|stretches)\s+(?:its|the|a|[A-Z][\w&.-]*['’]s)\s+(?:\w+\s+)?lead\b"
    rf"(?!\s+(?:over|of|to|by|in)\b)"
    rf"|\bin\s+the\s+lead\b|\bthe\s+top\s+(?:spot|position|supplier|vendor|seller|player|brand|maker|provider"
    rf"|company|carrier|airline)\b|\btop[\s-]selling\b|\bfirst\s+place\b|\bstill\s+king\b)"
    rf"|(?P<sup>(?<!one\sof\s)(?<!among\s)\bthe\s+(?:(?:world|nation|country|industry|region|continent|[A-Z][\w.-]*)['’]s\s+)?"
    rf"(?:single\s+)?(?:largest|biggest|most\s+valuable|leading|No\.\s?1|number[\s-]one)\s+(?:[\w.-]+\s+){{0,3}}?"
    rf"{_PLAYER}\b)",
    re.I,
)
# Words between two figures of one sentence that state their order: (pattern, which comes first: "a" or "b").

# Every reading of _RANK holds one of these as a whole run of letters (an ordinal, "1st" read as "st", "No.",
# "number", "lead", "top", "largest", ...): a sentence with none of them is not scanned (keywords.words_in).
_RANK_WORDS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "st", "nd", "rd",
     "th", "no", "number", "leader", "leads", "led", "lead", "top", "still", "king", "largest", "biggest", "most",
     "leading"}
)  # fmt: skip

# The last sentence read for ranks and its matches: the standings and the ranking words of a sentence read it in
# turn, and the pattern is long. Keyed by identity, the text held, so a new string is never taken for the old one.
_last_ranks: tuple[str, list[re.Match[str]]] = ("", [])


def _rank_matches(text: str) -> list[re.Match[str]]:
    global _last_ranks
    last = _last_ranks
    if last[0] is text:
        return last[1]
    found = list(_RANK.finditer(text)) if not _RANK_WORDS.isdisjoint(words_in(text)) else []
    _last_ranks = (text, found)
    return found


# The same words found in the whole folded text at once (a word is a run of letters, so none may touch it): the
# sentences without any are passed over without slicing or folding each of them, most of a long text.
_RANK_WORD = re.compile(rf"(?<![a-z])(?:{'|'.join(sorted(_RANK_WORDS))})(?![a-z])")


def _may_rank(ctx: ArticleContext) -> Callable[[tuple[int, int]], bool]:
    """Whether a sentence holds one of the rank words, asked of positions found in one scan of the text."""
    low = folded(ctx.text)
    if len(low) != len(ctx.text):
        return lambda span: True  # lower case changed a length: positions in it are not the text's
    starts = [m.start() for m in _RANK_WORD.finditer(low)]
    return lambda span: bisect.bisect_left(starts, span[0]) < bisect.bisect_left(starts, span[1])


@dataclass(frozen=True)
class Standing:
    rank: int
    span: tuple[int, int]
    word: str
    holder: str | None
    measure: str | None = None  # what the sentence ranks by: "value" for "the most valuable", "units" for "by sales"
    superlative: bool = False  # "the world's biggest automaker": binds only to a figure of the measure it is by


# "lost its crown as the world's largest brewer to Rook": the rank now belongs to the one named after "to".
_LOST = re.compile(
    r"\b(?:lost|loses|losing|lose|ceded|cedes|ceding|surrendered|relinquished|gave\s+up|handed\s+over)\s+(?:its|their|his"
    r"|her|the)\s+(?:\w+\s+)?(?:title|crown|spot|position|place|status|ranking|mantle|throne)\s+(?:as|of)\s+$",
    re.I,
)
_OVERTAKE = re.compile(
    r"\b(?:overt(?:ook|aken|aking|akes|ake)|surpass(?:ed|es|ing)?|dethron(?:ed|es|ing|e)|unseat(?:ed|s|ing)?"
    r"|displac(?:ed|es|ing|e)|leapfrog(?:ged|s|ging)?|edg(?:ed|es|ing)\s+(?:out|past)|outsold|outsells?|outpac(?:ed|es|ing))\b",
    re.I,
)
# Words right before a rank that put it in the past of its holder: "who once was", "formerly", "used to be".
_FORMER = re.compile(
    r"\b(?:once(?:\s+(?:was|were|been))?|formerly|previously|used\s+to\s+be|had\s+(?:once\s+)?been|until\s+recently"
    r"|no\s+longer)\s+(?:the\s+)?$",
    re.I,
)
# A rank the sentence dates to other times than its figures: "the largest carmaker every year since 2012".
_HISTORY = re.compile(
    r"\b(?:since|until|every\s+year|for\s+(?:\w+\s+)?(?:years|decades)|previously|formerly|used\s+to|had\s+been"
    r"|in\s+the\s+past|historically|once\s+(?:was|were|again))\b",
    re.I,
)


def _standings(ctx: ArticleContext, span: tuple[int, int]) -> list[Standing]:
    """The ranks a sentence states, each with the player named beside it."""
    text = ctx.text[span[0] : span[1]]
    measure = ranking_measure(" ".join(_ranking_words(text)))
    found = []
    for match in _rank_matches(text):
        start, end = span[0] + match.start(), span[0] + match.end()
        if match.group("lead") or match.group("sup"):
            rank = 1
        elif match.group("n"):
            rank = int(match.group("n"))
        else:
            word = (match.group("a") or match.group("b") or match.group("w") or "").lower()
            rank = _ORDINALS.get(word, 0)
        if not 1 <= rank <= 50:
            continue
        if re.match(r"\s*to\s+last\b", ctx.text[end : end + 12]):
            continue  # "second to last" needs the length of the list
        if _FORMER.search(ctx.text[max(span[0], start - 40) : start]):
            continue  # "Samsung, which once was the leader, is now second": a rank it held, not its rank now
        holder = _rank_holder(ctx, span, start, end)
        own = re.search(r"([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})['’]s\s+(?:\w+\s+)?lead\b", match.group(0))
        if own:
            holder = own.group(1)  # "stretched Brandt's lead": the lead is Brandt's
        if _LOST.search(ctx.text[span[0] : start]):
            taker = re.match(r"^\s*(?:[\w’'.-]+\s+){0,5}?to\s+(?:the\s+)?([A-Z].*)$", ctx.text[end : span[1]])
            names = names_in(taker.group(1)) if taker else []
            if not names or names[0][2] > 0:
                continue  # the one that lost the rank holds it no more; who holds it now is not said
            holder = names[0][0]
        word = " ".join(match.group(0).split())
        found.append(Standing(rank, (start, end), word, holder, measure, bool(match.group("sup"))))
    return found


# What a ranking is said to be by: "by sales", "in terms of revenue", "based on its 2016 sales figures".
_BY = re.compile(r"^[\s,]*(?:by|in\s+terms\s+of)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,3}", re.I)
_BASIS = re.compile(
    r"\b(?:[\w-]+\s+){1,2}(?:figures|data|numbers|results|tallies|rankings|estimates)\b|\b(?:based\s+on|measured\s+by"
    r"|on\s+the\s+strength\s+of)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+){0,2}[\w-]+",
    re.I,
)
_BASIS = gated(_BASIS)  # tried on every figure's window, seldom matching there


def _ranking_words(text: str) -> list[str]:
    """The words of a sentence that say what its ranks are by: the rank phrases themselves ("the most valuable
    company", "the largest automaker by sales") and what the ranking rests on ("its 2016 sales figures"); not the
    words of the figures ("the largest carrier, would report revenue of $12 billion" is not ranked by revenue)."""
    found = []
    for match in _rank_matches(text):
        by = _BY.match(text[match.end() :])
        found.append(match.group(0) + (" " + by.group(0) if by else ""))
    found.extend(m.group(0) for m in _BASIS.finditer(text))
    return found


def _rank_holder(ctx: ArticleContext, sentence: tuple[int, int], start: int, end: int) -> str | None:
    """ "Pell held on to its place as the second-largest", "In third place is Quill", "second-place Rook"."""
    before = ctx.text[sentence[0] : start]
    overtake = list(_OVERTAKE.finditer(before))
    after_verb = before[overtake[-1].end() :] if overtake else ""
    if (
        overtake
        and not re.search(r";|\bwhile\b|\bwhereas\b|\bbut\b", after_verb, re.I)
        and len(names_in(after_verb)) <= 1
    ):
        # "Quill has overtaken Rook, making it the third-largest": the rank is the one that overtook
        subject = before[: overtake[-1].start()]
        for name, _, at in names_in(subject, opens=True):
            if not _AFTER_PREPOSITION.search(subject[:at]):
                return name
        return None
    if re.search(r"\b(?:making|makes|made|make)\s+it\s+(?:the\s+)?$|\bit\s+(?:is|was|became|becomes|remains|remained)"
                 r"\s+(?:now\s+|still\s+)?(?:the\s+)?$", before, re.I):  # fmt: skip
        # "Quill shipped 60 million phones, making it the second-largest": "it" is the sentence's subject
        subjects = [n for n, _, at in names_in(before, opens=True) if not _AFTER_PREPOSITION.search(before[:at])]
        return subjects[0] if subjects else None
    appositive = re.search(r"(?<![\w’'&.-])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})\s*,\s*(?:the\s+|its\s+)?$", before)
    if (
        appositive
        and not before[: appositive.start()].strip()
        and appositive.group(1).split()[0].lower() not in NOT_NAME
    ):
        return appositive.group(1)  # "Rook, the second most valuable, ...": the name the rank is set beside
    cuts = [
        m.end()
        for m in re.finditer(r",|;|\bwhile\b|\bwhereas\b|\bbut\b|\bfollowed\s+by\b|\band\b|%|\d\b", before, re.I)
    ]
    cut = max(cuts, default=0)
    holder, named = read_holder(before[cut:], opens=cut == 0)
    if holder and named:
        return holder
    after = ctx.text[end : sentence[1]]
    stop = re.search(r",|;|\bwith\b|\bat\b|\bwhere\b|\bwhile\b|\d", after)
    after = after[: stop.start()] if stop else after
    if re.search(r"\b(?:behind|after|ahead|than|to|over|from)\b", after, re.I):
        return None  # "ranking second behind Norvik": the name after is the rival, not the ranked
    found = names_in(after)
    return found[0][0] if found else None


_RIVALS_FIGURE = re.compile(
    r"\b(?:after|behind|than|trailing|ahead\s+of)\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}\s?(?:['’]s?)?\s*"
    r"(?:\(\s*)?(?:at|on|of)?\s*(?:about\s+|around\s+|nearly\s+)?$"
)


_RIVAL_NAMED = re.compile(
    r"\b(?:after|behind|than|trailing|ahead\s+of|over|(?:second|next)\s+(?:only\s+)?to"
    r"|(?:surpassed|exceeded|topped|bettered|beaten|outranked|outstripped|eclipsed|trailed|overtaken)\s+(?:only\s+)?by)"
    r"\s+(?:the\s+)?[A-Z]"
)
# "Orlen's 46% share is the second largest": the rank is predicated of the subject before it, whose figure
# stands in the subject's own words ("<figure> share is the", "with 46%, is the"), not of a figure told after it.
_PREDICATED = re.compile(
    r"^\s*(?:[\w-]+\s+){0,3}?(?:is|was|remains|remained|ranks|ranked|stands|stood)\s+(?:now\s+|still\s+)?(?:the\s+)?$",
    re.I,
)
_AFTER_PREPOSITION = re.compile(r"\b(?:by|to|from|than|of|over|behind|after|in|at|for)\s+(?:the\s+)?$", re.I)
_LEAD_BY = re.compile(
    r"\blead\b(?:(?!\bshares?\b)[^;,]){0,80}?\b(?:to|of|by)\s+"
    r"(?:(?:about|around|almost|nearly|roughly|more|less|than|well|over|under|just|some)\s+)*$",
    re.I,
)


# A rank told inside a relative clause about the whole it ranks in ("Vans, among which Quill is the biggest maker,
# took 12%"): the clause shuts with a comma, and what follows is said of the head before it.
_IN_WHICH = re.compile(r",\s*(?:(?:in|of|among|within|across)\s+which|where|whose)\b[^,;()]*$", re.IGNORECASE)
_CLAUSE_SHUT = re.compile(r"^[^,;()]{0,40},")


def _bind(ctx: ArticleContext, standing: Standing, figures: list[Figure]) -> Figure | None:
    """The figure a stated rank is about: the first one after it in its clause, else its player's one before."""
    for figure in figures:
        if figure.claim.span[0] < standing.span[1]:
            continue
        gap = ctx.text[standing.span[1] : figure.claim.span[0]]
        if _LEAD_BY.search(ctx.text[max(figure.claim.sentence_span[0], standing.span[0] - 80) : figure.claim.span[0]]):
            break  # "stretched its lead ... to more than $100 billion": the lead's size, not its level
        if FOLLOWED.search(gap) or CHAIN_BREAK.search(gap) or _RIVALS_FIGURE.search(gap):
            break  # "third place ... after HP's 22%": the figure that follows is the rival's
        if _IN_WHICH.search(ctx.text[figure.claim.sentence_span[0] : standing.span[0]]) and _CLAUSE_SHUT.match(gap):
            break  # "Vans, among which Quill is the biggest maker, took 12%": the figure is the whole's, not the rank's
        own = standing.holder and figure.holder and same_holder(standing.holder, figure.holder)
        if _RIVAL_NAMED.search(gap) and not own:
            break  # "the second-largest vendor behind Rook, which shipped 55 million": the rival's figure
        if standing.holder and figure.holder and figure.named and not same_holder(standing.holder, figure.holder):
            break
        return figure
    for figure in reversed(figures):
        if figure.claim.span[1] > standing.span[0]:
            continue
        between = ctx.text[figure.claim.span[1] : standing.span[0]]
        same = standing.holder and figure.holder and same_holder(standing.holder, figure.holder)
        if same and not has_break(between):
            return figure
        if not standing.holder and figure.holder and figure.named and _PREDICATED.match(between):
            return figure  # "Orlen's 46% share is the second largest, surpassed only by Quill, with 49%"
        break
    return None


@dataclass
class Rivals:
    """The other players of a ranked figure's whole, with what is in doubt about that whole."""

    peers: list[Figure]
    doubts: list[str]
    tie: Tie
    family: str  # "market", "vote" ...: a whole the shares split; "" when not known


def _rivals(ctx: ArticleContext, bond: Bond, figures: list[Figure], shares: Reading) -> list[Rivals]:
    """The rivals named as players (certain when the whole is) and, when the whole also holds figures of
    unnamed holders, all of them (uncertain)."""
    figure = bond.figure
    if figure.share is not None:
        group = shares.group_of(figure.claim.id)
        own = figure.share.whole.family
        if group is None:
            return [Rivals([], [], Tie.CUE, own)]
        family = own or next((s.whole.family for s in group.shares if s.whole.family), "")
        others = [
            s
            for s in group.shares
            if s.claim.id != figure.claim.id and not s.rest and not _another_time(ctx, figure.claim, s.claim)
        ]
        named = [Figure(s.claim, s.holder, s.named, s) for s in others if s.holder and s.named]
        doubts = [*group.doubts, *group.ambiguous]
        found = [Rivals(named, doubts, group.tie, family)]
        if len(named) < len(others):
            every = [Figure(s.claim, s.holder, s.named, s) for s in others]
            found.append(Rivals(every, [*doubts, group.loose] if group.loose else doubts, group.tie, family))
        return found
    # Across sentences or by a superlative, only figures of the measure the rank is by are rivals.
    measured = bond.apart or bond.standing.superlative
    peers = [
        f
        for f in figures
        if f.claim.id != figure.claim.id
        and f.named
        and (rival_unit(f.claim, figure.claim) if measured else same_unit(f.claim, figure.claim))
        and not (figure.holder and same_holder(f.holder, figure.holder))
        and not _another_time(ctx, figure.claim, f.claim)
        and not (measured and not measures_fit(bond.standing.measure, figure_measure(ctx, f.claim)))
    ]
    return [Rivals(peers, [], Tie.STRUCTURE, "")]


# A comparison with an earlier time, not with a rival: "compared to the 10.3 million sold by Quill" is a rival's
# figure; "down from the same quarter a year before, when it shipped" is the player's own earlier one.
_EARLIER = re.compile(
    r"\b(?:earlier|ago|before|previous|prior|preceding|last\s+(?:year|quarter|month)|year-(?:ago|earlier)"
    r"|(?:19|20)\d\d)\b",
    re.I,
)


def _told_with(ctx: ArticleContext, claim: Claim) -> list[Claim]:
    """A figure and the one it is told with right before it: "shipped 7.75 million for a 35.0 percent share"."""
    found = [claim]
    before = ctx.claim_before(claim)
    if before is not None:
        gap = ctx.text[before.span[1] : claim.span[0]]
        if len(gap) <= 30 and not has_break(gap):
            found.append(before)
    return found


def _told_earlier(ctx: ArticleContext, claim: Claim) -> bool:
    """ "down from the year-ago quarter, when it shipped 7.75 million for a 35.0 percent share": the earlier end
    of a comparison, a figure of that earlier market (as part_shares reads it)."""
    for figure in _told_with(ctx, claim):
        start = starts_from(ctx, figure)
        if is_prior_by_date(ctx, figure) or (start is not None and _EARLIER.search(start.group(0))):
            return True
    return False


def _another_time(ctx: ArticleContext, ranked: Claim, other: Claim) -> bool:
    """A figure of another period than the ranked one is no rival in its ranking: one told as the earlier end of a
    comparison when the ranked one is not (or the other way round), or one dated to another year or quarter."""
    if _told_earlier(ctx, ranked) != _told_earlier(ctx, other):
        return True
    mine, theirs = dates_of(_told_with(ctx, ranked)), dates_of(_told_with(ctx, other))
    return bool(mine and theirs and not mine & theirs)


@dataclass(frozen=True)
class Bond:
    """A stated rank and the figure it is about; ``apart`` when the figure is in a later sentence."""

    standing: Standing
    figure: Figure
    apart: bool = False
    sentence: tuple[int, int] = (0, 0)  # the rank's sentence


def _ranked(ctx: ArticleContext, shares: Reading) -> Iterator[Relation]:
    claimed = sentences(ctx)
    spans = all_sentences(ctx)
    bonds: dict[str, Bond] = {}
    unbound: list[tuple[int, Standing]] = []
    stated: dict[tuple[int, int], list[Standing]] = {}
    may_rank = _may_rank(ctx)
    for index, span in enumerate(spans):
        stated[span] = _standings(ctx, span) if may_rank(span) else []
        figures = figures_of(ctx, claimed[span], shares) if stated[span] and span in claimed else []
        for standing in stated[span]:
            figure = _bind(ctx, standing, figures)
            fits = figure is not None and measures_fit(standing.measure, figure_measure(ctx, figure.claim))
            if standing.superlative and not fits:
                figure = None  # "the most valuable company, with revenue of $90 billion": not what it is ranked by
            if figure is None:
                unbound.append((index, standing))
            elif figure.claim.id not in bonds:
                bonds[figure.claim.id] = Bond(standing, figure, sentence=span)
    for index, standing in unbound:
        bond = _bind_apart(ctx, spans, index, standing, shares)
        if bond is not None and bond.figure.claim.id not in bonds:
            bonds[bond.figure.claim.id] = bond
    starts = sorted(claimed)  # disjoint, so the last one starting at or before a figure holds it
    for bond in bonds.values():
        at = bond.figure.claim.span[0]
        sentence = claimed[starts[bisect.bisect_right(starts, (at, math.inf)) - 1]]
        figures = figures_of(ctx, sentence, shares)
        for rivals in _rivals(ctx, bond, figures, shares):
            relation = _rank_relation(ctx, bond, rivals, bonds, stated.get(bond.sentence, []))
            if relation is not None:
                yield relation
    yield from _ranks_apart(ctx, list(bonds.values()))


def _player(bond: Bond) -> str | None:
    """Who a bond ranks: the player named with the rank, else the figure's named holder."""
    return bond.standing.holder or (bond.figure.holder if bond.figure.named else None)


def _ranks_apart(ctx: ArticleContext, bonds: list[Bond]) -> Iterator[Relation]:
    """ "Quill is the world's most valuable company, worth $3.4 trillion. Rook, the second most valuable, is worth
    $3.1 trillion": two players ranked in neighbouring sentences, each with its figure of the measure they are ranked
    by; the higher rank must not have the smaller figure. (Shares get this from their whole's group.)"""
    ranked = [b for b in bonds if b.figure.share is None and _player(b)]
    for a, b in _near_pairs(ctx, ranked, 2):
        hi, lo = (a, b) if a.standing.rank < b.standing.rank else (b, a)
        if a.standing.rank == b.standing.rank or same_holder(_player(hi), _player(lo)):
            continue
        apart = ctx.sentences_apart(hi.figure.claim, lo.figure.claim)
        if not 1 <= apart <= 2 or not rival_unit(hi.figure.claim, lo.figure.claim):
            continue  # in one sentence, the rank's own relation already sets its rivals against it
        measure = figure_measure(ctx, hi.figure.claim)
        if measure is None or measure != figure_measure(ctx, lo.figure.claim):
            continue
        if not (measures_fit(hi.standing.measure, measure) and measures_fit(lo.standing.measure, measure)):
            continue
        doubts = []
        if hi.standing.measure is None or lo.standing.measure is None:
            doubts.append("the words do not say by what measure the players are ranked")
        claims = [hi.figure.claim, lo.figure.claim]
        word = f"{hi.standing.word}” and “{lo.standing.word}"
        spans = [hi.standing.span, lo.standing.span]
        yield Relation(
            kind=RelationKind.RANK_ORDER,
            members=[Member(role="item", claim=c.id) for c in claims],
            evidence=rank_evidence(ctx, claims, Tie.INFERRED, [cue(ctx, sp, "a stated rank") for sp in spans], doubts,
                                   []),
            reason=f"“{word}” rank {_player(hi)} ({show(hi.figure.claim)}) above {_player(lo)} "
            f"({show(lo.figure.claim)})",
            params={"order": "descending", "word": word,
                    "holders": {hi.figure.claim.id: _player(hi), lo.figure.claim.id: _player(lo)}},
            spans=spans,
        )  # fmt: skip


def _near_pairs(ctx: ArticleContext, bonds: list[Bond], reach: int) -> list[tuple[Bond, Bond]]:
    """The pairs of ``bonds`` at most ``reach`` sentences apart, in the order itertools.combinations gives them;
    found through an index by sentence, so a long article of ranks is not paired all against all."""
    where = [ctx.sentence_index(b.figure.claim.span[0]) for b in bonds]
    by_sentence: dict[int, list[int]] = {}
    for i, index in enumerate(where):
        by_sentence.setdefault(index, []).append(i)
    pairs = []
    for i, index in enumerate(where):
        for near in range(index - reach, index + reach + 1):
            pairs.extend((i, j) for j in by_sentence.get(near, []) if j > i)
    return [(bonds[i], bonds[j]) for i, j in sorted(pairs)]


def _bind_apart(
    ctx: ArticleContext, spans: list[tuple[int, int]], index: int, standing: Standing, shares: Reading
) -> Bond | None:
    """ "second-place Rook ... Rook's market value was $880 billion": a rank whose sentence gives no figure,
    and the figure of its player in the next sentence that has figures, when that figure measures what the rank is
    by. A rank its sentence dates to other times ("every year since 2012") is not bound to today's figures."""
    span = spans[index]
    text = ctx.text[span[0] : span[1]]
    if not standing.holder or _HISTORY.search(text):
        return None
    claimed = sentences(ctx)
    for later in spans[index + 1 : index + 3]:
        if later not in claimed:
            continue
        figures = figures_of(ctx, claimed[later], shares)
        if not figures:
            continue
        own = [f for f in figures if f.holder and f.named and same_holder(f.holder, standing.holder)]
        if len(own) == 1 and measures_fit(standing.measure, figure_measure(ctx, own[0].claim)):
            if not same_time(text, own[0].claim):
                return None  # "the largest vendor in 2022 ... shipped 50 million in 2023": two times
            return Bond(standing, own[0], apart=True, sentence=span)
        return None
    return None


# A paragraph that opens by naming its scope: "Over in the models chart", "Among pickups", "Meanwhile, in Europe".
_SCOPED = re.compile(
    r"^\W*(?:meanwhile|elsewhere|over\s+in|among|within|in\s+the\s+[\w\s-]{0,30}?\b(?:charts?|segments?|categor(?:y|ies)"
    r"|rankings?|class|sector|division|models?|brands?)\b"
    # "The list of best-selling phones includes ...": a list of its own named as the paragraph's subject
    r"|the\s+(?:[\w-]+\s+)?(?:list|ranking|chart|table|tally)\s+of\b)",
    re.IGNORECASE,
)


def _rank_relation(
    ctx: ArticleContext, bond: Bond, rivals: Rivals, bonds: dict[str, Bond], stated: list[Standing]
) -> Relation | None:
    standing, figure = bond.standing, bond.figure
    peers = rivals.peers
    # Only shares of a whole that players split must leave room for the players above within 100%.
    within_100 = figure.share is not None and rivals.family in ("market", "vote")
    if not peers and not (within_100 and standing.rank > 1):
        return None
    doubts = list(rivals.doubts)
    here = ctx.block(figure.claim.span[0])
    elsewhere = [p for p in peers if ctx.block(p.claim.span[0]) != here]
    if elsewhere and any(
        _SCOPED.match(ctx.text[slice(*ctx.block(c.span[0]))]) for c in [figure.claim, elsewhere[0].claim]
    ):
        # "Over in the models chart, ..." after the brands: a paragraph that names its own scope ranks another list.
        doubts.append(f"{show(elsewhere[0].claim)} is stated in another paragraph, which ranks another list")
    nested = nested_holder(ctx, [figure.claim, *(p.claim for p in peers)])
    if nested is not None:
        doubts.append(nested)
    if not (figure.holder and figure.named) and not standing.holder:
        doubts.append(f"the player ranked “{standing.word}” is not named")
    if (standing.superlative or bond.apart) and standing.measure is None and figure.share is None:
        doubts.append(f"the words do not say by what measure it is “{standing.word}”")
    peer_ranks = {p.claim.id: bonds[p.claim.id].standing.rank for p in peers if p.claim.id in bonds}
    above = _ranked_above(standing, figure, peers, stated)
    claims = [figure.claim, *(p.claim for p in peers)]
    who = standing.holder or figure.holder or "the player"
    reason = f"“{standing.word}” ranks {who} with {show(figure.claim)}"
    if bond.apart:
        reason += " (stated in the next sentence)"
    if peers:
        listed = ", ".join(f"{p.holder + ' ' if p.holder else ''}{show(p.claim)}" for p in peers)
        reason += f"; the others of that whole: {listed}"
    if above:
        reason += f"; ranked above it with no figure: {', '.join(above)}"
    tie = Tie.INFERRED if bond.apart else rivals.tie if peers else Tie.CUE
    members = [Member(role="ranked", claim=figure.claim.id), *(Member(role="peer", claim=p.claim.id) for p in peers)]
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=members,
        evidence=rank_evidence(ctx, claims, tie, [cue(ctx, standing.span, "a stated rank")], doubts, []),
        reason=reason,
        params={"rank": standing.rank, "word": standing.word, "shares": within_100, "peer_ranks": peer_ranks,
                "above": above, "holders": {f.claim.id: f.holder for f in [figure, *peers] if f.holder}},
        spans=[standing.span],
    )  # fmt: skip


def _ranked_above(standing: Standing, figure: Figure, peers: list[Figure], stated: list[Standing]) -> list[str]:
    """Players the rank's own sentence ranks higher but gives no figure for: "Brandt's lead as the most valuable
    company, ... second-place Rook": one of the places above Rook is taken."""
    found: list[str] = []
    for other in stated:
        holder = other.holder
        if other.rank >= standing.rank or not holder:
            continue
        if any(same_holder(holder, h) for h in [figure.holder, standing.holder, *(p.holder for p in peers), *found]):
            continue
        found.append(holder)
    return found


@finder("ranks")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _ranked(ctx, reading(ctx))
