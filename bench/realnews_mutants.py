"""One-number mutants of hand-labelled real-news relations: detection on text nobody tuned on.

The development set measures detection on mutants of its own 152 passages; the held-out set is
built the same way from other sites. Its closest stand-in here is the real-news labels
(``bench/realnews_labels.py``): every labelled relation an arithmetic can verify is broken once by
changing one of its members, the way the development set's mutants are made (the figure scaled,
printed with its own digits, separators and signs), and the engine is run on the changed text.

A label gives a mutant only when this module can check it: its figures parse as numbers (a scale
word such as "billion" or "bn" after the figure is read), the relation holds on the original
figures within news rounding, and the changed figure breaks it by a clear margin (so a hedge the
label does not record cannot make the mutant consistent). Kinds and roles read:

- ``percent_change``/``growth_prior``: frm/to/pct, cur/prior/pct (the move against the earlier
  level), delta/pct/to (the earlier level is the later one less or plus the change);
- ``part_whole``: tot with parts a, b, ... (the parts add up to the total); delta with a and b (the
  gap between two figures); p/tot/pct (the part as a percent of the total);
- ``shares_sum``: shares a, b, ... (with tot: they add up to it; without, they fit in 100), and
  ranked shares r, r, ... (in falling order);
- ``qualitative``: two figures told in order (cur/prior, a/b, act/est, thr/v, w/l, frm/to: the
  mutant puts the changed one on the other side, or off an equal figure) and a top figure with the
  rest below it (top/a/b...).

Multiples, per-unit figures and time windows are left out: their labels do not say enough to
rebuild the arithmetic. A mutant is **detected** when a warning or error of the engine overlaps
the changed figure; a label whose member already carries an alarm on the original text gives no
mutant.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bench.realnews_labels import Label, Member

Interval = tuple[float, float]

NUMBER = re.compile(r"^(?P<pre>[^\d]*)(?P<num>\d[\d,]*(?:\.\d+)?)(?P<post>[^\d]*)$")
SCALES = {
    "thousand": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
    "crore": 1e7,
    "lakh": 1e5,
}
SCALE_AFTER = re.compile(r"\s?(thousand|million|billion|trillion|crore|lakh|mn|bn|tn|m|b)\b", re.I)
FACTORS = (1.3, 0.7, 1.5, 0.5, 2.0, 3.0, 0.3)
ORDERED = [("cur", "prior"), ("a", "b"), ("act", "est"), ("thr", "v"), ("w", "l"), ("frm", "to")]


@dataclass(frozen=True)
class Figure:
    """A labelled figure as a number: its value in plain units and half its last printed digit."""

    value: float
    half: float

    @property
    def interval(self) -> Interval:
        return (self.value - self.half, self.value + self.half)


@dataclass(frozen=True)
class Mutant:
    label: Label
    member: Member
    figure: str
    text: str
    span: tuple[int, int]
    factor: float


def parse(member: Member, text: str) -> Figure | None:
    match = NUMBER.match(member.figure)
    if not match:
        return None
    digits = match["num"].replace(",", "")
    decimals = len(digits.split(".")[1]) if "." in digits else 0
    scale = 1.0
    after = SCALE_AFTER.match(text, member.end)
    if after and not match["post"].strip("%"):
        scale = SCALES[after.group(1).lower()]
    return Figure(float(digits) * scale, 0.5 * 10**-decimals * scale)


def reprint(figure: str, factor: float) -> str | None:
    """The figure scaled and printed as the original is: same decimals, separators and signs."""
    match = NUMBER.match(figure)
    if not match:
        return None
    num = match["num"]
    decimals = len(num.split(".")[1]) if "." in num else 0
    value = float(num.replace(",", "")) * factor
    printed = f"{value:,.{decimals}f}" if "," in num else f"{value:.{decimals}f}"
    if printed == num or float(printed.replace(",", "")) == 0:
        return None
    return match["pre"] + printed + match["post"]


def span_of(values: Sequence[Interval], combine: Callable[..., float]) -> Interval:
    """The range of ``combine`` over every corner of the figures' intervals."""
    results = [combine(*corner) for corner in itertools.product(*values)]
    return (min(results), max(results))


def gap(a: Interval, b: Interval) -> float:
    return max(0.0, a[0] - b[1], b[0] - a[1])


def percent(change: float, base: float) -> float:
    return abs(change) / base * 100 if base > 0 else float("inf")


