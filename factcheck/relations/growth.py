"""A stated change whose other end stands apart: growth against a prior figure.

Three shapes, each common in results and data reports:

* the change and its current level in one clause, the prior elsewhere ("revenue
  of $38.4 billion, up 8 percent ... a year earlier it was $35.6 billion", or a
  level the text dates at the change's baseline: "up 61% at $144 compared with one
  month ago ... $85 at the start of 2025");
* the change and its start in one clause, the current level just before
  ("income was Rs 3,480 crore. It rose 9 per cent from Rs 3,190 crore");
* a bare change in a lead ("net income rose 51 percent") and its levels stated as
  a pair in the next sentences ("net income rose to $5.4 billion from $3.6
  billion"); a change told as a noun that names no measure ("its 18 percent
  decline") only with the next sentence's pair for the same named subject, and
  never as certain.

Nothing in the words ties such figures, so the evidence is inferred: what they
measure must agree (measure and subject), the prior must be dated as a prior (a
start, "a year earlier", a bracketed prior, or a date that fits the baseline),
its basis must not contradict the change's (a year-on-year change is never set
against last quarter's figure), and a figure that another clause already pairs
with its own end is not taken. When more than one figure fits, the nearest is
paired and the others are named, which leaves the pairing uncertain. A pointer
back ("That figure fell to ...") is structure, but not when the level it points
to ends a move of its own, when the change names its own comparison ("than the
same period last year"), or when the two levels cover periods of other lengths
(a month, then a quarter's running total): those stay uncertain. So does a start
whose own sentence gives it to a move with no end there ("Sales did pick up from
the 14,000 of the month before"): it looks back on a level told before it, so it
is no sure start of a change told later, nor of an earlier one it moves against
or is told as "also" another comparison of. A current level taken from before the change while another level of
the unit, dated only "during the same period" (which may be the change's own period), stands nearer the change is
uncertain too.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from factcheck.claim import Claim, TimeKind
from factcheck.context import ArticleContext
from factcheck.figures import direction, is_relative_change, norm_noun, same_unit, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import (
    Statement,
    close_after,
    close_doubt,
    fits_end,
    roles,
    sentence_links,
    spans_apart,
    spans_apart_doubt,
    statements,
)
from factcheck.relations.changes_after_close import CLOSE, LATER_SESSION
from factcheck.relations.evidence import cue, inferred, metrics, sole_subject, subjects
from factcheck.relations.measure_qualifiers import clash
from factcheck.relations.parts import looks_like_year
from factcheck.relations.prose import (
    LinkKind,
    has_break,
    has_own_base,
    is_denominator,
    is_estimate,
    is_prior_by_date,
    is_ticker_quote,
    lead,
    own_basis,
    own_basis_doubt,
    starts_from,
    trail,
)
from factcheck.relations.time_now import MONTHS

_YEAR_BASIS = re.compile(
    r"year[- ]on[- ]year|year[- ]over[- ]year|\byoy\b|\by-o-y\b|a year (?:ago|earlier|before)|year[- ]ago|last year"
    r"|previous year|prior[- ]year|same (?:period|quarter|month|time)|corresponding|year[- ]earlier|on the year"
    r"|annual(?:ly)?\b|from a year|over the year",
    re.IGNORECASE,
)
_YEAR_BASIS = gated(_YEAR_BASIS)  # tried on every figure's window, seldom matching there
_QUARTER_BASIS = re.compile(
    r"quarter[- ]on[- ]quarter|\bqoq\b|\bq-o-q\b|sequential(?:ly)?|preceding quarter|previous quarter|prior quarter"
    r"|last quarter|quarter[- ]over[- ]quarter|a quarter (?:ago|earlier)",
    re.IGNORECASE,
)
_QUARTER_BASIS = gated(_QUARTER_BASIS)  # tried on every figure's window, seldom matching there
_MONTH_BASIS = re.compile(
    r"month[- ]on[- ]month|month[- ]over[- ]month|\bmom\b|previous month|prior month|last month|a month (?:ago|earlier)"
    r"|from (?:the )?month before|on the month",
    re.IGNORECASE,
)
_MONTH_BASIS = gated(_MONTH_BASIS)  # tried on every figure's window, seldom matching there


def basis(text: str) -> str | None:
    """Which comparison a stretch of text names: 'year', 'quarter' or 'month' (None when none or several)."""
    found = {
        name
        for name, pattern in (("quarter", _QUARTER_BASIS), ("year", _YEAR_BASIS), ("month", _MONTH_BASIS))
        if pattern.search(text)
    }
    if found == {"year", "quarter"}:
        # "in the year-ago quarter" is a year basis; "quarter-on-quarter" alone is not.
        return "quarter" if re.search(r"quarter[- ]on[- ]quarter|\bqoq\b|sequential", text, re.IGNORECASE) else "year"
    return found.pop() if len(found) == 1 else None


def change_basis(ctx: ArticleContext, change: Claim) -> str | None:
    if change.baseline is not None and change.baseline.months:
        months = change.baseline.months
        return "year" if months >= 11 else "quarter" if months >= 3 else "month"
    start, end = change.sentence_span
    return basis(ctx.text[max(start, change.span[0] - 80) : min(end, change.span[1] + 100)])


def prior_basis(ctx: ArticleContext, prior: Claim) -> str | None:
    return basis(lead(ctx, prior, 50) + " " + trail(ctx, prior, 80))


def _taken(ctx: ArticleContext) -> dict[str, str]:
    """Start id -> end id, for every start that a clause pairs with its own end."""

    def make() -> dict[str, str]:
        pairs: dict[str, str] = {}
        for links in sentence_links(ctx).values():
            for link in links:
                if link.kind == LinkKind.FROM_TO:
                    pairs[link.a.id] = link.b.id
                elif link.kind in (LinkKind.TO_FROM, LinkKind.PRIOR_NOTE):
                    pairs[link.b.id] = link.a.id
                elif link.kind == LinkKind.CHANGE_FROM:
                    pairs[link.b.id] = link.a.id  # "down 6 percent from its all-time peak of $412,800"
                elif link.kind in (LinkKind.START_CHANGE, LinkKind.NOTE_CHANGE):
                    pairs[link.a.id] = link.b.id
        # "fees of $5.2m for the half, slightly up from $4.9m": words part the level and its start, which one
        # clause still pairs. Imported here: finders register in import order and the first of two equal relations
        # is kept, so importing directions_apart at the top would let its reading win over an earlier finder's.
        from factcheck.relations.directions_apart import levels_in_sentence

        for start, end in levels_in_sentence(ctx).items():
            pairs.setdefault(start, end)
        return pairs

    return ctx.memo("taken_starts", make)


def _is_prior(ctx: ArticleContext, claim: Claim) -> str | None:
    """How the text marks a figure as earlier: its cue words, or None."""
    found = starts_from(ctx, claim)
    if found is not None:
        if not re.search(r"\bfrom\b", found.group(0), re.IGNORECASE) and is_estimate(ctx, claim):
            return None  # "compared to an estimate of $48 million": a forecast, not an earlier level
        return found.group(0).strip()
    if is_prior_by_date(ctx, claim):
        return trail(ctx, claim, 60).strip(" ,")
    note = re.search(r"\(\s*(?:(?:FY\s?)?(?:19|20)?\d\d|prior year|previous year|last year)\s*[:=]\s*\S*$",
                     lead(ctx, claim, 25), re.IGNORECASE)  # fmt: skip
    if note is not None:
        return note.group(0).strip()
    return named_prior(ctx, claim)


# "The previous quarterly dividend was 15 cents", "the old limit stood at", "it was previously": the clause names
# the figure as the one before.
_NAMED_PRIOR = re.compile(
    r"(?:^|[.;:]\s*|\b(?:the|its|their)\s+)(?:previous|prior|former|old)\s+(?:[a-z-]+\s+){1,3}?"
    r"(?:was|were|had\s+been|stood\s+at)\s+(?:about\s+|around\s+)?[$£€¥]?$"
    r"|\b(?:was|were|stood\s+at)\s+previously\s+(?:at\s+)?[$£€¥]?$|\bpreviously\s+(?:was|were|stood\s+at)\s+[$£€¥]?$",
    re.IGNORECASE,
)
_NAMED_PRIOR = gated(_NAMED_PRIOR)  # tried on every figure's window, seldom matching there


def named_prior(ctx: ArticleContext, claim: Claim) -> str | None:
    """The clause names ``claim`` as the level before: "The previous dividend was 15 cents"."""
    found = _NAMED_PRIOR.search(lead(ctx, claim, 60))
    if found is None or is_estimate(ctx, claim) or claim.change is not None:
        return None
    return found.group(0).strip(" .;:")


def _window(ctx: ArticleContext, claim: Claim, before: int, after: int) -> list[Claim]:
    index = ctx.sentence_index(claim.span[0])
    sentences = ctx.sentences
    lo = sentences[max(0, index - before)][0]
    hi = sentences[min(len(sentences) - 1, index + after)][1]
    return ctx.claims_in(lo, hi)


@finder("growth")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for statement in statements(ctx):
        change = statement.change
        if change is None or not is_relative_change(change):
            continue
        if statement.end is not None and statement.start is None:
            yield from _prior_for(ctx, change, statement.end)
        elif statement.start is not None and statement.end is None:
            yield from _current_for(ctx, change, statement.start)
        if statement.delta is not None and statement.start is None and statement.end is None:
            yield from _level_before(ctx, statement)
    for statement in statements(ctx):
        points = statement.points
        if points is not None and statement.end is not None and statement.start is None:
            yield from _points_prior(ctx, points, statement.end)
    for change in ctx.claims:
        if is_relative_change(change) and not _in_statement(ctx, change) and not _hypothetical(ctx, change):
            if has_own_base(ctx, change):
                continue  # "and 7% more than 42.4 million a year earlier": measured from the figure it names
            paired = list(_pair_for(ctx, change))
            yield from paired or _prior_beside(ctx, change)


_SHARE_OF = re.compile(r"^\s*(?:percent|per\s*cent|pct|%)?\s*of\s+(?:its|their|the|his|her|our|all)\b", re.I)


def _level_before(ctx: ArticleContext, statement: Statement) -> Iterator[Relation]:
    """ "Brent was at $95.61 a barrel. It was up $1.17, or 1.2 percent": the level the move ended at, said before."""
    change, delta = statement.change, statement.delta
    assert change is not None and delta is not None
    if _SHARE_OF.match(trail(ctx, change, 30)):
        return  # "cut 336 jobs, or 8 percent of its staff": a share of the whole, which part_share reads
    head = _POINTER.match(ctx.text[delta.sentence_span[0] : min(change.span[0], delta.span[0])])
    earlier = [
        c
        for c in _window(ctx, delta, 1, 0)
        if c.span[1] <= min(change.span[0], delta.span[0])
        and fits_end(delta, c)
        and c.change is None
        and _is_prior(ctx, c) is None
        and (head is not None or subjects([delta, c]) != Agreement.DISAGREE)
        # "7,700 MW of new gas-fired power ..., while nuclear capacity grew by 1,347 MW": another clause's subject
        and not (c.sentence_span == delta.sentence_span and has_break(ctx.text[c.span[1] : delta.span[0]]))
        # "edging past the old record by 43 units": an amount "by" which one thing differs from another, no level
        and not _BY_AMOUNT.search(lead(ctx, c, 30))
    ]
    if not earlier:
        yield from _named_level_before(ctx, change, delta)
        return
    level = earlier[-1]
    others = earlier[:-1][-2:] if head is None else []
    doubts = []
    if head is None and _listed_moves(ctx, statement) and level.sentence_span != delta.sentence_span:
        # "... among them Eastvale, up 12 cases (40%), Northmoor 9 cases (25%), ...": one part's move in a list
        # of parts' moves; the level said before is as likely the whole's as that part's.
        doubts.append("the move is one of several its sentence lists, each perhaps of its own part")
    moved_to = max(change.span[1], delta.span[1])
    if head is None and level.sentence_span != delta.sentence_span:
        after = [
            c
            for c in ctx.claims_in(moved_to, delta.sentence_span[1])
            if c.span[0] >= moved_to and fits_end(delta, c) and c.change is None
        ]
        if after:
            # "rose by $4m (6%) to pass $70m": the move's own sentence goes on to a level of its unit, which the
            # move may end at (worded loosely); the level a sentence before may be another measure's.
            doubts.append(f"its own sentence goes on to {show(after[0])}, which the move may end at")
    whole = _WHOLE_SAID.search(ctx.text, delta.sentence_span[0], min(change.span[0], delta.span[0]))
    if head is None and whole is not None and not _WHOLE_SAID.search(ctx.text, level.sentence_span[0], level.span[1]):
        # "Year to date 1,210 electric cars were sold ... The market overall is down 3.5% (4,905 units)": the move
        # is the whole's, and the level before, told without that word, may be one part's.
        doubts.append(f"the move is said of the whole (“{whole.group(0)}”), {show(level)} is not")
    session = _later_session(ctx, statement)
    if session is not None and CLOSE.search(ctx.text, max(level.sentence_span[0], level.span[0] - 40), level.span[0]):
        # "It closed up 20 cents at $31.40. After hours, it slid $1.10, or 3.5%": a move told for a later session
        # starts from the close told before it; the close is that move's start, not its end.
        yield Relation(
            kind=RelationKind.PERCENT_CHANGE,
            members=roles(change=change, delta=delta, from_=level),
            evidence=inferred(
                ctx,
                [delta, level],
                [cue(ctx, session.span(), "a move outside the regular session"), cue(ctx, level.span, "the close")],
                period=Agreement.AGREE,
                ambiguous=[show(o) for o in others],
                doubts=doubts,
            ),
            reason=f"{show(delta)}, or {show(change)}, “{session.group(0)}” starts from the close, {show(level)}",
        )
        return
    if session is not None:
        doubts.append(f"the move is told “{session.group(0)}”, after {show(level)} was: it may be where it started")
    evidence = inferred(
        ctx,
        [delta, level],
        [cue(ctx, tuple(delta.span), "the move"), cue(ctx, tuple(level.span), "the level before")],  # type: ignore[arg-type]
        period=Agreement.AGREE,
        ambiguous=[show(o) for o in others],
        doubts=doubts,
        tie=Tie.STRUCTURE if head is not None else Tie.INFERRED,
    )
    if head is not None:
        evidence = evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
    yield Relation(
        kind=RelationKind.PERCENT_CHANGE,
        members=roles(change=change, delta=delta, to=level),
        evidence=evidence,
        reason=f"{show(delta)}, or {show(change)}, restates one move; {show(level)} is the level "
        + (f"“{head.group(1)}” points back to" if head is not None else "of that measure stated just before"),
    )


def _later_session(ctx: ArticleContext, statement: Statement) -> re.Match[str] | None:
    """Words of a later session in the move's own clause: before it in its sentence, or after it up to a comma."""
    assert statement.change is not None and statement.delta is not None
    first = min(statement.change.span[0], statement.delta.span[0])
    last = max(statement.change.span[1], statement.delta.span[1])
    before = [
        m
        for m in LATER_SESSION.finditer(ctx.text, statement.delta.sentence_span[0], first)
        if not re.search(r"[;:]", ctx.text[m.end() : first])
    ]
    if before:
        return before[-1]
    # "fell $1.10, or 3.5%, in extended trading": the words after the move up to the next break
    tail = re.match(r"[\s,)]*[^,;()]*", ctx.text[last : statement.delta.sentence_span[1]])
    assert tail is not None
    return LATER_SESSION.search(ctx.text, last, last + tail.end())


