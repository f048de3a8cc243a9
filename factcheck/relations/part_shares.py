"""A part, its whole and the share one is of the other.

News prose gives a share beside its part in a few fixed ways, each tied by its
words: "132 (57 per cent) out of 233 members", "45 of its 300 workers, or 15%",
"out of 8,141 invited, 3,176 (39.0%) responded", "336 jobs, or about 8 percent of
its workforce", "12.5 million tablets, taking 25% of the market", "a market share
of 13.1%, or 46.5 million shipments". Each such pair becomes a ``part_share``
relation (members ``part``, ``whole``, ``share``; ``rule`` ``share``):

* when the clause also gives the whole ("out of 233", "of its 300 workers",
  "2,400 bridges, of which 310 (13%)"), the words tie all three (evidence: a cue);
* otherwise the whole is looked for in the sentences around: a figure in the
  part's units that the text marks as a whole ("employs 4,100 people", "162
  million smartphones were sold globally", "worldwide spending ... $26.3
  billion"). Nothing ties it but what it measures, so the evidence is inferred,
  and it is uncertain when more than one figure could be that whole, a figure
  counting the same thing in a nearby sentence included ("the 40 lenders ...
  combined" and "the 30 lenders that report it": either may be "the total");
  a total the words give to a group of leading players ("the top four
  insurers hold 17.9 million") is a part of the market, so a market
  share set against it is uncertain; so is one the words give as the
  holder's own ("the company's total revenue"): no market its share is of.

Two such pairs of one market each imply its size (units over share); they must agree. A pair whose figure is
dated to a year of its own beside an undated one ("In Q2 2021 it shipped 8 million, for 33%") may be another
period's market, so that comparison is uncertain.

Margins (profit over revenue) are in :mod:`.parts_margins`.

A share stated in a sentence with its company's one figure in those units ("AWS
... revenue of $8.3 billion, and a market share of 31.5 percent") is paired by
that sentence (structure), unless "including", "such as" or "led by" stands
between them ("in 14 countries, including Estoria at 30% share": the share is one
member's, not the group's); so is a share whose next sentence gives the
segment's figure ("contributed 49% of revenue. That segment generated $7.3
billion"). A market share whose sentence has no figure of its own takes its
player's one figure from the sentence before or the one before that, the
market's total standing between ("Quill shipped 12.4 million phones. In all, 80
million were sold worldwide. Quill's market share is 15.5%"): the figure's
sentence must name the player, or call it by what it is after a sentence that
names it, and the share's sentence must not narrow it (another time or a
forecast, a measure, a place or a product).

The next player's "N, or P%" right after a sentence that gives a player's figure, share and market ("Venn
shipped 300 million, or 19 percent") takes that market as its whole, unless its own sentence states a whole of
its own in any wording ("had 2,750 residents", "home to", "with 3,900 drivers") or the earlier whole is named
with the first player's own name ("Kessel employs 5,400 drivers", "the drivers at Kessel"): a player's own total
is no market the next one shares.

"Share" as a unit of stock ("$1.80 per share yields 2.1%", "60 cents a share", "the share price") does not make
a percentage a share: there it is a yield or a move.

Several part/share pairs of one market also imply one whole each (units / share):
all must agree (``rule`` ``implied_whole``, members ``part`` and ``share`` in
pairs, the first pair of the article against each other). A pair whose sentence
opens on an earlier period ("In the year-earlier period, ...", "A year earlier,")
is another period's market and is not set against one that does not; so is a pair
whose part is told as the earlier end of a comparison ("compared with the year-ago
quarter, when they totalled 7 million for 30%", "7 million a year earlier").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from factcheck.claim import Claim
from factcheck.context import ArticleContext, per_claim
from factcheck.figures import norm_noun, show
from factcheck.intervals import Interval
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, matched, periods, stated_together, subjects
from factcheck.relations.growth_lead_dated import opens_earlier
from factcheck.relations.parts import (
    fits,
    implied_whole,
    is_amount,
    is_prior,
    looks_like_year,
    noted,
    part_share,
    quote,
)
from factcheck.relations.prose import COMPARED_WORDS, is_estimate, is_prior_by_date, lead, starts_from, trail
from factcheck.relations.shares_holders import is_descriptor, referent

_PEOPLE = frozenset(
    [
        "people",
        "person",
        "employees",
        "employee",
        "workers",
        "worker",
        "staff",
        "jobs",
        "job",
        "positions",
        "position",
        "roles",
        "role",
        "workforce",
        "personnel",
        "headcount",
    ]
)
_WHOLE_NOUNS = (
    r"workforce|staff|employees|workers|headcount|employment|jobs|positions|market|total|sales|revenues?|turnover"
    r"|shipments|deliveries|units|votes|seats|members|population|people|respondents|participants|patients|users"
    r"|customers|subscribers|income|spending|budget|output|production|capacity|traffic|volume|exports|imports"
)
# "8 percent of its workforce", "25% of the market", "39% of all respondents".
_SHARE_OF = re.compile(
    rf"^\s*(?:percent|per\s*cent|pct|%)?\s*\)?\s*(?:of|in)\s+(?:(?:the|its|their|his|her|all|total|overall|a)\s+)*"
    rf"(?P<words>(?:[A-Za-z’'-]+\s+){{0,3}}?)(?P<noun>{_WHOLE_NOUNS})\b",
    re.IGNORECASE,
)
# "market share", "its share": not a unit of stock ("$1.80 per share yields 2.1%", "60 cents a share", "the share
# price"), where a percentage beside it is a yield or a move.
_SHARE_WORDS = re.compile(
    r"\b(?:market\s+)?(?<!\bper\s)(?<!\beach\s)(?<!\bevery\s)share\b(?<!\ba\sshare)(?!\s*price)"
    r"|\ba\s+share\s+of\b",
    re.IGNORECASE,
)
_SHARE_WORDS = gated(_SHARE_WORDS)  # tried on every figure's window, seldom matching there
# The words that pair a part with its share in one breath.
_WHEN = r"(?:\s+(?:in|during|for|over|through)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?"
_PAIR_GAP = re.compile(
    rf"^{_WHEN}\s*(?:\(|(?:,|[–—-])?\s*(?:or|taking|accounting\s+for|representing|making\s+up|equal\s+to|which\s+is|for|with|a"
    rf"|giving\s+(?:it|them|the\s+\w+)|(?:translating|equating|equates|amounting|equivalent)\s+to)\s+)"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s+)?(?:an?\s+)?$",
    re.IGNORECASE,
)
# Words that name members of a counted group: a share after them is one member's, not the group's.
_EXAMPLE = re.compile(r"\b(?:including|includes|such\s+as|among\s+them|notably|led\s+by)\b", re.IGNORECASE)
_SHIPPED = re.compile(r"^\s*,?\s*(?:shipping|selling|delivering)\s", re.IGNORECASE)
_SHARE_THEN_PART = re.compile(
    # "a 12 per cent market share (960 units)": the share's own noun may stand before its bracketed part
    r"^\s*,?\s*(?:(?P<verb>or|shipping|selling|delivering|with|at)\s+|(?P<bracket>(?:(?:market\s+)?share\s*)?\(\s*))"
    r"(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_SHARE_THEN_PART = gated(_SHARE_THEN_PART)  # tried on every figure's window, seldom matching there
# "out of 233", "of its 300": the whole right after a part (or after its bracketed share).
_OF_WHOLE = re.compile(
    # "(S%) out of W", "S% of its W", "a S% share of a market of W", "S% of the region's entire W"
    r"^\s*(?:\(\s*)?(?:(?:market\s+)?share\s+of\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:market|total|whole|industry|sector)\s+of|out\s+of|of)\s+(?:(?:the|its|their|his|her|a|an|total|all)\s+)*"
    r"(?:[\w-]+['’]s?\s+)?(?:(?:entire|whole|combined|overall)\s+)?(?:(?:about|around|roughly|nearly|some)\s+)?$",
    re.IGNORECASE,
)
# A noun of movement right after "P or S%" ("a $90 million or 8 percent, jump in sales"; "$3m, or 4%, increase"):
# the two figures are one move in two units, whatever whole the clause names before them.
_MOVE_AFTER_PAIR = re.compile(
    r"\s*\)?\s*,?\s*(?:[a-z-]+\s+)?(?:increase|rise|gain|growth|jump|climb|surge|improvement|decrease|decline|drop"
    r"|fall|dip|slide|slump|reduction)s?\b",
    re.IGNORECASE,
)
_OF_WHICH = re.compile(
    # "48,000 cars last year, of which", "2,400 bridges in the county, of which": a short time or place phrase
    # may close the whole's own clause before the relative clause takes its part
    r"(?:\s+(?:last|this)\s+(?:year|quarter|month|week|season)|\s+(?:in|across|during|over)\s+(?:the\s+)?[a-z][\w-]*"
    r"(?:\s+[a-z][\w-]*)?)?"
    r"\s*,\s*of\s+(?:which|whom|these|them)\s*,?\s*(?:(?:about|around|roughly|nearly|almost|some)\s+)?[$£€¥₹]?",
    re.IGNORECASE,
)
# "N cars were sold. Of these, P (S%) were electric": a sentence that opens on "of these" takes its part out of
# the figure of the sentence before.
_OF_THESE_OPENING = re.compile(
    r"\s*of\s+(?:these|them|those|this\s+total|that\s+total|the\s+total)\s*,\s*"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under)\s+)?[$£€¥₹]?",
    re.IGNORECASE,
)
# "Among the 3,000 adults surveyed, 1,140 (38%) ...": a survey's or a poll's people asked, taken as the whole.
_OUT_OF_LEAD = re.compile(r"\b(?:out\s+of|of|among)\s+(?:(?:the|its|their|a|total|all)\s+)*$", re.IGNORECASE)
# Words that mark a figure as a whole: a market, a workforce, a total.
_WHOLE_MARK = re.compile(
    r"\b(?:total|overall|worldwide|global(?:ly)?|market|industry|in\s+all|altogether|workforce|employs|employed"
    r"|employees|staff|headcount|combined|nationwide|country-wide|all)\b",
    re.IGNORECASE,
)
# A count the words make the workforce: "employs 4,100 people", "a workforce of 800".
_HEADCOUNT = re.compile(
    r"\b(?:employ(?:s|ed|ing)?|workforce\s+of|staff\s+of|headcount\s+of)\s+(?:(?:about|around|some|nearly|almost"
    r"|just\s+(?:under|over)|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
# A total the words give to a group of leading players: "the top four insurers hold 17.9 million", "the
# three biggest chains together run 4,100 stores". It is a part of the market; a market share is not of it.
_COUNT_WORD = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)"
_LEADERS = re.compile(
    rf"\b(?:(?:top|leading|largest|biggest)\s+{_COUNT_WORD}|(?:the|these|those)\s+{_COUNT_WORD}\s+(?:largest|biggest"
    rf"|leading|top|major)|big\s+(?:two|three|four|five|six))\b",
    re.IGNORECASE,
)
_MARKET_SHARE = re.compile(
    r"\b(?:market|share|overall|total|global|worldwide)\b|of\s+(?:the\s+)?(?:period['’]s\s+)?(?:overall\s+|total\s+)?"
    r"(?:revenue|sales|shipments)",
    re.IGNORECASE,
)


def is_share(claim: Claim) -> bool:
    q = claim.quantity
    if q.kind == QuantityKind.FRACTION:
        return 0 < q.value <= 1
    return q.kind == QuantityKind.PERCENT and 0 < q.value <= 100


def share_named(ctx: ArticleContext, share: Claim) -> re.Match[str] | None:
    """The words that make a percentage a share of something: "of its workforce", "market share of"."""
    found = _SHARE_OF.match(trail(ctx, share, 60)) or re.match(r"\s*(?:market\s+)?share\b", trail(ctx, share, 30))
    if found is not None:
        return found
    return _SHARE_WORDS.search(lead(ctx, share, 60))


def _fits_part(part: Claim, whole: Claim) -> bool:
    if fits(part, whole):
        return True
    a, b = part.quantity, whole.quantity
    if a.kind == b.kind == QuantityKind.COUNT or {a.kind, b.kind} == {QuantityKind.COUNT, QuantityKind.NUMBER}:
        nouns = {norm_noun(a.noun).rstrip("s") or "", norm_noun(b.noun).rstrip("s") or ""} - {""}
        return all(n + "s" in _PEOPLE or n in _PEOPLE for n in nouns)  # "336 jobs" of "4,100 people"
    return False


@per_claim  # asked of a figure again for each neighbour it is weighed against, here and in part_shares_named
def _is_part(ctx: ArticleContext, claim: Claim) -> bool:
    """A figure that can be a part: an amount or a count, even one the extraction read as a cut ("cut 336 jobs")."""
    q = claim.quantity
    if q.kind not in (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.NUMBER) or looks_like_year(claim):
        return False
    spelled = not re.search(r"\d", q.text) and not _SHARE_NEXT.match(ctx.text, claim.span[1], claim.span[1] + 24)
    if spelled or re.search(r"\b(?:top|first|last|past|next|bottom)\s*$", lead(ctx, claim, 12), re.I):
        return False  # "the top five": a rank of players, not a count of the part
    if _BY_AMOUNT.search(lead(ctx, claim, 30)):
        return False  # "boosted shipments by at least 100,000 units": a change, not the part's size
    return not noted(ctx, claim) and not is_estimate(ctx, claim)


# A spelled count with its share in brackets right after it: "four (17 per cent) out of 23".
_SHARE_NEXT = re.compile(r"\s*\(\s*\d[\d.]*\s*(?:%|per\s*cent|percent)\s*\)", re.IGNORECASE)
_BY_AMOUNT = re.compile(
    r"\bby\s+(?:at\s+least\s+|about\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+|around\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_BY_AMOUNT = gated(_BY_AMOUNT)  # tried on every figure's window, seldom matching there


def is_whole(ctx: ArticleContext, claim: Claim) -> bool:
    return is_amount(claim) and not is_prior(ctx, claim) and not is_estimate(ctx, claim)


@dataclass
class Pair:
    part: Claim
    share: Claim
    cue: Cue
    tie: Tie
    whole: Claim | None = None
    whole_cue: Cue | None = None


def _pairs(ctx: ArticleContext) -> list[Pair]:
    return ctx.memo("part_share_pairs", lambda: sorted(_find_pairs(ctx), key=lambda p: min(p.part.span, p.share.span)))


def paired_claims(ctx: ArticleContext) -> set[str]:
    """Ids of the parts and shares one clause pairs here: other finders leave them to this one."""
    return {c.id for p in _pairs(ctx) for c in (p.part, p.share)}


def _find_pairs(ctx: ArticleContext) -> Iterator[Pair]:
    used: set[str] = set()
    for claims in ctx.sentence_groups().values():
        for i, a in enumerate(claims):
            for b in claims[i + 1 : i + 3]:
                gap = ctx.text[a.span[1] : b.span[0]]
                if _is_part(ctx, a) and is_share(b) and _PAIR_GAP.match(gap) and b.id not in used:
                    # "P (S%) out of W", "P, or S%"
                    moved = a.change is not None and b.change is not None
                    if moved and not _SHARE_OF.match(trail(ctx, b, 60)) and _whole_after(ctx, a, b) is None:
                        continue  # "fell 120 points, or 1.2 percent": one move in two units, not a share
                    whole = _ratio_whole(ctx, a, b)
                    if _MOVE_AFTER_PAIR.match(ctx.text, b.span[1]) and not _fronted(ctx, a, whole):
                        # "a $90 million or 8 percent, jump on last year": the move, not a share; but "Of the 1,200
                        # patients, 840, or 70%, showed improvement" opens on the whole the share is of
                        continue
                    if not share_named(ctx, b) and not whole:
                        continue
                    used.add(b.id)
                    yield _with_whole(
                        ctx, Pair(a, b, cue(ctx, (a.span[1], b.span[0]), "a part and its share"), Tie.CUE)
                    )
                    break
                then = _SHARE_THEN_PART.match(gap)
                if is_share(a) and _is_part(ctx, b) and then and a.id not in used:
                    # "13.1% or 46.5 million shipments"; "11.8%, shipping 41.6 million devices"
                    shipped = (then.group("verb") or "").lower() in ("shipping", "selling", "delivering")
                    # "Of the 512 cars sold, 18% (92) were electric": a bracketed part is read only where the
                    # clause gives the whole it is a share of
                    bracketed = then.group("bracket") is not None and _whole_before(ctx, b, a) is not None
                    if a.change is not None or not (shipped or bracketed or share_named(ctx, a)):
                        continue
                    used.add(a.id)
                    yield _with_whole(
                        ctx, Pair(b, a, cue(ctx, (a.span[1], b.span[0]), "a share and its part"), Tie.CUE)
                    )
                    break
                if _is_part(ctx, a) and _fits_part(a, b) and _OF_WHOLE.match(gap):
                    # "45 of its 300 workers, or 15%"
                    after = [c for c in claims if c.span[0] > b.span[1] and is_share(c)]
                    if after and after[0].id not in used and _PAIR_GAP.match(ctx.text[b.span[1] : after[0].span[0]]):
                        if _names_another_whole(ctx, after[0], b):
                            break  # "88 of the 150 seats, with 41.3% of the vote": the share is of the votes
                        used.add(after[0].id)
                        said = cue(ctx, (a.span[1], after[0].span[0]), "a part of its whole, and the share")
                        yield Pair(a, after[0], said, Tie.CUE, whole=b, whole_cue=said)
                        break
    yield from _sentence_pairs(ctx, used)


def _whole_after(ctx: ArticleContext, part: Claim, share: Claim) -> Claim | None:
    """ "P (S%) out of W", "P, or S% of its W": the whole right after the share."""
    for other in ctx.sentence_claims(part):
        if other.span[0] >= share.span[1]:
            gap = ctx.text[share.span[1] : other.span[0]]
            if _OF_WHOLE.match(re.sub(r"^\s*\)", "", gap)) and _fits_part(part, other):
                return other
            break
    return None


def _ratio_whole(ctx: ArticleContext, part: Claim, share: Claim) -> Claim | None:
    """The whole the clause gives: "P (S%) out of W" after the share, or "Out of W, P (S%)" before the part."""
    after = _whole_after(ctx, part, share)
    if after is not None:
        return after
    before = [c for c in ctx.sentence_claims(part) if c.span[1] <= part.span[0]]
    if before and _fits_part(part, before[-1]) and _OF_WHICH.fullmatch(ctx.text, before[-1].span[1], part.span[0]):
        return before[-1]  # "W, of which P (S%)": the relative clause takes its part out of the figure before it
    if before and _fits_part(part, before[-1]) and _OUT_OF_LEAD.search(lead(ctx, before[-1], 20)):
        between = ctx.text[before[-1].span[1] : part.span[0]]
        if "," in between and len(between) < 60 and not re.search(r"[;.]", between):
            return before[-1]
    return _whole_of_these(ctx, part, part)


# "Of the 1,200 patients, ...", "Among 300 schools, ...": a clause that opens on the whole it takes a part of.
_FRONTED = re.compile(r"(?:^|[,;:(—–]\s*)(?:out\s+of|of|among)\s+(?:(?:the|its|their|a|an|total|all)\s+)*$", re.I)


def _fronted(ctx: ArticleContext, part: Claim, whole: Claim | None) -> bool:
    """``part``'s whole opens their clause ("Of the W ..., P, or S%"), not a figure the words before them merely
    run into ("a combined gross of $2.4 billion, a $210 million or 9.6 percent, rise")."""
    if whole is None or whole.span[0] > part.span[0]:
        return False
    return bool(_FRONTED.search(ctx.text[whole.sentence_span[0] : whole.span[0]]))


def _whole_of_these(ctx: ArticleContext, part: Claim, first: Claim) -> Claim | None:
    """ "N were sold. Of these, P (S%) ...": the one figure of the sentence before that ``part`` can be a part of,
    where ``first`` (the part, or its share said first) opens its sentence after "Of these,". Two such figures
    there ("48,000 cars and 9,000 vans") leave the whole unsaid."""
    index = ctx.sentence_index(first.span[0])
    start = ctx.sentences[index][0]
    if index == 0 or not _OF_THESE_OPENING.fullmatch(ctx.text, start, first.span[0]):
        return None
    lo, hi = ctx.sentences[index - 1]
    if ctx.paragraph(lo) != ctx.paragraph(start):
        return None
    wholes = [c for c in ctx.claims_in(lo, hi) if not is_share(c) and c.change is None and _fits_part(part, c)]
    if len(wholes) != 1 or wholes[0].quantity.is_range:
        return None
    return wholes[0]


def _whole_before(ctx: ArticleContext, part: Claim, share: Claim) -> Claim | None:
    """ "Of the W cars sold, S% (P) were electric": the clause opens on its whole, before the share."""
    before = [c for c in ctx.sentence_claims(share) if c.span[1] <= share.span[0]]
    if before and _fits_part(part, before[-1]) and _OUT_OF_LEAD.search(lead(ctx, before[-1], 20)):
        between = ctx.text[before[-1].span[1] : share.span[0]]
        if "," in between and len(between) < 60 and not re.search(r"[;.]", between):
            return before[-1]
    return _whole_of_these(ctx, part, share)


def _with_whole(ctx: ArticleContext, pair: Pair) -> Pair:
    whole = _ratio_whole(ctx, pair.part, pair.share)
    if whole is None and pair.share.span[0] < pair.part.span[0]:
        whole = _whole_before(ctx, pair.part, pair.share)  # "Of the W sold, S% (P)": the share said first
    if whole is not None:
        pair.whole = whole
        lo, hi = sorted([whole.span, pair.part.span])
        pair.whole_cue = cue(ctx, (lo[1], hi[0]), "out of the whole")
    return pair


def _sentence_pairs(ctx: ArticleContext, used: set[str]) -> Iterator[Pair]:
    """A market share with its company's one figure in the sentence, or in the next one."""
    taken_parts: set[str] = set()
    for claims in ctx.sentence_groups().values():
        for share in claims:
            if share.id in used or not is_share(share) or share.change is not None or is_prior(ctx, share):
                continue
            if not share_named(ctx, share):
                continue
            levels = [
                c for c in claims if c.id != share.id and _is_part(ctx, c) and c.change is None and not is_prior(ctx, c)
            ]
            if len(levels) == 1:
                part = levels[0]
                if part.id in taken_parts or _HEADCOUNT.search(lead(ctx, part, 40)):
                    continue  # "employed 800 people, and the cuts are a quarter of its workforce": 800 is the whole
                lo, hi = sorted([part.span, share.span])
                if any(c.quantity.kind == QuantityKind.PERCENT for c in ctx.claims_in(lo[1], hi[0])):
                    continue  # another percentage stands between them: "36.1 percent growth" is not the share
                if part.span[0] < share.span[0] and _EXAMPLE.search(ctx.text, part.span[1], share.span[0]):
                    continue  # "in 12 regions, including Osterland at 31% share": the share is one member's
                taken_parts.add(part.id)
                used.add(share.id)
                yield Pair(part, share, cue(ctx, (lo[1], hi[0]), "one sentence gives the figure and its share"),
                           Tie.STRUCTURE)  # fmt: skip
                continue
            if levels:
                continue
            found = _next_sentence_part(ctx, share)
            if found is not None and found[0].id not in taken_parts:
                following, tie = found
                taken_parts.add(following.id)
                used.add(share.id)
                said = cue(ctx, (following.sentence_span[0], following.span[0]), "the next sentence gives its figure")
                yield Pair(following, share, said, tie)
                continue
            earlier = _earlier_sentence_part(ctx, share, taken_parts)
            if earlier is not None:
                taken_parts.add(earlier.id)
                used.add(share.id)
                said = cue(
                    ctx, (earlier.sentence_span[0], earlier.span[0]), "an earlier sentence gives its player's figure"
                )
                yield Pair(earlier, share, said, Tie.STRUCTURE)


