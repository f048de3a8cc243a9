"""The runner: registry, crash isolation, coverage and summary."""

from __future__ import annotations

import pytest

import factcheck
from factcheck.checks import CHECK_MODULES, describe, registry
from factcheck.finding import Severity, Status
from factcheck.runner import run_checks
from tests.engine.claim_factory import Article, up


def test_every_module_registers_one_documented_check() -> None:
    checks = registry()
    assert list(checks) == list(CHECK_MODULES)
    for name in checks:
        assert len(describe(name)) > 80, name
        assert "Rule" in describe(name), name


def _article() -> Article:
    art = Article("Sales rose 10% to $11 million from $10 million.")
    pct = art.claim("10%", 10, "percent", change=up())
    to = art.claim("$11 million", 11e6, "money")
    frm = art.claim("$10 million", 10e6, "money")
    art.link(pct, to=to)
    art.link(art.claims[0], **{"from": frm})
    return art


def test_a_crashing_check_is_reported_and_others_still_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import factcheck.checks as registry_module

    def boom(ctx):
        raise RuntimeError("kaput")

    monkeypatch.setitem(registry_module._REGISTRY, "shares", boom)
    art = _article()
    report = run_checks(art.text, art.claims)
    crashed = [f for f in report.findings if f.check == "shares"]
    assert len(crashed) == 1
    assert crashed[0].status == Status.INDETERMINATE and crashed[0].severity == Severity.ERROR
    assert "kaput" in crashed[0].message
    assert any(f.check == "percent_change" and f.status == Status.PASS for f in report.findings)


def test_report_fields() -> None:
    art = _article()
    report = run_checks(art.text, art.claims, only=["percent_change"])
    assert report.engine_version == factcheck.ENGINE_VERSION
    assert report.checks_run == ["percent_change"]
    assert report.coverage.numbers_found == 3 and report.coverage.numbers_checked == 3
    assert report.summary["status"] == {"pass": 1}
    assert report.to_json_dict()["findings"][0]["spans"]


def test_unknown_check_name_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown check"):
        run_checks("", [], only=["nope"])


def test_empty_input() -> None:
    report = run_checks("", [])
    assert report.findings == [] and report.coverage.numbers_found == 0