_BY_AMOUNT = re.compile(
    r"\bby\s+(?:(?:about|around|some|nearly|almost|just|over|under)\s+)?[$£€¥₹]?\s*$", re.IGNORECASE
)
# Words that tell a figure as the whole's: "the market overall", "total sales", "in all".
_WHOLE_SAID = re.compile(r"\b(?:overall|total|in\s+all|as\s+a\s+whole|all\s+told|combined)\b", re.IGNORECASE)
_BRACKETED_MOVE = re.compile(
    r"\d(?:[\d,.]*\d)?\s*(?:[a-z]+\s*)?\(\s*[+-]?\d[\d.]*\s*(?:%|per\s*cent|percent)\s*\)", re.IGNORECASE
)


def _listed_moves(ctx: ArticleContext, statement: Statement) -> bool:
    """Whether the statement's sentence gives another move in units and percent with no ends: a list of moves."""
    delta = statement.delta
    assert delta is not None
    if len(_BRACKETED_MOVE.findall(ctx.text, *delta.sentence_span)) >= 2:
        return True  # "Northmoor 9 cases (25%), Linford 3 cases (60%)": the moves listed in brackets
    listed = _bare_moves_by_sentence(ctx)[delta.sentence_span]
    return listed - (1 if _is_bare_move(statement) else 0) > 0


