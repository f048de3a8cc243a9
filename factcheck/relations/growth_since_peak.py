"""A change counted from a peak or a low the same sentence gives: "Since peaking at 3.6 million in 2019, ridership
has fallen 14 percent"; "down 30% since it peaked at 6,000 in 2015".

"Since peaking at", "since it hit a high of", "since bottoming out at" give the
level the change is measured from (the prior). The current level is the one the
change's own clause ends at ("4,200 animals, down 30% since ..."), else the last
level of that unit before the change in its sentence, else the one level of that
unit in the sentence before when the change's clause names what it measured
there ("it", or a noun that sentence uses). The words tie the prior to the
change (structure); more than one candidate for the current level leaves the
pairing uncertain.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import READ_REACH, ArticleContext
from factcheck.figures import same_unit, show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.growth import growth_relation
from factcheck.relations.growth_when import _OTHER_CLAUSE, _without_figures, open_changes
from factcheck.relations.prose import is_estimate, starts_from

_SINCE_PEAK = re.compile(
    r"\bsince\s+(?:(?:it|they|the\s+\w+)\s+)?(?:peak(?:ed|ing)|top(?:ped|ping)\s+out|bottom(?:ed|ing)\s+out"
    r"|(?:hit|hitting|reach(?:ed|ing)|set(?:ting)?)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:peak|high|low|record))"
    r"\s+(?:(?:at|of)\s+)?(?:(?:more\s+than|over|nearly|almost|about|around|roughly|some|just\s+(?:over|under))\s+)?"
    r"[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{4,}")
_SINCE_WORDS = re.compile(r"\bsince\b[^,;]*", re.IGNORECASE)
_COMMON = frozenset(
    (
        "that", "this", "with", "from", "have", "has", "been", "were", "they", "their", "them", "since", "which",
        "what", "when", "where", "while", "into", "over", "than", "also", "about", "after", "before", "more", "less",
        "year", "years", "last", "first", "said", "says", "will", "would", "could", "percent", "cent",
    )
)  # fmt: skip


@finder("growth_since_peak")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for change, end in open_changes(ctx):
        for prior in ctx.sentence_claims(change):
            if prior.id == change.id or prior.change is not None or is_estimate(ctx, prior):
                continue
            peak = _SINCE_PEAK.search(ctx.text, max(prior.sentence_span[0], prior.span[0] - 70), prior.span[0])
            if peak is not None:
                # "down 30% since it peaked at 6,000": the clause's reader may take the peak for the change's end
                yield from _pair(ctx, change, prior, peak, None if end is None or end.id == prior.id else end)
                break


def _pair(
    ctx: ArticleContext, change: Claim, prior: Claim, peak: re.Match[str], end: Claim | None
) -> Iterator[Relation]:
    others: list[Claim] = []
    if end is not None:
        current, how = end, "the level the change's clause ends at"
    else:
        levels = _levels(ctx, change, prior)
        if levels:
            current, others, how = levels[-1], levels[:-1][-2:], "the level its sentence gives before the change"
        else:
            found = _level_before(ctx, change, prior)
            if found is None:
                return
            current, how = found, "the one level in that unit in the sentence before, which the clause names"
    if not _alike(current, prior):
        return
    said = " ".join(peak.group(0).split())
    relation = growth_relation(
        ctx,
        change,
        prior,
        current,
        f"“{said}” gives {show(prior)}, the level {show(change)} is counted from; {show(current)} is {how}",
        [cue(ctx, peak.span(), "the level the change is counted from"), cue(ctx, current.span, "the level reached")],
        others,
        tie=Tie.STRUCTURE,
    )
    evidence = relation.evidence.model_copy(update={"subject": Agreement.AGREE, "metric": Agreement.AGREE})
    yield relation.model_copy(update={"evidence": evidence})


def _alike(level: Claim, prior: Claim) -> bool:
    """Same unit, or a bare prior that takes the level's ("4,200 animals ... since it peaked at 6,000")."""
    bare = prior.quantity.kind == QuantityKind.NUMBER and level.quantity.kind == QuantityKind.COUNT
    return same_unit(level, prior) or bare


def _levels(ctx: ArticleContext, change: Claim, prior: Claim) -> list[Claim]:
    found = []
    for c in ctx.claims_in(max(change.sentence_span[0], change.span[0] - READ_REACH), change.span[0]):
        if c.id == prior.id or c.change is not None or not _alike(c, prior):
            continue
        if starts_from(ctx, c) or is_estimate(ctx, c) or _OTHER_CLAUSE.search(_without_figures(ctx, c, change)):
            continue
        found.append(c)
    return found


def _level_before(ctx: ArticleContext, change: Claim, prior: Claim) -> Claim | None:
    index = ctx.sentence_index(change.span[0])
    if index == 0:
        return None
    before = ctx.sentences[index - 1]
    levels = [
        c
        for c in ctx.claims_in(*before)
        if _alike(c, prior) and c.change is None and not starts_from(ctx, c) and not is_estimate(ctx, c)
    ]
    if len(levels) != 1:
        return None
    # The clause's own words, without its figures and the peak phrase: "a bushel" after a price names no subject.
    clause = ctx.text[change.sentence_span[0] : change.span[0]]
    for c in ctx.claims_in(change.sentence_span[0], change.span[0]):
        clause = clause.replace(ctx.text[c.span[0] : c.span[1]], " ")
    clause = _SINCE_WORDS.sub(" ", clause).lower()
    named = set(_WORD.findall(clause)) - _COMMON
    earlier = set(_WORD.findall(ctx.text[before[0] : before[1]].lower()))
    if re.search(r"\b(?:it|they)\b", clause) or named & earlier:
        return levels[0]
    return None
