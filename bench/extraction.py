"""Quantity-extraction benchmark: our extractor and quantulum3 on the same data in the same run.

Usage (one core; quantulum3 is a benchmark-only dependency, see requirements-bench.txt):

    .venv/bin/pip install -r requirements-bench.txt
    .venv/bin/python bench/extraction.py [--data ../shared/benchmarks/quantities] [--only newsquant] [--misses 20]
    .venv/bin/python bench/extraction.py --set-aside   # also the set-aside fifth of NewsQuant: start and end only

A prediction matches a gold quantity when the values agree (relative tolerance 1e-6;
a range matches "lo-hi" at both ends, allowing the printed rounding; cents may be written
as cents or as dollars) and the unit families agree (money, percent, count, time, length,
mass, ...). Each gold item is matched at most once. Sets that annotate one type only (the
Recognizers-Text specs) are scored on the predictions of that type only; ordinal
predictions are not scored on sets whose guidelines do not annotate ordinals (NewsQuant,
CQE's re-annotations, quantulum3's tests). Relative ordinals ("the last but one",
Recognizers-Text's "end-1") match on anchor and offset. NewsQuant is scored twice: as is
(our "from X to Y" is two figures, its gold one range, so each such pair costs us a miss
and two extras), and with both systems' "from X to Y" pairs joined into one range, the
set's own convention. The data is read from ../shared and never copied into the repository.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import sys
import time
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from factcheck.extraction import extract_quantities  # noqa: E402
from factcheck.quantity import QuantityKind  # noqa: E402
from factcheck.units import CURRENCIES, ureg  # noqa: E402

DEFAULT_DATA = REPO.parent / "shared" / "benchmarks" / "quantities"
SET_ASIDE_EVERY = 5

# ---------------------------------------------------------------- unit families

# First match wins. Currency words come first so that "dollar per barrel" is money;
# "cent" must be a whole word or "centimetre" and "century" would be money.
_GOLD_FAMILY_RULES: list[tuple[str, str]] = [
    (r"dollar|\beuros?\b|pound sterling|yuan|\byen\b|\bcents?\b|\bsen\b|ringgit|franc|penny|pence|bitcoin|shekel"
     r"|\blira\b|rupee|\bpeso|kuna|markka|peseta|guilde|\bwon\b|\breal\b|\brand\b|krona|krone|currency|renminbi"
     r"|ruble|rouble", "money"),
    (r"percent|percentage|^%$|basis point", "percent"),
    (r"^points?$", "point"),
    (r"mile per hour|kilometre per hour|kilometer per hour|metre per second|meter per second|knot", "speed"),
    (r"mile per gallon", "fuel"),
    (r"of age|^years?\b|^months?\b|^weeks?\b|^days?\b|^hours?\b|^minutes?\b|^seconds?\b|decade|century|^time$",
     "time"),
    (r"celsius|fahrenheit|kelvin|^degree", "temperature"),
    (r"square|acre|hectare", "area"),
    (r"litre|liter|gallon|cubic|barrel|tablespoon|teaspoon|^cups?$", "volume"),
    (r"radian|\bturns?\b|angle", "angle"),
    (r"electronvolt|electron volt|watt hour|watt-hour|joule|calorie|pound-foot|foot pound|newton metre"
     r"|newton meter|btu", "energy"),
    (r"watt|horsepower", "power"),
    (r"hertz|revolutions per minute|rpm", "frequency"),
    (r"byte|bit\b", "data"),
    (r"volt|ampere|farad|ohm", "electric"),
    (r"metre|meter|mile|inch|foot|feet|yard|light year|nautical", "length"),
    (r"pound|gram|\bton\b|tonne|ounce|stone|carat|dram", "mass"),
    (r"ordinal", "ordinal"),
]  # fmt: skip


def gold_family(unit: str | None) -> str:
    unit = (unit or "").strip().lower()
    if unit in ("", "-", "dimensionless", "count", "number"):
        return "count"
    for pattern, family in _GOLD_FAMILY_RULES:
        if re.search(pattern, unit):
            return family
    return "count"  # a counted noun ("people", "vehicle")


_REFERENCE_UNITS = {
    "length": "meter", "mass": "kilogram", "temperature": "kelvin", "time": "second", "speed": "meter / second",
    "area": "meter ** 2", "volume": "meter ** 3", "energy": "joule", "power": "watt", "frequency": "hertz",
    "fuel": "mile / gallon", "electric": "volt", "charge": "ampere * hour",
}  # fmt: skip
_REFERENCE_DIMS = [(family, ureg.parse_units(unit).dimensionality) for family, unit in _REFERENCE_UNITS.items()]
# Units pint calls dimensionless but a reader would not: angles and temperatures share "degrees"
# in news text, so "degree" is scored as temperature on both sides of the comparison.
_DIMENSIONLESS_FAMILIES = {"degree": "temperature", "decibel": "sound", "radian": "angle", "turn": "angle"}


def _dimension_family(unit: str) -> str:
    if unit in _DIMENSIONLESS_FAMILIES:
        return _DIMENSIONLESS_FAMILIES[unit]
    if "byte" in unit or "bit" in unit:
        return "data"
    try:
        dims = ureg.parse_units(unit).dimensionality
    except Exception:
        return "dimension"
    head, _, per = unit.partition(" / ")
    if per in _TIME_UNITS and unit not in _SPEED_UNITS:
        # "barrels a day" is scored by what it counts, as the gold's unit names are ("barrel per day": volume).
        return _dimension_family(head)
    family = next((family for family, ref in _REFERENCE_DIMS if ref == dims), "dimension")
    return "electric" if family == "charge" else family


_TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year"}
_SPEED_UNITS = {"mile / hour", "kilometer / hour", "meter / second"}


def our_family(quantity) -> str:
    kind = quantity.kind
    if kind in (QuantityKind.MONEY, QuantityKind.PER_UNIT) and quantity.unit.split("/")[0].strip() in CURRENCIES:
        return "money"
    if kind in (QuantityKind.PERCENT, QuantityKind.PERCENTAGE_POINT):
        return "percent"
    if kind is QuantityKind.DURATION:
        return "time"
    if kind is QuantityKind.RANK:
        return "ordinal"
    if kind is QuantityKind.DIMENSION:
        return _dimension_family(quantity.unit)
    if kind is QuantityKind.COUNT and (quantity.noun or "").lower() in ("points", "point"):
        return "point"
    return "count"


_Q3_ENTITY_FAMILIES = {
    "currency": "money", "time": "time", "length": "length", "mass": "mass", "speed": "speed",
    "temperature": "temperature", "area": "area", "volume": "volume", "energy": "energy", "power": "power",
    "frequency": "frequency", "data storage": "data", "torque": "energy", "fuel economy": "fuel",
}  # fmt: skip


def quantulum_family(q) -> str:
    entity = q.unit.entity.name
    if entity == "dimensionless":
        return "percent" if q.unit.name in ("percentage", "percent") else "count"
    if entity in _Q3_ENTITY_FAMILIES:
        return _Q3_ENTITY_FAMILIES[entity]
    return gold_family(q.unit.name)


# ---------------------------------------------------------------- data


@dataclass
class Gold:
    value: float | None
    lo: float | None
    hi: float | None
    family: str
    unit: str
    surface: str = ""
    relative: tuple[str, float] | None = None  # ("end", -1): "the last but one"


@dataclass
class Example:
    text: str
    gold: list[Gold]


@dataclass
class Dataset:
    name: str
    examples: list[Example]
    families: set[str] | None = None  # None: every family except ordinals is scored
    note: str = ""
    # NewsQuant writes "from X to Y" as one range "X-Y" (even a fall, "36040-34935"); we
    # emit two linked quantities. When set, both systems' outputs are joined the same way.
    join_from_to: bool = False
    absolute_only: bool = False  # score ranks counted from the top only, not "next" or "last"
    set_aside: bool = False  # holds set-aside sentences: scored only with --set-aside


def _number(raw: str) -> float | None:
    try:
        value = float(raw)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def _parse_cqe_value(raw: str) -> tuple[float | None, float | None, float | None]:
    text = str(raw).strip()
    match = re.fullmatch(r"(-?[\d.e+]+)\s*-\s*(-?[\d.e+]+)", text)
    if match:
        lo, hi = _number(match.group(1)), _number(match.group(2))
        return None, lo, hi
    return _number(text), None, None


def load_cqe(path: Path, name: str) -> Dataset:
    examples = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        gold = []
        for q in item.get("quantities", []):
            value, lo, hi = _parse_cqe_value(q.get("value", ""))
            unit = q.get("normalized_unit") or q.get("unit") or "-"
            gold.append(Gold(value, lo, hi, gold_family(unit), unit, q.get("unit", "")))
        examples.append(Example(item["text"], gold))
    return Dataset(name, examples)


_RT_TYPE_FAMILIES = {"currency": "money", "percentage": "percent", "ordinal": "ordinal", "ordinal.relative": "ordinal",
                     "age": "time", "temperature": "temperature"}  # fmt: skip


def load_recognizers(path: Path, name: str, families: set[str], note: str = "") -> Dataset:
    examples = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        gold = []
        for result in item.get("Results", []):
            resolution = result.get("Resolution") or {}
            raw = resolution.get("value")
            type_name = result.get("TypeName", "")
            family = _RT_TYPE_FAMILIES.get(type_name)
            if family is None:  # dimension
                family = gold_family(resolution.get("unit") or resolution.get("subtype"))
            if raw in (None, "null"):
                continue  # a unit word without a number: nothing to extract
            relative = re.fullmatch(r"(end|current)([+-]\d+)", str(raw))
            if type_name == "ordinal.relative" and relative:
                anchor_offset = (relative.group(1), float(relative.group(2)))
                gold.append(Gold(None, None, None, family, "", result.get("Text", ""), anchor_offset))
                continue
            value = _number(str(raw).rstrip("%"))
            gold.append(Gold(value, None, None, family, str(resolution.get("unit", "")), result.get("Text", "")))
        examples.append(Example(item["Input"], gold))
    return Dataset(name, examples, families, note)


def load_quantulum(path: Path, name: str) -> Dataset:
    examples = []
    for item in json.loads(path.read_text(encoding="utf-8")):
        gold = []
        for r in item.get("res", []):
            value = _number(r.get("value"))
            uncertainty = r.get("uncertainty")
            lo = hi = None
            if uncertainty and value is not None:
                lo, hi, value = value - uncertainty, value + uncertainty, None
            unit = r.get("unit", "dimensionless")
            family = "percent" if unit in ("percentage", "percent") else gold_family(unit)
            gold.append(Gold(value, lo, hi, family, unit, r.get("surface", "")))
        examples.append(Example(item["req"], gold))
    return Dataset(name, examples)


def datasets(root: Path) -> list[Dataset]:
    dimension_families = {"length", "mass", "speed", "area", "volume", "energy", "power", "frequency", "data", "fuel",
                          "temperature",
                          "electric", "sound", "angle", "dimension"}  # fmt: skip
    out = [
        load_cqe(root / "newsquant" / "NewsQuant.dev.json", "NewsQuant dev"),
        load_cqe(root / "cqe-recognizers" / "currency-model.json", "CQE currency"),
        load_cqe(root / "cqe-recognizers" / "dimension-model.json", "CQE dimension"),
        load_cqe(root / "cqe-recognizers" / "age-model.json", "CQE age"),
        load_cqe(root / "cqe-recognizers" / "temperature-model.json", "CQE temperature"),
        load_recognizers(root / "recognizers-text" / "CurrencyModel.json", "RT currency", {"money"}),
        load_recognizers(root / "recognizers-text" / "PercentModel.json", "RT percent", {"percent"}),
        load_recognizers(root / "recognizers-text" / "OrdinalModel.json", "RT ordinal", {"ordinal"},
                         "32 of 55 are relative ('the last but one')"),
        load_recognizers(root / "recognizers-text" / "DimensionModel.json", "RT dimension", dimension_families),
        load_recognizers(root / "recognizers-text" / "AgeModel.json", "RT age", {"time"}),
        load_recognizers(root / "recognizers-text" / "TemperatureModel.json", "RT temperature", {"temperature"}),
        load_quantulum(root / "quantulum3" / "quantities.json", "quantulum3 tests"),
        load_quantulum(root / "quantulum3" / "quantities.ambiguity.json", "quantulum3 ambiguity"),
    ]  # fmt: skip
    newsquant = out.pop(0)
    # Every fifth sentence is set aside and scored only with --set-aside, at the start and the end of a round of
    # work, to see how far the rules fit the sentences they were written against (issue 16).
    development = [e for i, e in enumerate(newsquant.examples) if i % SET_ASIDE_EVERY != SET_ASIDE_EVERY - 1]
    aside = [e for i, e in enumerate(newsquant.examples) if i % SET_ASIDE_EVERY == SET_ASIDE_EVERY - 1]
    part = replace(
        newsquant,
        name="NewsQuant dev part",
        examples=development,
        note=f"{len(development)} of {len(newsquant.examples)} sentences, the ones worked against",
    )
    joined = replace(
        part,
        name="NewsQuant dev part, from-to",
        join_from_to=True,
        note="'from X to Y' scored as one X-Y range, NewsQuant's convention, for both",
    )
    set_aside = replace(
        newsquant,
        name="NewsQuant set-aside",
        examples=aside,
        set_aside=True,
        note=f"every {SET_ASIDE_EVERY}th sentence, {len(aside)}, scored only at the start and end",
    )
    whole = replace(newsquant, name="NewsQuant dev (whole half)", set_aside=True, note="dev part + set-aside")
    out[0:0] = [part, joined, set_aside, whole]
    ordinal = next(d for d in out if d.name == "RT ordinal")
    numeric = [Example(e.text, [g for g in e.gold if g.relative is None]) for e in ordinal.examples]
    out.insert(out.index(ordinal) + 1, Dataset("RT ordinal (non-relative)", numeric, {"ordinal"}, absolute_only=True))
    return out


# ---------------------------------------------------------------- predictions and matching


@dataclass
class Pred:
    value: float
    lo: float | None
    hi: float | None
    slack: float  # rounding allowed at range ends
    family: str
    surface: str
    span: tuple[int, int] = (0, 0)
    relative: str | None = None  # the anchor of a relative rank: "end", "current"


def ours(text: str) -> list[Pred]:
    out = []
    for q in extract_quantities(text):
        lo = hi = None
        slack = q.rounding
        if q.ends is not None:
            lo, hi = q.ends
        elif q.is_range:  # a vague amount ("dozens of"): its bounds are the range
            lo, hi, slack = q.lower, q.upper, 0.0
        out.append(Pred(q.value, lo, hi, slack, our_family(q), q.text, q.span, q.relative_to))
    return out


def make_quantulum() -> Callable[[str], list[Pred]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def run(text: str) -> list[Pred]:
        out = []
        try:
            found = parser.parse(text)
        except Exception:
            return out
        for q in found:
            value = float(q.value)
            lo = hi = None
            if q.uncertainty:
                lo, hi = value - q.uncertainty, value + q.uncertainty
            out.append(Pred(value, lo, hi, 0.0, quantulum_family(q), q.surface, tuple(q.span)))
        return out

    return run


_FROM_RE = re.compile(r"(?:^|\W)from[ \u00a0]+(?:up[ \u00a0]+to[ \u00a0]+|about[ \u00a0]+|around[ \u00a0]+)?$", re.I)


def join_from_to(text: str, predictions: list[Pred]) -> list[Pred]:
    """Join "from X to Y" into one X-Y range, the NewsQuant convention (applied to both systems)."""
    ordered = sorted(predictions, key=lambda p: p.span)
    out: list[Pred] = []
    i = 0
    while i < len(ordered):
        a = ordered[i]
        if i + 1 < len(ordered):
            b = ordered[i + 1]
            gap = text[a.span[1] : b.span[0]]
            if (
                a.family == b.family
                and a.lo is None
                and b.lo is None
                and _FROM_RE.search(text[max(0, a.span[0] - 20) : a.span[0]])
                and re.fullmatch(r"[ \u00a0]*(?:[^\s]+[ \u00a0]+){0,4}?to[ \u00a0]+(?:US\$|\$|€|£)?", gap)
                and len(gap) < 40
            ):
                surface = f"{a.surface} .. {b.surface}"
                out.append(Pred(a.value, a.value, b.value, max(a.slack, b.slack), a.family, surface,
                                (a.span[0], b.span[1])))  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _close(a: float | None, b: float | None, slack: float = 0.0) -> bool:
    if a is None or b is None:
        return False
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9) or abs(a - b) <= slack * 1.000001


def value_match(gold: Gold, pred: Pred) -> bool:
    if gold.relative is not None or pred.relative is not None:
        return gold.relative is not None and gold.relative == (pred.relative, pred.value)
    if gold.lo is not None and gold.hi is not None:
        if pred.lo is None or pred.hi is None:
            return False
        return _close(gold.lo, pred.lo, pred.slack) and _close(gold.hi, pred.hi, pred.slack)
    if gold.value is None:
        return False
    if _close(gold.value, pred.value):
        return True
    # "19 cents" may be annotated as 19 (cents) or scored by us as 0.19 (dollars).
    if gold.family == "money" and re.search(r"cent|penny|pence|\bsen\b", gold.unit.lower()):
        return _close(gold.value, pred.value * 100)
    return False


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # the process's CPU time: on a shared machine, wall time also counts the neighbours
    sentences: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return 100 * self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return 100 * self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def rate(self) -> float:
        return self.sentences / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float:
        return self.sentences / self.cpu_seconds if self.cpu_seconds else 0.0


def evaluate(dataset: Dataset, extractor: Callable[[str], list[Pred]]) -> Score:
    score = Score()
    timings = cpu = 0.0
    for example in dataset.examples:
        started, started_cpu = time.perf_counter(), time.process_time()
        predictions = extractor(example.text)
        timings += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        if dataset.join_from_to:
            predictions = join_from_to(example.text, predictions)
        if dataset.families is not None:
            predictions = [p for p in predictions if p.family in dataset.families]
        else:
            predictions = [p for p in predictions if p.family != "ordinal"]
        if dataset.absolute_only:
            predictions = [p for p in predictions if p.relative is None]
        used = [False] * len(predictions)
        for gold in example.gold:
            hit = next(
                (
                    i
                    for i, p in enumerate(predictions)
                    if not used[i] and p.family == gold.family and value_match(gold, p)
                ),
                None,
            )
            if hit is None:
                score.fn += 1
                score.misses.append(f"{example.text[:140]!r} :: {gold.surface or gold.value} [{gold.family}]")
            else:
                used[hit] = True
                score.tp += 1
        for i, p in enumerate(predictions):
            if not used[i]:
                score.fp += 1
                score.extras.append(f"{example.text[:140]!r} :: {p.surface} = {p.value} [{p.family}]")
    score.seconds = timings
    score.cpu_seconds = cpu
    score.sentences = len(dataset.examples)
    return score


def _pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        cpu = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {cpu})
        return f"pinned to CPU {cpu}"
    return "not pinned (no sched_setaffinity)"


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--only", help="run only datasets whose name contains this")
    parser.add_argument("--misses", type=int, default=0, help="print this many of our misses and extras per set")
    parser.add_argument("--no-quantulum", action="store_true")
    parser.add_argument(
        "--set-aside",
        action="store_true",
        help="also score the set-aside NewsQuant sentences (every fifth) and the whole half: only at the end",
    )
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not args.data.exists():
        print(f"benchmark data not found at {args.data}", file=sys.stderr)
        return 2
    print(f"# quantity extraction benchmark — {_pin_to_one_core()}, data {args.data}")
    extractors: list[tuple[str, Callable[[str], list[Pred]]]] = [("factcheck", ours)]
    if not args.no_quantulum:
        extractors.append(("quantulum3", make_quantulum()))
    ours("warm up $5 billion, 3 furlongs")  # compile regexes and build the unit vocabulary before timing
    for _, run in extractors[1:]:
        run("warm up $5 billion")
    header = f"{'dataset':<32}{'system':<12}{'P':>7}{'R':>7}{'F1':>7}{'sent/s':>10}{'cpu':>8}  tp/fp/fn"
    print(header)
    print("-" * len(header))
    for dataset in datasets(args.data):
        if args.only and args.only.lower() not in dataset.name.lower():
            continue
        if dataset.set_aside and not args.set_aside:
            continue
        scores = {}
        for name, run in extractors:
            score = evaluate(dataset, run)
            scores[name] = score
            print(f"{dataset.name:<32}{name:<12}{score.precision:7.1f}{score.recall:7.1f}{score.f1:7.1f}"
                  f"{score.rate:10.0f}{score.cpu_rate:8.0f}  {score.tp}/{score.fp}/{score.fn}")  # fmt: skip
        if "quantulum3" in scores and scores["quantulum3"].rate:
            ours_score, theirs = scores["factcheck"], scores["quantulum3"]
            f1_ratio = ours_score.f1 / theirs.f1 if theirs.f1 else float("inf")
            cpu_ratio = ours_score.cpu_rate / theirs.cpu_rate if theirs.cpu_rate else float("inf")
            print(f"{'':<32}{'ratio':<12}{'':>14}{f1_ratio:7.2f}{ours_score.rate / theirs.rate:9.1f}x"
                  f"{cpu_ratio:7.1f}x  {dataset.note}")  # fmt: skip
        if args.misses:
            for line in scores["factcheck"].misses[: args.misses]:
                print("   MISS ", line)
            for line in scores["factcheck"].extras[: args.misses]:
                print("   EXTRA", line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
