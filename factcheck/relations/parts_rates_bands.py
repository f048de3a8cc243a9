"""An overall rate and the rates of age bands that cover every age: the overall lies between the bands' rates.

Survey and health copy gives a rate for everyone, then the same rate by age: "Overall, 41% of drivers said they
speed ... more drivers under 30 (52%) and 30-59 (44%) said so than those 60+ (23%)". When the bands run from an
open bottom ("under 30", "younger than 30") through closed middles ("30-59") to an open top ("60+", "60 and
older", "over 60") with no age left out, every member of the group is in one band, and the overall rate is the
bands' weighted mean: it lies between the lowest and the highest band's rate (``part_whole`` with rule
``between``; only those two extremes are members, since only they bound the mean).

The rule: one sentence names at least two bands, each right before its rate in brackets, the sentence or a band
names ages ("years", "aged", "age"), and the bands join up from an open bottom to an open top. The overall rate is
the nearest level in percent in the three sentences before, marked as the whole ("overall", "in all", "of all",
"in total") and sharing a word of its measure with the bands' sentence. Bands that skip ages, overlap or leave an
end closed make no relation, nor does a band sentence with no marked overall before it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.parts import overlap, part_whole, words
from factcheck.relations.prose import lead

_YEARS = r"(?:\s*(?:years?[\s-]*olds?|years?|yrs|year-olds))?"
# A band's label right before its rate's bracket: "under 35 years old (", "35–54 (", "55+ year-olds (".
_BAND_BEFORE = re.compile(
    r"(?:\b(?:under|younger\s+than|below|less\s+than)\s+(?P<below>\d{1,3})"
    r"|\b(?:aged\s+|ages\s+)?(?P<lo>\d{1,3})\s*(?:–|-|to)\s*(?P<hi>\d{1,3})"
    r"|\b(?P<above>\d{1,3})\s*(?:\+|\s+and\s+(?:older|over|above)|\s+or\s+older)"
    r"|\b(?:over|older\s+than|above)\s+(?P<over>\d{1,3}))"
    rf"{_YEARS}\s*\(\s*$",
    re.IGNORECASE,
)
_BAND_BEFORE = gated(_BAND_BEFORE)  # tried on every figure's window, seldom matching there
_AGES = re.compile(r"\b(?:years?|yrs|aged?|ages)\b", re.IGNORECASE)
_OVERALL = re.compile(r"\b(?:overall|in\s+all|of\s+all|in\s+total|altogether|all\s+told)\b", re.IGNORECASE)


def _band(ctx: ArticleContext, claim: Claim) -> tuple[float, float] | None:
    """The ages [from, to) the label before a bracketed rate names."""
    found = _BAND_BEFORE.search(lead(ctx, claim, 40))
    if found is None:
        return None
    if found.group("below"):
        return (float("-inf"), float(found.group("below")))
    if found.group("lo"):
        return (float(found.group("lo")), float(found.group("hi")) + 1)
    top = found.group("above")
    if top:
        return (float(top), float("inf"))
    return (float(found.group("over")) + 1, float("inf"))  # "over 60" starts past 60


def _covers_every_age(bands: list[tuple[float, float]]) -> bool:
    ordered = sorted(bands)
    if ordered[0][0] != float("-inf") or ordered[-1][1] != float("inf"):
        return False
    return all(a[1] == b[0] for a, b in itertools.pairwise(ordered))


def _overall(ctx: ArticleContext, start: int, banded: list[Claim]) -> Claim | None:
    here = ctx.sentence_index(start)
    taken = {c.id for c in banded}
    before = [
        c
        for c in ctx.claims
        if c.span[1] <= start
        and 0 < here - ctx.sentence_index(c.span[0]) <= 3
        and c.id not in taken
        and c.quantity.kind == QuantityKind.PERCENT
        and c.change is None
        and _OVERALL.search(lead(ctx, c, 30))
    ]
    return before[-1] if before else None


@finder("part_rates_bands")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for (start, end), claims in ctx.sentence_groups().items():
        rated = [
            (c, band)
            for c in claims
            if c.quantity.kind == QuantityKind.PERCENT and c.change is None and (band := _band(ctx, c)) is not None
        ]
        if len(rated) < 2 or not _AGES.search(ctx.text, start, end):
            continue
        if not _covers_every_age([band for _, band in rated]):
            continue
        rates = [c for c, _ in rated]
        whole = _overall(ctx, start, rates)
        if whole is None:
            continue
        measure = words(ctx.text[whole.span[1] : whole.sentence_span[1]])
        if not overlap(measure, words(ctx.text[start:end])):
            continue  # "Overall, 30% voted ... Among drivers under 30 (52%) ...": nothing says one measure
        low = min(rates, key=lambda c: c.quantity.value)
        high = max(rates, key=lambda c: c.quantity.value)
        if low.id == high.id:
            continue
        span = (rates[0].span[0], rates[-1].span[1])
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, span, "age bands covering every age"), cue(ctx, whole.span, "the overall rate")],
            sentences_apart=ctx.sentences_apart(whole, low),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,
        )
        reason = (
            f"{show(whole)} is the overall rate; the age bands' rates ({', '.join(show(c) for c in rates)}) cover "
            f"every age, so it is their weighted mean, between {show(low)} and {show(high)}"
        )
        yield part_whole(whole, [high, low], evidence, reason, rule="between", spans=[span])
