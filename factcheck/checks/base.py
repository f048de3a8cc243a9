"""What every check shares: verdicts over intervals and the Finding a check returns."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from factcheck.claim import Claim
from factcheck.context import ArticleContext
from factcheck.finding import Finding, Severity, Status
from factcheck.intervals import Interval
from factcheck.relation import Relation

ROUNDING = (
    "inputs and stated figure each stand for their rounding interval (half a unit in the last digit) widened by "
    "their hedge; holds when the intervals overlap"
)


@dataclass(frozen=True)
class Verdict:
    holds: bool
    within_rounding: bool = False
    gross: bool = False


def judge(computed: Interval, stated: Interval, computed_point: float, stated_point: Interval | None = None) -> Verdict:
    """Does the interval computed from the inputs overlap the stated one?

    ``within_rounding`` marks a relation that holds only because the inputs'
    rounding intervals reach the stated figure; the point computation alone misses.
    ``gross`` marks a failure no rounding could explain: a flipped sign or a
    ratio of 20 or more (a thousand/million/billion slip).
    """
    holds = computed.overlaps(stated)
    target = stated if stated_point is None else stated_point
    within = holds and not target.widen(abs(computed_point) * 1e-9).contains(computed_point)
    return Verdict(holds, within, (not holds) and is_gross(computed, stated))


def is_gross(computed: Interval, stated: Interval) -> bool:
    if computed.hi < 0 < stated.lo or stated.hi < 0 < computed.lo:
        return True
    a, b = abs(computed.mid), abs(stated.mid)
    if a > 0 and b > 0 and math.isfinite(a) and math.isfinite(b):
        return max(a, b) / min(a, b) >= 20
    return False


def members(relation: Relation, ctx: ArticleContext, role: str) -> list[Claim]:
    return [ctx.by_id[c] for c in relation.claims(role) if c in ctx.by_id]


def member(relation: Relation, ctx: ArticleContext, role: str) -> Claim | None:
    found = members(relation, ctx, role)
    return found[0] if found else None


def result(
    relation: Relation,
    ctx: ArticleContext,
    message: str,
    *,
    verdict: Verdict | None = None,
    status: Status | None = None,
    computed: dict[str, Any] | None = None,
    tolerance: str | None = None,
    claims: Sequence[Claim] | None = None,
) -> Finding:
    """The Finding for ``relation``: pass or fail from the verdict (indeterminate without one).

    Severity is left at info: the runner raises it for failures whose pairing is certain.
    """
    if status is None:
        status = Status.INDETERMINATE if verdict is None else (Status.PASS if verdict.holds else Status.FAIL)
    within = bool(verdict and verdict.holds and verdict.within_rounding)
    if within and "within rounding" not in message:
        message += " (consistent within rounding)"
    involved = list(claims) if claims is not None else [ctx.by_id[c] for c in relation.claims() if c in ctx.by_id]
    spans: list[tuple[int, int]] = []
    for span in [tuple(c.span) for c in involved] + [tuple(s) for s in relation.spans]:
        if span not in spans:
            spans.append(span)  # type: ignore[arg-type]
    return Finding(
        check=relation.kind.value,
        status=status,
        severity=Severity.INFO,
        message=message,
        spans=spans,  # type: ignore[arg-type]
        claims=[c.id for c in involved],
        computed={k: _jsonable(v) for k, v in (computed or {}).items()},
        tolerance=tolerance,
        within_rounding=within,
        gross=bool(verdict and not verdict.holds and verdict.gross),
        relation=relation.id or None,
        pairing=relation.reason,
    )


def _jsonable(value: Any) -> Any:
    if isinstance(value, Interval):
        return [_jsonable(value.lo), _jsonable(value.hi)]
    if isinstance(value, float):
        if math.isinf(value):
            return "inf" if value > 0 else "-inf"
        if math.isnan(value):
            return None
        return round(value, 6)
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value
