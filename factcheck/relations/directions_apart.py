"""A direction word with "from" set after a level that words stand apart from: "48% back the plan — down from 52%".

News copy states a level, then where it came from, with words between that the one-clause links of
:mod:`.prose` do not read: a clause naming the subject ("61% of members trust the board, which is down from
66%"), a dash, a time ("£84.2m in its first half, up from £79.9m"), a generic noun on the prior ("86,400 tractors ...,
down from 91,200 units"), and a second prior with a word of its own ("€142 a night in July, up from €131 in June,
but down from €150 in 2022").

The rule: "<direction word> from <figure>" makes the figure a prior; its level is the nearest figure before it
in the sentence of the same unit that is not itself a prior or a change, with no clause break between it and
the word. A second "and/but <word> from <figure>" after a prior belongs to that prior's level. Priors listed
after one word ("down from 35% in 2021 and 38% in 2019") share the word too, but a writer may mean
it for the first alone ("up from 3,900 tonnes in 2019 and from 4,300 in 2020"), so those stay uncertain.
A prior followed by "to <figure>" is the start of a from-to move, which :mod:`.changes` reads.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.changes import one_series, statements
from factcheck.relations.evidence import cue, inferred, stated_together
from factcheck.relations.prose import (
    _TAIL,
    CHAINED,
    COMPARED_OBJECT,
    has_break,
    is_denominator,
    is_error_margin,
    is_estimate,
    is_move_level,
    lead,
    starts_from,
)

_UP = r"up|higher|rose|risen|rising|increased|climbed|jumped|gained|advanced|improved"
_DOWN = r"down|lower|fell|fallen|falling|declined|decreased|dropped|slipped|dipped|eased|slid"
# The word, "from", and the words the prior's figure may carry ("from last week's", "from its previous forecast of").
_WORD_FROM = re.compile(
    rf"\b(?:(?P<up>{_UP})|{_DOWN})\s+from(?:\s+(?:last|the\s+previous|the\s+prior))?{_TAIL}", re.IGNORECASE
)
_WORD_FROM = gated(_WORD_FROM)  # tried on every figure's window, seldom matching there
# What may join a prior to the next one a shared word governs: its date, a comma, "and".
_LISTED = re.compile(
    r"^(?:\s+(?:[a-z’']+\s+){0,2}(?:in|on|for|during|at|as\s+of)\s+[\w\s.’'-]{1,30}?|\s+(?:a|the)\s+[\w\s-]{1,20}?"
    r"(?:earlier|ago|before))?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+|its\s+)?$",
    re.IGNORECASE,
)
# What may join a prior to a second word of its own: its date ("as posted by one dealer on March 9"), then ", and" /
# ", but" / "and" / "but".
_NEXT_WORD = re.compile(
    r"^(?:\s+(?:[a-z’']+\s+){0,4}(?:in|on|for|during|at|as\s+of)\s+[\w\s.’'-]{1,30}?|\s+(?:a|the)\s+[\w\s-]{1,20}?"
    r"(?:earlier|ago|before))?\s*,?\s*(?:and|but)\s+(?:also\s+|still\s+)?$",
    re.IGNORECASE,
)
_SECOND_PREDICATE = re.compile(r",?\s*\b(?:but|and)\s+(?:(?:still|also|yet)\s+)?$", re.IGNORECASE)
# A sentence that opens on its subject and verb, then the word: "Unemployment was down from", "It is up from",
# "The premium has fallen from".
_POINTS_BACK = re.compile(
    r"^\s*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3}?|it|this|that)\s+(?:was|were|is|are|has\s+been|had\s+been"
    # "The premium has fallen from": a perfect tense moves the same level
    r"|has|have|had)\s+(?:(?:also|still|now|since)\s+)?$",
)
_FROM_BEFORE = re.compile(r"\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|against)\s+\S*\s*$", re.IGNORECASE)
_TO_AFTER = re.compile(r"^[^.;,\d]{0,40}?\bto\s+[$£€¥₹]?\s*$", re.IGNORECASE)
# Words that make the figure before a forecast set against the one after, not a level that moved.
_FORECAST = re.compile(r"\b(?:estimates?|estimated|expected|expects|forecasts?|projected|consensus)\b", re.IGNORECASE)
_GENERIC = frozenset({"unit", "units"})


def same_series(a: Claim, b: Claim) -> bool:
    """One series (a price per gallon and its bare prior count); or counts where the prior's noun is "units"."""
    if one_series(a, b):
        return True
    qa, qb = a.quantity, b.quantity
    return qa.kind == qb.kind == QuantityKind.COUNT and (qb.noun or qb.unit or "").lower() in _GENERIC


