"""A change whose baseline clause gives its own level: "down 6% from a year ago, when it was $X".

News prose often names the earlier time a change is measured from and then, in a
``when`` clause hung on that time, the level the measure had then: "the median
was down 4.2% from a year earlier, when it stood at $1,920", "exports were 12%
lower than in 2019, when they totalled 3.1 million tonnes". The ``when`` clause
is the prior; the current level is the one the same clause (or the sentence it
points back to) gives for the measure, which the change takes as its end.

The words tie the prior to the change's baseline, so the tie is structural; the
current level is the measure's last level before the change in its sentence,
with no other subject's clause in between. A sentence that opens on "It" or
"That figure" with no level of its own takes the only level of that unit in the
sentence before. When more than one level could be the current one, the nearest
is taken and the others are named, which leaves the pairing uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import READ_REACH, ArticleContext
from factcheck.figures import is_relative_change, same_unit, show
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.changes import statements
from factcheck.relations.evidence import cue, metrics, subjects
from factcheck.relations.growth import _POINTER, _hypothetical, growth_relation
from factcheck.relations.prose import is_estimate, starts_from

# The change's baseline (a time or "a year ago"), then ", when <who> was": the level the measure had at that time.
# Matched at the change's end (``match`` with a position, so no "^").
_WHEN_GAP = re.compile(
    r"\s*(?:percent|per\s*cent|pct|%)?\s*(?:lower|higher|more|less|below|above)?\s*"
    r"(?P<base>(?:from|than|on|over|against|compared\s+(?:with|to)|since|versus)\s+(?:in\s+)?[^,;.()\d$£€¥₹]{0,40}?"
    r"(?:(?:19|20)\d\d)?[^,;.()\d$£€¥₹]{0,20}?)\s*,\s*"
    r"(?P<when>when\s+(?P<who>(?:[\w’'-]+\s+){0,5}?)(?:was|were|had\s+been|stood|totall?ed|came\s+to|reached|hit"
    r"|averaged|sat|ran|hovered|amounted\s+to|numbered|sold|posted|reported|recorded|logged|counted|had|drew|attracted"
    r"|shipped|delivered|earned|made|paid|spent|produced|registered|booked|employed|carried|handled|served"
    # any other verb in the past ("harvested", "peaked at"), but not a forecast's: "when analysts expected"
    r"|(?!(?:expect|forecast|project|estimat|predict|anticipat|target|plann|schedul)\w*)\w+ed)\b(?:\s+(?:at|to|about|around|roughly|nearly|almost|some|just"
    r"|only|a\s+mere))*)\s*$",
    re.IGNORECASE,
)
# The baseline must name an earlier time: a year, a month, "a year ago", "the same period last year".
_EARLIER = re.compile(
    r"\b(?:(?:19|20)\d\d|ago|earlier|before|last|previous|prior|same\s+(?:period|time|month|quarter)|peak|high|low"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)
# Another subject's clause between the current level and the change: "while", "whereas", ";", ", and the".
# "but was down", "and is up" go on with the same subject, so they do not break.
_OTHER_CLAUSE = re.compile(
    r";|\bwhile\b|\bwhereas\b|\balthough\b|\bthough\b|\bmeanwhile\b"
    r"|\b(?:but|and)\b(?!\s+(?:\w+ly\s+)?(?:was|were|is|are|had|has|have|remained|stayed|stood|still|also|ended|closed"
    r"|came|fell|rose|dropped|slipped|climbed|declined|increased|decreased|grew|shrank)\b)",
    re.IGNORECASE,
)


@finder("growth_when")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for change in ctx.claims:
        if not is_relative_change(change) or _hypothetical(ctx, change):
            continue
        prior = ctx.claim_after(change)
        if prior is None or prior.change is not None or is_estimate(ctx, prior):
            continue
        gap = _WHEN_GAP.match(ctx.text, change.span[1], prior.span[0])
        if gap is None or not _EARLIER.search(gap.group("base")):
            continue
        yield from _pair(ctx, change, prior, gap)


def open_changes(ctx: ArticleContext) -> Iterator[tuple[Claim, Claim | None]]:
    """Relative changes stated as fact whose own clause leaves the start open, each with the end that clause
    gives it (None when it gives none): the moves a prior in another clause or bracket may complete."""
    own = _own_ends(ctx)
    for change in ctx.claims:
        if not is_relative_change(change) or _hypothetical(ctx, change):
            continue
        if change.id in own and own[change.id] is None:
            continue  # the clause gives the move both ends
        yield change, own.get(change.id)


def _own_ends(ctx: ArticleContext) -> dict[str, Claim | None]:
    """Change id -> the end its own clause gives it ("4.4 million tonnes, down 12%"), or None when the clause
    also gives a start (the move is then complete, and a prior in a later clause is another comparison)."""

    def make() -> dict[str, Claim | None]:
        ends: dict[str, Claim | None] = {}
        for s in statements(ctx):
            if s.change is not None and (s.start or s.end or s.delta):
                ends[s.change.id] = s.end if s.start is None and s.delta is None else None
        return ends

    return ctx.memo("growth_when_own_ends", make)


def _levels_before(ctx: ArticleContext, change: Claim, prior: Claim) -> list[Claim]:
    """Levels of the prior's unit before the change in its sentence, with no other subject's clause between."""
    found = []
    # Read within a bounded reach: a run-on "sentence" of many figures stays linear.
    for c in ctx.claims_in(max(change.sentence_span[0], change.span[0] - READ_REACH), change.span[0]):
        # "4.4 million tonnes last year, down 12% from 2019, when ...": the when clause names the prior, so a level
        # dated "last year" is the current one here; only a start ("from", "compared with") is another move's.
        if c.change is not None or not same_unit(c, prior) or starts_from(ctx, c) or is_estimate(ctx, c):
            continue
        if metrics([c, change]) == Agreement.DISAGREE or subjects([c, prior]) == Agreement.DISAGREE:
            continue
        found.append(c)
    return [c for c in found if not _OTHER_CLAUSE.search(_without_figures(ctx, c, change))]


def _without_figures(ctx: ArticleContext, level: Claim, change: Claim) -> str:
    """The words between a level and the change, with the figures between them cut out: "$48,300 in March, up from a
    revised $46,900 in February, yet stood lower" reads "in March, up from a revised in February, yet stood lower"."""
    words, at = [], level.span[1]
    for c in ctx.claims_in(level.span[1], change.span[0]):
        words.append(ctx.text[at : c.span[0]])
        at = c.span[1]
    words.append(ctx.text[at : change.span[0]])
    return " ".join(words)


