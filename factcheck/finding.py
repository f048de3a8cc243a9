"""What a check says about a set of claims: pass, fail or indeterminate, with the arithmetic."""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from factcheck.jsonvalues import json_safe
from factcheck.spans import Span


class Status(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    INDETERMINATE = "indeterminate"


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Finding(BaseModel):
    model_config = ConfigDict(frozen=True)

    check: str
    status: Status
    severity: Severity
    message: str = Field(description="Plain language, with the arithmetic shown.")
    spans: list[Span] = Field(default_factory=list)
    claims: list[str] = Field(default_factory=list, description="Ids of the claims involved.")
    computed: dict[str, Any] = Field(default_factory=dict)
    tolerance: str | None = None
    within_rounding: bool = Field(False, description="Holds only thanks to the figures' rounding.")
    gross: bool = Field(False, description="A failure no rounding explains: a flipped sign or a scale slip.")
    relation: str | None = Field(None, description="Id of the relation the check evaluated.")
    pairing: str | None = Field(None, description="Why these figures were paired, in plain words.")
    uncertain: list[str] = Field(
        default_factory=list, description="What keeps the pairing from being certain; a failure then stays quiet."
    )

    @field_validator("computed")
    @classmethod
    def _strict_json(cls, computed: dict[str, Any]) -> dict[str, Any]:
        # Stored in a JSON column and printed as JSON: an open bound (infinity) is null there.
        return json_safe(computed)
