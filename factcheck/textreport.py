"""Findings as linter lines: ``path:line:col: severity check: message``.

Failures and indeterminate results that matter are listed one a line so editors
and CI logs can jump to them; passes are summarised, since an audit needs to
know they were checked but a reader of the terminal does not need each one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from factcheck.finding import Finding, Severity, Status
from factcheck.spans import line_col


def finding_line(path: str, text: str, finding: Finding) -> str:
    start = min((span[0] for span in finding.spans), default=0)
    line, col = line_col(text, start)
    label = finding.severity.value if finding.status is not Status.PASS else "pass"
    message = " ".join(finding.message.split())
    return f"{path}:{line}:{col}: {label} {finding.check}: {message}"


def is_listed(finding: Finding, verbose: bool = False) -> bool:
    if verbose:
        return True
    return finding.status is not Status.PASS and finding.severity is not Severity.INFO


def lint_lines(path: str, text: str, findings: Iterable[Finding], verbose: bool = False) -> list[str]:
    ordered = sorted(findings, key=lambda f: (min((s[0] for s in f.spans), default=0), f.check))
    return [finding_line(path, text, f) for f in ordered if is_listed(f, verbose)]


def summary_line(findings: Iterable[Finding], numbers_found: int, numbers_checked: int) -> str:
    findings = list(findings)
    statuses = Counter(f.status.value for f in findings)
    severities = Counter(f.severity.value for f in findings if f.status is not Status.PASS)
    passed_checks = sorted({f.check for f in findings if f.status is Status.PASS})
    parts = [
        f"{statuses.get('pass', 0)} passed",
        f"{statuses.get('fail', 0)} failed",
        f"{statuses.get('indeterminate', 0)} indeterminate",
        f"{severities.get('error', 0)} errors",
        f"{severities.get('warning', 0)} warnings",
        f"{numbers_checked} of {numbers_found} numbers checked",
    ]
    line = ", ".join(parts)
    if passed_checks:
        line += f" (passes: {', '.join(passed_checks)})"
    return line
