"""Run the pipeline's middle: claims -> relations -> checks -> findings.

The relation finders say which claims belong together and how sure that is;
each check evaluates one relation's arithmetic. The severity of a failure
follows the evidence (:func:`severity_for`): a warning or an error only when
the members certainly belong together, else the failure stays ``indeterminate``
at ``info`` and says what was missing.

``run_checks`` never raises because of a finder or a check: one that raises is
reported as a Finding named after it with status ``indeterminate`` (it could not
decide anything) and severity ``error`` (the tool, not the article, is at fault,
and that must be visible); the others still run.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, Field

import factcheck
from factcheck.checks import registry
from factcheck.claim import Claim
from factcheck.collector import collector_paused
from factcheck.context import ArticleContext
from factcheck.finding import Finding, Severity, Status
from factcheck.jsonvalues import json_safe
from factcheck.relation import Relation
from factcheck.relations import figures_only, finders, number


class Coverage(BaseModel):
    """Numbers found vs numbers that took part in at least one decided (pass/fail) check."""

    numbers_found: int
    numbers_checked: int
    unchecked: list[str] = Field(default_factory=list, description="Ids of claims no check decided on.")

    @property
    def ratio(self) -> float:
        return self.numbers_checked / self.numbers_found if self.numbers_found else 0.0


class CheckReport(BaseModel):
    findings: list[Finding]
    relations: list[Relation] = Field(default_factory=list)
    coverage: Coverage
    summary: dict[str, dict[str, int]] = Field(description="Counts by 'status' and by 'severity'.")
    engine_version: str
    checks_run: list[str] = Field(default_factory=list)

    def problems(self) -> list[Finding]:
        """The warnings and errors, the findings a reader must look at."""
        return [f for f in self.findings if f.severity != Severity.INFO]

    def to_json_dict(self) -> dict[str, Any]:
        """The shape the ``--format json`` contract prints: strict JSON, an open bound as null."""
        return json_safe(
            {
                "findings": [finding_json(f) for f in self.findings],
                "relations": [relation_json(r) for r in self.relations],
                "coverage": {
                    "numbers_found": self.coverage.numbers_found,
                    "numbers_checked": self.coverage.numbers_checked,
                },
                "summary": self.summary,
                "engine_version": self.engine_version,
            }
        )


def finding_json(finding: Finding, arithmetic: bool = False) -> dict[str, Any]:
    """A finding as JSON; with ``arithmetic``, also its claims, computed figures and tolerance."""
    f = finding
    out: dict[str, Any] = {
        "check": f.check,
        "status": f.status.value,
        "severity": f.severity.value,
        "message": f.message,
        "spans": [list(span) for span in f.spans],
    }
    if arithmetic:
        out |= {"claims": f.claims, "computed": f.computed, "tolerance": f.tolerance}
        out["within_rounding"] = f.within_rounding
    return out | {"relation": f.relation, "why": f.pairing, "uncertain": f.uncertain}


def relation_json(relation: Relation) -> dict[str, Any]:
    """A relation as strict JSON (stored and printed): an open bound among its params is null."""
    evidence = relation.evidence
    missing = evidence.missing  # worked out on every call
    # Only the params hold floats (the rest is words, whole numbers and flags): walked alone, they cost
    # a fraction of the whole (a run stores every relation a finding names).
    return {
        "id": relation.id,
        "kind": relation.kind.value,
        "members": [{"role": m.role, "claim": m.claim} for m in relation.members],
        "why": relation.reason,
        "certain": not missing,
        "missing": missing,
        "evidence": {
            "tie": evidence.tie.value,
            "cues": [{"text": c.text, "span": list(c.span), "meaning": c.meaning} for c in evidence.cues],
            "sentences_apart": evidence.sentences_apart,
            "subject": evidence.subject.value,
            "metric": evidence.metric.value,
            "unit": evidence.unit.value,
            "period": evidence.period.value,
        },
        "params": json_safe(relation.params),
        "spans": [list(s) for s in relation.spans],
    }


def severity_for(finding: Finding, relation: Relation) -> Finding:
    """A failure is loud only when its pairing is certain; otherwise it says what was missing."""
    missing = relation.evidence.missing
    if finding.status != Status.FAIL:
        return finding.model_copy(update={"severity": Severity.INFO, "uncertain": missing})
    if not missing:
        severity = Severity.ERROR if finding.gross else Severity.WARNING
        return finding.model_copy(update={"severity": severity})
    message = (
        f"{finding.message}. Not flagged, because the pairing is not certain: {'; '.join(missing)}"
        if not finding.message.endswith(".")
        else f"{finding.message} Not flagged, because the pairing is not certain: {'; '.join(missing)}"
    )
    return finding.model_copy(
        update={"status": Status.INDETERMINATE, "severity": Severity.INFO, "message": message, "uncertain": missing}
    )


def _crash(name: str, exc: Exception) -> Finding:
    last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" at {last.filename.rsplit('/', 1)[-1]}:{last.lineno}" if last else ""
    return Finding(
        check=name,
        status=Status.INDETERMINATE,
        severity=Severity.ERROR,
        message=f"{name!r} crashed{where}: {type(exc).__name__}: {exc}",
    )


def find_relations(ctx: ArticleContext) -> tuple[list[Relation], list[Finding]]:
    """Every relation the finders see, numbered; crashes of finders as findings."""
    found: list[Relation] = []
    crashes: list[Finding] = []
    for name, find in finders().items():
        try:
            found.extend(find(ctx))
        except Exception as exc:
            crashes.append(_crash(f"relations.{name}", exc))
    return number(figures_only(found, ctx), ctx), crashes


def _find_and_check(ctx: ArticleContext, checks: dict[str, Any]) -> tuple[list[Relation], list[Finding]]:
    """The relations of ``ctx`` and the findings of ``checks`` on them (crashes of either as findings)."""
    relations, findings = find_relations(ctx)
    order = {name: i for i, name in enumerate(checks)}
    for relation in sorted(relations, key=lambda r: order.get(r.kind.value, len(order))):
        evaluate = checks.get(relation.kind.value)
        if evaluate is None:
            continue
        try:
            produced = evaluate(relation, ctx)
        except Exception as exc:
            findings.append(_crash(relation.kind.value, exc))
            continue
        if produced is not None:
            findings.append(severity_for(produced, relation))
    return relations, findings


def run_checks(
    text: str,
    claims: Sequence[Claim],
    sources: Any = None,
    only: Iterable[str] | None = None,
) -> CheckReport:
    """Find the relations among ``claims`` and run every registered check (or those named in ``only``)."""
    checks = registry()
    if only is not None:
        wanted = list(only)
        unknown = [name for name in wanted if name not in checks]
        if unknown:
            raise ValueError(f"unknown check(s): {', '.join(unknown)}; known: {', '.join(checks)}")
        checks = {name: checks[name] for name in checks if name in wanted}
    with collector_paused():
        # Inside the pause: the claims, freshly made by extraction, are still young, and the sorting and indexing
        # here would start the collector's walk over all of them.
        ctx = ArticleContext(text=text or "", claims=list(claims or []), sources=sources)
        relations, findings = _find_and_check(ctx, checks)
    decided = {cid for f in findings if f.status != Status.INDETERMINATE for cid in f.claims}
    known = [c.id for c in ctx.claims]
    coverage = Coverage(
        numbers_found=len(known),
        numbers_checked=len([cid for cid in known if cid in decided]),
        unchecked=[cid for cid in known if cid not in decided],
    )
    summary = {
        "status": dict(Counter(f.status.value for f in findings)),
        "severity": dict(Counter(f.severity.value for f in findings)),
    }
    return CheckReport(
        findings=findings,
        relations=relations,
        coverage=coverage,
        summary=summary,
        engine_version=factcheck.ENGINE_VERSION,
        checks_run=list(checks),
    )


def check_text(text: str, sources: Any = None, only: Iterable[str] | None = None) -> CheckReport:
    """Extract the claims of ``text`` and check them."""
    # Imported here so the engine works (and its tests run) without the extraction package.
    from factcheck.extraction import extract_claims

    with collector_paused():  # one pause over both stages: the collector stays off between them too
        return run_checks(text, extract_claims(text), sources=sources, only=only)
