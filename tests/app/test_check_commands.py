"""check_article and run_checks: output contracts, exit codes, atomic and superseding runs."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from claims.models import Article, CheckResult, CheckRun, Claim, ClaimStatus
from claims.pipeline import store_claims
from factcheck.documents import read_document
from tests.conftest import EXAMPLES, REPO

EXAMPLE = EXAMPLES / "alibaba-ai-investment.md"
CONSISTENT = "Acme's revenue rose 10 percent to $110 million from $100 million.\n"
LINT_LINE = re.compile(
    r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): (?P<sev>warning|error|info|pass) (?P<check>\w+): .+"
)


def check(*args: str) -> tuple[str, int]:
    out = io.StringIO()
    try:
        call_command("check_article", *args, stdout=out)
    except CommandError as exc:
        return out.getvalue(), exc.returncode
    return out.getvalue(), 0


def test_json_contract_on_the_example_without_a_database():
    # No django_db mark: any query would fail this test, so the file check needs no database.
    output, code = check(str(EXAMPLE), "--format=json")
    payload = json.loads(output)
    assert set(payload) == {"article", "claims", "evidence", "findings", "relations", "summary"}
    text_len = payload["article"]["characters"]
    claim_ids = {claim["id"] for claim in payload["claims"]}
    relations = {relation["id"]: relation for relation in payload["relations"]}
    for finding in payload["findings"]:
        assert {"check", "status", "severity", "message", "spans", "claims", "computed", "why"} <= set(finding)
        for start, end in finding["spans"]:
            assert 0 <= start < end <= text_len
        relation = relations[finding["relation"]]
        assert relation["kind"] == finding["check"] and finding["why"] == relation["why"]
        assert {member["claim"] for member in relation["members"]} <= claim_ids
        if finding["severity"] in ("warning", "error"):
            assert relation["certain"] and not relation["missing"]
    failing = [f for f in payload["findings"] if f["status"] != "pass" and f["severity"] in ("warning", "error")]
    assert code == (1 if failing else 0)
    assert payload["summary"]["failing"] == len(failing)


def test_percent_change_conflict_is_reported_on_the_example():
    output, code = check(str(EXAMPLE), "--format=json")
    payload = json.loads(output)
    text = read_document(EXAMPLE.read_bytes(), name=EXAMPLE.name).text
    conflicts = [f for f in payload["findings"] if f["status"] == "fail" and f["severity"] != "info"]
    assert code == 1
    covered = [text[s:e] for f in conflicts for s, e in f["spans"]]
    for figure in ("61 percent", "$144", "$85"):
        assert any(figure in surface for surface in covered), (figure, covered)


def test_text_output_reads_like_a_linter():
    output, code = check(str(EXAMPLE))
    lines = output.strip().splitlines()
    listed, summary, outcome = lines[:-2], lines[-2], lines[-1]
    assert listed and all(LINT_LINE.match(line) for line in listed), lines
    assert re.search(r"\d+ passed, \d+ failed, \d+ indeterminate", summary)
    assert outcome == "Exit 1: 1 finding at warning level or above (--fail-on warning)."
    assert code == 1


@pytest.mark.parametrize(
    ("args", "code", "last_line"),
    [
        ([str(EXAMPLE)], 1, "Exit 1: 1 finding at warning level or above (--fail-on warning)."),
        ([str(EXAMPLE), "--fail-on=error"], 0, "Exit 0: no finding at error level or above (--fail-on error)."),
    ],
)
def test_a_shell_sees_the_summary_and_the_exit_status_and_no_error_text(args, code, last_line, tmp_path):
    manage = [sys.executable, str(REPO / "manage.py"), "check_article"]
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"}
    done = subprocess.run([*manage, *args], capture_output=True, text=True, env=env, cwd=REPO)
    assert done.returncode == code
    assert done.stdout.strip().splitlines()[-1] == last_line
    assert re.search(r"\d+ passed, \d+ failed", done.stdout.strip().splitlines()[-2])
    assert done.stderr == "", done.stderr  # no "CommandError", no "check_article: ..." line: nothing went wrong


def test_a_consistent_file_exits_zero(tmp_path):
    path = tmp_path / "ok.txt"
    path.write_text(CONSISTENT)
    output, code = check(str(path))
    assert code == 0, output


def test_fail_on_error_ignores_warnings(tmp_path):
    payload = json.loads(check(str(EXAMPLE), "--format=json")[0])
    has_error = any(f["status"] != "pass" and f["severity"] == "error" for f in payload["findings"])
    assert check(str(EXAMPLE), "--fail-on=error")[1] == (1 if has_error else 0)


@pytest.mark.parametrize("content", [b"", b"\x00\x01binary", b"caf\xe9"])
def test_input_errors_exit_two(tmp_path, content):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    assert check(str(path))[1] == 2


def test_exit_codes_in_a_real_process(tmp_path):
    manage = [sys.executable, str(REPO / "manage.py"), "check_article"]
    env = {"PATH": "/usr/bin:/bin", "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}"}
    found = subprocess.run([*manage, str(EXAMPLE), "--format=json"], capture_output=True, env=env, cwd=REPO)
    assert found.returncode == 1, found.stderr
    assert json.loads(found.stdout)["findings"] and json.loads(found.stdout)["summary"]["exit_code"] == 1
    assert found.stderr == b""
    usage = subprocess.run([*manage, str(EXAMPLE), "--fail-on=never"], capture_output=True, env=env, cwd=REPO)
    assert usage.returncode == 2
    missing = subprocess.run([*manage, str(tmp_path / "nope.txt")], capture_output=True, env=env, cwd=REPO)
    assert missing.returncode == 2
    assert b"no such file" in missing.stderr
    assert not (tmp_path / "unused.sqlite3").exists() or (tmp_path / "unused.sqlite3").stat().st_size == 0


@pytest.mark.django_db
def test_save_stores_the_article_claims_and_run():
    output, _ = check(str(EXAMPLE), "--save")
    article = Article.objects.get()
    run = CheckRun.objects.get()
    assert f"Saved as article {article.pk}, run {run.pk}" in output
    assert article.claims.count() == run.claims_found > 0
    assert run.results.count() == run.passed + run.failed + run.indeterminate


@pytest.fixture
def example_article(db) -> Article:
    call_command("import_article", str(EXAMPLE), stdout=io.StringIO())
    return Article.objects.get()


def run_checks(*args: str) -> str:
    out = io.StringIO()
    call_command("run_checks", *args, stdout=out)
    return out.getvalue()


def test_run_checks_stores_a_run_and_ranks_failures_first(example_article):
    output = run_checks(str(example_article.pk))
    run = CheckRun.objects.get()
    assert output.startswith(f"article {example_article.pk}: run {run.pk}: ")
    assert run.superseded_at is None and run.engine_version
    top = example_article.claims.order_by("-priority").first()
    assert top.results.filter(status="fail").exists()
    failing_claims = Claim.objects.filter(results__status="fail").distinct()
    assert all(claim.priority >= 3000 for claim in failing_claims)


def test_a_rerun_supersedes_but_keeps_the_old_run(example_article):
    run_checks("--all")
    first = CheckRun.objects.get()
    first_results = first.results.count()
    run_checks("--all")
    first.refresh_from_db()
    assert first.superseded_at is not None
    assert first.results.count() == first_results
    assert CheckRun.objects.filter(superseded_at__isnull=True).count() == 1
    assert CheckResult.objects.count() == 2 * first_results


def test_a_rerun_keeps_every_claim_a_reviewer_touched(example_article):
    run_checks("--all")
    reviewer = User.objects.create_user("rev")
    assigned, in_review, untouched = example_article.claims.order_by("start")[:3]
    assigned.assignee = reviewer
    assigned.save()
    in_review.status = ClaimStatus.IN_REVIEW
    in_review.save()
    # An extraction that finds nothing any more drops machine claims but never touched ones.
    store_claims(example_article, [])
    assert set(example_article.claims.values_list("pk", flat=True)) == {assigned.pk, in_review.pk}
    run_checks("--all")
    assigned.refresh_from_db()
    in_review.refresh_from_db()
    assert assigned.assignee == reviewer
    assert in_review.status == ClaimStatus.IN_REVIEW
    assert not Claim.objects.filter(pk=untouched.pk).exists()
    spans = list(example_article.claims.values_list("start", "end"))
    assert (untouched.start, untouched.end) in spans
    assert len(spans) == len(set(spans))
    assert CheckRun.objects.filter(superseded_at__isnull=True).get().claims_found == len(spans)


def test_a_rerun_refreshes_claims_in_place(example_article):
    run_checks("--all")
    before = dict(example_article.claims.values_list("start", "pk"))
    Claim.objects.update(reading={}, subject="stale")
    run_checks("--all")
    after = dict(example_article.claims.values_list("start", "pk"))
    assert before == after
    assert not example_article.claims.filter(subject="stale").exists()
    assert all(claim.parsed_reading().span == (claim.start, claim.end) for claim in example_article.claims.all())


@pytest.mark.parametrize(
    ("args", "message"),
    [((), "give article ids or --all"), (("999",), "no article with id 999"), (("--all", "--workers=0"), "at least 1")],
)
def test_run_checks_usage_errors(db, args, message):
    with pytest.raises(CommandError, match=message) as excinfo:
        run_checks(*args)
    assert excinfo.value.returncode == 2


@pytest.mark.parametrize("workers", ["1", "2"])
def test_run_checks_with_workers_and_json_counts_as_in_this_process(example_article, workers):
    counted = ["claims_found", "numbers_checked", "passed", "failed", "indeterminate"]
    here = json.loads(run_checks("--all", "--json").strip())
    line = json.loads(run_checks("--all", f"--workers={workers}", "--json").strip())
    assert line["article"] == example_article.pk and line["run"] != here["run"]
    assert line["passed"] + line["failed"] + line["indeterminate"] > 0
    assert {f: line[f] for f in counted} == {f: here[f] for f in counted}


def demo_logins(output: str) -> dict[str, str]:
    return dict(re.findall(r"username (\w+)\s+password: (\S+)", output))


def test_demo_is_idempotent_and_prints_a_reviewer_and_an_editor_login(db, tmp_path, settings):
    settings.VAR_DIR = tmp_path
    first, second = io.StringIO(), io.StringIO()
    call_command("demo", stdout=first)
    call_command("demo", stdout=second)
    logins = demo_logins(first.getvalue())
    assert set(logins) == {"reviewer", "editor"} and logins["reviewer"] != logins["editor"]
    assert demo_logins(second.getvalue()) == logins  # the same passwords, kept in var/, printed each run
    for username, group, store in (("reviewer", "Reviewer", "demo-login.txt"),
                                   ("editor", "Editor", "demo-editor-login.txt")):  # fmt: skip
        user = User.objects.get(username=username)
        assert user.check_password(logins[username]) and user.is_staff and not user.is_superuser
        assert list(user.groups.values_list("name", flat=True)) == [group]
        assert (tmp_path / store).read_text().strip() == logins[username]
        assert (tmp_path / store).stat().st_mode & 0o777 == 0o600
    assert Article.objects.count() == 1
    assert CheckRun.objects.filter(superseded_at__isnull=True).count() == 1


@pytest.mark.parametrize(
    ("args", "address"),
    [
        ([], "http://127.0.0.1:8000/admin/"),
        (["--port", "8123"], "http://127.0.0.1:8123/admin/"),
        (["--host", "localhost", "--port", "9000"], "http://localhost:9000/admin/"),
        (["--host", "0.0.0.0", "--port", "8080"], "http://127.0.0.1:8080/admin/"),
        (["--host", "::1", "--port", "8001"], "http://[::1]:8001/admin/"),
    ],
)
def test_demo_prints_the_address_the_server_will_use(db, tmp_path, settings, args, address):
    settings.VAR_DIR = tmp_path
    out = io.StringIO()
    call_command("demo", *args, stdout=out)
    assert f"Open {address} and log in" in out.getvalue()
    assert ":8000/" not in out.getvalue() or address.endswith(":8000/admin/")


def test_make_run_passes_its_host_and_port_to_the_demo():
    makefile = (REPO / "Makefile").read_text()
    assert re.search(r"^\t\$\(PY\) manage.py demo --host \$\(HOST\) --port \$\(PORT\)$", makefile, re.MULTILINE)
    assert re.search(r"^\t\$\(PY\) manage.py runserver \$\(HOST\):\$\(PORT\)$", makefile, re.MULTILINE)