def _is_bare_move(statement: Statement) -> bool:
    """A move in units and percent with no ends ("Northmoor rose by 9 cases (25%)")."""
    return (
        statement.delta is not None
        and statement.change is not None
        and statement.start is None
        and statement.end is None
    )


def _bare_moves_by_sentence(ctx: ArticleContext) -> Counter[tuple[int, int]]:
    """How many such moves each sentence gives: counted once per article, not once per move asked about."""

    def make() -> Counter[tuple[int, int]]:
        return Counter(s.delta.sentence_span for s in statements(ctx) if _is_bare_move(s) and s.delta is not None)

    return ctx.memo("growth.bare_moves_by_sentence", make)


def _named_level_before(ctx: ArticleContext, change: Claim, delta: Claim) -> Iterator[Relation]:
    """ "The Dow fell 588 points to 15,871. ... For the year: The Dow is down 2,537 points, or 11 percent": a move
    to date ends at the level the article last gave for the same named subject."""
    if delta.subject is None or not _TO_DATE.search(ctx.text[delta.sentence_span[0] : delta.span[0]]):
        return
    candidates = [
        c
        for c in ctx.claims
        if c.span[1] <= delta.sentence_span[0]
        and c.subject is not None
        and fits_end(delta, c)
        and c.change is None
        and _is_prior(ctx, c) is None
        and is_estimate(ctx, c) is None
    ]
    levels = [c for c in candidates if c.subject == delta.subject]
    if not levels:
        # "The Dow Jones Industrial Average rose ... The Dow is up": a later line may use the name's first words,
        # when those words begin one name only.
        longer = [c for c in candidates if _short_for(delta.subject, c.subject or "")]
        if len({c.subject for c in longer}) != 1:
            return
        levels = longer
    level = levels[-1]
    others = [c for c in levels if c.quantity.value != level.quantity.value]
    evidence = inferred(
        ctx,
        [delta, level],
        [cue(ctx, delta.span, "the move to date"), cue(ctx, level.span, "the subject's last level")],
        period=Agreement.AGREE,
        ambiguous=[show(o) for o in others[-2:]],
    )
    yield Relation(
        kind=RelationKind.PERCENT_CHANGE,
        members=roles(change=change, delta=delta, to=level),
        evidence=evidence,
        reason=f"{show(delta)}, or {show(change)}, is {delta.subject}'s move to date; {show(level)} is the last level "
        f"the article gives for {delta.subject}",
    )


def _short_for(short: str, name: str) -> bool:
    """ "Dow" for "Dow Jones Industrial Average": the short name is the long one's first words."""
    words, full = short.split(), name.split()
    return len(words) < len(full) and full[: len(words)] == words


# A move to date, told in the present: "The Dow is down 2,537 points", "is up 4% for the year".
_TO_DATE = re.compile(r"\b(?:is|are|has\s+(?:gained|lost|risen|fallen|climbed|dropped))\b", re.IGNORECASE)


def _points_prior(ctx: ArticleContext, points: Claim, current: Claim) -> Iterator[Relation]:
    """ "The rate rose 0.3 point to 4.1%. ... It was 3.8% in May": a change in points against a dated rate."""
    candidates = [(c, how) for c, how in _candidates(ctx, points, current) if c.quantity.kind == current.quantity.kind]
    if not candidates:
        return
    candidates.sort(key=lambda c: abs(c[0].span[0] - current.span[0]))
    prior, how = candidates[0]
    around = [c for c in _window(ctx, current, 2, 1) if c.id not in (points.id, prior.id, current.id)]
    yield Relation(
        kind=RelationKind.POINTS_CHANGE,
        members=roles(points=points, from_=prior, to=current),
        evidence=inferred(
            ctx,
            [points, prior, current],
            [cue(ctx, tuple(points.span), "the change in points"), cue(ctx, tuple(prior.span), how)],  # type: ignore[arg-type]
            levels=[prior, current],
            around=around,
            period=Agreement.AGREE,
            ambiguous=[show(c) for c, _ in candidates[1:]],
        ),
        reason=f"{show(points)} is stated with {show(current)}; {show(prior)} is the same rate marked as earlier "
        f"(“{how}”)",
    )


_HYPOTHETICAL = re.compile(r"\b(?:would|could|might)\s+have\b|\bhad\s+it\s+not\b|\bif\b[^.;]*\bhad\b", re.I)
_HYPOTHETICAL = gated(_HYPOTHETICAL)  # tried on every figure's window, seldom matching there


def _hypothetical(ctx: ArticleContext, change: Claim) -> bool:
    """ "Without the one-off charge, profit would have been 9 percent higher": no figure of the record."""
    return bool(_HYPOTHETICAL.search(ctx.text[change.sentence_span[0] : change.span[0]]))


def _in_statement(ctx: ArticleContext, change: Claim) -> bool:
    return change.id in _stated_changes(ctx)


def _stated_changes(ctx: ArticleContext) -> frozenset[str]:
    """Ids of the changes a statement gives an end, a start or a delta: one pass, not one per claim."""

    def make() -> frozenset[str]:
        return frozenset(s.change.id for s in statements(ctx) if s.change is not None and (s.start or s.end or s.delta))

    return ctx.memo("growth_stated_changes", make)


def growth_relation(
    ctx: ArticleContext, change: Claim, prior: Claim, current: Claim, why: str, cues: list, others: list[Claim], **kw
) -> Relation:
    members = [change, prior, current]
    mine, theirs = change_basis(ctx, change), prior_basis(ctx, prior)
    doubts = list(kw.pop("doubts", []))
    close = close_after(ctx, current, [prior])
    if close is not None:
        doubts.append(close_doubt(close))
    own = own_basis(ctx, change, [prior, current])
    if own is not None:
        doubts.append(own_basis_doubt(own))
    other_basis = bool(mine and theirs and mine != theirs)
    if other_basis:
        doubts.append(f"the change is {mine}-on-{mine} but the earlier figure is dated a {theirs} before")
    around = [
        c
        for c in _window(ctx, current, 2, 1)
        if c.id not in (change.id, prior.id, current.id)
        and not _hypothetical(ctx, c)
        # an estimate's "subject" is who made it ("the S&P consensus estimate"), not a rival to the figures'
        and not is_estimate(ctx, c)
    ]
    return Relation(
        kind=RelationKind.GROWTH_PRIOR,
        members=roles(change=change, prior=prior, current=current),
        evidence=inferred(
            ctx,
            members,
            cues,
            levels=[prior, current],
            around=around,
            period=Agreement.DISAGREE if other_basis else Agreement.AGREE,
            ambiguous=[show(o) for o in others],
            doubts=doubts,
            **kw,
        ),
        reason=why,
    )


def _candidates(ctx: ArticleContext, change: Claim, current: Claim) -> list[tuple[Claim, str]]:
    taken = _taken(ctx)
    found = []
    for other in _window(ctx, current, 2, 2):
        if other.id in (change.id, current.id) or not same_unit(other, current) or other.change is not None:
            continue
        if (
            ctx.sentences_apart(other, current) > 1
            and named_prior(ctx, other) is None
            and not _moved_from(ctx, current, other)
        ):
            continue  # two sentences away only a figure named as the one before ("the previous dividend was")
        if other.span == current.span or taken.get(other.id, current.id) not in (current.id, change.id):
            continue  # another clause already sets this figure against its own end or change
        how = _is_prior(ctx, other)
        if how is None:
            continue
        if metrics([other, current]) == Agreement.DISAGREE or subjects([other, current]) == Agreement.DISAGREE:
            continue
        found.append((other, how))
    return found


