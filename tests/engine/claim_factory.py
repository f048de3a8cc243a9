"""Build Claims by hand over a made-up article, so checks are tested without extraction.

art = Article("Shares rose 10% to $11 from $10.")
pct = art.claim("10%", 10, "percent", change=up())
...
art.claims  # in creation order, ids c1, c2, ...
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.claim import Change, ChangeKind, Claim, Metric, TimeKind, TimeRef
from factcheck.quantity import Hedge, Quantity, QuantityKind

_NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")
_UNITS = {
    QuantityKind.MONEY: "USD",
    QuantityKind.PERCENT: "percent",
    QuantityKind.PERCENTAGE_POINT: "percentage_point",
    QuantityKind.PER_UNIT: "USD / share",
}


def up(kind: ChangeKind = ChangeKind.RELATIVE, verb: str = "up") -> Change:
    return Change(direction=1, kind=kind, verb=verb)


def down(kind: ChangeKind = ChangeKind.RELATIVE, verb: str = "down") -> Change:
    return Change(direction=-1, kind=kind, verb=verb)


def default_rounding(surface: str, value: float) -> float:
    match = _NUMBER.search(surface)
    if not match:
        return 0.0
    printed = float(match.group(0).replace(",", ""))
    if printed == 0:
        return 0.0
    decimals = len(match.group(1) or "")
    scale = value / printed
    return 0.5 * 10**-decimals * abs(scale)


def default_bounds(value: float, rounding: float, hedge: Hedge) -> tuple[float | None, float | None]:
    if hedge in (Hedge.OVER, Hedge.AT_LEAST):
        return value, None
    if hedge in (Hedge.UNDER, Hedge.UP_TO):
        return None, value
    if hedge == Hedge.NEARLY:
        return value - max(rounding, abs(value) * 0.05), value
    return value - rounding, value + rounding


class Article:
    def __init__(self, text: str) -> None:
        self.text = text
        self.claims: list[Claim] = []
        self._cursor: dict[str, int] = {}

    def find(self, surface: str, occurrence: int | None = None) -> tuple[int, int]:
        """Span of ``surface``: the n-th occurrence, or the next one not yet used."""
        # Whole tokens only: "3" must not match inside "$123.45".
        pattern = re.compile(r"(?<![\w.,])" + re.escape(surface) + r"(?![\w]|[.,]\d)")
        starts = [m.start() for m in pattern.finditer(self.text)] or [
            i for i in range(len(self.text)) if self.text.startswith(surface, i)
        ]
        if occurrence is None:
            # Claims are usually made in reading order: prefer the first match after the last claim.
            last = max((c.span[1] for c in self.claims), default=0)
            after = [i for i in starts if i >= max(last, self._cursor.get(surface, 0))]
            after = after or [i for i in starts if i >= self._cursor.get(surface, 0)]
            index = (after or starts or [-1])[0]
        else:
            index = starts[occurrence] if occurrence < len(starts) else -1
        if index < 0:
            raise ValueError(f"{surface!r} not in the article")
        self._cursor[surface] = index + len(surface)
        return index, index + len(surface)

    def sentence(self, span: tuple[int, int]) -> tuple[int, int]:
        start = max(self.text.rfind(". ", 0, span[0]) + 2, self.text.rfind("\n", 0, span[0]) + 1, 0)
        if start == 1 and self.text[0] != " ":
            start = 0
        ends = [i for i in (self.text.find(". ", span[1]), self.text.find("\n", span[1])) if i >= 0]
        end = min(ends) + 1 if ends else len(self.text)
        return start, min(end, len(self.text))

    def time(self, surface: str, kind: TimeKind, occurrence: int | None = None, **fields: Any) -> TimeRef:
        return TimeRef(text=surface, span=self.find(surface, occurrence), kind=kind, **fields)

    def claim(
        self,
        surface: str,
        value: float,
        kind: str | QuantityKind,
        unit: str | None = None,
        *,
        occurrence: int | None = None,
        hedge: Hedge | str = Hedge.EXACT,
        rounding: float | None = None,
        lower: float | None = None,
        upper: float | None = None,
        bounds: bool = True,
        noun: str | None = None,
        subject: str | None = None,
        metric: Metric | str = Metric.UNKNOWN,
        measure: str | None = None,
        period: TimeRef | None = None,
        baseline: TimeRef | None = None,
        change: Change | None = None,
        related: dict[str, str] | None = None,
        claim_id: str | None = None,
        sentence_span: tuple[int, int] | None = None,
    ) -> Claim:
        kind = QuantityKind(kind)
        hedge = Hedge(hedge)
        span = self.find(surface, occurrence)
        if rounding is None:
            rounding = default_rounding(surface, value)
        if bounds and lower is None and upper is None:
            lower, upper = default_bounds(value, rounding, hedge)
        quantity = Quantity(
            text=surface,
            span=span,
            value=value,
            unit=unit if unit is not None else _UNITS.get(kind, noun or ""),
            kind=kind,
            lower=lower,
            upper=upper,
            hedge=hedge,
            rounding=rounding,
            noun=noun,
        )
        sentence = sentence_span or self.sentence(span)
        claim = Claim(
            id=claim_id or f"c{len(self.claims) + 1}",
            text=self.text[sentence[0] : sentence[1]],
            span=span,
            sentence_span=sentence,
            quantity=quantity,
            subject=subject,
            metric=Metric(metric),
            measure=measure,
            period=period,
            baseline=baseline,
            change=change,
            related=related or {},
        )
        self.claims.append(claim)
        return claim

    def link(self, claim: Claim, **roles: Claim) -> Claim:
        """Set ``related`` on an existing claim (claims are frozen: replace it)."""
        updated = claim.model_copy(update={"related": {**claim.related, **{k: v.id for k, v in roles.items()}}})
        self.claims[self.claims.index(claim)] = updated
        return updated


def quick(text: str, *specs: tuple) -> Article:
    """An article with one claim per spec: (surface, value, kind) or (surface, value, kind, {keyword: value})."""
    art = Article(text)
    for spec in specs:
        surface, value, kind = spec[:3]
        options = dict(spec[3]) if len(spec) > 3 else {}
        art.claim(surface, value, kind, **options)
    return art


def outcome(art: Article, check: str) -> set[tuple[str, str]]:
    """(status, severity) of each finding ``check`` makes on ``art``."""
    from factcheck.runner import run_checks

    report = run_checks(art.text, art.claims, only=[check])
    return {(f.status.value, f.severity.value) for f in report.findings}
