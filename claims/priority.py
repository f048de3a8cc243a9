"""How suspicious a claim is: the queue's sort key.

Failed checks come first (errors before warnings), then indeterminate results,
then the rest by how much the figure matters. The bands are wide enough that no
importance bonus can lift a claim into a more suspicious band.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck.claim import Metric
from factcheck.finding import Finding, Severity, Status

FAIL_ERROR = 4000
FAIL_WARNING = 3000
FAIL_INFO = 2000
INDETERMINATE = 1000

# Figures a reader acts on; a wrong one of these does the most harm.
PRIMARY_METRICS = {
    Metric.SHARE_PRICE, Metric.MARKET_CAP, Metric.MARKET_VALUE_CHANGE, Metric.REVENUE,
    Metric.SEGMENT_REVENUE, Metric.PROFIT, Metric.GROWTH, Metric.PRICE_CHANGE, Metric.MARKET_SHARE,
    Metric.INVESTMENT,
}  # fmt: skip


def band(findings: Iterable[Finding]) -> int:
    worst = 0
    for finding in findings:
        if finding.status is Status.FAIL:
            worst = max(
                worst,
                {Severity.ERROR: FAIL_ERROR, Severity.WARNING: FAIL_WARNING, Severity.INFO: FAIL_INFO}[
                    finding.severity
                ],
            )
        elif finding.status is Status.INDETERMINATE and finding.severity is not Severity.INFO:
            worst = max(worst, INDETERMINATE + 500 * (finding.severity is Severity.ERROR))
        elif finding.status is Status.INDETERMINATE:
            worst = max(worst, INDETERMINATE)
    return worst


def priority(metric: str, findings: list[Finding]) -> int:
    importance = 0
    if findings:
        importance += 50
    if metric in PRIMARY_METRICS:
        importance += 30
    if metric and metric != Metric.UNKNOWN:
        importance += 10
    return band(findings) + importance
