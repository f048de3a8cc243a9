"""One amount restated in another unit of measure: "40 miles (64 km)", "2,000 acres, or about 810 hectares".

A physical amount followed at once by the same amount in another unit of the same dimension, in brackets that
hold nothing else ("a 30-foot (9-meter) wall", "37 million short tons (34 million metric tons)") or after ", or"
("1,200 acres, or about 490 hectares"), is one figure stated twice; the units' fixed ratio ties the two. The
layout alone ties them (structure), so the pairing is certain.

Not paired: brackets holding more than the figure ("(up from 90 tonnes)", "(2019: 80 tonnes)"); two figures in
one unit, which are two amounts ("90 tonnes (net) and 110 tonnes"); units of different dimensions ("2 million
barrels (270,000 tonnes)"); temperatures, whose scales have offsets. A unit whose name stands for more than one
size (a bare "ton" short, long or metric; a US or an imperial gallon) is tried in each reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

import pint

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.figures import show
from factcheck.quantity import QuantityKind
from factcheck.relation import Agreement, Relation, RelationKind, Tie
from factcheck.relations import finder
from factcheck.relations.changes import roles
from factcheck.relations.evidence import cue, stated_together
from factcheck.units import ureg

_HEDGE = r"(?:about\s+|around\s+|roughly\s+|approximately\s+|some\s+|nearly\s+|almost\s+|just\s+(?:over|under)\s+)?"
_BRACKET = re.compile(r"^\s*\(\s*" + _HEDGE + r"$", re.IGNORECASE)
_OR = re.compile(r"^\s*,\s*or\s+" + _HEDGE + r"$", re.IGNORECASE)
_BRACKET_CLOSE = re.compile(r"^\s*\)")
_OR_CLOSE = re.compile(r"^\s*(?:[,.;:)]|and\b|of\b|in\b|on\b|to\b|at\b|$)", re.IGNORECASE)
# Units whose name stands for more than one size: each reading is tried ("tons" short, long or metric; a
# gallon US or imperial; an ounce of gold troy; the miles of a sea limit nautical; a barrel of oil 159 litres).
_READINGS = {
    "ton": ("short_ton", "long_ton", "metric_ton"),
    "gallon": ("gallon", "imperial_gallon"),
    "pint": ("pint", "imperial_pint"),
    "quart": ("quart", "imperial_quart"),
    "fluid_ounce": ("fluid_ounce", "imperial_fluid_ounce"),
    "hundredweight": ("hundredweight", "long_hundredweight"),
    "ounce": ("ounce", "troy_ounce"),
    "mile": ("mile", "nautical_mile"),
    "barrel": ("barrel", "oil_barrel"),
    "horsepower": ("horsepower", "metric_horsepower"),
}
_NAME = re.compile(r"[A-Za-z_]+")


def _readings(unit: str) -> set[str]:
    found = {""}
    rest = 0
    for name in _NAME.finditer(unit):
        between = unit[rest : name.start()]
        found = {f"{done}{between}{each}" for done in found for each in _READINGS.get(name.group(), (name.group(),))}
        rest = name.end()
    return {f"{done}{unit[rest:]}" for done in found}


def _factors(a: str, b: str) -> list[float]:
    """Units of ``b`` per one unit of ``a``, for each reading of the two; empty if they do not convert."""
    found = []
    for unit_a in _readings(a):
        for unit_b in _readings(b):
            try:
                if ureg.parse_units(unit_a).dimensionality != ureg.parse_units(unit_b).dimensionality:
                    return []
                factor = float(ureg.Quantity(1.0, unit_a).to(unit_b).magnitude)
                double = float(ureg.Quantity(2.0, unit_a).to(unit_b).magnitude)
            except (pint.errors.PintError, ValueError, TypeError, AttributeError):
                return []  # a unit pint cannot convert
            if factor <= 0 or abs(double - 2 * factor) > 1e-9 * abs(double):
                return []  # a scale with an offset (temperature): not a ratio
            found.append(factor)
    return sorted(set(found))


def _restated(ctx: ArticleContext, a: Claim, b: Claim) -> tuple[str, tuple[int, int]] | None:
    gap = ctx.text[a.span[1] : b.span[0]]
    after = ctx.text[b.span[1] : b.span[1] + 8]
    if _BRACKET.match(gap) and _BRACKET_CLOSE.match(after):
        return "a restatement in brackets", (a.span[1], b.span[0])
    if _OR.match(gap) and _OR_CLOSE.match(after):
        return "a restatement after “or”", (a.span[1], b.span[0])
    return None


@finder("same_figures_converted")
def find(ctx: ArticleContext) -> Iterator[Relation]:
    for claims in ctx.sentence_groups().values():
        for a, b in pairwise(claims):
            if a.quantity.kind != QuantityKind.DIMENSION or b.quantity.kind != QuantityKind.DIMENSION:
                continue
            if a.quantity.is_range or b.quantity.is_range or not a.quantity.value or not b.quantity.value:
                continue
            ua, ub = a.quantity.unit, b.quantity.unit
            if not ua or not ub or ua == ub:
                continue
            tie = _restated(ctx, a, b)
            if tie is None:
                continue
            factors = _factors(ua, ub)
            if not factors:
                continue
            meaning, span = tie
            yield Relation(
                kind=RelationKind.SAME_FIGURE,
                members=roles(first=a, second=b),
                evidence=stated_together(
                    ctx, [a, b], [cue(ctx, span, meaning)], tie=Tie.STRUCTURE, unit=Agreement.AGREE
                ),
                reason=f"{show(b)} restates {show(a)} in another unit",
                params={"factors": factors, "converted": True},
            )
