"""Checking a text without storing it, and the JSON that says what was found.

One builder for ``check_article --format json`` and the API's ``POST /api/check``, so both
print the same document for the same text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from claims.management.exit_codes import FINDINGS, OK
from factcheck.claim import Claim as ClaimReading
from factcheck.documents import Document
from factcheck.extraction import extract_claims
from factcheck.finding import Severity, Status
from factcheck.jsonvalues import json_safe
from factcheck.linking import EvidenceLink, SourceText, link_claims
from factcheck.linking.compare import Rates
from factcheck.runner import CheckReport, finding_json, relation_json, run_checks
from factcheck.tables import read_table_claims


@dataclass(frozen=True)
class CheckedText:
    document: Document
    claims: list[ClaimReading]
    evidence: list[EvidenceLink]
    report: CheckReport

    def failing(self, fail_on: str) -> list:
        threshold = Severity(fail_on).rank
        return [f for f in self.report.findings if f.status is not Status.PASS and f.severity.rank >= threshold]


def check_document(
    document: Document, sources: list[SourceText] | None = None, rates: Rates | None = None
) -> CheckedText:
    """Extract, link and check one document in memory; the engine's errors propagate."""
    # A web page's tables and date count as a stored article's would.
    claims = read_table_claims(extract_claims(document.text), document.tables)
    sources = sources or []
    evidence = link_claims(claims, sources, rates or {}) if sources else []
    context = {
        "evidence": evidence,
        "kinds": {s.id: s.kind for s in sources},
        "titles": {s.id: s.title for s in sources},
        "published": document.meta.published,
        "tables": document.tables,
    }
    return CheckedText(document, claims, evidence, run_checks(document.text, claims, sources=context))


def report_json(checked: CheckedText, fail_on: str, article: dict[str, Any]) -> dict[str, Any]:
    """``{"article", "claims", "evidence", "findings", "relations", "summary"}``, strict-JSON safe.

    ``article`` adds to the article's description (its path, or where it was saved).
    """
    document, report = checked.document, checked.report
    failing = checked.failing(fail_on)
    payload = {
        "article": {
            **{key: value for key, value in article.items() if key == "path"},
            "title": document.title,
            "format": document.format.value,
            "content_hash": document.content_hash,
            "characters": len(document.text),
            **{key: value for key, value in article.items() if key != "path"},
        },
        "claims": [claim.model_dump(mode="json") for claim in checked.claims],
        "evidence": [link.model_dump(mode="json") for link in checked.evidence],
        "findings": [finding_json(f, arithmetic=True) for f in report.findings],
        "relations": [relation_json(r) for r in report.relations],
        "summary": {
            **report.summary,
            "numbers_found": report.coverage.numbers_found,
            "numbers_checked": report.coverage.numbers_checked,
            "engine_version": report.engine_version,
            "fail_on": fail_on,
            "failing": len(failing),
            "exit_code": FINDINGS if failing else OK,
        },
    }
    # Strict JSON: an open bound is null, and nothing else may be NaN or infinite.
    return json_safe(payload)
