"""average: a stated average against the figures it averages.

Rule: the n figures of the window (one per month, quarter, game ... or the n figures of
a list) summed and divided by n must equal the stated average: "150,000 + 180,000 +
33,000 over 3 months is 121,000 a month". A figure the article gives as a fall ("lost
33,000 jobs in March") counts negative.

Tolerance: each figure stands for its rounding interval (half a unit in its last
printed digit) widened by its hedge; the mean's interval runs from the sum of the lows
over n to the sum of the highs over n. The stated average stands for its rounding
interval widened by its hedge (a positive average may also have been truncated: 121.7
printed as 121); an average printed with two or more zeros before its decimal point
("152,000") is taken as rounded to its last non-zero digit (±500), since an average of
figures in thousands is seldom a whole thousand. The average holds when the two
intervals overlap. A flipped sign or a
scale slip is gross (an error when the pairing is certain); any other miss is a warning.
"""

from __future__ import annotations

import re

from factcheck.checks import check
from factcheck.checks.base import judge, member, members, result
from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import interval, rounding_interval, show, show_value, stated_interval
from factcheck.finding import Finding
from factcheck.intervals import Interval
from factcheck.relation import Relation, RelationKind

TOLERANCE = (
    "each figure stands for its rounding interval widened by its hedge; the mean runs from the sum of the lows to the "
    "sum of the highs over the count; holds when it overlaps the stated average's interval"
)


@check(RelationKind.AVERAGE)
def evaluate(relation: Relation, ctx: ArticleContext) -> Finding | None:
    average = member(relation, ctx, "average")
    items = members(relation, ctx, "item")
    if average is None or len(items) < 2:
        return None
    n = len(items)
    signs = relation.params.get("signs") or [1] * n
    if len(signs) != n:
        return None
    parts = [_signed(c, interval(c), sign) for c, sign in zip(items, signs, strict=True)]
    computed = Interval(sum(p.lo for p in parts) / n, sum(p.hi for p in parts) / n)
    values = [_signed(c, Interval.point(c.quantity.value), sign).mid for c, sign in zip(items, signs, strict=True)]
    point = sum(values) / n
    sign = relation.params.get("average_sign", 1)
    stated = _signed(average, round_figure(average, stated_interval(average)), sign)
    stated_point = _signed(average, round_figure(average, rounding_interval(average)), sign)
    verdict = judge(computed, stated, point, stated_point)
    unit = relation.params.get("unit") or "figure"
    over = f"{n} {unit}s" if unit != "figure" else f"{n} figures"
    each = f" a {unit}" if unit != "figure" else ""
    said = show(average) if stated_point.mid >= 0 or show(average).startswith(("-", "−")) else f"-{show(average)}"
    message = f"{_sum(items, values)} over {over} is {_printed(point, average)}{each}; the article says {said}"
    return result(
        relation,
        ctx,
        message,
        verdict=verdict,
        computed={"mean": point, "interval": computed, "stated": stated, "count": n},
        tolerance=TOLERANCE,
    )


def round_figure(claim: Claim, base: Interval) -> Interval:
    """ "averaged 152,000" for a mean of 152,333: trailing zeros before the point carry no precision."""
    found = re.search(r"\d[\d,]*(?:\.\d+)?", claim.quantity.text)
    if found is None:
        return base
    digits = found.group(0).replace(",", "")
    zeros = len(digits) - len(digits.rstrip("0"))
    if "." in digits or zeros < 2 or not digits.strip("0"):
        return base
    scale = abs(claim.quantity.value / float(digits))
    half = 0.5 * 10**zeros * scale
    value = abs(claim.quantity.value)
    return Interval(min(base.lo, value - half), max(base.hi, value + half))


_SUFFIX = re.compile(
    r"^\D*?[\d.,]+(?:\s*(?:thousand|million|billion|trillion|crore|lakh|bn|mn|tn|m|k|b)\b)?(?P<suffix>\s*(?!(?:a|an|per)\b)[^\s\d][^\d]*?)?"
    r"(?:\s+(?:a|an|per)\s+\w+)?$",
    re.IGNORECASE,
)


def _printed(value: float, like: Claim) -> str:
    """The mean printed as the average is, with its unit word: "95mm", "2.33 goals", "$1.2 billion"."""
    text = show_value(value, like)
    cents = re.search(r"[$£€¥₹]\s*[\d,]*\.(\d\d)(?!\d)", show(like))
    if cents and abs(value) < 1e6:
        text = re.sub(r"[\d,]+(?:\.\d+)?", f"{abs(value):,.2f}", text, count=1)  # "$1.20", not "$1.2"
    found = _SUFFIX.match(show(like))
    suffix = (found.group("suffix") or "") if found else ""
    if suffix.strip() in ("", "%") or suffix.strip().lower() in ("million", "billion", "trillion"):
        return text
    if text.lower().endswith(suffix.rstrip().lower()) or re.search(r"[a-z]$", text, re.IGNORECASE):
        return text  # show_value printed the unit already: "72 cents", "1.2 billion dollars"
    return text + suffix.rstrip()


def _signed(claim: Claim, value: Interval, sign: int) -> Interval:
    """A figure with the sign the words give it: the finder reads a list's verb ("fell 1.2% and 0.8%")."""
    if claim.quantity.value < 0:
        return value  # printed with its sign: "-2,000"
    return -value if sign < 0 else value


def _sum(items: list[Claim], values: list[float]) -> str:
    """ "150,000 + 180,000 - 33,000": the figures as printed, with the sign each one counts with."""
    text = ""
    for i, (claim, value) in enumerate(zip(items, values, strict=True)):
        negative = value < 0
        figure = show(claim).lstrip("-−")
        if i == 0:
            text = f"-{figure}" if negative else figure
        else:
            text += f" - {figure}" if negative else f" + {figure}"
    return text
