"""Two moves of one series measured from one base: each end less its move is the same level.

A report often gives two moves of the same figure, each with its size and where
it ended, and both measured from one starting level:

* a market report's close and its intraday swing, both against the previous
  close: "the index fell 120 points to close at 9,880; at one point it had
  dropped 210 points to 9,790" (an opening move counts too: "opened 40 points
  higher at 10,040");
* two forecasts against one named base year: "output will average 10.2 million
  tonnes in 2026, up 0.8 million tonnes from 2023 ... 9.9 million tonnes in
  2025, up 0.5 million tonnes from 2023".

Either way end - move (with the move's sign) is the same number for both, so
they are one ``part_whole`` relation with rule ``same_base``. Moves from
relative bases ("from a year earlier") or from different named bases have no
common start and are left alone; so are moves of different series (another
subject, measure or unit), two closes (two sessions) and moves over a week or
a month (measured from another session's close).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import Statement, statements
from factcheck.relations.evidence import cue, subjects

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# The base named right after the move: "from 2018", "compared with its 2019 level", "since March 2020".
_NAMED_BASE = re.compile(
    rf"\s*(?:from|since|compared\s+(?:with|to)|versus|vs\.?|against)\s+(?:(?:the|its|their)\s+)?"
    rf"(?P<base>(?:{_MONTH}\s+)?(?:19|20)\d\d)(?![\d/-])(?!\s*(?:to|and|-|–)\s*(?:19|20)?\d\d)",
    re.IGNORECASE,
)
_CLOSE = re.compile(r"\b(?:settl(?:e|ed|es|ing)|clos(?:e|ed|es|ing)|end(?:ed|ing)?|finish(?:ed|ing)?)\b", re.I)
_INTRADAY = re.compile(
    r"\b(?:intra-?day|during\s+the\s+(?:day|session)|(?:earlier|early|late)\s+in\s+the\s+(?:day|session)|"
    r"at\s+one\s+(?:point|stage)|as\s+much\s+as|in\s+(?:early|late)\s+trad(?:e|ing)|"
    r"open(?:ed|ing)?|at\s+the\s+open)\b",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:.()]|\b(?:before|after|and|but|while|then)\b", re.IGNORECASE)
# A move over more than one session starts from another session's close.
_LONGER = re.compile(r"\b(?:week|month|year|quarter|sessions|days)\b|\bsince\b", re.IGNORECASE)


def _move(statement: Statement) -> Claim | None:
    """The move's size: the absolute one when stated, else the percentage (never for a rate's level)."""
    end = statement.end
    if end is None or end.quantity.kind == QuantityKind.PERCENT:
        return None
    if statement.delta is not None and same_unit(statement.delta, end):
        return statement.delta
    return statement.change


def _sign(move: Claim) -> int:
    return move.change.direction if move.change is not None and move.change.direction in (1, -1) else 0


def _window(ctx: ArticleContext, statement: Statement, previous: Statement | None) -> tuple[int, int]:
    """The statement's own stretch of its sentence: from the previous move's end (or the sentence start)."""
    members = statement.members()
    start = members[0].sentence_span[0]
    if previous is not None and previous.members()[0].sentence_span == members[0].sentence_span:
        start = max(c.span[1] for c in previous.members())
    return start, max(c.span[1] for c in members)


def _aliases(ctx: ArticleContext, name: str) -> set[str]:
    """A name and the short form bracketed right after it: "the Energy Agency (EA)".

    Read once per name and article (a scan of the whole text): asked again for every pair of nearby moves of
    two subjects, it made the finder grow with the square of the article's length.
    """
    return ctx.memo(f"changes_same_base aliases of {name}", lambda: _read_aliases(ctx.text, name))


def _read_aliases(text: str, name: str) -> set[str]:
    found = {name.lower()}
    for hit in re.finditer(rf"{re.escape(name)}\s*\((?P<short>[A-Z][A-Za-z&]{{1,9}})\)", text):
        found.add(hit.group("short").lower())
    return found


def _one_subject(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    if subjects([a, b]) == Agreement.AGREE:
        return True
    if not a.subject or not b.subject:
        return False
    return bool(_aliases(ctx, a.subject) & _aliases(ctx, b.subject))


def _one_series(ctx: ArticleContext, a: Claim, b: Claim) -> bool:
    if a.measure and b.measure and a.measure != b.measure:
        return False
    return same_unit(a, b) and _one_subject(ctx, a, b)


def _named_base(ctx: ArticleContext, move: Claim) -> tuple[str, tuple[int, int]] | None:
    found = _NAMED_BASE.match(ctx.text, move.span[1], min(len(ctx.text), move.span[1] + 60))
    if found is None:
        return None
    return " ".join(found.group("base").lower().split()), (found.start("base"), found.end("base"))


def _session(ctx: ArticleContext, statement: Statement, window: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """ "close" or "intraday" for a market move, by the words of its own stretch of the sentence."""
    assert statement.end is not None
    stop = statement.end.sentence_span[1]
    after = ctx.claims_in(window[1], stop)
    stop = min(window[1] + 40, after[0].span[0] if after else stop)
    # "... to 9,880 at the close", up to the clause's end: "before ending ..." is the next move's.
    tail = _CLAUSE_END.split(ctx.text[window[1] : stop], maxsplit=1)[0]
    words = ctx.text[window[0] : window[1]] + tail
    sentence = ctx.text[window[0] : window[1]]
    if _LONGER.search(words):
        return None
    intraday, close = _INTRADAY.search(sentence), _CLOSE.search(words)
    if intraday and not close:
        return "intraday", (window[0] + intraday.start(), window[0] + intraday.end())
    if close and not intraday:
        return "close", (window[0] + close.start(), window[0] + close.end())
    return None


def _relation(
    ctx: ArticleContext, first: tuple[Statement, Claim], second: tuple[Statement, Claim], how: str, spans: list
) -> Relation:
    (one, one_move), (two, two_move) = first, second
    ends = [one.end, two.end]
    assert ends[0] is not None and ends[1] is not None
    evidence = Evidence(
        tie=Tie.STRUCTURE,
        cues=[cue(ctx, span, meaning) for span, meaning in spans],
        sentences_apart=ctx.sentences_apart(ends[0], ends[1]),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
        period=Agreement.AGREE,
    )
    base = "the previous close" if how == "market" else "one named base"
    reason = (
        f"{show(one_move)} to {show(ends[0])} and {show(two_move)} to {show(ends[1])} are two moves of one series "
        f"from {base}"
    )
    return Relation(
        kind=RelationKind.PART_WHOLE,
        members=[
            Member(role="to", claim=ends[0].id),
            Member(role="move", claim=one_move.id),
            Member(role="to", claim=ends[1].id),
            Member(role="move", claim=two_move.id),
        ],
        evidence=evidence,
        reason=reason,
        params={"rule": "same_base", "signs": [_sign(one_move), _sign(two_move)]},
        spans=[span for span, _ in spans],
    )


@finder("changes_same_base")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    moves: list[tuple[Statement, Claim, tuple[int, int]]] = []
    previous: Statement | None = None
    for statement in statements(ctx):
        move = _move(statement)
        if move is not None and _sign(move):
            moves.append((statement, move, _window(ctx, statement, previous)))
        previous = statement
    # Moves by their end's sentence: each move is set only against those at most two sentences away (in the
    # order they come), not against every later move of the article.
    at: dict[int, list[int]] = {}
    for i, (statement, _, _) in enumerate(moves):
        assert statement.end is not None
        at.setdefault(ctx.sentence_index(statement.end.span[0]), []).append(i)
    for i, (one, one_move, one_window) in enumerate(moves):
        assert one.end is not None
        here = ctx.sentence_index(one.end.span[0])
        near = sorted(j for index in range(here - 2, here + 3) for j in at.get(index, ()) if j > i)
        for two, two_move, two_window in (moves[j] for j in near):
            assert two.end is not None
            if ctx.sentences_apart(one.end, two.end) > 2 or not _one_series(ctx, one.end, two.end):
                continue
            if one_move.quantity.kind != two_move.quantity.kind:
                continue  # one in points, one in percent: leave to the per-move checks
            one_base, two_base = _named_base(ctx, one_move), _named_base(ctx, two_move)
            if one_base is not None and two_base is not None:
                years = {c.period.year if c.period else None for c in (one.end, two.end)}
                if one_base[0] != two_base[0] or None in years or len(years) != 2:
                    continue  # other bases, or two figures of one period (two series, not two moves)
                spans = [(one_base[1], "the base"), (two_base[1], "the same base")]
                yield _relation(ctx, (one, one_move), (two, two_move), "named", spans)
                continue
            if one_base is not None or two_base is not None:
                continue
            sessions = [_session(ctx, one, one_window), _session(ctx, two, two_window)]
            if sessions[0] and sessions[1] and {sessions[0][0], sessions[1][0]} == {"close", "intraday"}:
                spans = [
                    (span, "an intraday move" if kind == "intraday" else "the move to the close")
                    for kind, span in (sessions[0], sessions[1])
                ]
                yield _relation(ctx, (one, one_move), (two, two_move), "market", spans)
