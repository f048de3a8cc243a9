"""A reading revised against its first estimate, and a forecast against the one it replaced.

Statistics copy gives a period's first estimate and then its revision, in one sentence or a few apart:

* "The first estimate had put the shortfall at $41.2 billion. It was revised down to $39.8 billion";
* "March sales were revised up to 1.31 million, from an initially reported 1.27 million";
* "from the preliminary reading of 48.6 in May ... The May index was revised higher to 49.1".

"Revised up (higher, upward)" makes the revised figure lie above the first estimate, "revised down (lower,
downward)" below it. The first estimate is the one figure led by "initial (first, preliminary, flash, advance,
original, earlier, previous) estimate (reading, figure)" or "initially (originally, first) reported (estimated,
put)" in the revision's sentence or the two before it; a forecast ("economists had expected", "the consensus
estimate") is no earlier reading of the same figure and is never taken. A figure of another period is another
reading. Nothing but the words around each figure ties the two, so the evidence is inferred.

A forecast may also be said against the one it replaced by the ways each goes from today's level: "is now
projected to drop to 61%, having earlier been expected to climb to 66%" puts the new figure below the old. The
two forecasts may start from different levels (the level moved between them), so that reading stays uncertain.

Deal copy says the same of a bid: "sweetened its offer to $52 a share", "the increased offer of $3.1 billion" against
"had earlier offered $48 a share", "its initial bid of $2.7 billion". The raise puts the new offer above the earlier
one. Both figures are named as offers, so they are of one measure; the bidder must be the same for the pairing to be
certain (a rival's earlier bid is no offer the raise replaced). Two earlier offers of different sizes leave the
pairing open; one earlier offer said twice (a summary line, then the body) is taken where it follows the news.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import same_unit, show
from factcheck.literals import gated
from factcheck.relation import Agreement, Member, Relation, RelationKind
from factcheck.relations import finder
from factcheck.relations.evidence import cue, inferred, periods, stated_together

_REVISED = re.compile(
    r"\brevised\s+(?:(?P<up>up|upwards?|higher)|(?P<down>down|downwards?|lower))\s+"
    r"(?:(?:slightly|sharply|marginally|further)\s+)?to\s+(?:an?\s+)?"
    # "revised up to show an addition of 41,000 jobs": the revised figure after the reading it shows
    r"(?:show(?:ing)?\s+(?:an?\s+)?(?:[a-z-]+\s+){0,3}?(?:of|at)\s+(?:an?\s+)?)?$",
    re.IGNORECASE,
)
_REVISED = gated(_REVISED)  # tried on every figure's window, seldom matching there
# "The previous reading" and "a previously reported" figure are as often the period before's as this period's
# first print: only an earlier estimate is surely of the same figure.
_FIRST_ESTIMATE = re.compile(
    r"(?:\b|(?=\())(?:(?:initial|first|preliminary|flash|advance|original)\s+(?:estimates?|readings?|figures?|prints?"
    r"|calculations?)|(?:earlier|previous|prior)\s+estimates?|(?:initially|originally|first)\s+(?:reported|estimated"
    r"|put|given|published|calculated)|previously\s+estimated"
    # "to 41,000 (previously 37,500)", "(previously put at 37,500)": a bracket right after the revised
    # figure gives that figure's own earlier print
    r"|\(\s*(?:previously|initially|originally|first)(?=[\s:])(?:\s+(?:reported|estimated|shown|showed|showing|put"
    r"|given|read|stated|at|as))*)\b(?P<tail>[^.;!?\d()]{0,50})$",
    re.IGNORECASE,
)
_NOTED_PRIOR = re.compile(r"\s*\(\s*(?:previously|initially|originally|first)\b[^.;!?\d()]{0,50}", re.IGNORECASE)
# A forecast's words: an expectation of the figure is no earlier reading of it.
_FORECAST_WORDS = re.compile(
    r"\b(?:forecasts?|expect\w*|consensus|analysts?|economists?|polls?|projected|predicted|survey\w*)\b", re.I
)
_WAYS = r"(?P<{0}>fall|drop|decline|shrink|ease|dip|slip)|(?P<{1}>rise|climb|grow|increase|jump|swell)"
_NEW_FORECAST = re.compile(
    r"\b(?:now\s+)?(?:forecast|expected|projected|predicted|seen)\s+to\s+(?:"
    + _WAYS.format("down", "up")
    + r")\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_NEW_FORECAST = gated(_NEW_FORECAST)  # tried on every figure's window, seldom matching there
_OLD_FORECAST = re.compile(
    r"\b(?:previously|earlier|originally|initially)\s+(?:been\s+)?(?:forecast|expected|projected|predicted|seen)"
    r"\s+to\s+(?:" + _WAYS.format("down", "up") + r")\s+to\s+(?:about\s+|around\s+|nearly\s+|almost\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_OLD_FORECAST = gated(_OLD_FORECAST)  # tried on every figure's window, seldom matching there


_OFFER = r"(?:(?:takeover|cash|all-cash|buyout|acquisition)\s+)?(?:offer|bid|proposal)"
_NEW_OFFER = re.compile(
    r"\b(?:(?:(?P<up>increased|raised|sweetened|improved|higher|enhanced)|(?P<down>reduced|lowered|lower|cut))\s+"
    + _OFFER
    + r"\s+(?:of|worth|valued\s+at|at)|(?:(?P<up2>raised|sweetened|increased|upped|boosted|lifted)|(?P<down2>cut"
    r"|lowered|reduced|trimmed))\s+(?:its|their|the|his|her)\s+"
    + _OFFER
    + r"\s+to)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)
_NEW_OFFER = gated(_NEW_OFFER)  # tried on every figure's window, seldom matching there
_OLD_OFFER = re.compile(
    r"\b(?:(?:earlier|previous|prior|original|initial|first|second|third|old|last|rejected)\s+"
    + _OFFER
    + r"\s+(?:of|worth|valued\s+at|at)"
    r"|(?P<verb>(?:had\s+)?(?:earlier|previously|originally|initially)\s+(?:offered|bid|proposed|agreed\s+to"
    r"|accepted))(?:\s+(?:an?|the))?)\s+(?:about\s+|around\s+|roughly\s+)?$",
    re.IGNORECASE,
)


def _lead(ctx: ArticleContext, claim: Claim, reach: int = 90) -> str:
    start = ctx.sentences[ctx.sentence_index(claim.span[0])][0]
    return ctx.text[max(start, claim.span[0] - reach) : claim.span[0]]


_DATED = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?"
    r"|nov(?:ember)?|dec(?:ember)?|q[1-4]|(?:first|second|third|fourth)[\s-]quarter|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _dates(ctx: ArticleContext, claim: Claim) -> set[str]:
    start, end = ctx.sentences[ctx.sentence_index(claim.span[0])]
    return {m.group(0).lower()[:3] for m in _DATED.finditer(ctx.text[start:end])}


def _one_size(a: Claim, b: Claim, factor: float = 2) -> bool:
    if not a.quantity.value or not b.quantity.value:
        return False
    return 1 / factor <= a.quantity.value / b.quantity.value <= factor


def _first_estimate(ctx: ArticleContext, claim: Claim) -> bool:
    found = _FIRST_ESTIMATE.search(_lead(ctx, claim))
    return found is not None and not _FORECAST_WORDS.search(found.group(0))


@finder("directions_revised_estimate")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _revisions(ctx)
    yield from _forecasts(ctx)
    yield from _offers(ctx)


def _revisions(ctx: ArticleContext) -> Iterator[Relation]:
    for after in ctx.claims:
        said = _REVISED.search(_lead(ctx, after, 60))
        if said is None:
            continue
        index = ctx.sentence_index(after.span[0])
        lo = ctx.sentences[max(0, index - 2)][0]
        hi = ctx.sentences[index][1]
        old = [c for c in ctx.claims_in(lo, hi) if c.id != after.id and _first_estimate(ctx, c)]
        if len(old) != 1:
            continue
        before = old[0]
        if not (same_unit(after, before) and _one_size(after, before)):
            continue
        first_dates, revised_dates = _dates(ctx, before), _dates(ctx, after)
        if periods([before, after]) == Agreement.DISAGREE or (
            first_dates and revised_dates and not first_dates & revised_dates
        ):
            continue  # an earlier period's first estimate is another reading
        sentence = ctx.sentences[ctx.sentence_index(before.span[0])]
        if any(c.id != after.id and same_unit(c, before) for c in ctx.claims_in(before.span[1], sentence[1])):
            continue  # "first estimates put exports at A and imports at B": which was revised is not said
        doubts = []
        if bool(first_dates) != bool(revised_dates):
            doubts.append("only one of the two figures is dated: they may be readings of different periods")
        if before.measure and after.measure and before.measure != after.measure:
            doubts.append(f"the first estimate is of {before.measure}, the revised figure of {after.measure}")
        sign = 1 if said.group("up") else -1
        word = " ".join(said.group(0).split())
        span = (after.span[0] - len(said.group(0)), after.span[0])
        cues = [cue(ctx, span, "a first estimate revised")]
        evidence = (
            # "revised up to 41,000 (previously 37,500)": the bracket restates the revised figure's own first print
            stated_together(ctx, [before, after], cues, doubts=doubts, period=Agreement.AGREE)
            if _NOTED_PRIOR.fullmatch(ctx.text, after.span[1], before.span[0])
            else inferred(ctx, [before, after], cues, doubts=doubts)
        )
        yield Relation(
            kind=RelationKind.DIRECTION,
            members=[Member(role="from", claim=before.id), Member(role="to", claim=after.id)],
            evidence=evidence,
            reason=f"“{word}”: {show(after)} is the revised figure, {show(before)} the first estimate",
            params={"direction": sign, "word": word},
            spans=[span],
        )


def _forecasts(ctx: ArticleContext) -> Iterator[Relation]:
    for after in ctx.claims:
        new = _NEW_FORECAST.search(_lead(ctx, after, 60))
        if new is None or re.search(r"\b(?:previously|earlier|originally|initially)\b", new.group(0), re.I):
            continue
        index = ctx.sentence_index(after.span[0])
        hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 1)][1]
        found = [(c, m) for c in ctx.claims_in(after.span[1], hi) if (m := _OLD_FORECAST.search(_lead(ctx, c, 60)))]
        if len(found) != 1:
            continue
        before, old = found[0]
        new_way = 1 if new.group("up") else -1
        old_way = 1 if old.group("up") else -1
        if new_way == old_way or not same_unit(after, before) or not _one_size(after, before):
            continue  # both the same way: nothing orders the two
        span = (after.span[0] - len(new.group(0)), after.span[0])
        yield Relation(
            kind=RelationKind.DIRECTION,
            members=[Member(role="from", claim=before.id), Member(role="to", claim=after.id)],
            evidence=inferred(
                ctx,
                [before, after],
                [cue(ctx, span, "a forecast against the one it replaced")],
                period=Agreement.AGREE,
                doubts=["the two forecasts may start from different levels: the words give neither start"],
            ),
            reason=f"{show(after)} is forecast the other way from {show(before)}, the forecast it replaced",
            params={"direction": new_way, "word": " ".join(new.group(0).split())},
            spans=[span],
        )


def _offers(ctx: ArticleContext) -> Iterator[Relation]:
    """A raised (or cut) offer against the earlier one, in the sentences around it."""
    seen: set[tuple[str, str]] = set()
    for after in ctx.claims:
        new = _NEW_OFFER.search(_lead(ctx, after, 70))
        if new is None:
            continue
        if re.match(r"[^.;]{0,30}?\bfrom\b", ctx.text[after.span[1] : after.sentence_span[1]]):
            continue  # "raised its offer to $52 from $48": the one-clause move finders read it
        index = ctx.sentence_index(after.span[0])
        lo = ctx.sentences[max(0, index - 3)][0]
        hi = ctx.sentences[min(len(ctx.sentences) - 1, index + 3)][1]
        old = [c for c in ctx.claims_in(lo, hi) if c.id != after.id and _earlier_offer(ctx, c)]
        old = [c for c in old if same_unit(c, after) and _one_size(c, after, 5)]
        if not old or len({c.quantity.value for c in old}) != 1:
            continue  # two earlier offers of different sizes: which one was raised is not said
        # One earlier offer said twice (in a summary above, then as background after the news): the background
        # after the new offer is the one set against it.
        before = min(old, key=lambda c: (c.span[0] < after.span[0], abs(c.span[0] - after.span[0])))
        if (before.id, after.id) in seen:
            continue
        seen.add((before.id, after.id))
        sign = 1 if new.group("up") or new.group("up2") else -1
        word = " ".join(new.group(0).split())
        span = (after.span[0] - len(new.group(0)), after.span[0])
        yield Relation(
            kind=RelationKind.DIRECTION,
            members=[Member(role="from", claim=before.id), Member(role="to", claim=after.id)],
            # both figures are named as offers by the words that lead to them: one measure
            evidence=inferred(
                ctx, [before, after], [cue(ctx, span, "an offer revised")], period=Agreement.AGREE
            ).model_copy(update={"metric": Agreement.AGREE}),
            reason=f"“{word}”: {show(after)} is the new offer, {show(before)} the earlier one",
            params={"direction": sign, "word": word},
            spans=[span],
        )


def _earlier_offer(ctx: ArticleContext, claim: Claim) -> bool:
    found = _OLD_OFFER.search(_lead(ctx, claim, 70))
    if found is None:
        return False
    if found.group("verb") and re.search(r"agreed|accepted", found.group("verb"), re.IGNORECASE):
        # "once agreed to a $2.1 billion takeover bid": the figure must be the offer's
        return bool(re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:offer|bid|proposal|deal)\b", ctx.text[claim.span[1] :]))
    return True
