"""An estimate told after the result, with no word that says how the two compare.

"Brightwell earned $2.14 a share in the quarter. Analysts had forecast earnings of $2.31 a share"; "Quarterly
losses at Halden Mills narrowed to $212 million. Treasury economists had projected a loss of $205 million and bank
analysts $230 million": a results story gives the result, then what was expected of it, and leaves the reader to
set one against the other. :mod:`.comparisons` pairs an estimate with its result when a comparison word ("beat", "short
of", "above expectations") stands within a sentence of it; this module reads the estimates no such word reaches.

The result is the one figure before the estimate's sentence (within four sentences) of the estimate's measure
and unit that is no estimate itself, no start of a move and no figure dated to an earlier period; a figure dated
to an earlier year than another is told for contrast and left out; with two such figures still (a per-share
amount told again, two levels of one year) nothing is paired.
Estimates listed on in the same sentence with no measure of their own or the same one ("and bank analysts $230
million") are further references to the same result.

The words state no order, so the relation is set side by side with nothing to check: it is found, never judged
(``op`` "unstated"), and can raise no alarm.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import led
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.comparisons import _EXPECTATION, COMPARE
from factcheck.relations.comparisons_expected import THAN_EXPECTED
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.prose import is_estimate, is_prior_by_date, starts_from

# A forecaster's verb or noun: the cheap gate that keeps the module off articles without one.
_FORECAST = re.compile(
    r"\b(?:had\s+(?:forecast|expected|predicted|projected|estimated|anticipated)|were\s+expecting"
    r"|(?:analysts?|economists?|forecasters?)\s+(?:\w+\s+){0,4}?(?:expected|forecast|predicted|estimated)"
    r"|(?:consensus|average|median)\s+(?:estimate|forecast))\b",
    re.IGNORECASE,
)
_FORECAST = led(_FORECAST)  # read over the whole article: tried only where its first words are
_BACK = 4  # sentences before the estimate's in which its result may stand


@finder("comparisons_estimates_after")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    if next(_FORECAST.finditer(ctx.text), None) is None:
        return
    done: set[str] = set()
    for estimate in ctx.claims:
        if estimate.id in done or not _usable_estimate(ctx, estimate):
            continue
        index = ctx.sentence_index(estimate.span[0])
        said = next(_FORECAST.finditer(ctx.text, *ctx.sentences[index]), None)
        if said is None or _compared_nearby(ctx, index):
            continue
        listed = _listed_with(ctx, estimate)
        done.update(c.id for c in listed)
        actual = _result(ctx, estimate, index)
        if actual is None:
            continue
        evidence = inferred(
            ctx,
            [actual, *listed],
            [cue(ctx, said.span(), "an estimate told after the result")],
            period=Agreement.AGREE,
        )
        if evidence.subject != Agreement.AGREE:
            # The estimate names its forecaster, not what it forecasts: the result's subject stands for both.
            evidence = evidence.model_copy(update={"subject": Agreement.AGREE})
        estimates = ", ".join(show(c) for c in listed)
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=[Member(role="figure", claim=actual.id)] + [Member(role="reference", claim=c.id) for c in listed],
            evidence=evidence,
            reason=(
                f"“{said.group(0)}” gives {estimates} as the estimate of {estimate.measure}, told after the result "
                f"{show(actual)}; no word says which way they differ"
            ),
            params={"op": "unstated", "word": said.group(0)},
            spans=[said.span()],
        )


def _usable_estimate(ctx: ArticleContext, claim: Claim) -> bool:
    return claim.change is None and claim.measure is not None and is_estimate(ctx, claim) is not None


def _compared_nearby(ctx: ArticleContext, index: int) -> bool:
    """A comparison word with expectations after it within a sentence of the estimate: :mod:`.comparisons` pairs
    the estimate with its result by that word; a "bigger-than-expected" phrase: :mod:`.comparisons_expected` reads
    which figure it qualifies, and the estimate may be that figure's."""
    lo = ctx.sentences[max(0, index - 2)][0]
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 1)][1]
    if next(THAN_EXPECTED.finditer(ctx.text, lo, hi), None) is not None:
        return True
    for match in COMPARE.finditer(ctx.text, lo, hi):
        if _EXPECTATION.search(ctx.text, match.end(), match.end() + 60):
            return True
    return False


def _listed_with(ctx: ArticleContext, estimate: Claim) -> list[Claim]:
    """The estimate and the estimates its sentence lists after it of the same measure or of none, in one unit."""
    listed = [estimate]
    for claim in ctx.claims_in(estimate.span[1], estimate.sentence_span[1]):
        if claim.change is not None or not same_unit(claim, estimate):
            break
        if claim.measure not in (None, estimate.measure) or is_estimate(ctx, claim) is None:
            break
        listed.append(claim)
    return listed


def _result(ctx: ArticleContext, estimate: Claim, index: int) -> Claim | None:
    """The one earlier figure that can be the result the estimate was of."""
    lo = ctx.sentences[max(0, index - _BACK)][0]
    found = [
        c
        for c in ctx.claims_in(lo, ctx.sentences[index][0])
        if c.measure == estimate.measure
        and c.change is None
        and same_unit(c, estimate)
        and is_estimate(ctx, c) is None
        and starts_from(ctx, c) is None
        and not is_prior_by_date(ctx, c)
    ]
    years = [c.period.year for c in found if c.period is not None and c.period.year is not None]
    if len(found) > 1 and years:
        # "The loss came to $212 million in 2025. In 2024 it had reached $260 million": a figure dated to an earlier
        # year than the latest is told for contrast, not as the result forecast.
        found = [c for c in found if c.period is not None and c.period.year == max(years)]
    return found[0] if len(found) == 1 else None