def _next_sentence_part(ctx: ArticleContext, share: Claim) -> tuple[Claim, Tie] | None:
    """The one figure of the next sentence, when it names the share's company or points back ("That segment")."""
    index = ctx.sentence_index(share.span[0])
    if index + 1 >= len(ctx.sentences):
        return None
    start, end = ctx.sentences[index + 1]
    levels = [c for c in ctx.claims_in(start, end) if _is_part(ctx, c) and c.change is None and not is_prior(ctx, c)]
    if len(levels) != 1:
        return None
    part = levels[0]
    opening = ctx.text[start : start + 30]
    pointed = re.match(r"\W*(?:that|this|these|those|its)\b", opening, re.IGNORECASE)
    named = share.subject and subjects([part, share]) == Agreement.AGREE
    if pointed or named:
        return part, Tie.STRUCTURE
    if re.match(r"\W*(?:the|revenue|sales)\b", opening, re.IGNORECASE):
        return part, Tie.INFERRED
    return None


def _earlier_sentence_part(ctx: ArticleContext, share: Claim, taken: set[str]) -> Claim | None:
    """The player's one figure one or two sentences before its market share, the market's total in between: "Quill
    shipped 12.4 million phones. In all, 80 million were sold worldwide. Quill's market share is 15.5%".

    The figure's sentence names the share's player, by name or by what it is ("the Dutch maker" after a sentence
    about it); no other share stands between them, and the sentence nearest the share with a figure of that
    player has only one.
    """
    holder = share.subject
    if not holder or not _MARKET_SHARE_NAMED.search(lead(ctx, share, 60) + " " + trail(ctx, share, 30)):
        return None
    if _narrowed(ctx, share, holder):
        return None
    index = ctx.sentence_index(share.span[0])
    for back in (1, 2):
        if index - back < 0:
            return None
        start, end = ctx.sentences[index - back]
        if any(is_share(c) and share_named(ctx, c) for c in ctx.claims_in(start, end)):
            return None  # another share stands between: the figure may be its part
        levels = [
            c
            for c in ctx.claims_in(start, end)
            if _is_part(ctx, c)
            and c.change is None
            and not is_prior(ctx, c)
            and c.id not in taken
            and not _WHOLE_MARK.search(lead(ctx, c, 25) + " " + trail(ctx, c, 40))  # the market's total
        ]
        named = [c for c in levels if _names_player(ctx, c, holder)]
        if named:
            return named[0] if len(levels) == 1 else None
    return None