# "Passengers rose from 7.1 million a year earlier.": a move's verb and its start alone, the end told before.
_MOVED_FROM = re.compile(
    r"\b(?:rose|climbed|grew|increased|jumped|fell|dropped|declined|decreased|slipped|was\s+(?:up|down))\s+from\s*$",
    re.IGNORECASE,
)
_MOVED_FROM = gated(_MOVED_FROM)  # tried on every figure's window, seldom matching there


def _moved_from(ctx: ArticleContext, current: Claim, claim: Claim) -> bool:
    """A sentence that tells only where a move started, two sentences after its end: the move told before, looked
    back on. Nothing else in that sentence may be a level of the same unit (which could be the move's own end),
    and no other move or level may stand between the two (whose move it could be): the end told again may."""
    if claim.span[0] < current.span[0] or not _MOVED_FROM.search(lead(ctx, claim, 40)):
        return False
    if any(same_unit(other, claim) and other.id != claim.id for other in ctx.claims_in(*claim.sentence_span)):
        return False
    return not any(
        c.change is not None or (same_unit(c, current) and c.quantity.value != current.quantity.value)
        for c in ctx.claims_in(current.sentence_span[1], claim.sentence_span[0])
    )


def _prior_for(ctx: ArticleContext, change: Claim, current: Claim) -> Iterator[Relation]:
    candidates = _candidates(ctx, change, current)
    if not candidates:
        pointed = list(_pointed_prior(ctx, change, current))
        yield from pointed or _dated_level(ctx, change, current)
        return
    candidates.sort(key=lambda c: abs(c[0].span[0] - current.span[0]))
    prior, how = candidates[0]
    relation = growth_relation(
        ctx,
        change,
        prior,
        current,
        f"{show(change)} is stated with {show(current)}; {show(prior)} is the same measure marked as earlier (“{how}”)",
        [cue(ctx, tuple(change.span), "the change"), cue(ctx, tuple(prior.span), how)],  # type: ignore[arg-type]
        [c for c, _ in candidates[1:]],
        doubts=_own_change_doubts(ctx, prior, change)
        + _own_level_doubts(ctx, prior, current)
        + _look_back_doubts(ctx, prior, change, current)
        + [spans_apart_doubt(short) for short in [spans_apart(ctx, change, current, prior)] if short],
    )
    head = _POINTER.match(ctx.text[change.sentence_span[0] : min(change.span[0], current.span[0])])
    if head is not None and len(candidates) == 1 and ctx.sentences_apart(prior, current) == 1:
        # "... after having closed at $217.50. It ended the session down 20% at $173.50": "It" is what the
        # sentence before priced, so subject and measure carry over.
        evidence = relation.evidence.model_copy(
            update={"subject": Agreement.AGREE, "metric": Agreement.AGREE, "tie": Tie.STRUCTURE}
        )
        relation = relation.model_copy(update={"evidence": evidence})
    elif len(candidates) == 1 and _names_the_thing(ctx, prior, change, current):
        # "raising its dividend by 12% to 28 cents ... The previous quarterly dividend was 25 cents":
        # the previous one of the thing the change's clause names is that thing's, whoever the clause says owns it.
        evidence = relation.evidence.model_copy(update={"subject": Agreement.AGREE})
        relation = relation.model_copy(update={"evidence": evidence})
    yield relation


# What may stand between a level and the change its own clause gives it: words, no figure, no turn to another thing.
_OWN_GAP = re.compile(
    r"^[^;.()]{0,80}?,?\s*(?:up|down|rising|falling|growth\s+of"
    r"|an?\s+(?:increase|decrease|rise|fall|gain|drop|decline|jump)\s+of)\s*$",
    re.IGNORECASE,
)
_OTHER_TURN = re.compile(r"\b(?:while|whereas|but|compared|against|than|and)\b", re.IGNORECASE)


def _own_change(ctx: ArticleContext, level: Claim) -> Claim | None:
    """The relative change a level's own clause gives it: "4.2 million used the port last year, up 9 percent from
    2023". A level told with its own move is that move's end: read as the start of another move, it may belong
    to another series (overseas visitors, then domestic travellers up 3 percent), even when a date marks it as
    earlier."""
    after = [c for c in ctx.sentence_claims(level) if c.span[0] >= level.span[1]]
    if not after or not is_relative_change(after[0]):
        return None
    gap = ctx.text[level.span[1] : after[0].span[0]]
    return after[0] if _OWN_GAP.match(gap) and not _OTHER_TURN.search(gap) else None


# "But sales did increase sharply from the 14,000 of the month before": a move's verb and its start, no end.
_MOVE_FROM = re.compile(
    r"(?:\b(?P<also>also|too|as\s+well)\b[^.;:\d]{0,20}?)?"
    r"\b(?:(?P<up>rose|rise[sn]?|climb(?:ed|s)?|grew|grow[sn]?|increased?|jump(?:ed|s)?|gain(?:ed|s)?|picked\s+up"
    r"|rebound(?:ed|s)?|recover(?:ed|s)?)|(?P<down>fell|fall(?:s|en)?|dropped|drops?|declined?|decreased?|slipped"
    r"|dipped|slid|eased))\b"
    r"[^.;:\d]{0,25}?\bfrom\b[^.;:\d]{0,45}$",
    re.IGNORECASE,
)


def _look_back_doubts(ctx: ArticleContext, prior: Claim, change: Claim, current: Claim) -> list[str]:
    """A start that its own sentence gives as the start of a move with no end there ("Sales did pick up from the
    14,000 units of the month before."): that move looks back on a level told earlier. Told before the change's
    sentence, it may be another company's or another period's; told after, it is the change's own start only if
    it moves the same way (a "climbed from" is no start of a "slid 12%") and is not told as one more comparison
    ("also rose from"): the change's own start is not "also" its start."""
    move = _MOVE_FROM.search(ctx.text[prior.sentence_span[0] : prior.span[0]])
    if move is None or any(c.id != prior.id and same_unit(c, prior) for c in ctx.sentence_claims(prior)):
        return []  # no move of its own, or the move's end is in its own sentence
    if ctx.sentence_index(prior.span[0]) < ctx.sentence_index(current.span[0]):
        return [f"{show(prior)} starts a move of its own sentence that looks back on a level told before it"]
    if move.group("also"):
        return [f"{show(prior)} starts a move its sentence tells as another comparison (“{move.group('also')}”)"]
    way = 1 if move.group("up") else -1
    if change.change is not None and way != direction(change):
        return [f"{show(prior)} starts a move of its own sentence that goes the other way from {show(change)}"]
    return []


def _own_change_doubts(ctx: ArticleContext, prior: Claim, change: Claim) -> list[str]:
    """The doubt a level's own change casts on reading it as the start of ``change`` (none when it has none)."""
    own = _own_change(ctx, prior)
    if own is None or own.id == change.id:
        return []
    return [f"{show(prior)} has a change of its own ({show(own)}): it may be the end of its own series"]


def _own_level_doubts(ctx: ArticleContext, prior: Claim, current: Claim) -> list[str]:
    """A prior told in another sentence after a level of its unit ("earned $12.4m in the half, a shade below the
    $12.9m of a year before"): it is most likely that level's earlier figure, and the change's end another measure's."""
    if prior.sentence_span == current.sentence_span:
        return []
    before = [
        c
        for c in ctx.claims_in(prior.sentence_span[0], prior.span[0])
        if c.id != current.id and c.change is None and same_unit(c, prior)
    ]
    if not before:
        return []
    return [f"{show(prior)} follows {show(before[-1])} in its own sentence, whose earlier figure it may be"]


