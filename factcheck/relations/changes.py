"""Changes stated in one clause with their levels: percent change, absolute change, points, direction.

A change statement is what one clause says about one move: its relative size
("rose 18 percent"), its absolute size ("fell 120.32"), its start ("from $8.84
billion", "(2001: £52.0m)") and its end ("to $10.43 billion", "$38.4 billion, up
8 percent"). :func:`statements` assembles them from the links of
:mod:`factcheck.relations.prose`; the finder turns each complete one into
relations:

* percent_change: the relative change with both ends, or with its absolute size and one end (its start
  when the clause gives both ends and the size in units: "up 180 points, or 1.5 percent" restates one move);
* absolute_change: the absolute size with both ends;
* points_change: a change in percentage points between two stated rates;
* direction: a direction word ("rose", "fell", "up from") against the move from start to end. A word of
  better or worse ("improved", "worsened", "deterioration") leaves it uncertain: a ratio of bad loans or of claims
  to premiums improves as it falls.

Every relation here is tied by explicit words in one clause, so its evidence is
a cue. A change with only one end is left to :mod:`.growth`, which looks for the
other end elsewhere. A change read to an open or intraday level, when the sentence
then gives a close of the same series, carries a doubt (:func:`close_after`): the
percentage may be reckoned on the close. A percentage and a size in units that each name a base of their own,
and not the same one ("6% below last year's level ..., a rise of 80 million tonnes from June"), carry a doubt
(:mod:`.move_bases`): they may be two moves.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from factcheck.claim import ChangeKind, Claim
from factcheck.context import ArticleContext
from factcheck.extraction.changes import DOWN, UP
from factcheck.figures import currency, direction, same_unit, show, total_and_each
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Cue, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.evidence import cue, stated_together
from factcheck.relations.move_bases import bases_apart
from factcheck.relations.prose import (
    COMPARED_WORDS,
    DIRECTION_WORD,
    Link,
    LinkKind,
    SentenceLinks,
    basis_clash,
    has_break,
    is_move_level,
    own_basis,
    own_basis_doubt,
)


@dataclass
class Statement:
    """One move as one clause states it. Each role holds at most one figure."""

    change: Claim | None = None  # relative, in percent
    delta: Claim | None = None  # absolute, in the levels' units
    points: Claim | None = None  # in percentage points
    start: Claim | None = None
    end: Claim | None = None
    links: list[Link] = field(default_factory=list)
    bare: bool = False  # the percentage has no direction word of its own: the move's verb gives it
    said: tuple[int, tuple[int, int], str] | None = None  # the direction the words give: sign, span, word

    def members(self) -> list[Claim]:
        return [c for c in (self.change, self.delta, self.points, self.start, self.end) if c is not None]


def _change_role(claim: Claim) -> str | None:
    if claim.change is None or claim.quantity.kind in (QuantityKind.RANK, QuantityKind.DURATION):
        return None
    if claim.change.kind == ChangeKind.POINTS or claim.quantity.kind == QuantityKind.PERCENTAGE_POINT:
        return "points"
    if claim.change.kind == ChangeKind.RELATIVE and claim.quantity.kind == QuantityKind.PERCENT:
        return "change"
    if claim.change.kind == ChangeKind.ABSOLUTE:
        return "delta"
    return None


def sentence_links(ctx: ArticleContext) -> dict[tuple[int, int], list[Link]]:
    """The links of every sentence, by sentence span."""
    return ctx.memo(
        "links", lambda: {span: SentenceLinks(ctx, claims).links for span, claims in ctx.sentence_groups().items()}
    )


def statements(ctx: ArticleContext) -> list[Statement]:
    """Every change statement of the article, in text order."""

    def make() -> list[Statement]:
        found = [s for links in sentence_links(ctx).values() for s in _assemble(links)]
        return sorted(found, key=lambda s: min(c.span[0] for c in s.members()))

    return ctx.memo("statements", make)


_PAIRS = (LinkKind.FROM_TO, LinkKind.TO_FROM, LinkKind.PRIOR_NOTE, LinkKind.THEN_TO, LinkKind.RATE_FROM)
_DOWN_NOUN = re.compile(r"slow|decelerat|easing|decrease|fall|drop|decline|deteriorat|^down$", re.IGNORECASE)


def _assemble(links: list[Link]) -> list[Statement]:
    ends_of: dict[str, list[tuple[Claim, Link]]] = {}  # change id -> ends
    starts_of: dict[str, list[tuple[Claim, Link]]] = {}  # change or end id -> starts
    restated: dict[str, list[tuple[Claim, Link]]] = {}
    bare_of: dict[str, tuple[Claim, Link]] = {}  # level id -> the bare percentage restating its move
    pairs: list[Link] = []
    # An explicit "to" names the end more surely than a level the change follows: take those first.
    for link in sorted(links, key=lambda lk: lk.kind != LinkKind.CHANGE_TO):
        a, b = link.a, link.b
        if link.kind == LinkKind.CHANGE_TO:
            ends_of.setdefault(a.id, []).append((b, link))
        elif link.kind == LinkKind.LEVEL_CHANGE:
            ends_of.setdefault(b.id, []).append((a, link))
        elif link.kind in (LinkKind.CHANGE_FROM,):
            starts_of.setdefault(a.id, []).append((b, link))
        elif link.kind in (LinkKind.START_CHANGE, LinkKind.NOTE_CHANGE):
            starts_of.setdefault(b.id, []).append((a, link))
        elif link.kind == LinkKind.RESTATED:
            restated.setdefault(a.id, []).append((b, link))
            restated.setdefault(b.id, []).append((a, link))
        elif link.kind in _PAIRS:
            pairs.append(link)
        elif link.kind == LinkKind.PAIR_PERCENT:
            bare_of.setdefault(a.id, (b, link))
    start_of_end: dict[str, tuple[Claim, Link]] = {}
    for link in pairs:
        start, end = (link.a, link.b) if link.kind in (LinkKind.FROM_TO, LinkKind.THEN_TO) else (link.b, link.a)
        if one_series(start, end):
            start_of_end.setdefault(end.id, (start, link))

    result: list[Statement] = []
    used_pairs: set[str] = set()
    changes = {c.id: c for link in links for c in (link.a, link.b) if _change_role(c)}
    done: set[str] = set()
    for change in sorted(changes.values(), key=lambda c: c.span[0]):
        if change.id in done:
            continue
        group = [change] + [other for other, _ in restated.get(change.id, []) if other.id not in done]
        statement = Statement()
        for member in group:
            done.add(member.id)
            role = _change_role(member)
            if role and getattr(statement, role) is None:
                setattr(statement, role, member)
        for member in group:
            for end, link in ends_of.get(member.id, []):
                if statement.end is None and fits_end(member, end):
                    statement.end = end
                    statement.links.append(link)
            for start, link in starts_of.get(member.id, []):
                if statement.start is None and fits_end(member, start):
                    statement.start = start
                    statement.links.append(link)
        statement.links.extend(link for member in group for _, link in restated.get(member.id, []))
        if statement.end is not None and statement.end.id in start_of_end:
            start, link = start_of_end[statement.end.id]
            if statement.start is None or statement.start.id == start.id:
                statement.start = start
                statement.links.append(link)
                used_pairs.add(statement.end.id)
        elif statement.start is not None and statement.end is None:
            # "rose 12% from $5.0 billion to $5.6 billion": the end is the start's own pair.
            for end_id, (start, link) in start_of_end.items():
                if start.id == statement.start.id:
                    statement.end = link.b if link.kind in (LinkKind.FROM_TO, LinkKind.THEN_TO) else link.a
                    statement.links.append(link)
                    used_pairs.add(end_id)
                    break
        if statement.start is not None and statement.end is not None and statement.start.id == statement.end.id:
            statement.start = None
        result.append(statement)
    for end_id, (start, link) in start_of_end.items():
        if end_id in used_pairs:
            continue
        end = link.b if link.kind in (LinkKind.FROM_TO, LinkKind.THEN_TO) else link.a
        statement = Statement(start=start, end=end, links=[link])
        if link.kind == LinkKind.RATE_FROM:
            # "grew 6.7%, quite a slowdown from 11.8%": the noun says which way the rate moved.
            nouns = re.findall(r"\w+(?=\s+(?:from|on|over|compared|against)\b)", link.cue)
            word = nouns[-1] if nouns else link.cue
            statement.said = (-1 if _DOWN_NOUN.search(word) else 1, link.cue_span, word)
        restating = bare_of.get(start.id) or bare_of.get(end.id)
        if restating is not None and restating[0].id not in done:
            statement.change, statement.bare = restating[0], True
            statement.links.append(restating[1])
        result.append(statement)
    return _merged(result)


def _merged(statements: list[Statement]) -> list[Statement]:
    """ "slipped 34.5 points to close at 5,320.2, down 0.6%": a move in units and one in percent that end (or
    start) at the same level are one move."""
    kept: list[Statement] = []
    for s in statements:
        partner = next(
            (
                k
                for k in kept
                if ((s.end and k.end and s.end.id == k.end.id) or (s.start and k.start and s.start.id == k.start.id))
                and (k.delta is None) != (s.delta is None)
                and (k.change is None) != (s.change is None)
                and (k.delta or k.change) is not None
                and (s.delta or s.change) is not None
            ),
            None,
        )
        if partner is None:
            kept.append(s)
            continue
        partner.delta = partner.delta or s.delta
        partner.change = partner.change or s.change
        partner.start = partner.start or s.start
        partner.end = partner.end or s.end
        partner.links.extend(s.links)
    return kept


def one_series(a: Claim, b: Claim) -> bool:
    """Two levels of one series: one unit, or one currency printed once per share and once bare ("a payout of
    $0.52 a share, up from its previous payout of 48 cents")."""
    if same_unit(a, b):
        return True
    kinds = {a.quantity.kind, b.quantity.kind}
    # "profit climbed to $4.3 billion, or 45 cents a share, from $3.5 billion": the total and the amount per share
    # stand side by side, but are not two levels of one series.
    money = kinds == {QuantityKind.MONEY, QuantityKind.PER_UNIT}
    return money and currency(a) == currency(b) and not total_and_each(a, b)


def fits_end(change: Claim, level: Claim) -> bool:
    """A percentage change ends at a level of any unit; an absolute one at a level in its own units."""
    if not is_move_level(level):
        return False
    role = _change_role(change)
    if role == "delta":
        # "$95.61 a barrel, up $1.17": a bare amount restating a change of a per-unit price.
        return same_unit(change, level) or (
            change.quantity.kind == QuantityKind.MONEY
            and level.quantity.kind == QuantityKind.PER_UNIT
            and currency(change) == currency(level)
        )
    if role == "points":
        return level.quantity.kind == QuantityKind.PERCENT
    return True


def _cues(ctx: ArticleContext, statement: Statement) -> list[Cue]:
    seen: set[tuple[int, int]] = set()
    cues = []
    for link in statement.links:
        if link.cue_span in seen or link.cue_span[0] >= link.cue_span[1]:
            continue
        seen.add(link.cue_span)
        cues.append(cue(ctx, link.cue_span, link.kind.value.replace("_", " ")))
    return cues


def quote(ctx: ArticleContext, claims: list[Claim], limit: int = 160) -> str:
    start = min(c.span[0] for c in claims)
    end = max(c.span[1] for c in claims)
    text = " ".join(ctx.text[start:end].split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_DIRECTION_NOUNS = frozenset(
    {"increase", "decrease", "rise", "fall", "drop", "decline", "gain", "jump", "growth", "climb", "dip", "surge"}
)
_NAMED_BY_NOUN = re.compile(r"\b(?:the|a|an|its|their|this|that|his|her)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# "the chain's comparable-store increase was 2%, against a 3% gain in May": a move noun that is the subject of a
# copula names the measure (a growth rate) and tells its size, not which way it went since the figure compared.
_NOUN_AS_SUBJECT = re.compile(
    r"\s+(?:was|is|were|are|came\s+(?:in\s+)?(?:at|to)|stood\s+at|amounted\s+to|totall?ed|of)\s+(?!to\b|from\b)",
    re.IGNORECASE,
)


# "showed a rise in smoking from 21% to 32%": a move noun with "a", the measure after "in" and both ends after it is
# the event of the measure moving, unless a verb before it revises a rate ("cut an increase in fees from 6% to 4%").
_A_MOVE_IN = re.compile(
    r"(?:increase|decrease|rise|fall|drop|decline|jump|climb|dip|surge)\s+in\s+(?:[\w.'’-]+\s+){1,5}?from\s+[$£€¥₹]?\d",
    re.IGNORECASE,
)
_REVISED_A = re.compile(
    r"(?:\b(?:cut|cuts|raised?|raises|lowered|lowers?|revised?|revises|trimmed|trims?|reduced?|reduces|capped|caps?"
    r"|lifted|lifts?|set|sets)\s+)?\ban?\s+$",
    re.IGNORECASE,
)


def _a_move_in(window: str, start: int) -> bool:
    """The noun at ``start`` is "a rise in <measure> from <figure>", with no verb revising it before the "a"."""
    article = _REVISED_A.search(window, 0, start)
    return article is not None and article.group(0)[:1].lower() == "a" and _A_MOVE_IN.match(window, start) is not None


def verb_of(ctx: ArticleContext, statement: Statement) -> tuple[int, tuple[int, int], str] | None:
    """The direction word that governs a move between two levels, with its span."""
    first = min((c for c in (statement.start, statement.end) if c is not None), key=lambda c: c.span[0])
    last = max((c for c in (statement.start, statement.end) if c is not None), key=lambda c: c.span[0])
    clause_start = first.sentence_span[0]
    before = ctx.text[clause_start : first.span[0]]
    for match in re.finditer(r";|\bbut\b|\bwhile\b|\bwhereas\b|,\s+and\b|—", before, re.IGNORECASE):
        clause_start = first.sentence_span[0] + match.end()
    window = ctx.text[max(clause_start, first.span[0] - 70) : last.span[0]]
    offset = max(clause_start, first.span[0] - 70)
    found = None
    members = {c.id for c in statement.members()}
    # "the 4% rise in roaming revenue, a tenth of airtime revenue of N54bn versus N61bn": a noun of a move told with
    # its own figure is that figure's move, not the move of a pair the figure is no part of ("down three-tenths from
    # 3.1%" may tell the pair's move in words the statement did not take in)
    others_verbs = {
        c.change.verb_span
        for c in ctx.claims_in(clause_start, last.span[0])
        if c.change is not None
        and c.change.verb_span is not None
        and c.id not in members
        and (c.change.verb or "").lower() in _DIRECTION_NOUNS
    }
    for match in DIRECTION_WORD.finditer(window):
        span = (offset + match.start(), offset + match.end())
        if any(c.span[0] <= span[0] < c.span[1] for c in ctx.claims):
            continue  # "down 5%" inside a figure's own words belongs to that figure
        if span in others_verbs:
            continue
        if (
            match.group(0).lower() in _DIRECTION_NOUNS
            and _NAMED_BY_NOUN.search(window, 0, match.start())
            and not _a_move_in(window, match.start())
        ):
            continue  # "lowered the annual increase from 6% to 5.9%": the noun names the rate; the verb moves it
        if match.group(0).lower() in _DIRECTION_NOUNS and _NOUN_AS_SUBJECT.match(window, match.end()):
            continue
        found = (1 if match.group("up") else -1, span, match.group(0))
    if found is None or has_break(ctx.text[found[1][1] : first.span[0]]):
        return None
    if basis_clash(ctx.text[found[1][1] : first.span[0]], first):
        return None  # "up 16% by value, equal to 1,200 homes (2023: 1,300)": the word moves the value, not the homes
    if _RESTATED.search(ctx.text, found[1][1], first.span[0]) and any(
        c.change is None and not same_unit(c, first) and c.quantity.kind != QuantityKind.PERCENT
        for c in ctx.claims_in(first.sentence_span[0], first.span[0])
    ):
        return None  # "stood at £1.4 billion, 9% lower, equivalent to 5,200 homes (2023: 5,050)": the word moves the £
    found = _participle_clause(ctx, found, first)
    if found is not None and any(
        c.id not in members and c.change is None and same_unit(c, first)
        for c in ctx.claims_in(found[1][1], first.span[0])
    ):
        # "holdings grew to 41,000 plots (2022: 38,200), of which 5,000 plots (2022: 6,100 plots) are optioned":
        # a level of the same unit between the word and this pair is the word's own end; the pair after it is a
        # part or a sequel the word does not govern
        return None
    return found


# "equivalent to 5,200 homes": the figure after restates, in another unit, a level told before it.
_RESTATED = re.compile(r"\b(?:equivalent|equal|equating|amounting|corresponding)\s+to\b", re.IGNORECASE)


# "the board trimmed a 25% request, lifting the levy from 6.12 to 7.40 mills": a participle set off by a comma
# (or bracket) opens a clause of its own, and the move that follows is that clause's; the word before the comma
# governs its own object. The object may be a bare noun of up to three words when "to" or "from" follows it ("prices
# slipped, lifting yields to 1.4% from 1.3%"): the figures after it are the object's, not the first verb's subject's.
_PARTICIPLE = re.compile(
    r"(?:,|\(|—|–)\s*(?P<verb>[a-z]+ing)\b(?P<object>\s+(?:the|its|their|his|her|our|this|that|these|those|a|an)\b"
    r"|(?:\s+(?!(?:to|from|by|at|up|down|and|or|in|on)\b)[a-z][a-z'’-]*){1,3}(?=\s+(?:to|from)\b))?"
)
# Causative verbs: with their object they say where it went ("lifting the levy from 8 to 9 mills").
_CAUSED_UP = frozenset({"raising", "lifting", "boosting", "hiking", "doubling", "tripling"})
_CAUSED_DOWN = frozenset({"lowering", "cutting", "reducing", "trimming", "slashing", "halving"})
# Words in -ing that lead a phrase, not a clause: ", according to the filing, from $5m to $6m".
_NOT_CLAUSE = frozenset(
    {"according", "during", "following", "including", "excluding", "regarding", "concerning", "notwithstanding"}
)


def _participle_clause(
    ctx: ArticleContext, found: tuple[int, tuple[int, int], str], first: Claim
) -> tuple[int, tuple[int, int], str] | None:
    """The direction word's reading, or the participle's when one opens the move's clause after it."""
    offset = found[1][1]
    for match in reversed(list(_PARTICIPLE.finditer(ctx.text, offset, first.span[0]))):
        verb = match.group("verb")
        span = (match.start("verb"), match.end("verb"))
        if verb in UP or (match.group("object") and verb in _CAUSED_UP):
            return (1, span, verb)
        if verb in DOWN or (match.group("object") and verb in _CAUSED_DOWN):
            return (-1, span, verb)
        if match.group("object") and verb not in _NOT_CLAUSE:
            return None  # "…, taking the total from 40 to 52": the participle moves it, in no stated direction
    return found


@finder("changes")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for statement in statements(ctx):
        yield from _relations(ctx, statement)


def roles(**claims: Claim) -> list[Member]:
    """Members in keyword order: ``roles(change=c, from_=a, to=b)`` (a trailing underscore is dropped)."""
    return [Member(role=name.rstrip("_"), claim=claim.id) for name, claim in claims.items()]


_SCALE_WORD = re.compile(r"\d\s*(?:thousand|million|billion|trillion|crore|lakh|bn|mn|m|k|b|tn)\b", re.IGNORECASE)


def scale_doubts(levels: list[Claim]) -> list[str]:
    """ "from Rs 2,303.35 crore to Rs 2,973.91": a pair a thousandfold apart where one figure has no scale word."""
    values = [abs(c.quantity.value) for c in levels if c.quantity.value]
    if len(values) < 2 or max(values) / min(values) < 1000:
        return []
    scaled = [bool(_SCALE_WORD.search(c.quantity.text)) for c in levels]
    if any(scaled) and not all(scaled):
        bare = next(c for c, s in zip(levels, scaled, strict=True) if not s)
        return [f"{show(bare)} has no scale word and may share the other figure's"]
    return []


# "..., closing at $22.40": a later level of the day the move may end at instead.
_CLOSE_BEFORE = re.compile(
    r"\b(?:clos|end|finish|settl)\w*(?:\s+(?:the\s+)?(?:day|session|trading|week))?\s+(?:at|on)\s*$",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\bto\s*$", re.IGNORECASE)
_EARLIER = re.compile(r"\b(?:previous|prior|earlier|last|yesterday|\w+day's)\W*$", re.IGNORECASE)


def close_after(ctx: ArticleContext, level: Claim, members: Sequence[Claim] = ()) -> Claim | None:
    """A close of the same series that the sentence gives after ``level``, when ``level`` was not itself named the end.

    "jumped 40% in its debut, opening at $20.50 ... and closing at $22.40": a first-day or intraday move names the
    open, a high or the close, and the percentage may be reckoned on any of them. A level the change reaches by a
    plain "to" ("rose 3% to $84.10 ... before settling at $83.20") was named the end by the writer: no doubt then.
    """
    if _TO_BEFORE.search(ctx.text[max(0, level.span[0] - 8) : level.span[0]]):
        return None
    taken = {m.id for m in members}
    for other in ctx.sentence_claims(level):
        if other.span[0] <= level.span[1] or other.id in taken or not one_series(level, other):
            continue
        lead = _CLOSE_BEFORE.search(ctx.text[level.span[1] : other.span[0]])
        # "up 200 points on its previous close at 16,141": the start, not a later close
        if lead and not _EARLIER.search(ctx.text[level.span[1] : level.span[1] + lead.start()]):
            return other
    return None


# "8.6 million in February, up 5%, against 9.3 million in January, when growth was 6%": the level compared is
# told with its own growth rate, so both rates are measured on bases of their own (a year before) and the change
# need not run from the level compared.
_OWN_GROWTH_GAP = re.compile(
    r"^[^.;:\d]{0,30}?,\s*(?:when|which|itself|a\s+month\s+that)\b[^.;:\d]{0,40}$",
    re.IGNORECASE,
)


def _start_growth(ctx: ArticleContext, s: Statement) -> Claim | None:
    """A growth rate the start of a move is told with in a clause of its own, after the move's end."""
    if s.start is None or s.end is None or s.start.span[0] < s.end.span[0]:
        return None
    if re.search(r"\bfrom\b", ctx.text[s.end.span[1] : s.start.span[0]], re.IGNORECASE):
        return None  # "up 5% from 9.3 million a year before, when ...": the words make it the base
    following = ctx.claims_in(s.start.span[1], s.start.sentence_span[1])
    if not following:
        return None
    rate = following[0]
    if rate.quantity.kind != QuantityKind.PERCENT:
        return None
    return rate if _OWN_GROWTH_GAP.match(ctx.text[s.start.span[1] : rate.span[0]]) else None


# "grew by 64 units (+18%), against 3 units a year before": set against a move in units with a word of comparison
# (not "from"), a figure of the same unit may be the earlier period's move as well as the base this one runs from.
_COMPARED_ONLY_CUE = re.compile(rf"\b(?:{COMPARED_WORDS})\b", re.IGNORECASE)


def _compared_move(s: Statement, start: Claim) -> str | None:
    """The word of comparison that sets ``start`` against the move in units, when no "from" names it the base."""
    for link in s.links:
        if link.b is start and link.kind == LinkKind.CHANGE_FROM and link.a is s.delta:
            if re.search(r"\bfrom\b", link.cue, re.IGNORECASE):
                return None
            found = _COMPARED_ONLY_CUE.search(link.cue)
            return found.group(0) if found else None
    return None


def compared_move_doubt(start: Claim, word: str) -> str:
    return f"{show(start)} is set “{word}” a move in units, and may be the earlier period's move rather than its base"


def close_doubt(close: Claim) -> str:
    return f"the sentence also gives a close of {close.quantity.text}, which the move may end at instead"


# "rose 3% to $41.20 on Monday, up from $22.50 a year ago": the move names its own short span (a day, a session, a
# week) and a start given after the end by a second "up from" names a dated span of its own; the percentage is the
# short move's, the "up from" the longer comparison's.
_SHORT_SPAN = re.compile(
    r"\b(?:on\s+(?:the\s+)?(?:day|session|week)|in\s+(?:early\s+|late\s+)?(?:trade|trading|the\s+session)|overnight"
    r"|today|yesterday|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this\s+week)\b",
    re.IGNORECASE,
)
_SHORT_SPAN = gated(_SHORT_SPAN)  # tried on every figure's window, seldom matching there
_SECOND_FROM = re.compile(r",\s*(?:up|down)\s+from\s*$", re.IGNORECASE)
_DATED_START = re.compile(
    r"^\s*(?:a|one|two|three|six|twelve)\s+(?:year|month|week)s?\s+(?:ago|earlier|before)\b"
    r"|^\s*(?:at\s+the\s+(?:start|end|beginning)\s+of|in|last|since)\s+\w+",
    re.IGNORECASE,
)


def spans_apart(ctx: ArticleContext, change: Claim | None, end: Claim | None, start: Claim | None) -> str | None:
    """The change's own short span when the start, given after the end by ", up from", is dated on its own."""
    if change is None or start is None or end is None or not change.span[1] <= end.span[1] <= start.span[0]:
        return None
    if not _SECOND_FROM.search(ctx.text[end.span[1] : start.span[0]]):
        return None
    if not _DATED_START.match(ctx.text[start.span[1] : min(start.sentence_span[1], start.span[1] + 40)]):
        return None
    short = _SHORT_SPAN.search(ctx.text, change.sentence_span[0], end.span[1] + 40)
    if short is None or short.start() > start.span[0]:
        return None
    return short.group(0)


def spans_apart_doubt(short: str) -> str:
    return f"the change is over “{short}”, while the start given after the end is dated on its own"


# "rose from $3,300 to $3,340 on Friday, a 2.5% gain for the week": the percentage after the pair names a stretch of
# its own ("for the week", "since January", "this year") while the pair is timed on its own (a day, a session, an
# hour): the percentage is the longer move's, not the pair's.
_RATE_OWN_STRETCH = re.compile(
    r"\s*(?:[a-z]+\s+){0,2}?(?:for|on|over)\s+the\s+(?:week|month|quarter|year)\b"
    r"|\s*(?:[a-z]+\s+){0,2}?(?:since|so\s+far|year[- ]to[- ]date|this\s+(?:week|month|quarter|year))\b"
    r"|\s*(?:[a-z]+\s+){0,2}?(?:in|over)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_PAIR_TIMED = re.compile(
    r"\b(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+day)|overnight|today|yesterday"
    r"|in\s+(?:early\s+|late\s+)?(?:trade|trading|the\s+session)|in\s+the\s+(?:first|last|final)\s+(?:\w+\s+)?"
    r"(?:hours?|minutes?)|intraday)\b",
    re.IGNORECASE,
)


def rate_stretch_apart(ctx: ArticleContext, change: Claim | None, start: Claim | None, end: Claim | None) -> str | None:
    """The stretch the percentage names after a pair that is timed on its own, or None."""
    if change is None or start is None or end is None:
        return None
    pair_end = max(start.span[1], end.span[1])
    if change.span[0] < pair_end:
        return None
    after = _RATE_OWN_STRETCH.match(ctx.text, change.span[1], change.sentence_span[1])
    if after is None:
        return None
    if _PAIR_TIMED.search(ctx.text, min(start.span[0], end.span[0]), change.span[0]) is None:
        return None
    return after.group(0).strip()


def _relations(ctx: ArticleContext, s: Statement) -> Iterator[Relation]:
    cues = _cues(ctx, s)
    doubts = scale_doubts([c for c in (s.start, s.end, s.delta) if c is not None])
    stretch = rate_stretch_apart(ctx, s.change, s.start, s.end)
    if stretch is not None:
        doubts.append(f"the percentage is “{stretch}”, a stretch of its own, while the pair is timed on its own")
    own = _start_growth(ctx, s)
    if own is not None and s.start is not None:
        doubts.append(
            f"{show(s.start)} is told with a growth rate of its own ({show(own)}), so the change may be measured on "
            "another base, as each month's is on a year before"
        )
    members = [c for c in (s.start, s.delta, s.change) if c is not None]
    close = close_after(ctx, s.end, members) if s.end is not None and s.change is not None else None
    if close is not None:
        doubts.append(close_doubt(close))
    short = spans_apart(ctx, s.change, s.end, s.start)
    if short is not None:
        doubts.append(spans_apart_doubt(short))
    basis = own_basis(ctx, s.change, [c for c in (s.start, s.end) if c is not None]) if s.change else None
    if basis is not None:
        doubts.append(own_basis_doubt(basis))
    start, end = s.start, s.end
    both = start is not None and end is not None and one_series(start, end)
    valence = _valence_word(s)
    if valence is not None and both and not (_a_move(ctx, start) and _a_move(ctx, end)):  # type: ignore[arg-type]
        # "a 6.2% improvement in the cost ratio to 88% from 94.2%": better is lower for a ratio of costs or claims,
        # so the word gives the change no sign to hold against the ends.
        doubts.append(f"“{valence}” says the measure got better or worse, not which way the figure moved")
    # "up 180 points, or 1.5 percent, to 12,480 against the previous close of 12,300": the percentage restates the
    # move in points, so it is read on the move and its start; absolute_change ties the end.
    restated = both and s.change is not None and s.delta is not None and fits_end(s.delta, start)  # type: ignore[arg-type]
    if s.change is not None and start is not None and end is not None and both and not restated:
        claims = [s.change, start, end]
        params = {}
        if s.bare:
            verb = verb_of(ctx, s)
            if verb is None:
                return
            params = {"direction": verb[0], "word": verb[2]}
        yield Relation(
            kind=RelationKind.PERCENT_CHANGE,
            members=roles(change=s.change, from_=start, to=end),
            evidence=stated_together(ctx, claims, cues, levels=[start, end], doubts=doubts, period=Agreement.AGREE),
            reason=f"one clause gives the change and both ends: “{quote(ctx, claims)}”",
            params=params,
        )
    elif s.change is not None and s.delta is not None and (end or start) is not None:
        level = start if restated else end or start
        assert level is not None
        if fits_end(s.delta, level):
            apart = bases_apart(ctx, s.change, s.delta)
            if apart is not None:
                doubts = [*doubts, apart]
            if level is start and not restated:
                compared = _compared_move(s, level)
                if compared:
                    doubts = [*doubts, compared_move_doubt(level, compared)]
            claims = [s.change, s.delta, level]
            members = (
                roles(change=s.change, delta=s.delta, to=level)
                if level is end
                else roles(change=s.change, delta=s.delta, from_=level)
            )
            yield Relation(
                kind=RelationKind.PERCENT_CHANGE,
                members=members,
                evidence=stated_together(ctx, claims, cues, levels=[s.delta, level], doubts=doubts),
                reason="one clause gives the move in units and in percent, "
                f"with its {'end' if level is end else 'start'}: “{quote(ctx, claims)}”",
            )
    if s.delta is not None and start is not None and end is not None and both and fits_end(s.delta, start):
        claims = [s.delta, start, end]
        yield Relation(
            kind=RelationKind.ABSOLUTE_CHANGE,
            members=roles(delta=s.delta, from_=start, to=end),
            evidence=stated_together(ctx, claims, cues, doubts=doubts, period=Agreement.AGREE),
            reason=f"one clause gives the change and both ends: “{quote(ctx, claims)}”",
        )
    rates = start is not None and start.quantity.kind == QuantityKind.PERCENT
    if s.points is not None and start is not None and end is not None and both and rates:
        claims = [s.points, start, end]
        yield Relation(
            kind=RelationKind.POINTS_CHANGE,
            members=roles(points=s.points, from_=start, to=end),
            evidence=stated_together(ctx, claims, cues, levels=[start, end], doubts=doubts, period=Agreement.AGREE),
            reason=f"one clause gives the change in points and both rates: “{quote(ctx, claims)}”",
        )
    if both:
        yield from _direction(ctx, s, cues, doubts)


_PACE = re.compile(
    r"\b(?:(?P<up>faster|quicker|stronger|accelerat\w*|pick(?:ed|s)?\s+up)|slower|weaker|softer|decelerat\w*|slow(?:ed|s)?"
    r"\s+(?:down|to))\b(?:\s+(?:pace|rate|clip))?",
    re.IGNORECASE,
)
_BACK = re.compile(r"\s+back\b", re.IGNORECASE)
# "the 9.9 per cent demand increase": a figure named as a move by the noun a word or two after it.
_MOVE_NOUN_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?(?:increase|rise|gain|growth|jump|climb)\b", re.IGNORECASE)


def _a_move(ctx: ArticleContext, claim: Claim) -> bool:
    """The figure is a rate of growth: a change of its own, or one a move noun right after it names."""
    return claim.change is not None or _MOVE_NOUN_AFTER.match(ctx.text, claim.span[1]) is not None


def _valence_word(s: Statement) -> str | None:
    """The better-or-worse word ("improvement") a stated change carries as its verb, if any."""
    for mover in (s.change, s.delta, s.points):
        verb = mover.change.verb if mover is not None and mover.change is not None else None
        if verb and _VALENCE.fullmatch(verb):
            return verb
    return None


# Words of better and worse, not of up and down: which way the figure moved depends on the measure.
_VALENCE = re.compile(r"improv(?:e|es|ed|ing|ement)|worsen(?:s|ed|ing)?|deteriorat(?:e|es|ed|ing|ion)", re.IGNORECASE)
_GROWTH_BY = re.compile(r"\b(?:grew|grow|grows|growing|expanded|rose|increased)\s+(?:by|at)\s+(?:an?\s+)?[\w\s]{0,12}$")


def _direction(ctx: ArticleContext, s: Statement, cues: list[Cue], doubts: list[str]) -> Iterator[Relation]:
    assert s.start is not None and s.end is not None
    mover = s.change or s.delta or s.points
    if s.said is not None:
        sign, span, word = s.said
    elif mover is not None and mover.change is not None:
        sign = direction(mover)
        word = mover.change.verb or ("up" if sign > 0 else "down")
        span = mover.change.verb_span or mover.span
    else:
        verb = verb_of(ctx, s)
        if verb is None:
            return
        sign, span, word = verb
    if s.said is None and s.start.quantity.kind == s.end.quantity.kind == QuantityKind.PERCENT:
        lo = min(s.start.span[0], s.end.span[0], span[0])
        pace = _PACE.search(ctx.text[lo : max(s.start.span[0], s.end.span[0])])
        if pace is not None:
            # "grew at a slower pace of 1.2 percent from 1.4 percent": the verb is the measure's growth; the
            # comparative says where the rate went.
            sign = 1 if pace.group("up") else -1
            span, word = (lo + pace.start(), lo + pace.end()), pace.group(0)
        elif span[0] < s.end.span[0] and _GROWTH_BY.search(ctx.text[max(0, s.end.span[0] - 25) : s.end.span[0]]):
            # "GDP grew by 1.3 percent from 1.2 percent": the verb may be the measure's growth, not the rate's move.
            # A word after the rate ("grew at 2.1 percent, up from 1.8 percent") moves the rate itself.
            doubts = [*doubts, "the verb may tell the measure's growth, not how the rate moved"]
    if _VALENCE.fullmatch(word) and not (_a_move(ctx, s.start) and _a_move(ctx, s.end)):
        # "asset quality improved, with the bad-loan ratio down to 4.1% from 4.6%": "improved" says the measure got
        # better, and a ratio of bad loans, of claims to premiums or of costs to income gets better as it falls.
        # Two growth rates ("up 5.4%, an improvement on the 4.1% gain in April") improve as they rise.
        said = f"“{word}” says the measure got better or worse, not which way the figure moved"
        doubts = doubts if said in doubts else [*doubts, said]
    if s.start.span[0] > s.end.span[0] and _BACK.match(ctx.text, span[1]):
        # "dropped back to 50,800 on June 15, compared with 50,600 on January 1": "back" says the move came off a
        # recent level; the figure compared comes from further back and may lie either side.
        doubts = [*doubts, "the verb says the figure came back from a recent level, not from the one compared"]
    members = [s.start, s.end]
    yield Relation(
        kind=RelationKind.DIRECTION,
        members=[Member(role="from", claim=s.start.id), Member(role="to", claim=s.end.id)],
        evidence=stated_together(
            ctx, members, [*cues, cue(ctx, tuple(span), "direction word")], doubts=doubts, period=Agreement.AGREE
        ),  # type: ignore[arg-type]
        reason=f"“{word}” governs the move from {show(s.start)} to {show(s.end)}",
        params={"direction": sign, "word": word},
        spans=[tuple(span)],  # type: ignore[list-item]
    )