# "Quill's market share", "a 15.5% share of the market": a share of a market, not of a company's own total.
_MARKET_SHARE_NAMED = re.compile(r"\bmarket\s*share\b|\bshare\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?market\b", re.I)


# Words that make a share another one than the figures before it give: another time, a forecast, another measure.
_OTHER_SHARE = re.compile(
    r"\b(?:earlier|ago|previous|prior|last|next|year|years|annual|quarter|month|expects?|expected|forecasts?"
    r"|aims?|targets?|will|would|could|should|may|might|projected|estimated?|revenue|revenues|value|dollar|dollars"
    r"|spending|sales|domestic|home|local|regional|segment|category|if|when|once|since)\b",
    re.IGNORECASE,
)
_MARKET_WORD = re.compile(r"(?<![’'])\b([\w-]+)\s+market\s*share\b|\bshare\s+of\s+(?:the\s+)?([\w-]+)\s+market\b", re.I)
_PLAIN_MARKET = frozenset(["its", "their", "her", "his", "global", "worldwide", "overall", "total", "the", "a", "of"])


def _narrowed(ctx: ArticleContext, share: Claim, holder: str) -> bool:
    """The share's sentence says something that may make it another share than the earlier figures give: a time
    or a forecast ("a year earlier", "expects ... next year"), a measure ("by revenue"), a place ("In Spain"), a
    product ("its tablet market share")."""
    start, end = share.sentence_span
    sentence = ctx.text[start:end]
    if _OTHER_SHARE.search(sentence) or share.period is not None or is_estimate(ctx, share):
        return True
    rest = re.sub(rf"\b{re.escape(holder)}\b", "", sentence)
    if re.search(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w-]*", rest.lstrip(" \"'“‘(")):
        return True  # another name than the player's: a place, a product line, a rival
    for said in _MARKET_WORD.finditer(sentence):
        word = (said.group(1) or said.group(2) or "").lower()
        if word and word not in _PLAIN_MARKET and word.rstrip("’'s") != holder.lower():
            return True
    return False


