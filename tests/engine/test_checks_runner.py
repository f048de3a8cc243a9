"""The runner: registries, crash isolation, severity from evidence, coverage and the JSON shape."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.checks import describe, registry
from factcheck.finding import Finding, Severity, Status
from factcheck.relation import Agreement, Evidence, Member, Relation, RelationKind, Tie
from factcheck.relations import finders
from factcheck.runner import run_checks, severity_for
from tests.engine.claim_factory import Article, up


def test_every_check_is_a_documented_relation_kind() -> None:
    kinds = {kind.value for kind in RelationKind}
    for name in registry():
        assert name in kinds, f"check {name} evaluates no relation kind"
        doc = describe(name)
        assert len(doc) > 80 and "Rule" in doc, name


def _article(start: str = "$10 million") -> Article:
    art = Article(f"Sales rose 10% to $11 million from {start}.")
    art.claim("10%", 10, "percent", change=up())
    art.claim("$11 million", 11e6, "money")
    art.claim(start, float(start.removeprefix("$").removesuffix(" million")) * 1e6, "money")
    return art


def test_a_crashing_check_is_reported_and_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.checks as registry_module

    def boom(relation, ctx):
        raise RuntimeError("kaput")

    monkeypatch.setitem(registry_module._REGISTRY, "direction", boom)
    art = _article()
    report = run_checks(art.text, art.claims)
    crashed = [f for f in report.findings if f.check == "direction"]
    assert len(crashed) == 1
    assert crashed[0].status == Status.INDETERMINATE and crashed[0].severity == Severity.ERROR
    assert "kaput" in crashed[0].message
    assert any(f.check == "percent_change" and f.status == Status.PASS for f in report.findings)


def test_a_crashing_finder_is_reported_and_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.relations as relations_module

    finders()  # load them before replacing one

    def boom(ctx):
        raise RuntimeError("finder broke")

    monkeypatch.setitem(relations_module._FINDERS, "growth", boom)
    art = _article()
    report = run_checks(art.text, art.claims)
    assert [f.check for f in report.findings if f.severity == Severity.ERROR] == ["relations.growth"]
    assert any(f.check == "percent_change" for f in report.findings)


def test_report_fields_and_json_shape() -> None:
    art = _article()
    report = run_checks(art.text, art.claims, only=["percent_change"])
    assert report.engine_version == factcheck.ENGINE_VERSION
    assert report.checks_run == ["percent_change"]
    assert report.coverage.numbers_found == 3 and report.coverage.numbers_checked == 3
    assert report.summary["status"] == {"pass": 1}
    payload = report.to_json_dict()
    finding = payload["findings"][0]
    assert finding["spans"] and finding["relation"] and "both ends" in finding["why"]
    relation = next(r for r in payload["relations"] if r["id"] == finding["relation"])
    assert relation["kind"] == "percent_change" and relation["certain"] is True
    assert {m["role"] for m in relation["members"]} == {"change", "from", "to"}
    assert relation["evidence"]["tie"] == "cue" and relation["evidence"]["cues"]


def test_a_certain_failure_is_a_warning() -> None:
    art = _article("$5 million")
    report = run_checks(art.text, art.claims, only=["percent_change"])
    [finding] = report.findings
    assert (finding.status, finding.severity) == (Status.FAIL, Severity.WARNING)  # +120% against +10%


def _relation(evidence: Evidence) -> Relation:
    return Relation(
        kind=RelationKind.GROWTH_PRIOR,
        members=[Member(role="change", claim="c1")],
        evidence=evidence,
        reason="test",
    )


def _failure(gross: bool = False) -> Finding:
    return Finding(check="growth_prior", status=Status.FAIL, severity=Severity.INFO, message="$1 -> $2", gross=gross)


@pytest.mark.parametrize(
    ("evidence", "expected", "missing"),
    [
        (Evidence(tie=Tie.CUE), (Status.FAIL, Severity.WARNING), []),
        (
            Evidence(tie=Tie.INFERRED, subject=Agreement.AGREE, metric=Agreement.AGREE),
            (Status.FAIL, Severity.WARNING),
            [],
        ),
        (
            Evidence(tie=Tie.INFERRED, subject=Agreement.UNKNOWN, metric=Agreement.AGREE),
            (Status.INDETERMINATE, Severity.INFO),
            ["the subject of one figure is not known"],
        ),
        (
            Evidence(tie=Tie.CUE, unit=Agreement.DISAGREE),
            (Status.INDETERMINATE, Severity.INFO),
            ["the figures' units differ"],
        ),
        (
            Evidence(tie=Tie.CUE, ambiguous=["$3 billion"]),
            (Status.INDETERMINATE, Severity.INFO),
            ["$3 billion could also fit"],
        ),
        (
            Evidence(tie=Tie.STRUCTURE, doubts=["the article's date is not known"]),
            (Status.INDETERMINATE, Severity.INFO),
            ["the article's date is not known"],
        ),
    ],
)
def test_severity_follows_the_evidence(evidence: Evidence, expected: tuple, missing: list[str]) -> None:
    finding = severity_for(_failure(), _relation(evidence))
    assert (finding.status, finding.severity) == expected
    assert finding.uncertain == missing
    if missing:
        assert "Not flagged" in finding.message and missing[0] in finding.message


def test_a_gross_certain_failure_is_an_error() -> None:
    assert severity_for(_failure(gross=True), _relation(Evidence(tie=Tie.CUE))).severity == Severity.ERROR


def test_unknown_check_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown check"):
        run_checks("", [], only=["nope"])


def test_empty_input() -> None:
    report = run_checks("", [])
    assert report.findings == [] and report.relations == [] and report.coverage.numbers_found == 0
