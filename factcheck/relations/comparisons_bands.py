"""A target band: its centre and margin against its stated ends, and readings said to lie within or beyond it.

Central banks and regulators state a target with a tolerance band, and news copy gives it in two ways, often in one
story: "keep inflation at 3 per cent with a margin of 1.5 per cent on either side" (or "3 per cent, plus or minus
1.5") and "the tolerance band of 1.5-4.5 per cent" or "the upper tolerance limit of 4.5 per cent". The centre less
and plus the margin are the band's ends (``part_whole``, rule ``band``).

Copy then places a reading against the band in words: "inflation came within the tolerance band", "breached the
upper tolerance level, rising to 4.9 per cent", "has stayed below the upper band of 4.5 per cent since March". The
band's figure is the one the cue's own words give ("the band of 1.5-4.5 per cent"), else the band's end stated
elsewhere in the story; the reading is the percentage after the cue in its sentence, else the readings of the
nearest of the two sentences before (levels only: no start a move came from, no forecast). Within the band and
below its upper end, every reading must lie under the end (inside the band); beyond the upper end, above it.

Only the words "band", "range", "limit", "level", "threshold", "ceiling" or "floor" with "tolerance", "target",
"upper" or "lower" make a band: "a range of 2-6 per cent" alone is any range. A reading and a band end stated in
other sentences may be of other things (a rural index against the headline one), so such pairings stay uncertain;
the centre and margin are tied by their words, but a band stated in another sentence may be another band.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.literals import Gated, gated, led
from factcheck.quantity import QuantityKind
from factcheck.relation import Member, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.prose import is_estimate, is_prior_by_date, starts_from

_KIND = r"(?:(?:tolerance|target|comfort|inflation|policy)\s+)"
# "the RBI's tolerance band of 2-6 per cent", "its target range of between 1 and 3 per cent"
_BAND_OF = re.compile(rf"\b{_KIND}(?:band|range|corridor|zone)\s+of\s+(?:between\s+)?$", re.IGNORECASE)
# "the upper tolerance band of 6 per cent", "its lower target limit of 1 per cent"
_END_OF = re.compile(
    rf"\b(?P<side>upper|lower)\s+{_KIND}?(?:band|limit|level|threshold|bound|end|ceiling|floor)\s+of\s+$",
    re.IGNORECASE,
)
_END_OF = gated(_END_OF)  # tried on every figure's window, seldom matching there
# "at 3 per cent with a margin of 1.5 per cent on either side", "2 per cent, plus or minus 1"
_MARGIN = re.compile(
    r"^\s*,?\s*(?:(?P<with>with\s+an?\s+(?:tolerance\s+|permitted\s+)?(?:margin|band|leeway)\s+of)"
    # "plus or minus 1.5 per cent": extraction may take "minus" into the margin's own figure
    r"|plus\s+or(?:\s+minus)?|\+/-|±)\s*$",
    re.IGNORECASE,
)
# A reading someone expects is no reading.
_FORWARD = re.compile(
    r"\b(?:expects?|expected|forecasts?|projects?|projected|projecting|predicts?|predicted|sees|will|would|could|may"
    r"|might|target(?:s|ed)?)\b",
    re.IGNORECASE,
)
_EITHER_SIDE = re.compile(r"^\s*(?:percentage\s+points?\s+)?(?:on\s+)?(?:either|both|each)\s+(?:sides?|way)\b", re.I)
_NAMED_BAND = r"(?:[\w'’.()-]+\s+){0,6}?"
_PLACED = re.compile(
    rf"\b(?:(?P<within>within|inside)\s+(?:the\s+)?{_NAMED_BAND}{_KIND}(?:band|range|corridor|zone)"
    rf"|(?P<above>breach\w*|exceed\w*|above|beyond|cross\w*|pierc\w*|surpass\w*)\s+(?:the\s+)?{_NAMED_BAND}"
    r"(?P<side_a>upper|lower)\s+" + _KIND + r"?(?:band|limit|level|threshold|bound|end|ceiling|floor)"
    rf"|(?P<below>below|under|beneath)\s+(?:the\s+)?{_NAMED_BAND}"
    r"(?P<side_b>upper|lower)\s+" + _KIND + r"?(?:band|limit|level|threshold|bound|end|ceiling|floor))\b",
    re.IGNORECASE,
)
_PLACED = led(_PLACED)


def _percent(claim: Claim) -> bool:
    return claim.quantity.kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT)


def _led_by(ctx: ArticleContext, claim: Claim, pattern: re.Pattern[str] | Gated) -> re.Match[str] | None:
    return pattern.search(ctx.text[max(claim.sentence_span[0], claim.span[0] - 60) : claim.span[0]])


def _bands(ctx: ArticleContext) -> tuple[list[Claim], dict[str, list[Claim]]]:
    """The story's stated bands: ranges named as bands, and ends named upper or lower."""
    ranges, ends = [], {"upper": [], "lower": []}
    for claim in ctx.claims:
        if not _percent(claim):
            continue
        if claim.quantity.is_range and claim.quantity.ends and _led_by(ctx, claim, _BAND_OF):
            ranges.append(claim)
        elif not claim.quantity.is_range and (end := _led_by(ctx, claim, _END_OF)):
            ends[end.group("side").lower()].append(claim)
    return ranges, ends


@finder("comparisons_bands")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    ranges, ends = _bands(ctx)
    if not ranges and not ends["upper"] and not ends["lower"]:
        return
    yield from _centre_and_margin(ctx, ranges, ends)
    yield from _readings(ctx, ranges, ends)


