"""The biggest move among several: "the top loser", "the fastest-growing segment", "hardest hit", "led the gains".

Market, trade and statistics copy names the extreme of a set of moves and gives its size, then the other moves of
the set in the same sentence or the ones around it:

* "Brewing was the top loser, sliding 4.12%, while distilling and bottling fell 3.05% and 2.2%";
* "Vans were the fastest-growing segment, up 14.2%. Estates (+3.1%) and coupes (+0.9%) also grew";
* "Fleet sales were hardest hit, down 8.1%", after "the market fell 5.5%";
* "The biggest beneficiary was the ferry route, where bookings grew 19%, while coach bookings rose 7%";
* "Harbour towns led the gains with a 7.4% rise. Lakeside (3.1%) and Upland (2.6%) also grew": a list of bracketed
  moves takes the way of the one verb after the list;
* "Rail freight led the way with an 18.4% rise, followed by road haulage at 11.0% and shipping at 9.7%";
* "At $4.1 billion, the cloud unit posted the biggest rise of the trio, at 31%", after its two rivals' growth;
* "Pellam saw the most year-on-year growth, at 12.4%", "the Skye route grew the most, by 19%", "copper fell the
  most", "Pacific carriers led all regions with growth of 9.8%": the most of a move, or first among all players.

The figure the superlative binds (the first percentage after it in its clause, or one right before ", the
biggest ...") is rank 1 among the moves of the same way (falls for a drop, rises for a gain; a rise is trivially no
bigger drop), so no other such move may be larger (``rank_order`` with rank 1 and peers). A whole's move (the
market's fall beside its hardest-hit part) is a weighted mean of its parts and so never beyond the extreme: taking
it as a peer is safe.

Superlatives over time are not rankings among figures ("its biggest drop since 2008", "the sharpest rise on
record", "the largest monthly gain this year"), nor are one player's extremes ("Vela's biggest gain"), "one of the
biggest", or ordinals ("the second-largest rise"). A time's possessive before a noun for a player ("the session's
biggest faller", "Friday's top gainer") says when the players were ranked, not whose extreme it is. Peers are moves
of the same way, in percent, of no other measure, not starts or estimates, not dated to another period or tied to a
span of their own ("so far this year").

The pairing is certain only when every peer stands in the superlative's sentence after "while", "whereas",
"followed by" or a semicolon, and the superlative names no scope ("the biggest gainer among banks" may leave out
the index the sentence also gives). A superlative that names its scope ranks the players of that scope only: a
move told in a sentence of its own about the whole ("Overall, bookings rose 6%") is none of them and no peer.
Peers from neighbouring sentences keep the relation uncertain: the set ranked is not stated.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import is_absolute_change, is_relative_change, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, periods
from factcheck.relations.prose import direction_in, is_estimate, starts_from
from factcheck.relations.ranks_figures import rank_evidence

_DOWN_NOUNS = r"(?:loser|faller|decliner|laggard|drop|fall|decline|loss|slide|slump|dip|plunge|contraction|decrease)"
_UP_NOUNS = (
    r"(?:gainer|gain|beneficiary|rise|increase|growth|jump|rally|advance|climb|surge|expansion|improvement|increment"
    r"|riser)"
)
_SUPERLATIVE = re.compile(
    rf"(?P<down>\b(?:fell|dropped|declined|slid|shrank|lost|sank|plunged)\s+the\s+most\b"
    rf"|\b(?:top|biggest|largest|sharpest|steepest|heaviest|worst|deepest|greatest|steepest)\s+"
    rf"(?:(?:[\w-]+|percentage|per\s*cent)\s+)?{_DOWN_NOUNS}s?\b"
    r"|\b(?:hardest|worst)[\s-]hit\b|\bworst[\s-]perform(?:er|ing)\b|\bfastest[\s-](?:shrinking|declining|falling)\b"
    r"|\bled\s+(?:the\s+)?(?:losses|declines|decliners|losers|fallers|fall|slide|retreat)\b"
    r"|\bleading\s+(?:the\s+)?(?:losses|declines|decliners|losers|fallers|fall|slide|retreat)\b)"
    rf"|(?P<up>\b(?:top|biggest|largest|sharpest|strongest|fastest|highest|greatest|steepest|best)\s+"
    rf"(?:(?:[\w-]+|percentage|per\s*cent)\s+)?{_UP_NOUNS}s?\b"
    r"|\bfastest[\s-]growing\b|\b(?:best|top)[\s-]perform(?:er|ing)\b"
    r"|\bled\s+(?:the\s+)?(?:gains|gainers|advance|advancers|rally|rise|growth)\b"
    r"|\bleading\s+(?:the\s+)?(?:gains|gainers|advance|advancers|rally|rise|growth)\b"
    # "grew the most", "posted the biggest year-on-year gain of the group": the most of a move among players
    r"|\b(?:grew|rose|gained|climbed|increased|jumped|advanced|expanded)\s+the\s+most\b"
    rf"|\bthe\s+most\s+(?:(?!(?:of|in|than|since)\b)[\w-]+\s+){{0,4}}?{_UP_NOUNS}\b)"
    r"|(?P<way>\b(?:led|leading|leads)\s+the\s+way\b"
    # "led all regions with growth of 9.8 per cent": first among every player the sentence names
    r"|\b(?:led|leads|leading|outpaced|outperformed)\s+all\s+(?:other\s+)?[a-z]+s\b)",
    re.IGNORECASE,
)
_SUPERLATIVE = gated(_SUPERLATIVE)  # tried on every sentence with figures, few of which hold any of its words
# Before the superlative: "one of the biggest", "its biggest", "Vela's largest", "the second-largest".
_NOT_AMONG_FIGURES = re.compile(
    r"(?:\b(?:one|some|two|three|among)\s+of\s+the\s+|\bamong\s+the\s+|\b(?:its|their|his|her|our|my)\s+"
    r"|[A-Za-z]['’]s\s+|\b(?:second|third|fourth|fifth|2nd|3rd|[4-9]th)[\s-]+|\bnext\s+)$",
    re.IGNORECASE,
)
# "the week's biggest faller", "the session's top gainer": a time's possessive names when the players were ranked,
# not one player's own extreme; a noun for a player (not a move: "the year's biggest drop" is over time) follows.
_TIME_OWNER = re.compile(
    r"\b(?:the\s+(?:day|session|week|month|morning|afternoon)|today|yesterday|(?:mon|tues|wednes|thurs|fri|satur"
    r"|sun)day)['’]s\s+$",
    re.IGNORECASE,
)
_PLAYER_NOUN = re.compile(
    r"\b(?:gainer|loser|faller|riser|decliner|advancer|laggard|performer)s?\b|\bhardest[\s-]hit\b", re.IGNORECASE
)
# After it: a superlative over time ("since 2008", "on record", "in five years", "this year") or the noun of a
# superlative that is not a move's ("the biggest gain in market share" is still a move; "the fastest-growing
# economies" is a ranking of players by a growth the sentence gives).
_OVER_TIME = re.compile(
    r"^\s*(?:[\w-]+\s+){0,5}?(?:since|ever|on\s+record|in\s+(?:its|their)\s+history|in\s+history|to\s+date|yet"
    r"|in\s+(?:at\s+least\s+|more\s+than\s+|over\s+|nearly\s+|almost\s+|about\s+)?(?:a|an|\d+|[a-z]+)[\s-]+"
    r"(?:years?|months?|weeks?|decades?|days?|sessions?|quarters?)\b|in\s+(?:a|one)\s+(?:day|session|week)"
    r"|(?:this|last)\s+(?:year|month|week|decade|century|quarter)|of\s+the\s+(?:year|month|week|decade|century"
    r"|quarter|day|session|season)|for\s+(?:a|an|the|\d+|[a-z]+)\s+(?:years?|months?|weeks?|decades?|days?))\b",
    re.IGNORECASE,
)
# What limits the set ranked to some of the figures around: "the top gainer among lenders", "on the Nifty".
_SCOPE = re.compile(r"^\s*(?:among|in\s+the|on\s+the|within|of\s+the|across|in\s+its|for\s+the)\b", re.IGNORECASE)
_LIST_BREAK = re.compile(r"\bwhile\b|\bwhereas\b|\bfollowed\s+(?:closely\s+)?by\b|;", re.IGNORECASE)
_CLAUSE_END = re.compile(r";|\bwhile\b|\bwhereas\b|\bbut\b|\bfollowed\s+by\b|\.\s", re.IGNORECASE)
# Moves tied to a span of their own: a year-to-date or weekly move is another move than the day's.
_OWN_SPAN = re.compile(
    r"\b(?:this|so\s+far\s+this)\s+(?:year|week|month|quarter)|year[- ]to[- ]date|so\s+far|for\s+the\s+(?:week"
    r"|month|year|quarter)|since\s+(?:the\s+start|january|the\s+beginning)|over\s+the\s+(?:past|last)",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(
    rf"^\s*(?:percent|per\s*cent|%)?\s*(?:[\w-]+\s+){{0,3}}?(?:(?P<up>{_UP_NOUNS}|uplift|hike)|(?P<down>{_DOWN_NOUNS}"
    r"|cut|fall|slump))s?\b",
    re.IGNORECASE,
)
_PERCENT_SIGN = re.compile(r"%|per\s*cent|percent\b|\bpc\b", re.IGNORECASE)
# A list of players with their moves in brackets and one verb after the list: "Spain (4.2%), Italy (3.1%) and
# Greece (2.7%) also grew", "Tin (2.1%) and zinc (1.4%) both saw declines".
_BRACKET_LINK = re.compile(r"\s*(?:percent|per\s*cent|%)?\s*\)\s*,?\s*(?:and\s+)?[^()\d;.]{1,40}\(\s*")
_LIST_VERB = re.compile(
    r"\s*(?:percent|per\s*cent|%)?\s*\)\s*,?\s*(?:(?:also|all|both|each|too|as\s+well)\s+)*"
    r"(?:(?P<up>rose|grew|gained|increased|climbed|advanced|jumped|were\s+up|(?:saw|recorded|posted|reported)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:growth|gains?|rises?|increases?))"
    r"|(?P<down>fell|dropped|declined|slipped|shrank|decreased|were\s+down|(?:saw|recorded|posted|reported)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:falls?|declines?|drops?|decreases?)))\b",
    re.IGNORECASE,
)
_JOINER = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*\)?\s*(?:,\s*and|,|and|&)\s*(?:\(\s*)?$", re.IGNORECASE)


def _segment_before(ctx: ArticleContext, claim: Claim) -> tuple[str, Claim | None]:
    """The words before a figure back to the figure before it in its sentence (or the sentence's start)."""
    before = ctx.claim_before(claim)
    start = before.span[1] if before is not None else claim.sentence_span[0]
    return ctx.text[start : claim.span[0]], before


def _way(ctx: ArticleContext, claim: Claim, depth: int = 0) -> int:
    """+1 for a rise, -1 for a fall, 0 when the words do not say."""
    if claim.quantity.value < 0 or claim.quantity.text.lstrip().startswith(("-", "−", "–")):
        return -1
    if claim.quantity.text.lstrip().startswith("+"):
        return 1
    if claim.change is not None and claim.change.direction:
        return 1 if claim.change.direction > 0 else -1
    after = ctx.text[claim.span[1] : min(claim.sentence_span[1], claim.span[1] + 45)]
    following = ctx.claim_after(claim)
    if following is not None:
        after = after[: max(0, following.span[0] - claim.span[1])]
    noun = _NOUN_AFTER.match(re.split(r"[;,()]|\band\b", after, maxsplit=1)[0] if after else "")
    if noun:
        return 1 if noun.group("up") else -1
    segment, before = _segment_before(ctx, claim)
    piece = re.split(r";|,\s+(?:while|whereas|but)\b|\bwhile\b|\bwhereas\b|\bbut\b", segment)[-1]
    found = direction_in(piece)
    if found:
        return found
    if depth < 3 and before is not None and _JOINER.match(segment) and before.quantity.kind == claim.quantity.kind:
        return _way(ctx, before, depth + 1)  # "dropped by 3.1% and 2.9%": the second shares the first's verb
    if (
        depth == 0
        and following is not None
        and following.quantity.kind == claim.quantity.kind
        and re.fullmatch(r"\s*(?:percent|per\s*cent|%)?\s*and\s*", after)
    ):
        return _way(ctx, following, 3)  # "a 4.1% and 3.2% rise": the first shares the second's noun
    return _listed_way(ctx, claim) if depth == 0 else 0


def _listed_way(ctx: ArticleContext, claim: Claim) -> int:
    """The way of a bracketed move in a list of them that one verb after the list governs."""
    if not ctx.text[max(claim.sentence_span[0], claim.span[0] - 2) : claim.span[0]].rstrip().endswith("("):
        return 0
    current = claim
    while (following := ctx.claim_after(current)) is not None and following.span[0] < claim.sentence_span[1]:
        if not _BRACKET_LINK.fullmatch(ctx.text[current.span[1] : following.span[0]]):
            break
        current = following
    said = _LIST_VERB.match(ctx.text[current.span[1] : claim.sentence_span[1]])
    if said is None:
        return 0
    return 1 if said.group("up") else -1


def _bound(ctx: ArticleContext, start: int, end: int, sentence: tuple[int, int]) -> Claim | None:
    """The percentage the superlative is about: the first after it in its clause, else one right before it."""
    for claim in ctx.claims_in(end, sentence[1]):
        gap = ctx.text[end : claim.span[0]]
        if len(gap) > 120 or _CLAUSE_END.search(gap):
            break
        if claim.quantity.kind == QuantityKind.PERCENT:
            return claim
        if claim.quantity.kind not in (QuantityKind.MONEY, QuantityKind.COUNT, QuantityKind.NUMBER):
            break
    before = [c for c in ctx.claims_in(sentence[0], start) if c.span[1] <= start]
    if before and before[-1].quantity.kind == QuantityKind.PERCENT:
        gap = ctx.text[before[-1].span[1] : start]
        if re.fullmatch(r"\s*(?:percent|per\s*cent)?\s*,\s*(?:the|making\s+it\s+the|marking\s+the)\s*", gap, re.I):
            return before[-1]  # "Tin fell 6.1%, the biggest drop on the board"
    return None


def _peer(ctx: ArticleContext, ranked: Claim, other: Claim, way: int) -> bool:
    if other.id == ranked.id or other.quantity.kind != QuantityKind.PERCENT or other.quantity.value <= 0:
        return False
    if not _PERCENT_SIGN.search(other.quantity.text):
        return False  # "the top 10 percentage fallers": a count of players, read as a percentage
    if other.quantity.is_range or _way(ctx, other) != way:
        return False
    if ranked.measure and other.measure and ranked.measure != other.measure:
        return False
    if is_estimate(ctx, other) is not None or starts_from(ctx, other) is not None:
        return False
    if periods([ranked, other]) == Agreement.DISAGREE:
        return False
    return bool(_OWN_SPAN.search(_around(ctx, other))) == bool(_OWN_SPAN.search(_around(ctx, ranked)))


# A sentence about the whole the ranked players make up: "Overall, sales rose 4%", "In total, bookings grew 6%".
_WHOLE_OPENING = re.compile(
    r"\s*(?:overall|in\s+total|altogether|all\s+told|total|across\s+the\s+(?:group|board|industry|market))\b", re.I
)


def _told_as_whole(ctx: ArticleContext, ranked: Claim, other: Claim) -> bool:
    """The other move opens a sentence of its own about the whole ("Overall traffic rose 5%")."""
    if tuple(other.sentence_span) == tuple(ranked.sentence_span):
        return False
    return bool(_WHOLE_OPENING.match(ctx.text[other.sentence_span[0] : other.span[0]]))


def _around(ctx: ArticleContext, claim: Claim) -> str:
    """The figure's own words: back to the figure before it and on to the one after, within its sentence."""
    before, after = ctx.claim_before(claim), ctx.claim_after(claim)
    start = before.span[1] if before is not None else claim.sentence_span[0]
    end = after.span[0] if after is not None else claim.sentence_span[1]
    return ctx.text[max(start, claim.span[0] - 50) : min(end, claim.span[1] + 45)]


def _same_player(ctx: ArticleContext, ranked: Claim, other: Claim) -> bool:
    """A second figure of the ranked player's own clause: "a 22% rise in demand, as well as a 23% rise in
    capacity" (no other player named, no break between them)."""
    if tuple(other.sentence_span) != tuple(ranked.sentence_span):
        return False
    gap = ctx.between(ranked, other)
    if _LIST_BREAK.search(gap) or re.search(r"\(", gap):
        return False
    return not re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+", gap)


_MOVE_NOUN = re.compile(r"\b(?:increases?|rises?|jumps?|drops?|falls?|declines?|decreases?)\b", re.IGNORECASE)


def _moves_in_units(ctx: ArticleContext, word: str, ranked: Claim) -> Claim | None:
    """A move in units (not a percentage) told in the ranked percentage's paragraph, when the ranking word is a
    noun of movement that may be counted either way ("the largest increase")."""
    if not _MOVE_NOUN.search(word) or not is_relative_change(ranked):
        return None
    return next((c for c in ctx.claims_in(*ctx.paragraph(ranked.span[0])) if is_absolute_change(c)), None)


@finder("ranks_moves")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    sentences = ctx.sentences
    seen: set[str] = set()
    for index, sentence in enumerate(sentences):
        text = ctx.text[sentence[0] : sentence[1]]
        if not ctx.claims_in(*sentence):
            continue
        for found in _SUPERLATIVE.finditer(text):
            start, end = sentence[0] + found.start(), sentence[0] + found.end()
            before = ctx.text[max(sentence[0], start - 30) : start]
            if _NOT_AMONG_FIGURES.search(before) and not (
                _TIME_OWNER.search(before) and _PLAYER_NOUN.search(found.group(0))
            ):
                continue
            if _OVER_TIME.match(ctx.text[end : sentence[1]]):
                continue
            ranked = _bound(ctx, start, end, sentence)
            if ranked is None or ranked.id in seen or ranked.quantity.value <= 0 or ranked.quantity.is_range:
                continue
            own = _way(ctx, ranked)
            way = 1 if found.group("up") else -1 if found.group("down") else own
            if way == 0 or (own and own != way):
                continue
            lo = sentences[max(0, index - 2)][0]
            hi = sentences[min(len(sentences) - 1, index + 2)][1]
            # A later paragraph (a blank line) moves on to another set; the sentences before may set the scene.
            hi = min(hi, ctx.paragraph(ranked.span[0])[1])
            peers = [
                c for c in ctx.claims_in(lo, hi) if _peer(ctx, ranked, c, way) and not _same_player(ctx, ranked, c)
            ]
            if _SCOPE.match(ctx.text[end : sentence[1]]):
                # "the top gainer among the regions" ranks the regions: the total told apart is none of them
                peers = [c for c in peers if not _told_as_whole(ctx, ranked, c)]
            if not peers:
                continue
            seen.add(ranked.id)
            yield _relation(ctx, found.group(0), (start, end), ranked, peers)


def _relation(ctx: ArticleContext, word: str, span: tuple[int, int], ranked: Claim, peers: list[Claim]) -> Relation:
    doubts = []
    apart = [p for p in peers if tuple(p.sentence_span) != tuple(ranked.sentence_span)]
    if apart:
        doubts.append(
            f"{show(apart[0])} is stated in another sentence: the words do not say it is one of the moves ranked"
        )
    listed = [p for p in peers if p not in apart and _LIST_BREAK.search(ctx.text[min(span[0], p.span[0]) : max(
        span[1], p.span[0])])]  # fmt: skip
    if len(listed) < len(peers) - len(apart):
        doubts.append("a move of the sentence is not set apart from the ranked one as a rival")
    if _SCOPE.match(ctx.text[span[1] : ranked.sentence_span[1]]):
        doubts.append(f"“{' '.join(word.split())}” names the set it ranks: the other moves may lie outside it")
    in_units = _moves_in_units(ctx, word, ranked)
    if in_units is not None:
        # "renewables rose by 119 TWh ... The largest increase was wind, up 12.8%, followed by solar, up 14.1%": the
        # biggest increase may be counted in the units the paragraph gives moves in, not in percent.
        doubts.append(f"the paragraph also gives moves in units ({show(in_units)}): “{' '.join(word.split())}” "
                      "may rank those")  # fmt: skip
    claims = [ranked, *peers]
    tie = Tie.INFERRED if apart else Tie.CUE
    listed_text = ", ".join(show(p) for p in peers)
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=[Member(role="ranked", claim=ranked.id), *(Member(role="peer", claim=p.id) for p in peers)],
        evidence=rank_evidence(ctx, claims, tie, [cue(ctx, span, "the biggest move")], doubts, []),
        reason=f"“{' '.join(word.split())}” makes {show(ranked)} the biggest of the moves that way around it: "
        f"{listed_text}",
        params={"rank": 1, "word": " ".join(word.split()), "shares": False, "peer_ranks": {}, "above": []},
        spans=[span],
    )