def _pointed_level(ctx: ArticleContext, change: Claim, prior: Claim) -> tuple[Claim, re.Match[str]] | None:
    """ "Exports reached 4 million tonnes. That was 12% lower than in 2019, when ...": the level pointed back to."""
    head = _POINTER.match(ctx.text[change.sentence_span[0] : change.span[0]])
    index = ctx.sentence_index(change.span[0])
    if head is None or index == 0:
        return None
    levels = [
        c
        for c in ctx.claims_in(*ctx.sentences[index - 1])
        # "reached 4.4 million tonnes last year": the level's own date is no mark of a prior here, only "from" is.
        if same_unit(c, prior) and c.change is None and not starts_from(ctx, c) and not is_estimate(ctx, c)
    ]
    return (levels[0], head) if len(levels) == 1 else None


def _pair(ctx: ArticleContext, change: Claim, prior: Claim, gap: re.Match[str]) -> Iterator[Relation]:
    when = (gap.start("when"), gap.end("when"))
    base = (gap.start("base"), gap.end("base"))
    own = _own_ends(ctx)
    if change.id in own and own[change.id] is None:
        return
    levels = [own[change.id]] if own.get(change.id) is not None else _levels_before(ctx, change, prior)
    if levels and not same_unit(levels[-1], prior):
        return
    if levels:
        current = levels[-1]
        why = (
            f"{show(change)} is measured {gap.group('base').strip()}; “{gap.group('when').strip()}” gives the level "
            f"then, {show(prior)}; {show(current)} is the level the same clause states before the change"
        )
        others = levels[:-1][-2:]
    else:
        pointed = _pointed_level(ctx, change, prior)
        if pointed is None:
            return
        current, head = pointed
        why = (
            f"{show(change)} is measured {gap.group('base').strip()}; “{gap.group('when').strip()}” gives the level "
            f"then, {show(prior)}; “{head.group(1)}” points back to {show(current)}"
        )
        others = []
    relation = growth_relation(
        ctx,
        change,
        prior,
        current,
        why,
        [
            cue(ctx, base, "the time the change is measured from"),
            cue(ctx, when, "the level at that time"),
            cue(ctx, current.span, "the level reached"),
        ],
        others,
        tie=Tie.STRUCTURE,
    )
    # The words tie the prior to the change, and the clause (or its pointer) carries the current level's subject
    # and measure over to the change.
    evidence = relation.evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
    yield relation.model_copy(update={"evidence": evidence})
