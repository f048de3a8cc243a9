"""What the API takes and gives, as pydantic schemas (django-ninja): the OpenAPI document is made from these."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from ninja import Schema
from pydantic import BeforeValidator, ConfigDict, Field

from claims.exports.admin import ADMIN_FORMATS
from claims.models import ClaimStatus, JobKind, JobState, Verdict

InputFormat = Literal["text", "markdown", "html"]
ExportFormat = Literal[tuple(ADMIN_FORMATS)]  # type: ignore[valid-type]
StatusName = Literal[tuple(ClaimStatus.values)]  # type: ignore[valid-type]
VerdictName = Literal[tuple(Verdict.values)]  # type: ignore[valid-type]
# Row ids as the databases store them (64-bit): a larger number is refused, not sent to the database.
MAX_ID = 2**63 - 1
Id = Annotated[int, Field(ge=1, le=MAX_ID)]


def _date_text(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError("a date is written YYYY-MM-DD")
    return value


# A date in a JSON body: only its YYYY-MM-DD text (not a number of seconds, which pydantic would take).
DateText = Annotated[dt.date, Field(strict=False), BeforeValidator(_date_text)]


class Body(Schema):
    """A JSON request body: values must have their declared JSON type ("1" is not a number here)."""

    model_config = ConfigDict(strict=True, extra="ignore")


class CheckIn(Body):
    text: str = Field(min_length=1, description="The article's text.")
    format: InputFormat | None = Field(None, description="How to read the text; plain text when left out.")
    title: str | None = Field(None, max_length=500)
    published: DateText | None = Field(None, description="What the checks take as now for time windows.")


class ArticleIn(Body):
    text: str | None = Field(None, min_length=1, description="The article's text; or give url.")
    url: str | None = Field(None, max_length=2000, description="An http(s) page to fetch and store; or give text.")
    format: InputFormat | None = None
    title: str | None = Field(None, max_length=500)
    publisher: str | None = Field(None, max_length=200)
    published: DateText | None = None


class JobOut(Schema):
    id: int
    kind: Literal[tuple(JobKind.values)]  # type: ignore[valid-type]
    state: Literal[tuple(JobState.values)]  # type: ignore[valid-type]
    state_label: str
    done: int
    total: int | None
    attempts: int
    article_id: int | None
    summary: str
    error: str
    created_at: dt.datetime
    started_at: dt.datetime | None
    finished_at: dt.datetime | None
    file_url: str | None = Field(None, description="Where to download the finished file (exports).")
    url: str = Field(description="Where to poll this job.")


class RunOut(Schema):
    id: int
    status: Literal["finished", "failed"]
    engine_version: str
    started_at: dt.datetime
    finished_at: dt.datetime
    claims_found: int
    numbers_checked: int
    passed: int
    failed: int
    indeterminate: int
    error: str


class ArticleOut(Schema):
    id: int
    title: str
    url: str
    publisher: str
    published: dt.date | None
    format: str
    characters: int
    imported_at: dt.datetime
    revision_of: int | None
    status: Literal["not checked", "checked", "check failed"]
    run: RunOut | None = Field(None, description="The current run (the last finished one).")
    last_failure: RunOut | None = Field(None, description="A failed run newer than the current one, if any.")


class ClaimOut(Schema):
    id: int
    article_id: int
    surface: str
    start: int
    end: int
    sentence: str
    subject: str
    metric: str
    value: float | None
    unit: str
    lower: float | None
    upper: float | None
    hedge: str
    period: str
    status: StatusName
    verdict: VerdictName | Literal[""]
    assignee: str | None
    priority: int
    version: int = Field(description="Send it back with a verdict: a change made meanwhile is a 409.")


class QueueRow(ClaimOut):
    worst: str = Field(description="The worst current result, in words.")
    worst_check: str
    evidence: int


class QueuePage(Schema):
    page: int
    per_page: int
    has_next: bool
    results: list[QueueRow]


class FindingOut(Schema):
    id: int
    check: str
    status: Literal["pass", "fail", "indeterminate"]
    severity: Literal["info", "warning", "error"]
    message: str
    spans: list[list[int]]
    claims: list[int]
    computed: dict[str, Any]
    tolerance: str
    within_rounding: bool
    why: str
    uncertain: list[Any]
    relation: dict[str, Any]


class EvidenceOut(Schema):
    id: int
    claim_id: int
    source_id: int
    source_title: str
    start: int
    end: int
    quote: str
    stance: str
    score: float
    comparison: dict[str, Any]
    note: str
    linked_by: str | None


class VerdictIn(Body):
    verdict: VerdictName
    rationale: str = Field(min_length=1, max_length=20_000, pattern=r"\S")
    version: int = Field(ge=1, le=2_147_483_647, description="The claim's version when you read it.")
    evidence_url: str = Field("", max_length=2000)


class SignOffIn(Body):
    version: int = Field(ge=1, le=2_147_483_647)
    note: str = Field("", max_length=20_000)


class ExportIn(Body):
    format: ExportFormat
    article_ids: list[Id] = Field(default_factory=list, max_length=10_000)
    claim_ids: list[Id] = Field(default_factory=list, max_length=10_000)
    statuses: list[StatusName] = Field(default_factory=list, max_length=4)


class LinkIn(Schema):
    source_ids: list[Id] = Field(default_factory=list, max_length=10_000, description="Default: every source.")
