"""A move outside the regular session, measured from the close the text gives.

Earnings copy reports the stock's move in extended trading with its end, and the regular close it starts from
in the same sentence or the one next to it:

* "Shares fell $1.25 to $6.40 after the closing bell. The stock had ended the day at $7.65.";
* "The stock rose 6% to $12.40 in extended trading, after closing at $11.70.";
* "Its shares had closed at $30.10. They slid 90 cents to $29.20 in premarket trading."

A move of the day may name its start the same way, in its own sentence: "dropped 71 cents to $25.73 on Tuesday
after closing at $26.44 on Monday", "rose 1.4% to 5,210 after ending the previous session at 5,138". The clause
"after closing/ending/finishing/settling at" right after the move's end is then its session words: the close is
the level the move left. A close set further back ("a week after closing at", "after closing at $30 in March",
"last month") may be a start several sessions earlier, so that pairing is left uncertain.

A move after hours, after the bell, in extended, late or premarket trading starts from the last close, so the
close ("closed at", "closing at", "ended the session at", "finished at") is the move's start: with the size in
units an ``absolute_change``, with a percentage a ``percent_change``. Only a move whose clause gives its size and
its end, no start of its own, is read. The session words and the close tie them (structure); the pairing is
uncertain when another close could be it, or when the close is dated and the move's sentence gives another day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import one_series, roles, statements
from factcheck.relations.evidence import cue, stated_together, subjects

# Words of a session after (or before) the regular one: a move told for it starts from the regular close.
LATER_SESSION = re.compile(
    r"\b(?:after[- ]hours|after\s+the\s+(?:closing\s+)?bell|extended(?:[- ]hours)?\s+(?:trading|session|deals?)"
    r"|late\s+trad(?:e|ing)|overnight\s+(?:trade|trading|session)|post[- ]?market|after[- ]?market\s+trading"
    r"|pre[- ]?market|before\s+the\s+(?:opening\s+)?bell)\b",
    re.IGNORECASE,
)
LATER_SESSION = gated(LATER_SESSION)  # tried on every figure's window, seldom matching there
# "closed at", "ended the session at", "gained a dollar to settle at": a figure given as the regular close.
CLOSE = re.compile(
    r"\b(?:closed|closing|ended|finished|settled|to\s+(?:close|end|finish|settle))\s+"
    r"(?:the\s+(?:regular\s+)?(?:session|day)\s+|regular\s+trading\s+)?"
    r"(?:(?:up|down|higher|lower)\s+[^.;,]{0,20}?\s+)?at\s+[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
CLOSE = gated(CLOSE)  # tried on every figure's window, seldom matching there
# "after closing at", "after ending the previous session at", "after finishing Monday at": the close the move left.
# Only words of the session may stand between: "after closing the sale at $38" is a deal's price.
_AFTER_CLOSE = re.compile(
    r"\bafter\s+(?:closing|ending|finishing|settling)\s+(?:(?:the|its|their|previous|prior|last|regular|trading|session"
    r"|day|week|on|yesterday|monday|tuesday|wednesday|thursday|friday|(?:monday|tuesday|wednesday|thursday|friday)['’]s)"
    r"\s+){0,3}at\s+(?:a\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
# "a week after closing at ...": the close is not the last session's.
_LONG_AFTER = re.compile(r"\b(?:days?|weeks?|months?|years?|sessions)\s+$", re.IGNORECASE)
# After the close: a time further back than the last session makes it a start of several moves.
_FAR_BACK = re.compile(
    r"^[^,;.]{0,40}?\b(?:last|previous|prior)\s+(?:week|month|year|quarter)\b|^[^,;.]{0,40}?\b(?:in|on)\s+"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december|\d{4})\b",
    re.IGNORECASE,
)
_DAY = re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b", re.IGNORECASE)


def _closes(ctx: ArticleContext, end: Claim) -> list[Claim]:
    """Figures a nearby clause gives as a regular close, in the move's sentence or the one on either side."""
    index = ctx.sentence_index(end.span[0])
    lo = ctx.sentences[max(0, index - 1)][0]
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 1)][1]
    return [
        c
        for c in ctx.claims_in(lo, hi)
        if c.id != end.id
        and c.change is None
        and CLOSE.search(ctx.text[max(0, c.span[0] - 60) : c.span[0]])
        and one_series(c, end)
        and subjects([c, end]) != Agreement.DISAGREE
    ]


