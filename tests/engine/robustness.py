"""What every robustness test asserts of the engine's output for a text: the invariants no input may break."""

from __future__ import annotations

import json
import math
from typing import Any

from factcheck.claim import Claim
from factcheck.runner import CheckReport


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"not strict JSON: {name}")


def strict_round_trip(payload: Any) -> Any:
    """``payload`` written as JSON and read back with NaN and infinities refused both ways."""
    return json.loads(json.dumps(payload, ensure_ascii=False, allow_nan=False), parse_constant=_refuse_constant)


def report_json(claims: list[Claim], report: CheckReport) -> dict[str, Any]:
    """What ``check_article --format json`` prints: the claims and the report."""
    return {"claims": [c.model_dump(mode="json") for c in claims], **report.to_json_dict()}


def assert_sound(text: str, claims: list[Claim], report: CheckReport) -> None:
    """Values finite, spans inside the text and inside their sentence, relation members real, strict JSON."""
    ids = {c.id for c in claims}
    assert len(ids) == len(claims), "claim ids repeat"
    for claim in claims:
        q = claim.quantity
        figures = [q.value, q.rounding, *(x for x in (q.lower, q.upper) if x is not None), *(q.ends or ())]
        assert all(math.isfinite(x) for x in figures), (claim.id, q.text, figures)
        start, end = claim.span
        s_start, s_end = claim.sentence_span
        assert 0 <= s_start <= start <= end <= s_end <= len(text), (claim.id, claim.span, claim.sentence_span)
        assert q.text == text[start:end], (claim.id, q.text)
        assert claim.text == text[s_start:s_end]
    for relation in report.relations:
        for member in relation.members:
            assert member.claim in ids, (relation.id, member.claim)
        for span in relation.spans:
            assert 0 <= span[0] <= span[1] <= len(text), (relation.id, span)
    for finding in report.findings:
        assert not finding.message.endswith("crashed"), finding.message
        assert "crashed at" not in finding.message, finding.message
        assert set(finding.claims) <= ids, finding.claims
    strict_round_trip(report_json(claims, report))
