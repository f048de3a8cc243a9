"""same_figure: one figure stated twice must agree.

Rule: two statements of one subject's measure for one period ("$53 billion in AI"
and, later, "its $53 billion AI investment") must overlap; an unrounded figure
("before rounding, up 0.244 percent") must lie in the interval of the rounded
figure it restates ("up 0.2 percent"); a round or hedged move in the lead ("closed
200 points higher") must hold the exact one given later ("up 200.84 points"); an amount restated in another unit
("40 miles (64 km)") must convert to the restatement; a figure written in words must agree with the digits
bracketed after it ("forty-one percent (41%)"). A pair whose values differ by a factor
near 1,000 or 1,000,000 is a scale slip (million/billion) and gross.

Tolerance: each figure's rounding interval widened by its hedge ("around 4
percent" and "4 percent" agree); the intervals must overlap. A restatement in another unit stands for the
place of its last non-zero digit, but no more than a tenth of itself ("300 metres": 270-330), and the converted
figure may be 10% off it.
"""

from __future__ import annotations

import math
import re

from factcheck.checks import check
from factcheck.checks.base import Verdict, is_gross, judge, member, result
from factcheck.checks.share_count import shares_word
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, show
from factcheck.finding import Finding
from factcheck.intervals import Interval, fmt
from factcheck.quantity import QuantityKind
from factcheck.relation import Relation, RelationKind


def _scale_slip(a: float, b: float) -> bool:
    if a == 0 or b == 0:
        return False
    ratio = math.log10(max(abs(a), abs(b)) / min(abs(a), abs(b)))
    return any(abs(ratio - k) < 0.15 for k in (3, 6, 9))


# A restatement in another unit is rounded by the writer, often to a round figure ("1,000 feet (300 metres)",
# "a mile (1.6 km)"): the converted figure stands for the place of its last non-zero digit, and a little more.
CONVERSION_SLACK = 0.10


def _last_digit_half(claim: Claim) -> float:
    """Half the place of the last non-zero digit of a figure: 300 -> 50, 160 -> 5, 36.4 -> 0.05."""
    value = abs(claim.quantity.value)
    step = 2 * claim.quantity.rounding
    if not value or step <= 0:
        return claim.quantity.rounding
    while step * 10 <= value and math.isclose(value / (step * 10), round(value / (step * 10)), abs_tol=1e-9):
        step *= 10
    return step / 2


def _size(value: Interval) -> Interval:
    """A move's size without its sign: "dropped 20 inches (51 cm)" restates the size."""
    return -value if value.hi <= 0 else value


# The words after a restatement's number: "703kt" -> "kt", "51 cm" -> "cm", "10 feet" -> "feet".
_AFTER_NUMBER = re.compile(r"^[^\d]*[\d.,]+\s*(?:(?:thousand|million|billion)\s+)?(?P<unit>\S.*)$", re.IGNORECASE)


def _unit_as_printed(claim: Claim) -> str:
    """The unit the way the article prints it, which a reader knows, not pint's name ("kilometric ton" for kt)."""
    found = _AFTER_NUMBER.match(claim.quantity.text.strip())
    return found.group("unit") if found else claim.quantity.unit.replace("_", " ")


def _converted(relation: Relation, ctx: ArticleContext, first: Claim, second: Claim) -> Finding | None:
    factors = [float(f) for f in relation.params.get("factors", [])]
    if not factors:
        return None
    value = abs(second.quantity.value)
    # A round restatement stands for its last non-zero digit, but for no more than a tenth of itself.
    stated = _size(interval(second)).hull(Interval.around(value, min(_last_digit_half(second), value / 10)))
    computed = [_size(interval(first)) * f for f in factors]
    holds = any(c.widen(abs(c.mid) * CONVERSION_SLACK).overlaps(stated) for c in computed)
    best = min(computed, key=lambda c: c.distance(stated))
    point = abs(first.quantity.value) * factors[0] if len(factors) == 1 else best.mid
    shown = shares_word(point) if abs(point) >= 1e6 else fmt(point, 3)
    message = f"{show(first)} is about {shown} {_unit_as_printed(second)}; "
    message += f"the article restates it as {show(second)}" + ("" if holds else ": the two do not match")
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(holds, False, not holds and is_gross(best, stated)),
        computed={"converted": [c.mid for c in computed], "factors": factors},
        tolerance="the converted figure within 10% of the restatement, read to its last non-zero digit",
    )


def _one_step_apart(first: Claim, second: Claim, relation: Relation) -> bool:
    """Two plain statements that differ in their last digit ("0.4%" and "0.5%") are two figures.

    Their rounding intervals only touch, so overlap alone would call them one figure: that
    needs a value on the boundary rounded up once and down once, which no writer does.
    """
    if any(relation.params.get(k) for k in ("rounded", "unrounded", "in_digits")):
        return False
    a, b = interval(first), interval(second)
    return first.quantity.value != second.quantity.value and min(a.hi, b.hi) - max(a.lo, b.lo) <= 1e-9 * max(
        abs(a.mid), abs(b.mid), 1e-12
    )


@check(RelationKind.SAME_FIGURE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    first, second = member(relation, ctx, "first"), member(relation, ctx, "second")
    if first is None or second is None:
        return None
    if relation.params.get("converted"):
        return _converted(relation, ctx, first, second)
    rough = interval(first)
    if first.quantity.kind == QuantityKind.FRACTION and second.quantity.kind == QuantityKind.PERCENT:
        rough = rough * 100  # "around a third (34%)": the share in words, read as a percentage
    if relation.params.get("rounded"):
        # "closed 200 points higher": a round figure stands for the precision of its last non-zero digit
        rough = rough.hull(Interval.around(first.quantity.value, relation.params.get("round_half_width", 0.0)))
    verdict = judge(interval(second), rough, second.quantity.value)
    if verdict.holds and _one_step_apart(first, second, relation):
        verdict = Verdict(False, False, False)
    slip = not verdict.holds and _scale_slip(first.quantity.value, second.quantity.value)
    if relation.params.get("rounded"):
        message = f"{show(first)} should be the round form of {show(second)}" + ("" if verdict.holds else ": it is not")
    elif relation.params.get("in_digits"):
        message = f"{show(first)} is given again in digits as {show(second)}" + (
            "" if verdict.holds else ": they differ"
        )
    elif relation.params.get("unrounded"):
        message = f"the unrounded {show(second)} should round to {show(first)}" + (
            "" if verdict.holds else ": it does not"
        )
    else:
        what = f"{first.subject}'s {first.measure}" if first.subject and first.measure else "the figure"
        message = f"{what} is given as {show(first)} and as {show(second)}" + (
            "" if verdict.holds else ": a thousandfold scale slip" if slip else ": they differ"
        )
    return result(
        relation,
        ctx,
        message,
        verdict=Verdict(verdict.holds, verdict.within_rounding, slip),
        computed={"values": [first.quantity.value, second.quantity.value]},
        tolerance="rounding intervals widened by hedges must overlap",
    )
