"""Run the registered consistency checks over an article's claims.

``run_checks`` never raises because of a check: a check that raises is reported
as a Finding named after the check with status ``indeterminate`` (it could not
decide anything) and severity ``error`` (the tool, not the article, is at
fault, and that must be visible), and the other checks still run.
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import BaseModel, Field

import factcheck
from factcheck.checks import registry
from factcheck.checks.base import CheckContext
from factcheck.claim import Claim
from factcheck.finding import Finding, Severity, Status


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
    coverage: Coverage
    summary: dict[str, dict[str, int]] = Field(description="Counts by 'status' and by 'severity'.")
    engine_version: str
    checks_run: list[str] = Field(default_factory=list)

    def problems(self) -> list[Finding]:
        """The warnings and errors, the findings a reader must look at."""
        return [f for f in self.findings if f.severity != Severity.INFO]

    def to_json_dict(self) -> dict[str, Any]:
        """The shape the ``--format json`` contract prints."""
        return {
            "findings": [
                {
                    "check": f.check,
                    "status": f.status.value,
                    "severity": f.severity.value,
                    "message": f.message,
                    "spans": [list(s) for s in f.spans],
                }
                for f in self.findings
            ],
            "coverage": {
                "numbers_found": self.coverage.numbers_found,
                "numbers_checked": self.coverage.numbers_checked,
            },
            "summary": self.summary,
            "engine_version": self.engine_version,
        }


def run_checks(
    text: str,
    claims: Sequence[Claim],
    sources: Any = None,
    only: Iterable[str] | None = None,
) -> CheckReport:
    """Run every registered check (or those named in ``only``) and gather a report."""
    checks = registry()
    if only is not None:
        wanted = list(only)
        unknown = [name for name in wanted if name not in checks]
        if unknown:
            raise ValueError(f"unknown check(s): {', '.join(unknown)}; known: {', '.join(checks)}")
        checks = {name: checks[name] for name in checks if name in wanted}
    context = CheckContext(text=text or "", claims=list(claims or []), sources=sources)
    findings: list[Finding] = []
    for name, check in checks.items():
        try:
            produced = [f for f in check(context) if isinstance(f, Finding)]
        except Exception as exc:
            last = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
            where = f" at {last.filename.rsplit('/', 1)[-1]}:{last.lineno}" if last else ""
            produced = [
                Finding(
                    check=name,
                    status=Status.INDETERMINATE,
                    severity=Severity.ERROR,
                    message=f"check {name!r} crashed{where}: {type(exc).__name__}: {exc}",
                )
            ]
        findings.extend(produced)
    findings = _dedupe(findings)
    decided = {cid for f in findings if f.status != Status.INDETERMINATE for cid in f.claims}
    known = [c.id for c in context.claims]
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
        coverage=coverage,
        summary=summary,
        engine_version=factcheck.ENGINE_VERSION,
        checks_run=list(checks),
    )


def _dedupe(findings: list[Finding]) -> list[Finding]:
    seen: set[tuple[str, str, str]] = set()
    kept = []
    for f in findings:
        key = (f.check, f.status.value, f.message)
        if key not in seen:
            seen.add(key)
            kept.append(f)
    return kept


def check_text(text: str, sources: Any = None, only: Iterable[str] | None = None) -> CheckReport:
    """Extract the claims of ``text`` and check them."""
    # Imported here so the engine works (and its tests run) without the extraction package.
    from factcheck.extraction import extract_claims

    return run_checks(text, extract_claims(text), sources=sources, only=only)