def _names_the_thing(ctx: ArticleContext, prior: Claim, change: Claim, current: Claim) -> bool:
    """ "The previous <noun> was" names a prior with no subject of its own by the noun the change's clause uses."""
    named = named_prior(ctx, prior)
    if named is None or prior.subject is not None or subjects([prior, current]) != Agreement.UNKNOWN:
        return False
    words = re.findall(r"[a-z-]+", named.lower())
    nouns = [w for w in words if w not in ("the", "its", "their", "previous", "prior", "former", "old", "was", "were",
                                           "had", "been", "stood", "at", "about", "around")]  # fmt: skip
    if not nouns:
        return False
    start = min(change.span[0], current.span[0])
    clause = ctx.text[max(change.sentence_span[0], start - 80) : max(change.span[1], current.span[1])].lower()
    return re.search(rf"\b{re.escape(nouns[-1])}s?\b", clause) is not None


def _pointed_prior(ctx: ArticleContext, change: Claim, current: Claim) -> Iterator[Relation]:
    """ "In 1995 there were 684.5 incidents per 100,000. That rate declined to 361.6, a decline of 47.2%": the
    sentence points back at the level it started from."""
    head = _POINTER.match(ctx.text[change.sentence_span[0] : min(change.span[0], current.span[0])])
    index = ctx.sentence_index(change.span[0])
    if head is None or index == 0:
        return
    before = ctx.sentences[index - 1]
    levels = [
        c
        for c in ctx.claims_in(*before)
        if same_unit(c, current)
        and c.change is None
        and not is_denominator(ctx, c)  # "684.5 incidents per 100,000": a denominator
        and re.search(r"\d", c.quantity.text)  # "All four regions": a small count in words is no level
    ]
    if len(levels) != 1:
        return  # several figures in that unit: the words do not say which one
    prior = levels[0]
    span = (change.sentence_span[0] + head.start(1), change.sentence_span[0] + head.end(1))
    if _EARLIER_MOVE.match(ctx.text[span[1] : min(change.span[0], current.span[0])]):
        # "It will lift the dividend 8% to 38 cents. This follows a 12% rise to 35 cents in 2023": the sentence
        # tells the move before the one just told, which ended where this one starts, not one that starts there.
        return
    lead_in = ctx.text[span[1] : min(change.span[0], current.span[0])]
    if _OTHER_SUBJECT.search(lead_in):
        # "It was followed by Brackwater, which rose 4.2% to $18.75": the move is the newly named thing's, and the
        # pointer's referent is only what it is set against.
        return
    if any(
        c.change is not None and c.id not in (change.id, current.id)
        for c in ctx.claims_in(change.sentence_span[0], change.span[0])
    ):
        # "It rose 5% to $10 on Monday and 2% to $10.20 on Tuesday": a pointer is the subject of its sentence's
        # first move; a later one starts where that one ended, or belongs to something named since.
        return
    # "Corn came to 58 million tons, growth of 9%. For soy, the figure was 2 million, growth of 3%": a level told
    # with its own move ends its own series; the next sentence may list the next item's, not move on from it.
    doubts = _own_change_doubts(ctx, prior, change)
    spans = _span_lengths(prior, current)
    if spans is not None:
        # "$3.1 billion in March. This brings the first quarter to $9.4 billion": a month's flow and a quarter's
        # running total are two measures, not one measure at two times, whatever the pointer points back to.
        doubts.append(f"{show(prior)} covers {spans[0]} but {show(current)} covers {spans[1]}")
    against = _OWN_COMPARISON.match(ctx.text[change.span[1] : change.span[1] + 80])
    if against is not None:
        # "This brings the quarter to $9.4 billion, 2.7% higher than the same period in 2024": the change says what
        # it is measured against, and the pointer does not say that the level before is that.
        doubts.append(f"the change is stated against “{against.group(1)}”, not against {show(prior)}")
    relation = growth_relation(
        ctx,
        change,
        prior,
        current,
        f"“{head.group(1)}” points back to {show(prior)}; {show(change)} takes it to {show(current)}",
        [cue(ctx, span, "points back to the level before"), cue(ctx, tuple(current.span), "the level reached")],  # type: ignore[arg-type]
        [],
        tie=Tie.STRUCTURE,
        doubts=doubts,
    )
    yield relation.model_copy(
        update={
            "evidence": relation.evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
        }
    )


# What a change's own words set it against, right after it: "2.7% higher than the same period in 2024",
# "up 4% from a year earlier", "8% year on year".
_OWN_COMPARISON = re.compile(
    r"^\s*(?:percent|per\s*cent|pct)?\s*(?:higher|lower|more|less|above|below|up|down|bigger|smaller)?\s*"
    r"((?:than|from|on|over|compared\s+(?:with|to)|against|versus|vs\.?)\s+(?:in\s+)?(?:the\s+)?"
    r"(?:same|corresponding|year-ago|year-earlier|a\s+year|last\s+year|(?:19|20)\d\d)\b[^,.;]{0,40}"
    r"|year[- ]on[- ]year|year[- ]over[- ]year)",
    re.IGNORECASE,
)

# How many sentences either side of a change its dated baseline level may stand.
_BASELINE_REACH = 12


def _dated_level(ctx: ArticleContext, change: Claim, current: Claim) -> Iterator[Relation]:
    """ "up 61% at $144 compared with one month ago ... $85 at the start of 2025": a level dated at the baseline."""
    baseline = change.baseline
    if baseline is None or baseline.kind == TimeKind.PERIOD or baseline.months is None:
        return
    base_time = ctx.time_of(baseline)
    now = ctx.time_of(current.period) or ctx.article_date
    if base_time is None:
        return
    fits = []
    # The baseline's level is looked for within a few sentences of the change, not across a whole book of figures.
    for other in _window(ctx, current, _BASELINE_REACH, _BASELINE_REACH):
        if other.id in (change.id, current.id) or not same_unit(other, current) or other.change is not None:
            continue
        if other.period is None or other.period.kind not in (TimeKind.POINT, TimeKind.DATE, TimeKind.SINCE):
            continue
        when = ctx.time_of(other.period)
        if when is None or not when.overlaps(base_time) or (now.bounded and when.contains(now)):
            continue
        around = _window(ctx, other, 1, 1)
        if metrics([other, current]) == Agreement.DISAGREE or sole_subject([other, current], around) != Agreement.AGREE:
            continue
        fits.append(other)
    if not fits:
        return
    fits.sort(key=lambda c: abs(c.span[0] - current.span[0]))
    prior = fits[0]
    doubts = []
    if not ctx.date.known:
        doubts.append("the article's date is not known, so “" + baseline.text + "” cannot be placed")
    yield growth_relation(
        ctx,
        change,
        prior,
        current,
        f"{show(change)} {baseline.text} ends at {show(current)}; {show(prior)} is the same measure dated "
        f"{other_time(prior)}, which can be that baseline",
        [cue(ctx, baseline.span, "the change's baseline"), cue(ctx, prior.period.span, "the earlier level's date")],
        fits[1:],
        tie=Tie.STRUCTURE,
        doubts=doubts,
    )


def _span_lengths(prior: Claim, current: Claim) -> tuple[str, str] | None:
    """How long each level's own period runs, when both say and they differ; None otherwise."""
    if prior.period is None or current.period is None:
        return None
    if prior.period.kind != TimeKind.PERIOD or current.period.kind != TimeKind.PERIOD:
        return None
    a, b = prior.period.months, current.period.months
    if a is None or b is None or abs(a - b) < 0.5:
        return None

    def length(months: float, text: str) -> str:
        return f"{'a month' if months == 1 else f'{months:g} months'} (“{text}”)"

    return length(a, prior.period.text), length(b, current.period.text)


def other_time(claim: Claim) -> str:
    return claim.period.text if claim.period else "earlier"


def pointed_current(ctx: ArticleContext, change: Claim, prior: Claim) -> Iterator[Relation]:
    """The current level of a change and its start when the change's sentence opens on a pointer back to the
    sentence before ("That figure was 12% above ..."); nothing when it does not."""
    if _POINTER.match(ctx.text[change.sentence_span[0] : change.span[0]]) is None:
        return iter(())
    return _current_for(ctx, change, prior)