def _centre_and_margin(ctx: ArticleContext, ranges: list[Claim], ends: dict[str, list[Claim]]) -> Iterator[Relation]:
    for centre in ctx.claims:
        margin = ctx.claim_after(centre)
        if not _percent(centre) or margin is None or not _percent(margin) or centre.quantity.is_range:
            continue
        said = _MARGIN.match(ctx.text[centre.span[1] : margin.span[0]])
        if said is None or (said.group("with") and not _EITHER_SIDE.match(ctx.text[margin.span[1] :])):
            continue
        if said.group(0).rstrip().lower().endswith("or") and not margin.quantity.text.lower().startswith("minus"):
            continue
        stated = ranges[:1] or [c for side in ("upper", "lower") for c in ends[side][:1]]
        if not stated:
            continue
        apart = [c for c in stated if c.sentence_span != centre.sentence_span]
        members = [Member(role="centre", claim=centre.id), Member(role="margin", claim=margin.id)]
        for claim in stated:
            role = "band" if claim.quantity.is_range else "upper" if claim in ends["upper"] else "lower"
            members.append(Member(role=role, claim=claim.id))
        yield Relation(
            kind=RelationKind.PART_WHOLE,
            members=members,
            evidence=inferred(
                ctx,
                [centre, margin, *stated],
                [cue(ctx, (centre.span[1], margin.span[0]), "a centre and its margin")],
                tie=Tie.CUE,
                doubts=["the band's ends are stated in another sentence: they may be of another band"] if apart else [],
            ),
            reason=f"{show(centre)} with a margin of {show(margin)} either side is a band from "
            f"{centre.quantity.value - margin.quantity.value:g} to {centre.quantity.value + margin.quantity.value:g}; "
            f"the story states it as {', '.join(show(c) for c in stated)}",
            params={"rule": "band"},
        )


def _readings(ctx: ArticleContext, ranges: list[Claim], ends: dict[str, list[Claim]]) -> Iterator[Relation]:
    banded = {c.id for c in ranges} | {c.id for side in ends.values() for c in side}
    # a target's centre and margin are no readings either
    banded |= {cid for r in _centre_and_margin(ctx, ranges, ends) for cid in r.claims()}
    for sentence in ctx.sentences:
        for word in _PLACED.finditer(ctx.text, *sentence):
            side = (word.group("side_a") or word.group("side_b") or "").lower()
            band = _band_for(ctx, word, sentence, side, ranges, ends)
            if band is None:
                continue
            readings = _read(ctx, word, sentence, banded)
            if not readings:
                continue
            apart = band.sentence_span != sentence or any(r.sentence_span != sentence for r in readings)
            doubts = ["the reading or the band is stated in another sentence: it may be of another index"]
            evidence = inferred(
                ctx,
                [band, *readings],
                [cue(ctx, word.span(), "a reading placed against a band")],
                tie=Tie.CUE,
                doubts=doubts if apart else [],
            )
            said = " ".join(word.group(0).split())
            if word.group("above") or (word.group("below") and side == "lower"):
                op = "gt" if word.group("above") else "lt"
                for reading in readings:
                    yield Relation(
                        kind=RelationKind.COMPARISON,
                        members=roles(figure=reading, reference=band),
                        evidence=evidence,
                        reason=f"“{said}”: {show(reading)} lies {'above' if op == 'gt' else 'below'} the band's "
                        f"{side} end, {show(band)}",
                        params={"op": op, "word": said, "threshold": True, "exact_line": True},
                        spans=[word.span()],
                    )
                continue
            yield Relation(
                kind=RelationKind.COMPARISON,
                members=[Member(role="figure", claim=band.id)]
                + [Member(role="reference", claim=r.id) for r in readings],
                evidence=evidence,
                reason=f"“{said}”: {', '.join(show(r) for r in readings)} must lie inside {show(band)}",
                params={"op": "bound", "word": said, "items": "reading"},
                spans=[word.span()],
            )


def _band_for(
    ctx: ArticleContext,
    word: re.Match[str],
    sentence: tuple[int, int],
    side: str,
    ranges: list[Claim],
    ends: dict[str, list[Claim]],
) -> Claim | None:
    """The band's figure the cue speaks of: the one its own words give, else the story's band of that side."""
    own = [c for c in ctx.claims_in(word.end(), sentence[1]) if c.span[0] - word.end() <= 12 and _percent(c)]
    if own and (own[0] in ranges or own[0] in ends.get(side, [])):
        return own[0]
    if side:
        return min(ends[side], key=lambda c: abs(c.span[0] - word.start()), default=None)
    return min(ranges, key=lambda c: abs(c.span[0] - word.start()), default=None)


def _level(ctx: ArticleContext, claim: Claim, banded: set[str]) -> bool:
    return (
        claim.quantity.kind == QuantityKind.PERCENT
        and claim.id not in banded
        and not claim.quantity.is_range
        and claim.change is None
        and is_estimate(ctx, claim) is None
        and not _FORWARD.search(ctx.text[claim.sentence_span[0] : claim.span[0]])
        and starts_from(ctx, claim) is None
        and not is_prior_by_date(ctx, claim)
    )


def _read(ctx: ArticleContext, word: re.Match[str], sentence: tuple[int, int], banded: set[str]) -> list[Claim]:
    """The reading after the cue in its sentence, else those of the nearest of the two sentences before."""
    after = [c for c in ctx.claims_in(word.end(), sentence[1]) if _level(ctx, c, banded)]
    if after:
        return after[:1]
    index = ctx.sentence_index(sentence[0])
    for earlier in reversed(ctx.sentences[max(0, index - 2) : index]):
        found = [c for c in ctx.claims_in(*earlier) if _level(ctx, c, banded)]
        if found:
            return found
    return []
