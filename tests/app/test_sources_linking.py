"""link_sources and check_article --source: evidence stored, stances, source_agreement results."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from claims.models import Article, CheckResult
from claims.pipeline import check_article
from sources.models import Evidence, Source
from tests.conftest import EXAMPLES, SEED_ARTICLE

DATA = Path(__file__).resolve().parent.parent / "data"
RESULTS = EXAMPLES / "sources" / "alibaba-december-quarter-2024.txt"
UNRELATED = DATA / "unrelated-source.txt"


def call(name: str, *args: str) -> tuple[str, int]:
    out = io.StringIO()
    try:
        call_command(name, *args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), exc.returncode
    return out.getvalue(), 0


@pytest.fixture
def seed_path() -> str:
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE} (../shared/ is absent)")
    return str(SEED_ARTICLE)


@pytest.fixture
def changed_results(tmp_path) -> str:
    path = tmp_path / "changed.txt"
    path.write_text(RESULTS.read_text().replace("US$38,381 million", "US$36,381 million"))
    return str(path)


def test_check_article_with_sources_supports_the_seed(seed_path):
    output, _ = call("check_article", seed_path, "--format=json", f"--primary-source={RESULTS}")
    payload = json.loads(output)
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    agreement = [f for f in payload["findings"] if f["check"] == "source_agreement"]
    supported = {text[s:e] for f in agreement if f["status"] == "pass" for s, e in f["spans"]}
    assert {"$38.4 billion", "8 percent", "13 percent"} <= supported
    assert not [f for f in agreement if f["status"] == "fail"]


def test_a_contradicting_primary_source_is_an_error(seed_path, changed_results):
    output, code = call("check_article", seed_path, "--format=json", f"--primary-source={changed_results}")
    payload = json.loads(output)
    errors = [f for f in payload["findings"] if f["check"] == "source_agreement" and f["status"] == "fail"]
    assert [f["severity"] for f in errors] == ["error"]
    assert "US$36,381 million" in errors[0]["message"]
    assert code == 1


def test_a_bad_source_file_is_a_usage_error(seed_path, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe")
    _, code = call("check_article", seed_path, f"--source={bad}")
    assert code == 2


@pytest.fixture
def stored(db, seed_path) -> Article:
    call("import_article", seed_path)
    article = Article.objects.get()
    check_article(article)
    return article


def import_source(path: str, kind: str = "primary") -> Source:
    output, code = call("import_source", path, f"--kind={kind}", "--json")
    assert code == 0
    return Source.objects.get(pk=json.loads(output)["id"])


def test_link_sources_stores_evidence_and_checks_use_it(stored, changed_results):
    source = import_source(str(RESULTS))
    output, code = call("link_sources", str(stored.pk))
    assert code == 0 and "supports" in output
    supported = set(Evidence.objects.filter(stance="supports").values_list("claim__surface", flat=True))
    assert {"$38.4 billion", "8 percent", "13 percent"} <= supported
    evidence = Evidence.objects.get(claim__surface="$38.4 billion", source=source)
    assert "US$38,381 million" in evidence.passage
    run = check_article(stored)
    passes = CheckResult.objects.filter(run=run, check_name="source_agreement", status="pass")
    assert passes.count() >= 3

    changed = import_source(changed_results)
    call("link_sources", str(stored.pk), f"--source={changed.pk}")
    assert Evidence.objects.get(claim__surface="$38.4 billion", source=changed).stance == "contradicts"
    run = check_article(stored)
    failure = CheckResult.objects.get(run=run, check_name="source_agreement", status="fail")
    assert failure.severity == "error"
    assert failure.claims.get().surface == "$38.4 billion"


def test_an_unrelated_source_links_nothing(stored):
    import_source(str(UNRELATED), kind="secondary")
    call("link_sources", "--all")
    assert not Evidence.objects.exists()


def test_relinking_keeps_manual_evidence(stored):
    source = import_source(str(RESULTS))
    call("link_sources", "--all")
    reviewer = User.objects.create_user("rev")
    claim = stored.claims.get(surface="194,000 employees")
    Evidence.objects.create(
        claim=claim, source=source, start=0, end=10, score=100, stance="mentions", linked_by=reviewer
    )
    automatic = Evidence.objects.filter(linked_by__isnull=True).count()
    call("link_sources", "--all")
    assert Evidence.objects.filter(linked_by=reviewer).count() == 1
    assert Evidence.objects.filter(linked_by__isnull=True).count() == automatic


@pytest.mark.parametrize(
    ("args", "message"),
    [((), "give article ids or --all"), (("999",), "no article with id 999"),
     (("--all", "--source=999"), "no source with id 999"), (("--all", "--rate=bad"), "not of the form")],
)  # fmt: skip
def test_link_sources_usage_errors(db, args, message):
    with pytest.raises(CommandError, match=message):
        call_command("link_sources", *args, stdout=io.StringIO())


def test_source_admin_shows_the_claims_it_supports_and_contradicts(stored, changed_results, admin_client):
    from django.urls import reverse

    source = import_source(changed_results)
    call("link_sources", str(stored.pk))
    listing = admin_client.get(reverse("admin:sources_source_changelist"))
    row = next(s for s in listing.context["cl"].result_list if s.pk == source.pk)
    assert (row.n_supports, row.n_contradicts) == (
        Evidence.objects.filter(source=source, stance="supports").count(),
        Evidence.objects.filter(source=source, stance="contradicts").count(),
    )
    assert row.n_contradicts >= 1
    page = admin_client.get(reverse("admin:sources_source_change", args=[source.pk])).content.decode()
    assert "claims this source speaks to" in page.lower()
    assert "Contradicts" in page