def _prior_word(ctx: ArticleContext, claim: Claim) -> re.Match[str] | None:
    if claim.change is not None or not is_move_level(claim):
        return None
    words = lead(ctx, claim, 70)
    found = _WORD_FROM.search(words)
    if found is None:
        return None
    if _TO_AFTER.match(ctx.text, claim.span[1], min(claim.sentence_span[1], claim.span[1] + 45)):
        return None  # "down from 9% in May to 7%": a from-to move, read in one clause
    return found


def levels_in_sentence(ctx: ArticleContext) -> dict[str, str]:
    """Prior id -> level id, for each "<word> from" prior whose level stands before it in its own sentence
    ("$5.2m in fees for the half, slightly up from $4.9m"): that prior is taken, and no other move's start."""

    def make() -> dict[str, str]:
        taken: dict[str, str] = {}
        for level_of, _apart in _by_sentence(ctx).values():
            for prior_id, (level, *_rest) in level_of.items():
                if level.sentence_span == ctx.by_id[prior_id].sentence_span:
                    taken[prior_id] = level.id
        return taken

    return ctx.memo("directions_apart_levels", make)


_Levels = tuple[dict[str, tuple[Claim, int, tuple[int, int], str, bool]], set[str]]


def _by_sentence(ctx: ArticleContext) -> dict[tuple[int, int], _Levels]:
    return ctx.memo(
        "directions_apart_by_sentence",
        lambda: {span: _levels(ctx, claims) for span, claims in ctx.sentence_groups().items()},
    )


def _levels(ctx: ArticleContext, claims: list[Claim]) -> _Levels:
    """The level each "<word> from" prior of one sentence governs, and the priors whose level is told apart."""
    level_of: dict[str, tuple[Claim, int, tuple[int, int], str, bool]] = {}
    apart: set[str] = set()
    for i, prior in enumerate(claims):
        found = _prior_word(ctx, prior)
        if found is None:
            if i and claims[i - 1].id in level_of and _LISTED.match(ctx.text[claims[i - 1].span[1] : prior.span[0]]):
                # "down from 35% in 2021 and 38% in 2019": the word is stated once for the list.
                level, sign, span, word, _ = level_of[claims[i - 1].id]
                if prior.change is None and is_move_level(prior) and same_series(level, prior):
                    level_of[prior.id] = (level, sign, span, word, True)
                    if claims[i - 1].id in apart:
                        apart.add(prior.id)
            continue
        offset = max(prior.sentence_span[0], prior.span[0] - 70)
        span = (offset + found.start(), offset + found.start() + len(found.group(0).split()[0]))
        sign = 1 if found.group("up") else -1
        level = _level_before(ctx, prior, claims[:i], span[0], level_of)
        if level is None and i == 0:
            level = _level_in_sentence_before(ctx, prior, span[0])
            if level is not None:
                apart.add(prior.id)
        if level is not None:
            if level.sentence_span != prior.sentence_span:
                apart.add(prior.id)  # "but risen from 12%" after a prior whose level the sentence before gave
            level_of[prior.id] = (level, sign, span, found.group(0).split()[0], False)
    return level_of, apart


@finder("directions_apart")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    # A prior the one-clause reading already set against a level is that reading's.
    read = {s.start.id for s in statements(ctx) if s.start is not None and s.end is not None}
    for level_of, apart in _by_sentence(ctx).values():
        for prior_id, (level, sign, span, word, listed) in level_of.items():
            prior = ctx.by_id[prior_id]
            if prior_id in read:
                continue
            relation = _relation(ctx, level, prior, sign, span, word, listed, prior_id in apart)
            if prior_id in apart and not _tied_apart(ctx, prior, level, relation.evidence.metric):
                continue  # "Acme shipped 3 million phones. Rents were up from 2.9 million": nothing ties the two
            yield relation


