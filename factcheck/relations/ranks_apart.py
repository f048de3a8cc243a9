"""Orders stated in one sentence about figures given in a neighbouring one.

* "Ahead lies Brandt, with a value of $2.9 trillion": a sentence that opens by putting a player ahead of (or
  behind) what the sentence before was about; the figure it gives is set against the figure of the player the
  sentence before is about (its first named player with a figure of the same measure).
* "Quill has overtaken Rook ... The share of the Korean firm was 12.4%, while Rook held 11.8%": an overtaking
  stated without figures, and both players' figures in the next sentence that has figures.

Evidence: the order word is a cue, the figures are tied to it by their players' names (a player called by what it
is, "the Korean firm", stands for the player the sentence before it is about). Certain when the figures are of
one unit and measure and the order's sentence dates the order to no other time ("overtook it in 2015", "since
2012"); a player with two figures in the figures' sentence leaves the pairing ambiguous.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.ranks_figures import (
    Figure,
    all_sentences,
    figure_measure,
    figures_of,
    measures_fit,
    rank_evidence,
    ranking_measure,
    rival_unit,
)
from factcheck.relations.shares_groups import reading
from factcheck.relations.shares_holders import names_in, same_holder
from factcheck.relations.shares_reading import sentences
from factcheck.relations.shares_words import Reading

_NAME = r"(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})"
# "Ahead lies Microsoft", "Behind them is Google", "Just ahead sits Alphabet".
_OPENER = re.compile(
    r"^\W*(?:(?:just|only|not\s+far|far|well|still)\s+)?(?:(?P<ahead>ahead|in\s+front)|(?P<behind>behind|trailing))"
    r"(?:\s+(?:of\s+)?(?:them|it|both|the\s+pair|the\s+two|these|those|him|her))?\s*,?\s+(?:lies|lie|is|are|sits|sit"
    rf"|stands|stand|remains|remain|comes|come|was|were)\s+(?:the\s+)?{_NAME}",
    re.I,
)
_OVERTAKE = re.compile(
    r"\b(?:overt(?:ook|aken|aking|akes)|surpass(?:ed|es|ing)?|dethron(?:ed|es|ing)|unseat(?:ed|s|ing)|leapfrog(?:ged|s|ging)"
    r"|outsold|outsells)\b",
    re.I,
)
_OVERTAKE = gated(_OVERTAKE)  # tried on every sentence, seldom matching there
_DATED = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:since|until|every\s+year|previously|formerly|once|in\s+the\s+past)\b", re.I
)


def _previous_figures(ctx: ArticleContext, spans: list[tuple[int, int]], index: int, shares: Reading) -> list[Figure]:
    claimed = sentences(ctx)
    for span in reversed(spans[max(0, index - 2) : index]):
        if span in claimed and (figures := figures_of(ctx, claimed[span], shares)):
            return figures
    return []


def _next_figures(ctx: ArticleContext, spans: list[tuple[int, int]], index: int, shares: Reading) -> list[Figure]:
    claimed = sentences(ctx)
    for span in spans[index + 1 : index + 3]:
        if span in claimed and (figures := figures_of(ctx, claimed[span], shares)):
            return figures
    return []


def _alike(a: Figure, b: Figure, ctx: ArticleContext) -> bool:
    return rival_unit(a.claim, b.claim) and figure_measure(ctx, a.claim) == figure_measure(ctx, b.claim)


def _openers(ctx: ArticleContext, shares: Reading) -> Iterator[Relation]:
    """ "Ahead lies Brandt, with a value of $2.9 trillion": against the player the sentence before is about."""
    spans = all_sentences(ctx)
    claimed = sentences(ctx)
    for index, span in enumerate(spans):
        match = _OPENER.match(ctx.text[span[0] : span[1]])
        if match is None or span not in claimed:
            continue
        who = names_in(match.group("who"))
        if not who:
            continue
        own = [f for f in figures_of(ctx, claimed[span], shares) if f.holder and same_holder(f.holder, who[0][0])]
        before = [f for f in _previous_figures(ctx, spans, index, shares) if f.holder and f.named]
        if len(own) != 1 or not before:
            continue
        rival = next((f for f in before if not same_holder(f.holder, own[0].holder) and _alike(own[0], f, ctx)), None)
        if rival is None or not same_holder(rival.holder, before[0].holder):
            continue  # the sentence before is about someone else first: which player it is ahead of is not said
        order = [own[0], rival] if match.group("ahead") else [rival, own[0]]
        words = " ".join(match.group(0)[: match.start("who") - match.start()].split())
        cue_span = (span[0] + match.start(), span[0] + match.start("who"))
        yield _relation(ctx, order, words, cue_span, "the player the sentence before is about")


# A sentence that sets its figures in another time or against the order just stated.
_OTHER_TIME = re.compile(
    r"\b(?:still|however|though|although|whereas|but|for\s+the\s+(?:whole|full|entire)\s+(?:of\s+)?(?:the\s+)?(?:year|\d{4})"
    r"|(?:in|for|over)\s+(?:the\s+)?(?:full|whole)\s+year)\b",
    re.IGNORECASE,
)


def _overtakings(ctx: ArticleContext, shares: Reading) -> Iterator[Relation]:
    """ "Quill has overtaken Rook." then both players' figures in the next sentence with figures."""
    spans = all_sentences(ctx)
    claimed = sentences(ctx)
    for index, span in enumerate(spans):
        text = ctx.text[span[0] : span[1]]
        match = _OVERTAKE.search(text)
        if match is None or _DATED.search(text):
            continue
        if span in claimed and figures_of(ctx, claimed[span], shares):
            continue  # figures in the sentence itself: an order within one sentence, read elsewhere
        winners = [n for n, _, at in names_in(text[: match.start()], opens=True)]
        losers = names_in(text[match.end() :])
        if not winners or not losers or losers[0][2] > 12:
            continue  # "overtook" must name what it overtook right after it
        figures = [f for f in _next_figures(ctx, spans, index, shares) if f.holder and f.named]
        winner = [f for f in figures if same_holder(f.holder, winners[0])]
        loser = [f for f in figures if same_holder(f.holder, losers[0][0])]
        if len(winner) != 1 or len(loser) != 1 or not _alike(winner[0], loser[0], ctx):
            continue
        said = ctx.text[winner[0].claim.sentence_span[0] : winner[0].claim.sentence_span[1]]
        if _OTHER_TIME.search(said):
            continue  # "BYD outsold Tesla in the quarter. For the whole year, Tesla still sold more": another time
        measure = ranking_measure(text)
        if not measures_fit(measure, figure_measure(ctx, winner[0].claim)):
            continue  # "overtook Toyota as the most valuable automaker", then cars sold: not what it overtook by
        doubts = []
        if measure is None and winner[0].share is None:
            doubts.append(f"the words do not say by what measure it “{match.group(0)}”")
        cue_span = (span[0] + match.start(), span[0] + match.end())
        yield _relation(ctx, [winner[0], loser[0]], match.group(0), cue_span, "the next sentence", doubts)


def _relation(
    ctx: ArticleContext,
    order: list[Figure],
    word: str,
    cue_span: tuple[int, int],
    where: str,
    doubts: list[str] | None = None,
) -> Relation:
    claims = [f.claim for f in order]
    listed = ", ".join(f"{f.holder} {show(f.claim)}" for f in order)
    return Relation(
        kind=RelationKind.RANK_ORDER,
        members=[Member(role="item", claim=c.id) for c in claims],
        evidence=rank_evidence(ctx, claims, Tie.INFERRED, [cue(ctx, cue_span, "a stated order")], doubts or [], []),
        reason=f"“{word}” puts them in order, highest first, with figures from {where}: {listed}",
        params={"order": "descending", "word": word, "holders": {f.claim.id: f.holder for f in order if f.holder}},
        spans=[cue_span],
    )


@finder("rank_orders_apart")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    shares = reading(ctx)
    yield from _openers(ctx, shares)
    yield from _overtakings(ctx, shares)
