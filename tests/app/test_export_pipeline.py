"""The exports on a real engine run: the example article checked by claims.pipeline, then exported."""

from __future__ import annotations

import io
import json

import jsonschema
import pytest
from django.core.management import call_command

from claims.models import Article
from claims.pipeline import check_article
from factcheck.report import json_schema
from tests.conftest import EXAMPLES

pytestmark = pytest.mark.django_db


def test_a_real_run_exports_its_61_percent_conflict():
    call_command("import_article", str(EXAMPLES / "alibaba-ai-investment.md"), stdout=io.StringIO())
    article = Article.objects.get()
    run = check_article(article)
    out = io.StringIO()
    call_command("export_audit", "--article", str(article.pk), stdout=out)
    report = json.loads(out.getvalue())
    jsonschema.validate(report, json_schema())
    [exported] = report["articles"]
    assert exported["run"]["id"] == run.pk and exported["run"]["engine_version"] == run.engine_version
    assert exported["coverage"]["numbers_found"] == run.claims_found
    conflicts = [r for r in exported["results"] if r["status"] == "fail" and r["severity"] != "info"]
    assert any("61 percent" in quoted for r in conflicts for quoted in r["quoted"]), conflicts
    for result in exported["results"]:
        body = exported["body"]
        assert [body[s:e] for s, e in result["spans"]] == result["quoted"]
    claim_ids = {c["id"] for c in exported["claims"]}
    assert all(set(r["claim_ids"]) <= claim_ids for r in exported["results"])