def _names_player(ctx: ArticleContext, part: Claim, holder: str) -> bool:
    """The part's sentence is about ``holder``: it names it before the figure, or calls it by what it is ("the
    Dutch maker") right after a sentence that names it."""
    if part.subject == holder:
        return True
    named = re.compile(rf"\b{re.escape(holder)}\b")
    head = ctx.text[part.sentence_span[0] : part.span[0]]
    if named.search(head):
        return True
    index = ctx.sentence_index(part.span[0])
    before = ctx.text[ctx.sentences[index - 1][0] : ctx.sentences[index - 1][1]] if index > 0 else ""
    for said in re.finditer(r"\b(?:the|this)\s+[\w-]+(?:\s+[\w-]+){0,2}", head, re.IGNORECASE):
        words = said.group(0).split()
        if any(is_descriptor(" ".join(words[:n])) for n in range(2, len(words) + 1)):
            return referent(ctx, part.span[0]) == holder or bool(named.search(before))
    return False


# relations ------------------------------------------------------------------------


def _around(ctx: ArticleContext, claim: Claim, before: int, after: int) -> list[Claim]:
    index = ctx.sentence_index(claim.span[0])
    lo = ctx.sentences[max(0, index - before)][0]
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + after)][1]
    return ctx.claims_in(lo, hi)