def _current_for(ctx: ArticleContext, change: Claim, prior: Claim) -> Iterator[Relation]:
    """ "Income was Rs 3,480 crore. It rose 9 per cent from Rs 3,190 crore": the level said just before."""
    taken = _taken(ctx)
    head = _POINTER.match(ctx.text[change.sentence_span[0] : change.span[0]])
    found = [
        c
        for c in _window(ctx, change, 1, 0)
        if c.span[1] <= change.span[0]
        and c.id != prior.id
        and same_unit(c, prior)
        and c.change is None
        and _is_prior(ctx, c) is None
        and not is_estimate(ctx, c)  # "compared with the consensus estimate of 17 cents": no level of the move
        and c.id not in taken
        and (head is not None or metrics([c, prior]) != Agreement.DISAGREE)
        and (head is not None or subjects([c, prior]) != Agreement.DISAGREE)
    ]
    if not found:
        return
    current = found[-1]
    if head is not None and current.sentence_span != change.sentence_span:
        # "That figure ... was 96.5% ahead of the £144m": the sentence points at the level just stated.
        span = (change.sentence_span[0] + head.start(1), change.sentence_span[0] + head.end(1))
        relation = growth_relation(
            ctx,
            change,
            prior,
            current,
            f"“{head.group(1)}” points back to {show(current)}; {show(change)} is stated against {show(prior)}",
            [cue(ctx, span, "points back to the level before"), cue(ctx, tuple(prior.span), "the earlier level")],
            [],
            tie=Tie.STRUCTURE,
        )
        yield relation.model_copy(
            update={
                "evidence": relation.evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
            }
        )
        return
    # "$3.1 billion during the same period, an increase of 5.2% from $2.95 billion": a level of the unit that
    # was passed over (its words read like a date before) still stands between the level taken and the change,
    # and is the nearer reading of what rose.
    passed = [
        c.id
        for c in _window(ctx, change, 1, 0)
        if current.span[1] <= c.span[0]
        and c.span[1] <= change.span[0]
        and c.id != prior.id
        and same_unit(c, prior)
        and c.change is None
        and not is_estimate(ctx, c)
        and _only_same_period(_is_prior(ctx, c))
    ]
    yield growth_relation(
        ctx,
        change,
        prior,
        current,
        f"{show(change)} from {show(prior)} is stated right after {show(current)}, the same measure",
        [cue(ctx, tuple(change.span), "the change"), cue(ctx, tuple(current.span), "the level before")],  # type: ignore[arg-type]
        found[:-1][-2:],
        doubts=["another level of the same unit stands between it and the change"] if passed else [],
    )


def _only_same_period(said: str | None) -> bool:
    """No date before, or only "during the same period", which may be the change's own period as well as the year
    before ("took in $3.1 billion during the same period, up 5.2% from ...")."""
    return said is None or (
        re.search(r"\bsame\s+(?:\w+\s+)?period\b", said, re.IGNORECASE) is not None
        and re.search(r"\b(?:year|earlier|ago|previous|prior|last|corresponding|before)\b", said, re.IGNORECASE) is None
    )


# The head of a sentence that points back at the figure of the sentence before: "That figure ...", "Measured
# against the prior quarter, sales slipped ...".
_POINTER = re.compile(
    r"^\W*(?:(?:on|in|by|at|for|compared|sequentially)\b[^,.;]{0,60},\s*)?"
    r"((?:that|this|the)\s+(?:figure|number|total|amount|result|level|sum|profit|sales|revenue|rate|ratio|reading"
    r"|gain|loss|deficit|surplus|count|tally)|that|this|it|they)\b"
    r"(?!\s+of\b)"  # "The number of tourists who arrived this year was" names its own thing
    # "It's biggest rival, Norland Corp., said its sales rose": a possessive (spelt as "it's") whose noun is set off
    # by a name: the sentence's subject is that other company, not the thing pointed back to.
    r"(?!['’]s\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*,\s*(?-i:[A-Z]))"
    r"(?!\s+(?:includ|exclud|compris|cover)\w*)"  # "This includes Lauda's traffic, where ...": a part of it
    # "This can be broken down to a 2.9% rise in voice revenue to $93.5 billion, ...": its parts, each with its own move
    r"(?!\s+(?:(?:can|could|may|might|is|was)\s+be\s+|is\s+|was\s+)?(?:broken\s+down|split|divided|made\s+up)\b)"
    # a pointer is the subject itself: "The total housing stock was" names a new thing, "The total was" points back
    r"(?!\s+(?!(?:was|is|were|are|has|had|have|will|would|stood|came|rose|fell|grew|climbed|dropped|declined"
    r"|increased|decreased|jumped|slipped|edged|reached|hit|marked|ended|closed|amounted|compares|compared)\b)"
    r"[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?(?:was|is|were|are|has|had|stood|rose|fell|grew|reached)\b)",
    re.IGNORECASE,
)
_POINTER = gated(_POINTER)  # tried on every figure's window, seldom matching there
# "It was followed by Brackwater, which rose ...", "It was trailed by Pellin Foods, up ...", "..., while Norland, whose
# shares gained ...": between the pointer and the move the sentence names another thing, whose move it tells.
_OTHER_SUBJECT = re.compile(
    r"\b(?:followed|trailed|joined|chased|overtaken|beaten|matched|outpaced)\s+by\b"
    r"|(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*))*\s*,?\s+(?:which|whose|who)\b",
    re.IGNORECASE,
)
# "This follows a 6% rise", "That comes after a cut of ...", "It builds on last year's": the sentence puts its move
# before the one the pointer names.
_EARLIER_MOVE = re.compile(
    r"^\s+(?:follows|followed|(?:comes?|came)\s+(?:after|on\s+top\s+of)|builds?\s+on|is\s+on\s+top\s+of"
    r"|(?:was|is)\s+preceded\s+by)\b",
    re.IGNORECASE,
)


# "6% below the pre-recession peak", "3% above its 2019 level": set against a mark, not a move between two figures.
_AGAINST_MARK = re.compile(
    r"^\s*(?:percent|per\s*cent|pct)?\s*(?:above|below|under|over|short\s+of|off|shy\s+of|higher\s+than|lower\s+than)"
    r"\s+(?:the|its|their|a|an|this|that)\s+(?:[\w’'-]+\s+){0,3}?(?:peak|high|low|record|average|level|target|mark"
    r"|threshold|trough|norm|benchmark)s?\b",
    re.IGNORECASE,
)
_AGAINST_MARK = gated(_AGAINST_MARK)  # tried on every figure's window, seldom matching there


def _ending_near(ctx: ArticleContext, change: Claim, reach: int) -> list[Statement]:
    """The statements whose end is in ``change``'s sentence or up to ``reach`` sentences after it, in the order
    of :func:`statements`: looked up in an index by sentence made once, not by reading every statement per change."""

    def make() -> dict[int, list[int]]:
        index: dict[int, list[int]] = {}
        for position, statement in enumerate(statements(ctx)):
            if statement.end is not None:
                index.setdefault(ctx.sentence_index(statement.end.span[0]), []).append(position)
        return index

    index = ctx.memo("growth_statements_by_end_sentence", make)
    first = ctx.sentence_index(change.span[0])
    every = statements(ctx)
    return [every[p] for p in sorted(p for i in range(first, first + reach + 1) for p in index.get(i, ()))]


