"""A peak or a low, then where the series went after it: "unemployment peaked at 11.2 percent in 2011, then eased
to 6.4 percent in 2017 and 5.9 percent in 2018"; "touched a low of 212.4 in 2016 ... the index now stands at 240".

"Peaked at", "a peak of", "topped out at", "hit a high of" make the figure the highest of its series over the time
the story follows; "bottomed out at", "hit a low of", "a trough of" the lowest. The levels of the same series
stated after it in its sentence (or, when it has none, in the next) must lie on the far side: one relation holds
the peak and every later level, so one finding says whether the words hold for all.

Nothing ties the later levels to the peak but their unit and measure, so the pairing is inferred: certain only
when the measure is named alike on all and no subject differs (a level read with another measure stays in the
relation, since "9.8 percent of GDP" is often read as GDP, but keeps it uncertain). A level of another subject,
an estimate, a change and a figure far off in size (a tenth or ten times) are not the series' levels.
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
from factcheck.relations.evidence import cue, inferred
from factcheck.relations.prose import is_estimate, is_move_level

_EXTREME = re.compile(
    r"\b(?:(?P<high>peaked\s+at|peaking\s+at|(?:a|its|the|their)\s+peak\s+of|topped\s+out\s+at"
    r"|(?:hit|reached|touched|set)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:high|peak)\s+of)"
    r"|(?P<low>bottomed(?:\s+out)?\s+at|(?:a|its|the|their)\s+(?:low|trough)\s+of"
    r"|(?:hit|reached|touched|set)\s+(?:a|an|its|their)\s+(?:[\w-]+\s+)?(?:low|trough)\s+of))\s+[$£€¥₹]?\s*$",
    re.IGNORECASE,
)
_EXTREME = gated(_EXTREME)  # tried on every figure's window, seldom matching there
# "a 15-month high", "the highest since 2008": a high over a window the words bound, not over the story.
_WINDOWED = re.compile(r"\b(?:\d+|\w+-(?:year|month|week|day))[- ](?:year|month|week|day)s?[- ]|\bsince\b", re.I)


def _level_of(series: Claim, other: Claim) -> bool:
    if other.id == series.id or other.change is not None or not is_move_level(other) or not same_unit(series, other):
        return False
    if series.subject and other.subject and series.subject != other.subject:
        return False
    if not series.quantity.value or not other.quantity.value:
        return False
    return 0.1 <= other.quantity.value / series.quantity.value <= 10


def _later(ctx: ArticleContext, extreme: Claim, start: int, end: int) -> list[Claim]:
    return [c for c in ctx.claims_in(start, end) if _level_of(extreme, c) and is_estimate(ctx, c) is None]


@finder("comparisons_peaks")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for extreme in ctx.claims:
        if extreme.change is not None or not is_move_level(extreme):
            continue
        start = max(extreme.sentence_span[0], extreme.span[0] - 60)
        said = _EXTREME.search(ctx.text, start, extreme.span[0])
        if said is None or _WINDOWED.search(said.group(0)):
            continue
        index = ctx.sentence_index(extreme.span[0])
        later = _later(ctx, extreme, extreme.span[1], extreme.sentence_span[1])
        if not later and index + 1 < len(ctx.sentences):
            # "hit a low of 361.6 in 2014. Since then the rate has risen to 394": the next sentence carries the series
            later = _later(ctx, extreme, *ctx.sentences[index + 1])
        if not later:
            continue
        high = said.group("high") is not None
        word = " ".join(said.group(0).split()).rstrip(" $£€¥₹")
        evidence = inferred(
            ctx,
            [extreme, *later],
            [cue(ctx, said.span(), "a peak" if high else "a low")],
            period=Agreement.AGREE,  # later levels are of later times by design
        )
        yield Relation(
            kind=RelationKind.COMPARISON,
            members=[Member(role="figure", claim=extreme.id)] + [Member(role="reference", claim=c.id) for c in later],
            evidence=evidence,
            reason=f"“{word}” makes {show(extreme)} the {'highest' if high else 'lowest'} of its series; "
            + ", ".join(show(c) for c in later)
            + " are later levels of it stated after",
            params={"op": "ge" if high else "le", "word": word},
            spans=[said.span()],
        )