def _bracketed_part(ctx: ArticleContext, claim: Claim) -> bool:
    """ "followed by Hale with 11 per cent (1,316 units)": a figure in brackets after a share is that holder's part
    (the gap :data:`_SHARE_THEN_PART` reads as a bracket), never the whole another share is of."""
    before = ctx.claim_before(claim)
    if before is None or not is_share(before):
        return False
    gap = ctx.text[before.span[1] : claim.span[0]]
    then = _SHARE_THEN_PART.match(gap)
    return then is not None and then.group("bracket") is not None and "," not in gap


def _marked_whole(ctx: ArticleContext, claim: Claim) -> re.Match[str] | None:
    return _WHOLE_MARK.search(lead(ctx, claim, 160)) or _WHOLE_MARK.search(trail(ctx, claim, 40))


def _market_words(ctx: ArticleContext, share: Claim) -> set[str]:
    """The word that names the share's market ("a 40% share of the domestic market"), said of it or of another
    share of its sentence ("..., and Borealis 12% of the market")."""
    start, end = share.sentence_span
    words = set()
    for said in _MARKET_WORD.finditer(ctx.text, start, end):
        word = (said.group(1) or said.group(2) or "").lower()
        if word and word not in _PLAIN_MARKET and not word[:1].isdigit():
            words.add(word)
    return words if len(words) == 1 else set()


def _named_as_market(ctx: ArticleContext, claim: Claim, words: set[str]) -> re.Match[str] | None:
    """A figure no player holds, called by the word that names the market: "4.2 million domestic passengers flew
    in May" is the domestic market's total ("Borealis carried 4.2 million domestic passengers" is Borealis's)."""
    if not words or claim.subject is not None:
        return None
    named = re.sub(r"^[^\s]+\s*", "", claim.quantity.text) + " " + trail(ctx, claim, 40)  # "million domestic ..."
    return re.match(rf"^\s*(?:[\w-]+\s+){{0,2}}?({'|'.join(re.escape(w) for w in words)})\b", named, re.I)


