"""Shares of a whole stated apart from their part: cuts of a workforce, stakes of a company.

* A cut as a share of the workforce, with the count and the headcount in other
  clauses: "plans to shed a third of its staff ... it will dismiss 55 of its 170
  workers"; "is cutting 310 jobs ... had about 1,300 people on its payroll, and
  the layoffs equal nearly a quarter of that figure". The share
  names the cut (a cut word in its clause, or "the cuts", "the layoffs" as its
  subject) and its whole ("of its employees", "of its workforce", "of that
  number"); the part is the article's one count of people cut nearby; the whole
  is the headcount the part is stated "of" ("55 of its 170 workers"), the
  figure "that number" points back to, or the one figure of people the text
  marks as the workforce ("employs 4,100 people").
* A stake and the company's value: "floated a tenth of the firm for $90
  million, giving it a market value of $900 million"; "bought a 20% stake for $500
  million, valuing the company at $2.5 billion". One sentence gives all three
  and its words tie them (a cue); a pre-money valuation is not the whole.

Each is a ``part_share`` relation (members part, whole, share; rule share). A
cut stated across sentences is matched by what it measures, so the evidence is
inferred, and uncertain when another count of cuts, or another headcount, could
fill a role.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim, Metric
from factcheck.context import ArticleContext
from factcheck.figures import norm_noun, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue, periods, sole_subject, stated_together
from factcheck.relations.part_shares import paired_claims
from factcheck.relations.parts import is_prior, looks_like_year, part_share
from factcheck.relations.prose import is_estimate, lead, trail

_CUT = (
    r"lay(?:ing|s)?\s+off|laid\s+off|layoffs?|let(?:ting|s)?\s+go(?:\s+of)?|cut(?:s|ting)?|eliminat(?:e|es|ed|ing)"
    r"|slash(?:es|ed|ing)?|shed(?:s|ding)?|axe[ds]?|axing|redundanc(?:y|ies)|job\s+losses|fir(?:e|es|ed|ing)"
    r"|dismiss(?:es|ed|ing)?|reduc(?:e|es|ed|ing)\s+(?:its\s+)?(?:workforce|staff|headcount)\s+by"
)
_CUT_WORD = re.compile(rf"\b(?:{_CUT})\b", re.IGNORECASE)
_CUT_WORD = gated(_CUT_WORD)  # tried on every figure's window, seldom matching there
_PEOPLE = re.compile(
    r"^(?:\w+\s+)?(?:employees?|workers?|staff(?:ers)?|jobs?|positions?|roles?|people|personnel|posts?|contractors?"
    r"|managers?)$",
    re.I,
)
# "of its employees", "of its U.S. workforce", "of the company's staff", "of that number".
_OF_WORKFORCE = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:of|in)\s+(?:(?:its|their|the|his|her|all)\s+|the\s+(?:company|firm|group)['’]s\s+)"
    r"(?:[\w.-]+\s+){0,2}?(?P<noun>workforce|staff|employees|workers|headcount|employment|personnel|jobs|positions)\b",
    re.IGNORECASE,
)
_OF_THAT = re.compile(r"^\s*(?:percent|per\s*cent|%)?\s*of\s+(?:that|this|the)\s+(?:number|figure|total|tally)\b", re.I)
# Words that make a count of people the headcount: "employs 4,100", "a workforce of 800", "its 170 workers".
_HEADCOUNT_LEAD = re.compile(
    r"\b(?:employ(?:s|ed|ing)?|workforce\s+of|staff\s+of|headcount\s+of|total\s+of|had|has|have)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|just\s+(?:under|over)|more\s+than|over)\s+)?$",
    re.IGNORECASE,
)
_HEADCOUNT_TRAIL = re.compile(r"^\s*(?:people\s+)?(?:worldwide|globally|in\s+total|in\s+all|overall)\b", re.I)
_SUBJECT_CUTS = re.compile(r"\b(?:the|these|those)\s+(?:job\s+)?(?:cuts|layoffs|redundancies|job\s+losses)\b", re.I)


def _is_share(claim: Claim, cut: bool = False) -> bool:
    q = claim.quantity
    if claim.change is not None and not cut:
        return False
    if q.kind == QuantityKind.FRACTION:
        return 0 < q.value < 1
    return q.kind == QuantityKind.PERCENT and 0 < q.value < 100


def _people(claim: Claim) -> bool:
    q = claim.quantity
    if q.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER) or looks_like_year(claim) or q.value < 1:
        return False
    return claim.metric == Metric.HEADCOUNT or bool(_PEOPLE.match(norm_noun(q.noun)))


def _clause_lead(ctx: ArticleContext, claim: Claim, width: int = 70) -> str:
    words = lead(ctx, claim, width)
    cut = max((m.end() for m in re.finditer(r";|\bbut\b|\bwhile\b|,\s+(?:and|but)\s", words)), default=0)
    return words[cut:]


def _of_whole(ctx: ArticleContext, part: Claim) -> Claim | None:
    """ "55 of its 170 workers": the headcount a part is stated of, in the same breath."""
    whole = ctx.claim_after(part)
    if whole is not None and whole.span[0] == part.span[1]:
        # Only a figure starting past the part's end counts; one that starts right at it is skipped.
        rest = [c for c in ctx.sentence_claims(part) if c.span[0] > part.span[1]]
        whole = rest[0] if rest else None
    if whole is None:
        return None
    gap = ctx.text[part.span[1] : whole.span[0]]
    if re.fullmatch(r"\s*(?:out\s+)?of\s+(?:its|their|the|his|her)\s+(?:[\w.-]+\s+)?", gap) and _people(whole):
        return whole
    return None


def _cut_counts(ctx: ArticleContext) -> list[Claim]:
    """Counts of people cut: "lay off 55", "is cutting 310 jobs", "336 jobs will be cut"."""
    found = []
    wholes = {w.id for c in ctx.claims if (w := _of_whole(ctx, c)) is not None}
    for claim in ctx.claims:
        if claim.quantity.kind not in (QuantityKind.COUNT, QuantityKind.NUMBER) or looks_like_year(claim):
            continue
        if claim.id in wholes:
            continue  # "55 of its 170 workers": the headcount, not a second count cut
        if is_prior(ctx, claim) or is_estimate(ctx, claim):
            continue
        near = _clause_lead(ctx, claim, 40)
        after = trail(ctx, claim, 40)
        if not (_CUT_WORD.search(near) or re.match(r"^\s*(?:\w+\s+){0,2}(?:will\s+be|were|are|to\s+be)\s+(?:cut|axed|"
                                                   r"eliminated|shed|laid\s+off)\b", after, re.I)):  # fmt: skip
            continue
        if _people(claim) or _of_whole(ctx, claim) is not None:
            found.append(claim)
    return found


def _cut_shares(ctx: ArticleContext) -> Iterator[tuple[Claim, re.Match[str]]]:
    paired = paired_claims(ctx)
    for claim in ctx.claims:
        # "shed one-third of its staff" reads as a fall of a third, yet "of its staff" makes it a share
        if not _is_share(claim, cut=True) or claim.id in paired or is_estimate(ctx, claim):
            continue
        after = trail(ctx, claim, 60)
        named = _OF_WORKFORCE.match(after) or _OF_THAT.match(after)
        if named is None:
            continue
        clause = _clause_lead(ctx, claim, 90)
        if _CUT_WORD.search(clause) or _SUBJECT_CUTS.search(clause):
            yield claim, named


def _window(ctx: ArticleContext, claim: Claim, before: int, after: int) -> list[Claim]:
    index = ctx.sentence_index(claim.span[0])
    lo = ctx.sentences[max(0, index - before)][0]
    hi = ctx.sentences[min(len(ctx.sentences) - 1, index + after)][1]
    return ctx.claims_in(lo, hi)


def _headcounts(ctx: ArticleContext, around: list[Claim], cuts: list[Claim]) -> list[Claim]:
    cut_ids = {c.id for c in cuts}
    return [
        c
        for c in around
        if c.id not in cut_ids
        and _people(c)
        and not is_prior(ctx, c)
        and not is_estimate(ctx, c)
        and (_HEADCOUNT_LEAD.search(lead(ctx, c, 40)) or _HEADCOUNT_TRAIL.match(trail(ctx, c, 30)))
    ]


def _workforce_cuts(ctx: ArticleContext) -> Iterator[Relation]:
    cuts = _cut_counts(ctx)
    for share, named in _cut_shares(ctx):
        around = _window(ctx, share, 2, 1)
        parts = [c for c in cuts if c in around]
        if not parts:
            continue
        parts.sort(key=lambda c: (ctx.sentences_apart(c, share), abs(c.span[0] - share.span[0])))
        part = parts[0]
        others = [c for c in parts[1:] if c.quantity.value != part.quantity.value]
        whole = _of_whole(ctx, part)
        how = "the cut is stated as a part of it"
        ambiguous: list[Claim] = []
        if (
            whole is None
            and named.group(0).lower().lstrip().startswith(("of that", "of this", "of the"))
            and not (named.groupdict().get("noun"))
        ):
            # "of that number": the count of people just before the share, in its sentence or the one before.
            before = [
                c
                for c in _window(ctx, share, 1, 0)
                if c.span[1] <= share.span[0] and _people(c) and c.id != part.id and c not in cuts
            ]
            if before:
                whole, how = before[-1], f"“{named.group(0).strip()}” points back to it"
        if whole is None:
            candidates = _headcounts(ctx, _window(ctx, share, 3, 2), cuts)
            if not candidates:
                continue
            candidates.sort(key=lambda c: abs(c.span[0] - share.span[0]))
            whole, how = candidates[0], "the text marks it as the headcount"
            ambiguous = [c for c in candidates[1:] if c.quantity.value != candidates[0].quantity.value]
        if whole.quantity.value <= part.quantity.value:
            continue
        members = [part, whole, share]
        period = periods([part, whole])
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[
                cue(ctx, (share.span[0], share.span[1] + len(named.group(0))), "a cut as a share of the workforce"),
                cue(ctx, part.span, "the count cut"),
                cue(ctx, whole.span, "the headcount"),
            ],
            sentences_apart=max(ctx.sentences_apart(share, c) for c in (part, whole)),
            subject=sole_subject(members, around),
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.DISAGREE if period == Agreement.DISAGREE else Agreement.AGREE,
            ambiguous=[show(c) for c in (*others, *ambiguous)],
        )
        reason = (
            f"{show(share)} is the share of the workforce cut; {show(part)} is the count cut and {show(whole)} the "
            f"headcount ({how})"
        )
        yield part_share(part, whole, share, evidence, reason)


# stakes --------------------------------------------------------------------------------

_STAKE = re.compile(
    r"^\s*(?:percent|per\s*cent|%)?\s*(?:stake|interest|holding|share)?\s*(?:of|in)\s+(?:the\s+)?(?:company|firm|"
    r"business|group|startup|start-up|it|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\b[^.;$£€¥₹\d]{0,20}?\s*"
    r"(?:for|worth|at\s+a\s+cost\s+of|valued\s+at|in\s+a\s+deal\s+worth)\s*(?:about\s+|around\s+|some\s+|roughly\s+)?$"
    r"|^\s*(?:percent|per\s*cent|%)?\s*(?:stake|interest|holding)\s*(?:for|worth)\s*(?:about\s+|around\s+|some\s+)?$",
    re.IGNORECASE,
)
_VALUATION = re.compile(
    r"\b(?:valu(?:ing|ed)\s+(?:the\s+(?:company|firm|business|group|startup|start-up)|it|\w+)\s+at|(?:total\s+|market\s+)?"
    r"(?:value|valuation)\s+of|valued\s+at|valuation\s+at)\s*(?:about\s+|around\s+|some\s+|roughly\s+)?[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_PRE_MONEY = re.compile(r"\bpre-?money\b", re.IGNORECASE)


def _stakes(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for i, share in enumerate(claims):
            if not _is_share(share) or i + 1 >= len(claims):
                continue
            price = claims[i + 1]
            gap = ctx.text[share.span[1] : price.span[0]]
            if price.quantity.kind != QuantityKind.MONEY or not _STAKE.match(gap):
                continue
            values = [
                c
                for c in claims[i + 2 :]
                if c.quantity.kind == QuantityKind.MONEY and _VALUATION.search(lead(ctx, c, 60))
            ]
            if not values or _PRE_MONEY.search(lead(ctx, values[0], 60)):
                continue
            value = values[0]
            if value.quantity.value <= price.quantity.value or value.quantity.unit != price.quantity.unit:
                continue
            members = [price, value, share]
            said = [
                cue(ctx, (share.span[1], price.span[0]), "a stake and its price"),
                cue(ctx, (value.span[0] - len(_VALUATION.search(lead(ctx, value, 60)).group(0)), value.span[0]),  # type: ignore[union-attr]
                    "the whole company's value"),
            ]  # fmt: skip
            evidence = stated_together(ctx, members, said, levels=[price, value])
            reason = (
                f"one sentence gives a stake of {show(share)}, its price {show(price)} and the company's value "
                f"{show(value)}: the price is that share of the value"
            )
            yield part_share(price, value, share, evidence, reason)


@finder("headcount_shares")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    yield from _workforce_cuts(ctx)
    yield from _stakes(ctx)
