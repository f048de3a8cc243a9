"""The audit report's data model: what an export says about articles, claims, results and reviews.

Framework-free on purpose: the engine never imports Django, so these models only
describe the report; ``claims.exports`` fills them from the database. The JSON
export is exactly ``AuditReport`` (written incrementally, one article at a time),
so ``AuditReport.model_json_schema()`` is its contract. Bump ``REPORT_VERSION``
whenever a field changes meaning or disappears; adding optional fields is a
minor bump.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

REPORT_VERSION = "1.1"

Span = tuple[int, int]


class _Model(BaseModel):
    # Reports are snapshots: nothing downstream should mutate one in place.
    model_config = ConfigDict(frozen=True)


class RunInfo(_Model):
    """The current (not superseded) check run that produced an article's results."""

    id: int
    engine_version: str = Field(description="factcheck.ENGINE_VERSION of the engine that ran the checks.")
    started_at: dt.datetime
    finished_at: dt.datetime


class Coverage(_Model):
    numbers_found: int = Field(description="Numbers the engine found in the article (CheckRun.claims_found).")
    numbers_checked: int = Field(description="Numbers that took part in at least one check.")
    ratio: float | None = Field(description="numbers_checked / numbers_found; null when nothing was found.")

    @classmethod
    def of(cls, found: int, checked: int) -> Coverage:
        return cls(numbers_found=found, numbers_checked=checked, ratio=round(checked / found, 4) if found else None)


class Counts(_Model):
    """Summary counts; every mapping is keyed by the stored value (``fail``, ``reviewed`` ...)."""

    claims: int = 0
    claims_by_status: dict[str, int] = Field(default_factory=dict)
    claims_by_verdict: dict[str, int] = Field(default_factory=dict)
    results: int = 0
    results_by_status: dict[str, int] = Field(default_factory=dict)
    failures_by_severity: dict[str, int] = Field(default_factory=dict)

    def plus(self, other: Counts) -> Counts:
        def add(a: dict[str, int], b: dict[str, int]) -> dict[str, int]:
            return {key: a.get(key, 0) + b.get(key, 0) for key in sorted({*a, *b})}

        return Counts(
            claims=self.claims + other.claims,
            claims_by_status=add(self.claims_by_status, other.claims_by_status),
            claims_by_verdict=add(self.claims_by_verdict, other.claims_by_verdict),
            results=self.results + other.results,
            results_by_status=add(self.results_by_status, other.results_by_status),
            failures_by_severity=add(self.failures_by_severity, other.failures_by_severity),
        )


class FieldChange(_Model):
    old: Any = None
    new: Any = None


class HistoryEntry(_Model):
    """One django-simple-history record, as the fields that changed since the previous record."""

    model: Literal["claim", "review", "evidence"]
    object_id: int
    history_id: int
    at: dt.datetime
    action: Literal["created", "changed", "deleted"]
    user: str | None = Field(None, description="Username of whoever made the change; null for the engine.")
    reason: str | None = None
    changes: dict[str, FieldChange] = Field(default_factory=dict)


class SourceInfo(_Model):
    id: int
    title: str
    url: str
    publisher: str
    published: dt.date | None
    kind: str


class EvidenceItem(_Model):
    id: int
    source: SourceInfo
    span: Span = Field(description="The passage's [start, end) in the source body.")
    passage: str = Field(description="The source text at span, quoted exactly.")
    score: float
    stance: str
    comparison: dict[str, Any] = Field(default_factory=dict, description="The figures compared and how.")
    linked_by: str | None = Field(None, description="Username; null when linked automatically.")
    created_at: dt.datetime


class ReviewItem(_Model):
    id: int
    reviewer: str
    verdict: str
    rationale: str
    evidence_url: str
    created_at: dt.datetime


class ResultItem(_Model):
    """One check result with everything needed to redo its arithmetic by hand."""

    id: int
    check: str
    status: Literal["pass", "fail", "indeterminate"]
    severity: str
    message: str = Field(description="Plain language, with the arithmetic shown.")
    computed: dict[str, Any] = Field(default_factory=dict, description="The intermediate values of the check.")
    tolerance: str = ""
    within_rounding: bool = False
    spans: list[Span] = Field(default_factory=list, description="[start, end) offsets into the article body.")
    quoted: list[str] = Field(default_factory=list, description="The article text at each span.")
    claim_ids: list[int] = Field(default_factory=list)
    engine_version: str
    pairing: str = Field("", description="Why the check's figures were paired, in plain words.")
    uncertain: list[str] = Field(
        default_factory=list, description="What kept the pairing from being certain (a failure then stays quiet)."
    )


class ClaimItem(_Model):
    id: int
    span: Span = Field(description="The figure's [start, end) in the article body.")
    sentence_span: Span
    surface: str
    sentence: str
    reading: dict[str, Any] = Field(description="The engine's structured reading (factcheck.claim.Claim as JSON).")
    subject: str
    metric: str
    value: float | None
    unit: str
    lower: float | None
    upper: float | None
    hedge: str
    period: str
    baseline: str
    origin: str
    status: str
    verdict: str
    priority: int
    created_at: dt.datetime
    updated_at: dt.datetime
    result_ids: list[int] = Field(default_factory=list, description="Results of the current run about this claim.")
    evidence: list[EvidenceItem] = Field(default_factory=list)
    reviews: list[ReviewItem] = Field(default_factory=list, description="Oldest first.")
    history: list[HistoryEntry] = Field(default_factory=list, description="Claim, review and evidence history.")


class ArticleHead(_Model):
    """An article without its claims and results, which are streamed after it."""

    id: int
    title: str
    url: str
    publisher: str
    published: dt.date | None
    source_format: str
    content_hash: str = Field(description="SHA-256 of body.")
    imported_at: dt.datetime
    body: str = Field(description="The text exactly as checked; every span points into it.")
    run: RunInfo | None = Field(description="The current check run; null if the article was never checked.")
    coverage: Coverage
    counts: Counts


class ArticleReport(ArticleHead):
    claims: list[ClaimItem]
    results: list[ResultItem]


class Filters(_Model):
    article_ids: list[int] = Field(default_factory=list)
    claim_ids: list[int] = Field(default_factory=list)
    since: dt.date | None = None
    until: dt.date | None = None
    statuses: list[str] = Field(default_factory=list)


class AuditReport(_Model):
    """The whole JSON export."""

    version: str = Field(REPORT_VERSION, description="Version of this report format.")
    generated_at: dt.datetime
    generator: str = Field(description="The exporting program and its engine version.")
    filters: Filters
    articles: list[ArticleReport]
    coverage: Coverage
    counts: Counts


def json_schema() -> dict[str, Any]:
    schema = AuditReport.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"urn:factcheck:audit-report:{REPORT_VERSION}"
    return schema