def _whole_qualifier(ctx: ArticleContext, share: Claim) -> str:
    """The words that narrow the share's whole: "US" in "25% of its US staff"."""
    found = _SHARE_OF.match(trail(ctx, share, 60))
    if found is None:
        return ""
    words = [w for w in found.group("words").split() if w.lower() not in ("the", "its", "their", "a", "an", "of")]
    return " ".join(words)


def _share_relation(ctx: ArticleContext, pair: Pair) -> Relation | None:
    part, share = pair.part, pair.share
    if pair.whole is not None:
        whole = pair.whole
        cues = [pair.cue] + ([pair.whole_cue] if pair.whole_cue and pair.whole_cue != pair.cue else [])
        members = [part, whole, share]
        evidence = stated_together(ctx, members, cues, levels=[part, whole], tie=pair.tie)
        if pair.tie != Tie.CUE:
            evidence = evidence.model_copy(update={"doubts": ["the share is paired with its figure by position only"]})
        reason = f"one clause gives the part, its whole and the share: “{quote(ctx, *_bounds(members))}”"
        return part_share(part, whole, share, evidence, reason)
    if not share_named(ctx, share):
        return None
    taken = {p.part.id for p in _pairs(ctx)}
    market = _market_words(ctx, share)
    candidates = [
        c
        for c in _around(ctx, part, 3, 2)
        if c.id not in (part.id, share.id)
        and c.id not in taken
        and is_whole(ctx, c)
        and _fits_part(part, c)
        and c.quantity.value > part.quantity.value
        and (_marked_whole(ctx, c) or _named_as_market(ctx, c, market))
        and not _bracketed_part(ctx, c)
    ]
    if not candidates:
        return None
    candidates.sort(key=lambda c: abs(c.span[0] - part.span[0]))
    whole = candidates[0]
    if whole.sentence_span != part.sentence_span:
        # "40 lenders combined ... 9 lenders, or 30% of the total ... the 30 lenders that report it": a figure
        # counting the same thing, unmarked but as near, may be the whole the writer meant.
        noun = norm_noun(whole.quantity.noun)
        candidates += [
            c
            for c in _around(ctx, part, 3, 2)
            if noun
            and c not in candidates
            and c.id not in (part.id, share.id)
            and norm_noun(c.quantity.noun) == noun
            and c.quantity.value > part.quantity.value
            and c.quantity.value != whole.quantity.value
            and not is_prior(ctx, c)
        ]
    mark = _marked_whole(ctx, whole) or _named_as_market(ctx, whole, market)
    assert mark is not None
    members = [part, whole, share]
    doubts = []
    if pair.tie == Tie.INFERRED:
        doubts.append("the share and its figure stand in different sentences")
    dated = part.period and whole.period and periods([part, whole]) != Agreement.AGREE
    if dated and part.period.text.lower() != whole.period.text.lower():  # type: ignore[union-attr]
        doubts.append(f"the part is dated “{part.period.text}”, the whole “{whole.period.text}”")
    player = _player_paragraph(ctx, whole, share)
    if player is not None and whole.sentence_span != part.sentence_span:
        doubts.append(f"{show(whole)} follows a player's share ({show(player)}) in its paragraph: it may be its total")
    part_words = lead(ctx, part, 40) + part.quantity.text + trail(ctx, part, 20)
    if _VALID.search(lead(ctx, whole, 40)) and _INVALID.search(part_words):
        doubts.append(f"{show(whole)} counts only the valid ones, which {show(part)} is not part of")
    if _LEADERS.search(lead(ctx, whole, 80)) and _MARKET_SHARE.search(lead(ctx, share, 40) + trail(ctx, share, 40)):
        doubts.append(f"{show(whole)} is what a group of leading players holds, not the market the share is of")
    if _MARKET_SHARE_NAMED.search(lead(ctx, share, 90) + " " + trail(ctx, share, 30)) and _holder_own(ctx, whole):
        doubts.append(f"{show(whole)} is the holder's own total, not the market its market share is of")
    qualifier = _whole_qualifier(ctx, share)
    if qualifier and qualifier.lower() not in (lead(ctx, whole, 80) + trail(ctx, whole, 40)).lower():
        doubts.append(f"the share is of the “{qualifier}” whole, which {show(whole)} is not said to be")
    evidence = matched(
        ctx,
        Tie.INFERRED,
        [pair.cue, cue(ctx, (whole.span[0], whole.span[1]), f"a whole (“{mark.group(0)}”)")],
        [part, whole, share],
        clash=[part, whole],
        ambiguous=[show(c) for c in candidates[1:]],
        doubts=doubts,
    )
    reason = (
        f"{show(share)} is stated as the share of {show(part)}; {show(whole)} is the figure in those units the text "
        f"marks as the whole (“{mark.group(0)}”)"
    )
    return part_share(part, whole, share, evidence, reason)


# "the company's total revenue", "its turnover", "Osterby's sales": a figure told as one holder's own.
_OWNER = re.compile(
    r"(?:\b(?:its|their)|\bthe\s+(?:company|group|firm|insurer|bank|lender|maker|carrier|operator|business)['’]s"
    r"|\b[A-Z][\w&-]*['’]s?)\s+(?:[\w-]+\s+){0,3}[\w-]+\s+(?:\w+\s+){0,3}$"
)


def _holder_own(ctx: ArticleContext, whole: Claim) -> bool:
    """The whole's own phrase tells it as a holder's figure ("the company's total revenue has reached W"): a
    company's own total is no market its market share could be of."""
    start = ctx.sentences[ctx.sentence_index(whole.span[0])][0]
    before = max([start, whole.span[0] - 60] + [c.span[1] for c in ctx.claims_in(start, whole.span[0])])
    phrase = re.split(r"[,;:(—–]", ctx.text[before : whole.span[0]])[-1]
    return _OWNER.search(phrase) is not None and not _MARKET_WIDE.search(phrase)


_VALID = re.compile(r"\bvalid\b", re.IGNORECASE)
_INVALID = re.compile(r"\b(?:rejected|invalid|spoilt|spoiled|void|null)\b", re.IGNORECASE)
_MARKET_WIDE = re.compile(r"\b(?:market|industry|nationwide|national|all\s+told|in\s+all|all\s+brands)\b", re.I)


