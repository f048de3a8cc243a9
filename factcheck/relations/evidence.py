"""Agreement between the members of a relation, and the Evidence built from it."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from factcheck.claim import Claim, Metric, TimeRef
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, same_family
from factcheck.relation import Agreement, Cue, Evidence, Tie


def subjects(claims: Sequence[Claim]) -> Agreement:
    names = {norm_noun(c.subject) for c in claims}
    if "" in names or not names:
        return Agreement.UNKNOWN
    if len(names) == 1:
        return Agreement.AGREE
    # "Alibaba" and "Alibaba Group", "Amazon Web Services" and "Amazon": one name inside the other.
    ordered = sorted(names, key=len)
    if all(ordered[0] in other for other in ordered[1:]):
        return Agreement.AGREE
    return Agreement.DISAGREE


def sole_subject(claims: Sequence[Claim], around: Sequence[Claim]) -> Agreement:
    """Subjects as :func:`subjects`, except that an unnamed subject takes the only one named around it.

    "Microsoft's net income rose 51%. ... net income rose to $5.4 billion": with no other
    organisation named for that measure nearby, the unnamed figure is Microsoft's; with no one named
    at all for one measure, the figures are taken to be about the same unnamed thing.
    """
    found = subjects(claims)
    if found != Agreement.UNKNOWN:
        return found
    measures = {c.measure for c in claims} - {None}
    named = {norm_noun(c.subject) for c in [*claims, *around] if c.subject and c.measure in measures | {None}}
    if not named and len(measures) == 1:
        # "The jobless rate rose to 4.1%. ... The jobless rate was 3.8%": no one is named for this measure nearby.
        return Agreement.AGREE
    return Agreement.AGREE if len(named) == 1 else Agreement.UNKNOWN


def metrics(claims: Sequence[Claim]) -> Agreement:
    measures = {c.measure for c in claims}
    if None not in measures:
        return Agreement.AGREE if len(measures) == 1 else Agreement.DISAGREE
    known = {c.metric for c in claims} - {Metric.UNKNOWN}
    if len(known) < len({c.id for c in claims}) and len(known) <= 1:
        return Agreement.UNKNOWN
    return Agreement.AGREE if len(known) == 1 else Agreement.DISAGREE


def units(claims: Sequence[Claim]) -> Agreement:
    first = claims[0]
    return Agreement.AGREE if all(same_family(first, c) for c in claims[1:]) else Agreement.DISAGREE


def _period_key(ref: TimeRef | None) -> tuple | None:
    if ref is None or ref.year is None:
        return None
    return (ref.year, ref.quarter, ref.month, ref.part)


def periods(claims: Sequence[Claim]) -> Agreement:
    """Same dated period for all (a quarter, a year), different, or unknown for any undated figure."""
    keys = [_period_key(c.period) for c in claims]
    if not keys or any(k is None for k in keys):
        return Agreement.UNKNOWN
    return Agreement.AGREE if len(set(keys)) == 1 else Agreement.DISAGREE


def cue(ctx: ArticleContext, span: tuple[int, int], meaning: str) -> Cue:
    start, end = span
    text = ctx.text[start:end]
    # Keep the cue to its words: leading and trailing spaces and commas are not part of what ties.
    stripped = text.strip(" ,(\n")
    offset = text.find(stripped) if stripped else 0
    return Cue(text=stripped or text, span=(start + offset, start + offset + len(stripped or text)), meaning=meaning)


def stated_together(
    ctx: ArticleContext,
    claims: Sequence[Claim],
    cues: Iterable[Cue],
    *,
    levels: Sequence[Claim] | None = None,
    tie: Tie = Tie.CUE,
    doubts: Iterable[str] = (),
    period: Agreement | None = None,
    unit: Agreement | None = None,
    ambiguous: Iterable[str] = (),
) -> Evidence:
    """Figures one clause ties with explicit words: the words vouch for their subject and metric.

    ``levels`` are the members whose units must agree (a percentage change has none of its levels' units);
    ``unit`` and ``period``, when given, are what the finder established itself.
    """
    levels = claims if levels is None else levels
    if unit is None:
        unit = units(levels) if len(levels) > 1 else Agreement.UNKNOWN
    return Evidence(
        tie=tie,
        cues=list(cues),
        sentences_apart=max((ctx.sentences_apart(claims[0], c) for c in claims[1:]), default=0),
        subject=Agreement.AGREE if subjects(claims) != Agreement.DISAGREE else Agreement.UNKNOWN,
        metric=Agreement.AGREE if metrics(levels) != Agreement.DISAGREE else Agreement.UNKNOWN,
        unit=unit,
        period=periods(levels) if period is None else period,
        ambiguous=list(ambiguous),
        doubts=list(doubts),
    )


def inferred(
    ctx: ArticleContext,
    claims: Sequence[Claim],
    cues: Iterable[Cue] = (),
    *,
    period: Agreement | None = None,
    levels: Sequence[Claim] | None = None,
    around: Sequence[Claim] = (),
    ambiguous: Iterable[str] = (),
    doubts: Iterable[str] = (),
    tie: Tie = Tie.INFERRED,
) -> Evidence:
    """Figures matched across clauses or sentences: only what they measure ties them.

    ``around`` are the figures near them: an unnamed subject takes the only subject named there.
    """
    levels = claims if levels is None else levels
    return Evidence(
        tie=tie,
        cues=list(cues),
        sentences_apart=max((ctx.sentences_apart(claims[0], c) for c in claims[1:]), default=0),
        subject=sole_subject(claims, around),
        metric=metrics(levels),
        unit=units(levels) if len(levels) > 1 else Agreement.UNKNOWN,
        period=periods(levels) if period is None else period,
        ambiguous=list(ambiguous),
        doubts=list(doubts),
    )


def matched(
    ctx: ArticleContext,
    tie: Tie,
    cues: Iterable[Cue],
    claims: Sequence[Claim],
    *,
    clash: Sequence[Claim] = (),
    ambiguous: Iterable[str] = (),
    doubts: Iterable[str] = (),
) -> Evidence:
    """Figures a finder matched by what they are (a tally and the total of ballots, two shares of one market):
    subject, measure and unit agree by that reading; the period agrees unless ``clash``'s dates differ."""
    period = Agreement.DISAGREE if clash and periods(clash) == Agreement.DISAGREE else Agreement.AGREE
    return Evidence(
        tie=tie,
        cues=list(cues),
        sentences_apart=max((ctx.sentences_apart(claims[0], c) for c in claims[1:]), default=0),
        subject=Agreement.AGREE,
        metric=Agreement.AGREE,
        unit=Agreement.AGREE,
        period=period,
        ambiguous=list(ambiguous),
        doubts=list(doubts),
    )
