"""A part's change named as the smallest or largest of a whole's parts: "the drop was steepest in the north, at 31%".

A whole's change in percent is the weighted mean of its parts' changes (each weighted by its share of the base), so
the part whose move was the smallest cannot have moved more than the whole did, and the largest no less. News copy
gives the whole's rate, then names one part as the extreme: "Thefts fell 18% across the county ... The decline was
smallest in the market towns; 6%", "Prices rose 4.1% ... the increase was largest for fuel, at 9%".

The rule: a change noun (decline, drop, fall, rise, increase, gain, growth), "has been / was / is" and "smallest",
"largest", "biggest", "steepest", "sharpest", "slowest", "fastest" (or "least", "most"), then "for" / "in" / "among",
the part's name (at most five words, no clause of its own) and its rate right after it ("; 6%", ", at 9%").
The whole is the nearest change in percent before it, in that sentence or at most two before, whose direction
the noun shares; a change the other way, or none, makes no relation. The relation is ``part_whole`` with rule
``extreme``: a smallest part's rate is at most the whole's, a largest at least (in size, both moves told the same
way).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import direction, show
from factcheck.literals import gated
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Evidence, Relation, Tie
from factcheck.relations import finder
from factcheck.relations.evidence import cue
from factcheck.relations.parts import part_whole
from factcheck.relations.prose import is_estimate, lead

_EXTREME = re.compile(
    r"\b(?:(?P<down>decline|drop|fall|decrease|reduction)|(?P<up>rise|increase|gain|growth|jump))s?\s+"
    r"(?:has\s+been|had\s+been|was|were|is|are)\s+(?:(?:the|by\s+far\s+the)\s+)?"
    r"(?:(?P<min>smallest|least|slowest|mildest|weakest)|(?P<max>largest|biggest|steepest|sharpest|fastest|greatest"
    r"|strongest|most))\s+(?:for|in|among|at)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+"
    # the part's rate right after its name: "; 6%", ", at 9%", " (12%)", " at 4%"
    r"(?:\s*[;:,(–—]\s*(?:at\s+|with\s+|of\s+|by\s+)?|\s+(?:at|with|of|by)\s+)$",
    re.IGNORECASE,
)
_EXTREME = gated(_EXTREME)  # tried on every figure's window, seldom matching there


def _whole(ctx: ArticleContext, part: Claim, sign: int) -> Claim | None:
    """The nearest change in percent before the part, at most two sentences back, moving the noun's way."""
    here = ctx.sentence_index(part.span[0])
    before = [
        c
        for c in ctx.claims
        if c.span[1] <= part.span[0]
        and here - ctx.sentence_index(c.span[0]) <= 2
        and c.quantity.kind == QuantityKind.PERCENT
        and c.change is not None
    ]
    if not before:
        return None
    whole = before[-1]
    if direction(whole) != sign or is_estimate(ctx, whole):
        return None
    return whole


@finder("part_rates_extremes")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for part in ctx.claims:
        if part.quantity.kind != QuantityKind.PERCENT:
            continue
        words = lead(ctx, part, 90)
        found = _EXTREME.search(words)
        if found is None:
            continue
        sign = 1 if found.group("up") else -1
        whole = _whole(ctx, part, sign)
        if whole is None:
            continue
        side = "min" if found.group("min") else "max"
        at = part.span[0] - len(words) + found.start()
        span = (at, part.span[0] - len(words) + found.end())
        evidence = Evidence(
            tie=Tie.INFERRED,
            cues=[cue(ctx, span, "the smallest part's move" if side == "min" else "the largest part's move")],
            sentences_apart=ctx.sentences_apart(whole, part),
            subject=Agreement.AGREE,
            metric=Agreement.AGREE,
            unit=Agreement.AGREE,
            period=Agreement.AGREE,
        )
        reason = (
            f"{show(part)} is named the {'smallest' if side == 'min' else 'largest'} part's move; the whole moved "
            f"{show(whole)}, the weighted mean of its parts' moves"
        )
        relation = part_whole(whole, [part], evidence, reason, rule="extreme", spans=[span])
        yield relation.model_copy(update={"params": {**relation.params, "side": side}})