def _player_paragraph(ctx: ArticleContext, whole: Claim, share: Claim) -> Claim | None:
    """A share stated earlier in the whole's paragraph: "International brands took 54% of the market ... Overall
    sales totaled 622,600" is that player's total, unless the words around it name the market itself."""
    if _MARKET_WIDE.search(lead(ctx, whole, 60)):
        return None
    start = ctx.block(whole.span[0])[0]
    earlier = [
        c for c in ctx.claims_in(start, whole.span[0]) if c.id != share.id and is_share(c) and share_named(ctx, c)
    ]
    return earlier[0] if earlier else None


def _bounds(claims: list[Claim]) -> tuple[int, int]:
    return min(c.span[0] for c in claims), max(c.span[1] for c in claims)


_GENERIC_UNITS = frozenset(
    ["unit", "units", "shipment", "shipments", "device", "devices", "delivery", "deliveries", "sale", "sales"]
)


def _owned(ctx: ArticleContext, whole: Claim, part: Claim) -> bool:
    """ "Kessel employs 5,400 drivers", "the 5,400 drivers at Kessel", "Kessel's 5,400 drivers": a whole named with
    the player's own name is that player's total, which the next player does not share (a market is named apart:
    "a 15 percent share of a market of 1.2 billion phones")."""
    names = {n for n in (part.subject, whole.subject) if n}
    if not names:
        return False
    start, end = ctx.sentences[ctx.sentence_index(whole.span[0])]
    before = max([start, whole.span[0] - 40] + [c.span[1] for c in ctx.claims_in(start, whole.span[0])])
    after = min([end, whole.span[1] + 40] + [c.span[0] for c in ctx.claims_in(whole.span[1], end) if c.id != whole.id])
    # Only the whole's own phrase: "In a market of 1.2 billion phones, Orla sold ..." names the player past a comma.
    words = re.split(r"[,;:(—–]", ctx.text[before : whole.span[0]])[-1] + " "
    words += re.split(r"[,;:(—–]", ctx.text[whole.span[1] : after])[0]
    return any(re.search(rf"\b{re.escape(name)}\b", words) for name in names)


# "up from 250 million", "more than 400 million": a figure set against the part, not a whole that holds it.
_SET_AGAINST = re.compile(rf"\b(?:from|than|{COMPARED_WORDS})\s*[$£€¥₹]?\s*$", re.I)


def _own_whole(ctx: ArticleContext, following: list[Claim], whole: Claim, part: Claim, share: Claim) -> bool:
    """ "The southern villages had 2,750 residents; 1,650 (60%) qualified": the next sentence states a whole of
    its own, a level in the earlier whole's units and measure that can hold the part, so its bare share is of
    that whole, not of the earlier one ("Venn shipped 300 million, or 19 percent" states none)."""
    for other in following:
        if other.id in (part.id, share.id) or other.change is not None or is_share(other) or looks_like_year(other):
            continue
        if not (_counts_alike(other, whole) and fits(part, other) and fits(other, whole)):
            continue
        if _different_things(other, whole) or (other.measure and whole.measure and other.measure != whole.measure):
            continue
        if other.quantity.value >= part.quantity.value and not _SET_AGAINST.search(lead(ctx, other, 30)):
            return True
    return False


def _counts_alike(a: Claim, b: Claim) -> bool:
    """Two figures in one market's units: one currency, or counts ("devices" and "shipments" alike)."""
    kinds = {a.quantity.kind, b.quantity.kind}
    if kinds <= {QuantityKind.COUNT, QuantityKind.NUMBER}:
        return True
    return fits(a, b) or fits(b, a)


def _different_things(a: Claim, b: Claim) -> bool:
    nouns = {norm_noun(c.quantity.noun) for c in (a, b)} - {""}
    return len(nouns) > 1 and not nouns <= _GENERIC_UNITS


# "of the period's overall revenue", "of total registered voters": the whole a share names after it
_SHARE_OF_WHOLE = re.compile(
    r"^\s*(?:per\s*cent|percent|%)?\s*of\s+(?P<w>(?:(?!(?:in|for|on|at|during|from|to|and|as)\b)[\w’'-]+\s*){1,4})",
    re.IGNORECASE,
)


# Words that name no whole of their own after "of": "15% of them", "of the total".
_NO_OWN_WHOLE = frozenset({"them", "those", "these", "it", "total", "whole", "all", "one", "which"})


def _names_another_whole(ctx: ArticleContext, share: Claim, whole: Claim) -> bool:
    """The share names after it a whole other than the one the part was counted of: "won 88 of the 150 seats,
    with 41.3% of the vote" gives the seats' whole and a share of the votes, two wholes."""
    named = _named_whole(ctx, share)
    noun = norm_noun(whole.quantity.noun or whole.quantity.unit).split()
    if named is None or named in _NO_OWN_WHOLE or not noun:
        return False
    head = noun[-1]
    head = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
    return named != head


def _named_whole(ctx: ArticleContext, share: Claim) -> str | None:
    """The head noun of the whole a share names after it: "of the period's overall revenue" is revenue."""
    found = _SHARE_OF_WHOLE.match(trail(ctx, share, 50))
    if found is None:
        return None
    head = found.group("w").split()[-1].lower()
    return head[:-1] if head.endswith("s") and not head.endswith("ss") else head


def _is_prior(ctx: ArticleContext, part: Claim) -> bool:
    """The part is told as the earlier end of a comparison ("compared with the year-ago quarter, when they totalled
    <part>", "<part> a year earlier"): its share is of that earlier market."""
    return starts_from(ctx, part) is not None or is_prior_by_date(ctx, part)