def _session(ctx: ArticleContext, size: Claim, end: Claim) -> re.Match[str] | None:
    """The session words of the move's own clause: between its size and end, just before it ("After hours, the
    stock fell ..."), or after its end with no comma between ("to $6.40 in late trading")."""
    first, last = sorted((size, end), key=lambda c: c.span[0])
    inside = LATER_SESSION.search(ctx.text, first.span[1], last.span[0])
    if inside is not None:
        return inside
    lo = max(first.sentence_span[0], first.span[0] - 40)
    before = [
        m
        for m in LATER_SESSION.finditer(ctx.text, lo, first.span[0])
        if not re.search(r"[;.]", ctx.text[m.end() : first.span[0]])
    ]
    if before:
        return before[-1]
    tail = re.match(r"[^,;.()]*", ctx.text[last.span[1] : last.sentence_span[1]])
    assert tail is not None
    return LATER_SESSION.search(ctx.text, last.span[1], last.span[1] + tail.end())


def _day(ctx: ArticleContext, span: tuple[int, int]) -> str | None:
    found = _DAY.search(ctx.text, *span)
    return found.group(0).lower() if found else None


def _close_after(ctx: ArticleContext, end: Claim) -> tuple[Claim, re.Match[str]] | None:
    """The close the move's own sentence gives after its end: "to $25.73 after closing at $26.44"."""
    after = [c for c in ctx.claims_in(end.span[1], end.sentence_span[1]) if c.span[0] >= end.span[1]]
    if not after:
        return None
    close = after[0]  # the figure right after the end: any other one stands between and breaks the clause
    lo = max(end.span[1], close.span[0] - 70)
    said = _AFTER_CLOSE.search(ctx.text, lo, close.span[0])
    if said is None or re.search(r"[;(]", ctx.text[end.span[1] : said.start()]):
        return None
    if close.change is not None or not one_series(close, end) or subjects([close, end]) == Agreement.DISAGREE:
        return None
    if _LONG_AFTER.search(ctx.text, max(0, said.start() - 12), said.start()):
        return None
    return close, said


@finder("changes_after_close")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for move in statements(ctx):
        end, size = move.end, move.delta or move.change
        if end is None or size is None or move.start is not None or move.points is not None:
            continue
        if size.change is None:
            continue  # a bare size takes its sign from a verb this finder does not read
        sentence = ctx.sentences[ctx.sentence_index(end.span[0])]
        doubts = []
        own = _close_after(ctx, end)
        if own is not None:
            # the move's own clause names the close it left: any level of the series, an index's too
            close, session = own
            closes = [close]
            if _FAR_BACK.search(ctx.text[close.span[1] : close.sentence_span[1]]):
                doubts.append("the close may be several sessions before the move")
        else:
            if end.quantity.kind not in (QuantityKind.MONEY, QuantityKind.PER_UNIT):
                continue
            found = _session(ctx, size, end)
            closes = _closes(ctx, end)
            if found is None or not closes:
                continue
            session = found
            close = min(closes, key=lambda c: abs(c.span[0] - end.span[0]))
        close_sentence = ctx.sentences[ctx.sentence_index(close.span[0])]
        day, close_day = _day(ctx, sentence), _day(ctx, close_sentence)
        if close_sentence != sentence and day and close_day and day != close_day:
            doubts.append(f"the close is dated {close_day}, the move {day}")
        said = cue(ctx, session.span(), "a move outside the regular session")
        members = [size, close, end]
        evidence = stated_together(
            ctx,
            members,
            [said, cue(ctx, close.span, "the close it starts from")],
            levels=[close, end],
            tie=Tie.STRUCTURE,
            period=Agreement.AGREE,
            ambiguous=[show(c) for c in closes if c is not close],
            doubts=doubts,
        )
        reason = f"{show(size)} to {show(end)} “{session.group(0)}” starts from the close, {show(close)}"
        if move.delta is not None:
            yield Relation(
                kind=RelationKind.ABSOLUTE_CHANGE,
                members=roles(delta=move.delta, from_=close, to=end),
                evidence=evidence,
                reason=reason,
                spans=[session.span()],
            )
        else:
            yield Relation(
                kind=RelationKind.PERCENT_CHANGE,
                members=roles(change=size, from_=close, to=end),
                evidence=evidence,
                reason=reason,
                spans=[session.span()],
            )