def _pair_for(ctx: ArticleContext, change: Claim) -> Iterator[Relation]:
    """A lead's bare "net income rose 51 percent": the current/prior pair (or the move in units with its end) of
    the next sentences."""
    if _AGAINST_MARK.match(trail(ctx, change, 60)) or is_ticker_quote(ctx, change):
        return
    # "Halvard took a blow from its 18 percent decline. Halvard's deliveries fell from 5.1 million to 4.2 million":
    # a change that names no measure may be the one the next sentence gives a pair for, for the same named subject;
    # the words do not say so, so the pairing stays a doubt.
    unnamed = change.measure is None
    if unnamed and change.subject is None:
        yield from _pair_by_noun(ctx, change)
        return
    if unnamed and (change.quantity.kind != QuantityKind.PERCENT or not _NOUN_CHANGE.match(ctx, change)):
        return
    found: list[Statement] = []
    for statement in _ending_near(ctx, change, 1 if unnamed else 3):
        end = statement.end
        if statement.change is not None or end is None or (statement.start is None and statement.delta is None):
            continue
        if not 0 <= ctx.sentence_index(end.span[0]) - ctx.sentence_index(change.span[0]) <= (1 if unnamed else 3):
            continue
        if end.quantity.kind.value == "percent":
            continue  # a relative change of a rate is ambiguous (points or percent); left alone
        if unnamed and (end.measure is None or end.subject != change.subject):
            continue
        if not unnamed and end.measure != change.measure:
            continue
        if not unnamed and end.sentence_span == change.sentence_span and clash(ctx, change, end):
            # "the 3% rise in voice revenue, some two-thirds of service revenue of $41bn versus $37bn":
            # two narrowing words in one sentence name two measures; the pair is the whole's, not the segment's
            continue
        if subjects([change, end]) == Agreement.DISAGREE:
            continue
        found.append(statement)
    if not found:
        return
    first = found[0]
    assert first.end is not None
    # "increased the dividend from $0.44 to $0.45, an increase from $1.76 to $1.80 annualized": one change
    # restated for each pair of one sentence.
    same_sentence = [p for p in found if p.end is not None and p.end.sentence_span == first.end.sentence_span]
    if first.end.sentence_span == change.sentence_span:
        # "gross earnings rose 26% y/y to N99 billion from N78 billion while net income grew to ...": the pairs
        # past a clause break are other moves
        same_sentence = [p for p in same_sentence if p.end is not None and not _broken(ctx, change, p.end)]
        if not same_sentence:
            return
    others = [p.end for p in found if p not in same_sentence and p.end is not None]
    if first.end.sentence_span == change.sentence_span:
        others = []  # the change's own sentence gives its pair: later pairs are other moves
        lo, hi = sorted((first.end.span[1], change.span[0]))
        if _ANOTHER_TIME.search(ctx.text, lo, hi):
            return  # "added $7.57 to $90.40 after hours, after climbing 6% in the regular session": two moves
    between = [
        c
        for c in ctx.claims_in(change.span[1], first.end.span[0])
        if is_relative_change(c) and c.measure in (change.measure, None) and c.id not in _members(first)
    ]
    # "Medical goods rose 7.3 per cent. Furniture declined 6.3 per cent ... Total sales were S$3.7 billion, up from
    # S$3.6 billion": with other moves stated in between, the pair may be any of theirs or none
    doubts = [f"other changes ({', '.join(show(c) for c in between[:3])}) stand between the change and the pair"]
    doubts = doubts if between else []
    if unnamed:
        doubts.append(f"{show(change)} names no measure; {first.end.measure} is the one the pair moves")
    lo, hi = sorted((first.end.span[1], change.span[0]))
    nearer = [
        c
        for c in ctx.claims_in(lo, hi)
        if c.change is None and c.id not in _members(first) and same_unit(c, first.end) and not looks_like_year(c)
    ]
    if nearer:
        # "215,000 units were sold in May against 207,000 in April, for 1.59 million this year, down 30%": a level
        # of the measure between the pair and the change may be the one the change moved.
        doubts.append(f"{show(nearer[-1])} stands between the pair and the change: it may be the level that moved")
    own = _own_level(ctx, change, first)
    if own is not None:
        # "Refineries made 3.1 Mt by November. Output was 38% above last season's pace ... Season output is seen at
        # 19 Mt against 18.2 Mt": the change's sentence (or the one before) gives the level it moved, over a
        # span of its own; the pair stated later is another span's (often a whole season's forecast).
        doubts.append(f"{show(own)} is stated just before the change: it may be the level that moved")
    basis = _BASIS.search(lead(ctx, change, 60))
    if basis and not _BASIS.search(ctx.text[first.end.sentence_span[0] : first.end.span[1]]):
        # "like-for-like sales down 5.9%" against total sales of £8.3bn and £8.2bn: another basis
        doubts.append(f"the change is {basis.group(0).lower()}, the pair is not said to be")
    for chosen in same_sentence:
        if chosen.start is not None and _bases_apart(ctx, change, chosen.start):
            continue
        yield from _pair_relation(ctx, change, chosen, others, doubts)


# "up 12% from 2019 levels", "up 3% on a year ago", "8% higher versus last summer": the base a change names after it.
_OWN_BASE = re.compile(
    r"\s*(?:percent|per\s*cent|pct|%)?\s*(?:(?:higher|lower|more|less|up|down)\s+)?(?:from|on|over|versus|vs\.?|against"
    r"|compared\s+(?:with|to))\s+(?P<base>[^,;.()]{2,40})",
    re.IGNORECASE,
)
# The words after a pair's start that date it: "$208 in May", "4,100 a year earlier".
_START_DATE = re.compile(
    r"\s*(?P<date>(?:in|for|during|at|of|a|the|last|this)\s+(?:(?!\b(?:and|but|while)\b)[^,;.()]){2,30})", re.IGNORECASE
)
_TIME_TOKEN = re.compile(
    r"\b(?:(?:19|20)\d\d|january|february|march|april|may|june|july|august|september|october|november|december"
    r"|year|quarter|month|week|day|summer|winter|spring|autumn|fall|pandemic)\b",
    re.IGNORECASE,
)


def _bases_apart(ctx: ArticleContext, change: Claim, start: Claim) -> bool:
    """ "$212, up from $208 in May and up 14% from 2021 levels": a change that names its own
    base after it, dated apart from the pair's start, is the level's move against another base, not the pair's."""
    stop = change.sentence_span[1]
    own = _OWN_BASE.match(ctx.text[change.span[1] : min(stop, change.span[1] + 60)])
    if own is None:
        return False
    stop = min(start.sentence_span[1], start.span[1] + 40)
    if change.span[0] > start.span[1]:
        stop = min(stop, change.span[0])
    dated = _START_DATE.match(ctx.text[start.span[1] : stop])
    if dated is None:
        return False
    base, when = _times(own.group("base")), _times(dated.group("date"))
    named_base, named_when = _named(base), _named(when)
    if named_base and named_when:
        return not named_base & named_when  # "in May" against "the same month of 2022": two dates named
    return bool(base) and bool(when) and not base & when


def _named(tokens: set[str]) -> set[str]:
    """The named dates (years, months) among time words, as opposed to kinds of period ("year", "month")."""
    return {t for t in tokens if t.isdigit() or t in _MONTHS}


def _times(words: str) -> set[str]:
    """The time words of a phrase, a named month also counting as "month" and a year as "year": "on the month" is
    May's base when the start is "in May", "from 2021" is not May's."""
    found: set[str] = set()
    for token in (t.lower() for t in _TIME_TOKEN.findall(words)):
        found.add(token)
        if token.isdigit():
            found.add("year")
        elif token in _MONTHS:
            found.add("month")
    return found


_MONTHS = frozenset(MONTHS)


def _own_level(ctx: ArticleContext, change: Claim, pair: Statement) -> Claim | None:
    """A level of the pair's unit said before the change in the change's own sentence or the one before it, when the
    pair is in a later sentence and does not restate it: the change may be that level's move, not the pair's."""
    end = pair.end
    assert end is not None
    if end.sentence_span == change.sentence_span:
        return None
    members = _members(pair)
    index = ctx.sentence_index(change.span[0])
    found = [
        c
        for c in ctx.claims_in(ctx.sentences[max(0, index - 1)][0], change.span[0])
        if c.change is None
        and c.id not in members
        and same_unit(c, end)
        and not looks_like_year(c)
        and c.measure in (change.measure, None)
        and c.quantity.value not in {m.quantity.value for m in (pair.start, end) if m is not None}
    ]
    return found[-1] if found else None


# Words that say nothing of what is counted: "the number of", "official figures", the verbs of a move.
_NOT_A_THING = frozenset(
    [
        "number",
        "numbers",
        "total",
        "figures",
        "figure",
        "official",
        "officials",
        "statistics",
        "data",
        "according",
        "office",
        "national",
        "report",
        "reported",
        "showed",
        "shows",
        "record",
        "level",
        "levels",
        "highest",
        "lowest",
        "latest",
        "previous",
        "months",
        "years",
        "quarter",
        "period",
        "since",
        "compared",
        "risen",
        "rose",
        "fallen",
        "increase",
        "increased",
        "decrease",
        "decreased",
        "higher",
        "lower",
        "there",
        "their",
        "which",
        "about",
    ]
)