def _implied_wholes(ctx: ArticleContext) -> Iterator[Relation]:
    """Each "units, taking P% of the market" implies a market of units / P; one market's must agree."""
    pairs = [p for p in _pairs(ctx) if p.whole is None and p.share.change is None]
    marked = {
        p.share.id
        for p in pairs
        if _MARKET_SHARE.search(lead(ctx, p.share, 60) + " " + trail(ctx, p.share, 40))
        or _SHIPPED.match(ctx.text[p.share.span[1] : p.part.span[0]])
    }
    sentences = {tuple(ctx.by_id[i].sentence_span) for i in marked}
    market = [p for p in pairs if p.share.id in marked or tuple(p.share.sentence_span) in sentences]
    groups: list[list[Pair]] = []
    for pair in market:
        for group in groups:
            if _counts_alike(pair.part, group[0].part):
                group.append(pair)
                break
        else:
            groups.append([pair])
    order = [Tie.CUE, Tie.STRUCTURE, Tie.INFERRED]
    for group in groups:
        # The first pair the words tie, so one loosely paired share does not leave every comparison uncertain.
        anchor = next((p for p in group if p.tie != Tie.INFERRED), group[0])
        for other in (p for p in group if p is not anchor):
            period = periods([anchor.part, other.part])
            if period == Agreement.DISAGREE or show(other.part) == show(anchor.part):
                continue  # another period's market, or the same pair stated again
            if opens_earlier(ctx, anchor.part) != opens_earlier(ctx, other.part):
                continue  # "In the year-earlier period, Borl had 3,100 and a 0.9% share": last year's market
            if _is_prior(ctx, anchor.part) != _is_prior(ctx, other.part):
                continue  # "down from the year-ago quarter, when it shipped 3,100 for a 0.9% share": that year's
            if _another_market(group, anchor, other):
                continue  # "In the commercial sector, Corvan led with 21% (958 units) followed by Hale with 20%"
            if _far_apart(ctx, anchor, other):
                continue  # the mayor's 31,420 votes (68%), a paragraph on a ward's 3,905 (57%): two races
            weakest = max((anchor.tie, other.tie), key=order.index)
            doubts = []
            if weakest == Tie.INFERRED:
                doubts.append("a share and its figure stand in different sentences")
            dated = [p.part for p in (anchor, other) if p.part.period is not None and p.part.period.year is not None]
            if len(dated) == 1:
                # "Its 8.2 million units took 25.0%. In Q2 2021 it had 8 million, for 33%": one figure dated
                # to a period of its own, the other undated, may be two periods' markets.
                doubts.append(f"{show(dated[0])} is dated to a period of its own, the other figure is not")
            if _different_things(anchor.part, other.part):
                doubts.append(f"{show(anchor.part)} and {show(other.part)} may count different things")
            wholes = {_named_whole(ctx, p.share) for p in (anchor, other)}
            if len(wholes) > 1 and None not in wholes:
                # "79% of the total registered voters" and "2.333 per cent of the total votes": two wholes
                doubts.append("the shares are said to be of different wholes (" + " and ".join(sorted(wholes)) + ")")
            evidence = matched(ctx, weakest, [anchor.cue, other.cue], [anchor.part, other.part], doubts=doubts)
            reason = (
                f"{show(anchor.part)} at {show(anchor.share)} and {show(other.part)} at {show(other.share)} are shares "
                "of one market, so each implies the same market size"
            )
            yield implied_whole([(anchor.part, anchor.share), (other.part, other.share)], evidence, reason)


def _implied(pair: Pair) -> Interval | None:
    share = Interval.from_quantity(pair.share.quantity)
    return Interval.from_quantity(pair.part.quantity) / (share / 100) if share.lo > 0 else None


def _far_apart(ctx: ArticleContext, anchor: Pair, other: Pair) -> bool:
    """Pairs in different paragraphs whose implied wholes lie more than three times apart: a misprint breaks
    a figure by a digit or two, but a report moving on to another race or segment names a whole of another size."""
    if ctx.block(anchor.part.span[0]) == ctx.block(other.part.span[0]):
        return False
    a, b = _implied(anchor), _implied(other)
    if a is None or b is None:
        return False
    return a.lo > 3 * b.hi or b.lo > 3 * a.hi


def _another_market(group: list[Pair], anchor: Pair, other: Pair) -> bool:
    """``other``'s sentence holds another pair whose market agrees with ``other``'s and not with ``anchor``'s: two
    figures of one sentence that imply one size between them tell that sentence's market (a segment, another
    region), where a misprint would break one pair, not two that agree."""
    if other.part.sentence_span == anchor.part.sentence_span:
        return False
    mine, theirs = _implied(other), _implied(anchor)
    if mine is None or theirs is None or mine.overlaps(theirs):
        return False
    for pair in group:
        if pair is other or pair is anchor or pair.part.sentence_span != other.part.sentence_span:
            continue
        size = _implied(pair)
        if size is not None and size.overlaps(mine) and not size.overlaps(theirs):
            return True
    return False


@finder("part_shares")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for pair in _pairs(ctx):
        relation = _share_relation(ctx, pair)
        if relation is not None:
            yield relation
    yield from _implied_wholes(ctx)
    yield from _parallel_shares(ctx)


def _parallel_shares(ctx: ArticleContext) -> Iterator[Relation]:
    """ "Apple sold 232 million phones, a 20 percent share of a market of 1.16 billion. Samsung shipped 326 million,
    or 19 percent.": the next player's figure and bare percentage are a share of the same stated market."""
    anchors = [p for p in _pairs(ctx) if p.whole is not None and p.share.change is None]
    paired = {c.id for p in _pairs(ctx) for c in (p.part, p.share)}
    # "In the north, 2,210 (71%) of 3,112 were eligible ... In the south 1,650 (60%) of 2,750 were eligible and 990
    # (36%) enrolled": a sentence that states a whole of its own is another group's, not the next player's.
    own_whole = {ctx.sentence_index(p.share.span[0]) for p in anchors}
    for anchor in anchors:
        assert anchor.whole is not None
        index = ctx.sentence_index(anchor.share.span[0])
        if index + 1 >= len(ctx.sentences) or index + 1 in own_whole or _owned(ctx, anchor.whole, anchor.part):
            continue
        following = ctx.claims_in(*ctx.sentences[index + 1])
        for part, share in pairwise(following):
            if part.id in paired or share.id in paired or not is_share(share) or share.change is not None:
                continue
            if not (_is_part(ctx, part) and _counts_alike(part, anchor.part) and fits(part, anchor.whole)):
                continue
            if not _PAIR_GAP.match(ctx.text[part.span[1] : share.span[0]]):
                continue
            if periods([part, anchor.part]) == Agreement.DISAGREE:
                continue
            if _own_whole(ctx, following, anchor.whole, part, share):
                continue
            said = cue(ctx, (part.span[1], share.span[0]), "the next player's figure and its share")
            evidence = matched(ctx, Tie.STRUCTURE, [anchor.cue, said], [anchor.part, part])
            reason = (
                f"{show(part)}, or {show(share)}, follows {show(anchor.part)} at {show(anchor.share)} of "
                f"{show(anchor.whole)}: the same market's next player"
            )
            yield part_share(part, anchor.whole, share, evidence, reason)