def broken_by(label: Label, values: dict[str, Interval]) -> float | None:
    """How far the label's relation is from holding (0 when it holds); None when it is not read.

    The distance is relative to the stated figure, so a margin means the same for every kind.
    """
    roles = set(values)
    kind = label.kind
    if kind in ("percent_change", "growth_prior"):
        if {"frm", "to", "pct"} <= roles or {"cur", "prior", "pct"} <= roles:
            old, new = (values["frm"], values["to"]) if "frm" in roles else (values["prior"], values["cur"])
            move = span_of([old, new], lambda o, n: percent(n - o, o))
            return gap(move, values["pct"]) / max(values["pct"][1], 1e-9)
        if {"delta", "to", "pct"} <= roles:
            rise = span_of([values["delta"], values["to"]], lambda d, t: percent(d, t - d))
            fall = span_of([values["delta"], values["to"]], lambda d, t: percent(d, t + d))
            return min(gap(rise, values["pct"]), gap(fall, values["pct"])) / max(values["pct"][1], 1e-9)
        return None
    if kind == "part_whole":
        parts = sorted(r for r in roles if re.fullmatch(r"[a-g]", r))
        if roles == {"tot", *parts} and len(parts) >= 2:
            total = span_of([values[p] for p in parts], lambda *xs: sum(xs))
            return gap(total, values["tot"]) / values["tot"][1]
        if roles == {"delta", "a", "b"}:
            apart = span_of([values["a"], values["b"]], lambda a, b: abs(a - b))
            return gap(apart, values["delta"]) / values["delta"][1]
        if roles == {"p", "tot", "pct"}:
            share = span_of([values["p"], values["tot"]], lambda p, t: percent(p, t))
            return gap(share, values["pct"]) / values["pct"][1]
        return None
    if kind == "shares_sum":
        parts = sorted(r for r in roles if re.fullmatch(r"[a-g]", r))
        if parts and roles == {"tot", *parts}:
            total = span_of([values[p] for p in parts], lambda *xs: sum(xs))
            return gap(total, values["tot"]) / values["tot"][1]
        if parts and roles == set(parts) and len(parts) >= 2:
            return max(0.0, sum(v[0] for v in values.values()) - 100) / 100
        return None
    return None


@dataclass(frozen=True)
class Plan:
    """How a label is checked: the role to change and the test the changed figures must fail."""

    role: int
    holds: Callable[[list[Interval]], float]


def ordered_plan(label: Label, figures: list[Figure]) -> Plan | None:
    roles = [m.role for m in label.members]
    pair = next((p for p in ORDERED if roles == list(p)), None)
    if pair is not None:
        if figures[0].value == figures[1].value:
            # equal figures (a level restated): any clear change breaks the restatement
            return Plan(label.line % 2, lambda v: gap(v[0], v[1]) / max(v[1][1], 1e-9))
        higher = figures[0].value > figures[1].value

        def flipped(v: list[Interval]) -> float:
            if not gap(v[0], v[1]):
                return 0.1  # touching figures are neither order: not a clear break
            return 0.0 if (v[0][0] >= v[1][1]) == higher else 1.0

        return Plan(label.line % 2, flipped)
    if roles and roles[0] == "top" and len(roles) >= 2 and all(re.fullmatch(r"[a-g]", r) for r in roles[1:]):
        top = figures[0].interval
        if not all(f.interval[1] < top[0] for f in figures[1:]):
            return None
        changed = 1 + label.line % (len(roles) - 1)
        return Plan(changed, lambda v: 0.0 if all(x[1] < v[0][0] for x in v[1:]) else 1.0)
    if ranked(label):
        if not all(a.interval[0] > b.interval[1] for a, b in itertools.pairwise(figures)):
            return None
        changed = 1 + label.line % (len(roles) - 1)
        return Plan(changed, lambda v: 0.0 if all(a[0] > b[1] for a, b in itertools.pairwise(v)) else 1.0)
    return None


def arithmetic_plan(label: Label) -> Plan | None:
    names = [m.role for m in label.members]
    if broken_by(label, {n: (1.0, 1.0) for n in names}) is None:
        return None

    def holds(values: list[Interval]) -> float:
        return broken_by(label, dict(zip(names, values, strict=True))) or 0.0

    return Plan(label.line % len(names), holds)


MARGIN = 0.25  # a mutant must miss its relation by a quarter of the stated figure


def mutate(label: Label, text: str) -> Mutant | None:
    """The label's one mutant, or None when the label is not read or its relation does not hold."""
    if label.kind in ("multiples", "per_unit", "time_window"):
        return None
    parsed = [parse(m, text) for m in label.members]
    figures = [f for f in parsed if f is not None]
    if len(figures) != len(parsed):
        return None
    plan = ordered_plan(label, figures) if label.kind == "qualitative" or ranked(label) else arithmetic_plan(label)
    if plan is None:
        return None
    values = [f.interval for f in figures]
    if plan.holds(values) > 0.02:
        return None
    member = label.members[plan.role]
    for factor in FACTORS:
        printed = reprint(member.figure, factor)
        if printed is None:
            continue
        changed = Member(member.role, member.start, member.start + len(printed), printed)
        after = text[: member.start] + printed + text[member.end :]
        figure = parse(changed, after)
        if figure is None:
            continue
        trial = list(values)
        trial[plan.role] = figure.interval
        if plan.holds(trial) >= MARGIN:
            return Mutant(label, member, printed, after, changed.span, factor)
    return None


def ranked(label: Label) -> bool:
    return len(label.members) >= 2 and all(re.fullmatch(r"r\d+", m.role) for m in label.members)