def _things(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{5,}", text.lower()) if w not in _NOT_A_THING}


def _pair_by_noun(ctx: ArticleContext, change: Claim) -> Iterator[Relation]:
    """ "Thefts of bikes have gone up 6 per cent, data show. The tally of bike thefts climbed to 4,240, from 4,000":
    a change in percent that names neither measure nor subject, and the one pair of the next sentence that does
    not either, when both sentences speak of the same thing before their figures. Only the shared word ties them,
    so the pairing stays a doubt."""
    if change.quantity.kind != QuantityKind.PERCENT or not is_relative_change(change):
        return
    index = ctx.sentence_index(change.span[0])
    pairs = [
        s
        for s in _ending_near(ctx, change, 1)
        if s.change is None
        and s.start is not None
        and s.end is not None
        and ctx.sentence_index(s.end.span[0]) == index + 1
        and s.end.measure is None
        and s.end.subject is None
        and s.end.quantity.kind != QuantityKind.PERCENT
    ]
    if len(pairs) != 1:
        return
    end = pairs[0].end
    assert end is not None
    shared = _things(ctx.text[change.sentence_span[0] : change.span[0]]) & _things(
        ctx.text[end.sentence_span[0] : end.span[0]]
    )
    if not shared:
        return
    doubts = [f"neither names its measure; both sentences speak of “{sorted(shared)[0]}” before their figures"]
    yield from _pair_relation(ctx, change, pairs[0], [], doubts)


class _NounChange:
    """A change told as a noun of its own, "its 18 percent decline", "a 12% drop": not a verb's ("shares gained 9%"),
    whose subject may be a price the pair does not measure."""

    _BEFORE = re.compile(r"\b(?:its|their|his|her|an?|the)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
    _AFTER = re.compile(
        r"\s*(?:percent|per\s*cent|pct|%)?\s*(?:decline|drop|fall|slump|plunge|decrease|rise|increase|gain|jump)\b",
        re.IGNORECASE,
    )
    _PRICE = re.compile(r"\b(?:shares?|stocks?|price|index|valuation)\b", re.IGNORECASE)

    def match(self, ctx: ArticleContext, change: Claim) -> bool:
        head = ctx.text[change.sentence_span[0] : change.span[0]]
        return (
            bool(self._BEFORE.search(head[-30:]))
            and bool(self._AFTER.match(ctx.text, change.span[1], change.sentence_span[1]))
            and not self._PRICE.search(head)
        )


_NOUN_CHANGE = _NounChange()


_ANOTHER_TIME = re.compile(r"\b(?:after|before|following|having)\s+(?:\w+\s+){0,2}?\w+ing\b", re.IGNORECASE)


_BASIS = re.compile(
    r"\b(?:like[- ]for[- ]like|same[- ]store|comparable[- ]store|organic|underlying|constant[- ]currency|adjusted)\b",
    re.IGNORECASE,
)


def _broken(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    """A second subject's clause between two figures ("while", "whereas", "but")."""
    lo, hi = sorted((a.span[1], b.span[0]))
    return bool(_CONTRAST_CLAUSE.search(ctx.text, lo, hi))


_CONTRAST_CLAUSE = re.compile(r"\b(?:while|whereas|but)\b", re.IGNORECASE)


def _members(statement: Statement) -> set[str]:
    return {c.id for c in (statement.change, statement.delta, statement.points, statement.start, statement.end) if c}


def _prior_beside(ctx: ArticleContext, change: Claim) -> Iterator[Relation]:
    """ "Compared to last year's first half, which saw 42,800 sales, ... a 44% growth in the number of sales": the
    prior stands in the change's sentence, the current level was stated before."""
    if change.measure is None or change.quantity.kind != QuantityKind.PERCENT:
        return
    priors = [
        c
        for c in ctx.sentence_claims(change)
        if c.span[1] <= change.span[0] and c.change is None and c.measure == change.measure and _is_prior(ctx, c)
    ]
    if len(priors) != 1 or priors[0].quantity.kind == QuantityKind.PERCENT:
        return
    prior = priors[0]
    if _taken(ctx).get(prior.id, change.id) != change.id:
        return  # "a fall of 4% from March's $8.2m and 11% below ...": the prior is another change's start
    noun = norm_noun(prior.quantity.noun)
    found = [
        c
        for c in ctx.claims
        if c.span[1] <= prior.sentence_span[0]
        and same_unit(c, prior)
        and c.change is None
        and c.measure == prior.measure
        and norm_noun(c.quantity.noun) == noun
        and _is_prior(ctx, c) is None
        and is_estimate(ctx, c) is None
        and subjects([c, prior]) != Agreement.DISAGREE
    ]
    if not found or ctx.sentences_apart(found[-1], change) > 2:
        return  # a level further back may be another period's (a quarter's total before a month's figures)
    current = found[-1]
    yield growth_relation(
        ctx,
        change,
        prior,
        current,
        f"{show(change)} ({change.measure}) is stated beside {show(prior)}, the earlier figure; {show(current)} is "
        "the same measure stated before",
        [cue(ctx, change.span, "the change"), cue(ctx, prior.span, "the earlier level")],
        found[:-1][-2:],
    )


# A span running up to now that a change may be told over: another move than one session's in units.
_RUNNING_WINDOW = re.compile(
    r"\b(?:this|the\s+past|the\s+last|so\s+far\s+this)\s+(?:week|month|quarter|year)\b|\byear[\s-]to[\s-]date\b"
    r"|\bso\s+far\b|\bfor\s+the\s+(?:week|month|quarter|year)\b|\bon\s+the\s+(?:week|month|year)\b"
    r"|\bover\s+the\s+(?:past|last)\b",
    re.IGNORECASE,
)


def _clause_near(ctx: ArticleContext, delta: Claim, end: Claim) -> str:
    """The words about a move in units and its end, within their sentence: where a span of their own is named."""
    lo, hi = min(delta.span[0], end.span[0]), max(delta.span[1], end.span[1])
    start, stop = end.sentence_span
    return ctx.text[max(start, lo - 50) : min(stop, hi + 40)]


def _pair_relation(
    ctx: ArticleContext, change: Claim, chosen: Statement, others: list[Claim], doubts: list[str]
) -> Iterator[Relation]:
    assert chosen.end is not None
    measure = change.measure or chosen.end.measure
    cues = [cue(ctx, change.span, "the change"), *(cue(ctx, link.cue_span, "a pair") for link in chosen.links)]
    if chosen.start is not None:
        yield growth_relation(
            ctx,
            change,
            chosen.start,
            chosen.end,
            f"{show(change)} ({measure}) has no level in its clause; {show(chosen.start)} -> "
            f"{show(chosen.end)} is the {measure} pair stated next",
            cues,
            others,
            doubts=doubts,
        )
    elif chosen.delta is not None:
        # "caused a 2% drop in the index. The index closed 134.6 points lower at 5,703.8."
        members = [change, chosen.delta, chosen.end]
        window = _RUNNING_WINDOW.search(trail(ctx, change, 40))
        if window and not _RUNNING_WINDOW.search(_clause_near(ctx, chosen.delta, chosen.end)):
            # "is still up 8% this month. The gauge slid 3.1 points to 1,204.7": a move to date and the session's
            doubts = [*doubts, f"the change runs over “{window.group(0)}”, the move in units names no such span"]
        evidence = inferred(
            ctx,
            members,
            cues,
            levels=[chosen.delta, chosen.end],
            period=Agreement.AGREE,
            ambiguous=[show(o) for o in others],
            doubts=doubts,
        )
        yield Relation(
            kind=RelationKind.PERCENT_CHANGE,
            members=roles(change=change, delta=chosen.delta, to=chosen.end),
            evidence=evidence,
            reason=f"{show(change)} ({measure}) has no level in its clause; {show(chosen.delta)} to "
            f"{show(chosen.end)} is the {measure} move stated next",
        )