def _level_before(
    ctx: ArticleContext,
    prior: Claim,
    before: list[Claim],
    word_at: int,
    level_of: dict[str, tuple[Claim, int, tuple[int, int], str, bool]],
) -> Claim | None:
    """The level a "<word> from" governs: the nearest figure before of its series, not a prior nor a change."""
    for candidate in reversed(before):
        gap = ctx.text[candidate.span[1] : word_at]
        # The word itself is read with the gap: a dash before "down from" joins, not breaks; so does a "but" or
        # "and" right before the word ("14.2 million, but down from 14.65 million"): one subject, two predicates.
        joined = _SECOND_PREDICATE.sub(" ", ctx.text[candidate.span[1] : word_at]) + ctx.text[word_at : word_at + 8]
        if gap.count(")") > gap.count("("):
            continue  # "S$0.75 a share (S$0.60 ordinary + S$0.15 special), up from": a bracket's figures are an aside
        if candidate.id in level_of:
            # "up from €131 in June, but down from €150": the second word moves the same level.
            return level_of[candidate.id][0] if _NEXT_WORD.match(gap) else None
        if same_series(candidate, prior) and (starts_from(ctx, candidate) or _prior_word(ctx, candidate)):
            return None  # "fallen from 31.2%, but risen from 22.5%": two priors, and the level is elsewhere
        if candidate.change is not None or not is_move_level(candidate) or not same_series(candidate, prior):
            if has_break(joined):
                return None
            continue
        if has_break(joined) or _FORECAST.search(gap) or is_estimate(ctx, candidate) is not None:
            return None
        if CHAINED.fullmatch(gap) and COMPARED_OBJECT.search(lead(ctx, candidate, 70)):
            # "3,120, below the 3,300 of February, and down from 3,200": the word moves 3,120, the figure the first
            # comparison was of, not its mark (comparisons_chained pairs them)
            return None
        return candidate
    return None


def _level_in_sentence_before(ctx: ArticleContext, prior: Claim, word_at: int) -> Claim | None:
    """ "The jobless rate dropped to 6.2%. Unemployment was down from 6.4% in the winter": a sentence that opens on the
    word with no level of its own points back at the one level of the unit the sentence before gives."""
    index = ctx.sentence_index(prior.span[0])
    if index == 0 or not _POINTS_BACK.match(ctx.text[prior.sentence_span[0] : word_at]):
        return None
    levels = [
        c
        for c in ctx.claims_in(*ctx.sentences[index - 1])
        if c.change is None and is_move_level(c) and same_series(c, prior) and is_estimate(ctx, c) is None
    ]
    levels = [c for c in levels if _prior_word(ctx, c) is None and not _FROM_BEFORE.search(lead(ctx, c, 40))]
    return levels[0] if len(levels) == 1 else None


_OPENER = re.compile(
    r"\s*(?:(?i:the)\s+)?(?P<name>[A-Za-z][\w’'-]*(?:\s+[\w’'-]+){0,3}?)\s+(?:was|were|is|are|has|have|had)\b"
)


def _tied_apart(ctx: ArticleContext, prior: Claim, level: Claim, metric: Agreement) -> bool:
    """A level in the sentence before is the one moved when both figures are of one metric, or when the sentence
    that points back opens on a name the level's sentence gives ("... a listing premium of 17%. The premium has
    fallen from 21%") and nothing says the metrics differ."""
    if metric == Agreement.AGREE:
        return True
    if metric == Agreement.DISAGREE:
        return False
    opener = _OPENER.match(ctx.text, prior.sentence_span[0], prior.span[0])
    if opener is None or opener.group("name").lower() in ("it", "this", "that"):
        return False
    words = ctx.text[level.sentence_span[0] : level.sentence_span[1]]
    return re.search(rf"\b{re.escape(opener.group('name'))}s?\b", words, re.IGNORECASE) is not None


def _relation(
    ctx: ArticleContext,
    level: Claim,
    prior: Claim,
    sign: int,
    span: tuple[int, int],
    word: str,
    listed: bool,
    apart: bool = False,
) -> Relation:
    doubts: list[str] = []
    if listed:
        doubts.append(f"“{word}” is stated once for a list of earlier figures and may govern only the first")
    # A figure of another unit between them may be the level meant; a length of time there is the level's period.
    between = [] if apart else ctx.claims_in(level.span[1], prior.span[0])
    others = [
        c
        for c in between
        if c.id != prior.id
        and not same_series(level, c)
        and c.quantity.kind != QuantityKind.DURATION
        # "61.5% (±1.8)", "31.5 per 10,000": the level's margin or denominator is part of the level
        and not is_error_margin(ctx, c)
        and not is_denominator(ctx, c)
    ]
    if others:
        doubts.append(f"{show(others[0])} stands between the level and the figure it is set against")
    cues = [cue(ctx, span, "direction word, then the earlier figure")]
    evidence = (
        inferred(ctx, [prior, level], cues, doubts=doubts, period=Agreement.AGREE)
        if apart
        else stated_together(ctx, [prior, level], cues, doubts=doubts, period=Agreement.AGREE)
    )
    return Relation(
        kind=RelationKind.DIRECTION,
        members=[Member(role="from", claim=prior.id), Member(role="to", claim=level.id)],
        evidence=evidence,
        reason=f"“{word} from” sets {show(prior)} as where {show(level)} came from",
        params={"direction": sign, "word": f"{word} from"},
        spans=[span],
    )
