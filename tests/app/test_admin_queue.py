"""The review queue (the Claim changelist) through the test client: order, columns, filters,
search, bulk actions, exports and a fixed number of queries at any size.

``build_queue`` and the user fixtures are shared with test_review*.py.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from claims.models import Article, CheckResult, CheckRun, Claim, ClaimStatus, Verdict
from claims.roles import EDITOR, REVIEWER, setup_roles
from sources.models import Evidence, Source

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:claims_claim_changelist")


def change_url(claim: Claim) -> str:
    return reverse("admin:claims_claim_change", args=[claim.pk])


@dataclass
class Queue:
    articles: list[Article]
    claims: list[Claim]
    source: Source
    by_kind: dict[str, list[Claim]] = field(default_factory=dict)


# kind -> (result status, severity, check name, priority); cycles over the claims.
KINDS = [
    ("error", "fail", "error", "percent_change", 4090),
    ("warning", "fail", "warning", "growth_vs_prior", 3090),
    ("indeterminate", "indeterminate", "info", "shares", 1050),
    ("pass", "pass", "info", "per_unit", 90),
    ("pass", "pass", "info", "per_unit", 50),
]


def build_queue(n_claims: int, per_article: int = 20, title: str = "Article") -> Queue:
    """Articles, claims, a current and a superseded run per article, results and evidence, in bulk."""
    n_articles = max(1, -(-n_claims // per_article))
    now = timezone.now()
    articles, bodies, spans = [], [], []
    for a in range(n_articles):
        count = min(per_article, n_claims - a * per_article)
        body, article_spans = "", []
        for i in range(count):
            figure = f"{a * per_article + i + 1} percent"
            sentence = f"Company {a}-{i} said revenue grew {figure} in the year."
            start = len(body)
            article_spans.append((start, start + len(sentence), start + sentence.index(figure), figure))
            body += sentence + ("\n" if i % 3 == 2 else " ")
        bodies.append(body)
        spans.append(article_spans)
        articles.append(
            Article(
                title=f"{title} {a}",
                body=body,
                content_hash=hashlib.sha256(f"{title}{a}{body}".encode()).hexdigest(),
            )
        )
    articles = Article.objects.bulk_create(articles)
    claims = []
    for article, article_spans in zip(articles, spans, strict=True):
        for j, (s_start, s_end, f_start, figure) in enumerate(article_spans):
            kind = KINDS[(article.pk + j) % len(KINDS)] if n_claims > 1 else KINDS[0]
            claims.append(
                Claim(
                    article=article,
                    start=f_start,
                    end=f_start + len(figure),
                    sentence_start=s_start,
                    sentence_end=s_end,
                    surface=figure,
                    text=article.body[s_start:s_end],
                    reading={"id": f"c{j}", "metric": "growth"},
                    subject=f"Company {j}",
                    metric="growth",
                    value=float(figure.split()[0]),
                    unit="percent",
                    priority=kind[4],
                )
            )
    claims = Claim.objects.bulk_create(claims)
    runs = CheckRun.objects.bulk_create(
        [
            CheckRun(article=a, engine_version="test", started_at=now, finished_at=now, superseded_at=None)
            for a in articles
        ]
        + [
            CheckRun(
                article=a,
                engine_version="old",
                started_at=now - timedelta(days=1),
                finished_at=now - timedelta(days=1),
                superseded_at=now,
            )
            for a in articles
        ]
    )
    current = {run.article_id: run for run in runs if run.superseded_at is None}
    old = {run.article_id: run for run in runs if run.superseded_at is not None}
    results, links, by_kind = [], [], {}
    for claim in claims:
        kind = next(k for k in KINDS if k[4] == claim.priority)
        by_kind.setdefault(kind[0], []).append(claim)
        results.append(
            CheckResult(
                run=current[claim.article_id],
                check_name=kind[3],
                status=kind[1],
                severity=kind[2],
                message=f"{claim.surface}: {kind[1]} by {kind[3]}, 100 -> 144 is +44.0%",
                computed={"change": 44.0},
            )
        )
        # The superseded run failed everything with an error: the queue must ignore it.
        results.append(
            CheckResult(
                run=old[claim.article_id], check_name="extremes", status="fail", severity="error", message="old"
            )
        )
    results = CheckResult.objects.bulk_create(results)
    through = CheckResult.claims.through
    for index, claim in enumerate(claims):
        links.append(through(checkresult_id=results[2 * index].pk, claim_id=claim.pk))
        links.append(through(checkresult_id=results[2 * index + 1].pk, claim_id=claim.pk))
    through.objects.bulk_create(links)
    source = Source.objects.create(
        title="Filing",
        body="Revenue grew 13 percent. Shares rose 4 percent in the year.",
        content_hash=hashlib.sha256(title.encode()).hexdigest(),
    )
    Evidence.objects.bulk_create(
        [
            Evidence(
                claim=claim,
                source=source,
                start=0,
                end=24,
                score=90,
                stance="contradicts" if i % 2 else "supports",
                comparison={"source_span": [13, 23], "note": "13 percent in the filing"},
            )
            for i, claim in enumerate(claims[:: max(2, len(claims) // 50)])
        ]
        + [
            Evidence(claim=claim, source=source, start=25, end=59, score=40, stance="mentions")
            for claim in claims[:: max(2, len(claims) // 50)]
        ]
    )
    if connection.vendor == "postgresql":
        # Planner statistics, as autovacuum would give a real database after an import: without
        # them PostgreSQL guesses one row per table and nests loops over whole tables.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    return Queue(articles=articles, claims=claims, source=source, by_kind=by_kind)


def make_user(username: str, group: str | None) -> AbstractBaseUser:
    groups = setup_roles()
    user = get_user_model().objects.create_user(username=username, password="pw-" + username, is_staff=True)
    if group:
        user.groups.add(groups[group])
    return user


@pytest.fixture
def reviewer() -> AbstractBaseUser:
    return make_user("rita", REVIEWER)


@pytest.fixture
def reviewer2() -> AbstractBaseUser:
    return make_user("rob", REVIEWER)


@pytest.fixture
def editor() -> AbstractBaseUser:
    return make_user("edna", EDITOR)


@pytest.fixture
def editor2() -> AbstractBaseUser:
    return make_user("ed", EDITOR)


def client_for(user: AbstractBaseUser) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def queue() -> Queue:
    return build_queue(25)


def rows(response) -> list[int]:
    """Claim ids in the order the changelist shows them."""
    return [obj.pk for obj in response.context["cl"].result_list]


# ----- order and columns ---------------------------------------------------------------------


def test_queue_puts_errors_then_warnings_then_indeterminate_then_the_rest(queue: Queue, reviewer) -> None:
    response = client_for(reviewer).get(CHANGELIST)
    assert response.status_code == 200
    shown = rows(response)
    priorities = [Claim.objects.get(pk=pk).priority for pk in shown]
    assert priorities == sorted(priorities, reverse=True)
    kinds = {c.pk: kind for kind, claims in queue.by_kind.items() for c in claims}
    order = [kinds[pk] for pk in shown]
    first = {kind: order.index(kind) for kind in ("error", "warning", "indeterminate", "pass")}
    assert first["error"] < first["warning"] < first["indeterminate"] < first["pass"]


def test_queue_columns_show_figure_article_status_badge_assignee_and_evidence(queue: Queue, reviewer) -> None:
    claim = queue.by_kind["error"][0]
    Claim.objects.filter(pk=claim.pk).update(assignee=reviewer)
    html = client_for(reviewer).get(CHANGELIST).content.decode()
    assert claim.surface in html
    assert claim.article.title in html
    assert "fc-badge-error" in html and "Failed (error)" in html and "Percent change" in html
    assert "fc-badge-warning" in html and "fc-badge-indeterminate" in html and "fc-badge-pass" in html
    assert "rita" in html
    response = client_for(reviewer).get(CHANGELIST)
    by_pk = {c.pk: c for c in response.context["cl"].result_list}
    assert by_pk[queue.claims[0].pk].n_evidence == 2
    assert by_pk[queue.claims[1].pk].n_evidence == 0


def test_badge_ignores_superseded_runs(queue: Queue, reviewer) -> None:
    response = client_for(reviewer).get(CHANGELIST)
    passing = {c.pk for c in queue.by_kind["pass"]}
    worst = {c.pk: c.worst for c in response.context["cl"].result_list}
    # Every claim has an "extremes" error in the old run; only the current run's result counts.
    assert all(worst[pk] == "1|per_unit" for pk in passing if pk in worst)
    assert not any("extremes" in (value or "") for value in worst.values())


def test_claim_without_results_shows_not_checked(reviewer) -> None:
    queue = build_queue(1)
    CheckResult.objects.all().delete()
    html = client_for(reviewer).get(CHANGELIST).content.decode()
    assert "Not checked" in html and queue.claims[0].surface in html


# ----- filters and search -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected_kinds"),
    [
        ("severity=error", {"error"}),
        ("severity=warning", {"warning"}),
        ("severity=info", {"indeterminate"}),
        ("check=growth_vs_prior", {"warning"}),
        ("check=per_unit", set()),  # passing results never flag a claim
    ],
)
def test_result_filters(queue: Queue, reviewer, query: str, expected_kinds: set[str]) -> None:
    response = client_for(reviewer).get(f"{CHANGELIST}?{query}")
    assert response.status_code == 200
    kinds = {c.pk: kind for kind, claims in queue.by_kind.items() for c in claims}
    assert {kinds[pk] for pk in rows(response)} == expected_kinds
    expected = sum(len(queue.by_kind[k]) for k in expected_kinds)
    assert len(rows(response)) == expected


def test_status_article_and_assignee_filters(queue: Queue, reviewer, reviewer2) -> None:
    mine, theirs = queue.claims[0], queue.claims[1]
    Claim.objects.filter(pk=mine.pk).update(assignee=reviewer, status=ClaimStatus.IN_REVIEW)
    Claim.objects.filter(pk=theirs.pk).update(assignee=reviewer2)
    client = client_for(reviewer)
    assert rows(client.get(f"{CHANGELIST}?assignee=mine")) == [mine.pk]
    assert rows(client.get(f"{CHANGELIST}?assignee={reviewer2.pk}")) == [theirs.pk]
    unassigned = rows(client.get(f"{CHANGELIST}?assignee=unassigned"))
    assert mine.pk not in unassigned and theirs.pk not in unassigned and len(unassigned) == len(queue.claims) - 2
    assert rows(client.get(f"{CHANGELIST}?status__exact=in_review")) == [mine.pk]
    article = queue.articles[1]
    shown = rows(client.get(f"{CHANGELIST}?article={article.pk}"))
    assert set(shown) == {c.pk for c in queue.claims if c.article_id == article.pk}


def test_contradicting_evidence_filter(queue: Queue, reviewer) -> None:
    contradicted = set(Evidence.objects.filter(stance="contradicts").values_list("claim_id", flat=True))
    assert contradicted
    client = client_for(reviewer)
    assert set(rows(client.get(f"{CHANGELIST}?contradicted=yes"))) == contradicted
    assert not set(rows(client.get(f"{CHANGELIST}?contradicted=no"))) & contradicted


def test_search_over_claim_and_article_text(queue: Queue, reviewer) -> None:
    client = client_for(reviewer)
    claim = queue.claims[7]
    # A claim's sentence is also article text, so its article's other claims come too.
    found = rows(client.get(CHANGELIST, {"q": claim.text}))
    assert claim.pk in found
    assert {Claim.objects.get(pk=pk).article_id for pk in found} == {claim.article_id}
    Article.objects.filter(pk=queue.articles[1].pk).update(body=queue.articles[1].body + " Zanzibar quarterly.")
    found = set(rows(client.get(CHANGELIST, {"q": "zanzibar"})))
    assert found == {c.pk for c in queue.claims if c.article_id == queue.articles[1].pk}


@pytest.mark.parametrize(
    ("limit", "count_line", "search_line"),
    [
        (4, "More than 4 claims", "more than 4 results"),
        (10_000, None, None),  # under the limit: the exact count, as the stock admin says it
    ],
)
def test_queue_stops_counting_past_its_limit_and_says_more_than(
    queue: Queue, reviewer, monkeypatch, limit, count_line, search_line
) -> None:
    monkeypatch.setattr("claims.queue.COUNT_LIMIT", limit)
    client = client_for(reviewer)
    open_work = client.get(CHANGELIST)
    everything = len(rows(open_work))
    assert everything > 4
    cl = open_work.context["cl"]
    html = open_work.content.decode()
    if count_line:
        assert (cl.result_count, cl.paginator.more) == (limit, True)
        assert count_line in html
    else:
        assert (cl.result_count, cl.paginator.more) == (everything, False)
        assert f"{everything} claims" in html and "More than" not in html
    searched = client.get(CHANGELIST, {"q": "Article"}).content.decode()
    if search_line:
        assert search_line in searched
    else:
        assert "more than" not in searched and " results" in searched


def test_article_text_is_escaped_in_the_queue(reviewer) -> None:
    queue = build_queue(3, title="<script>alert(1)</script>")
    html = client_for(reviewer).get(CHANGELIST).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert queue.claims


# ----- fixed query counts ---------------------------------------------------------------------


def count_queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize(
    "url_for",
    [
        lambda q: CHANGELIST,
        lambda q: f"{CHANGELIST}?severity=warning&assignee=unassigned&contradicted=no",
        lambda q: f"{CHANGELIST}?q=revenue",
        lambda q: change_url(q.claims[0]),
    ],
    ids=["queue", "filtered", "search", "claim-page"],
)
def test_query_count_is_the_same_at_10_and_1000_claims(reviewer, url_for, django_assert_num_queries) -> None:
    small = build_queue(10, title="Small")
    client = client_for(reviewer)
    client.get(CHANGELIST)  # warm the session and permission caches the same way for both sizes
    expected = count_queries(client, url_for(small))
    big = build_queue(1000, title="Big")
    # The claim page of a claim with as many results and evidence links as the small one's.
    Evidence.objects.bulk_create(
        [Evidence(claim=big.claims[0], source=big.source, start=i, end=i + 5, score=10, stance="mentions")
         for i in range(30)]
    )  # fmt: skip
    with django_assert_num_queries(expected):
        response = client.get(url_for(big))
    assert response.status_code == 200


@pytest.mark.parametrize(
    "query", ["", "?q=revenue", "?severity=warning", "?status__exact=all"], ids=["queue", "search", "filter", "all"]
)
def test_the_count_reads_ids_not_the_rows_annotations(queue: Queue, reviewer, query: str) -> None:
    # The queue's annotations are a subquery per row into the results: worked out for every row
    # counted, they made a broad search at 100,000 claims take twice as long.
    with CaptureQueriesContext(connection) as captured:
        response = client_for(reviewer).get(CHANGELIST + query)
    assert response.status_code == 200
    counts = [q["sql"] for q in captured.captured_queries if q["sql"].startswith("SELECT COUNT(*)")]
    assert counts
    for sql in counts:
        assert "COALESCE" not in sql and '"label"' not in sql, sql


# ----- bulk actions ---------------------------------------------------------------------------


def post_action(client: Client, action: str, claims: list[Claim], **extra):
    return client.post(
        CHANGELIST, {"action": action, "_selected_action": [c.pk for c in claims], **extra}, follow=False
    )


def test_assign_to_me_and_unassign_record_history(queue: Queue, reviewer) -> None:
    client = client_for(reviewer)
    chosen = queue.claims[:3]
    response = post_action(client, "assign_to_me", chosen)
    assert response.status_code == 302
    for claim in chosen:
        fresh = Claim.objects.get(pk=claim.pk)
        assert fresh.assignee == reviewer
        assert fresh.status == ClaimStatus.IN_REVIEW
        assert fresh.version == claim.version + 1
        last = fresh.history.latest()
        assert last.history_user == reviewer
        assert last.history_change_reason == "Bulk action: Assigned to rita"
    post_action(client, "unassign", chosen)
    for claim in chosen:
        fresh = Claim.objects.get(pk=claim.pk)
        assert fresh.assignee is None
        assert fresh.history.latest().history_change_reason == "Bulk action: Unassigned"


def test_set_status_actions_follow_the_roles(queue: Queue, reviewer, editor) -> None:
    open_claim, signed = queue.claims[0], queue.claims[1]
    Claim.objects.filter(pk=signed.pk).update(status=ClaimStatus.REVIEWED, verdict=Verdict.INACCURATE)
    client = client_for(reviewer)
    post_action(client, "mark_in_review", [open_claim])
    assert Claim.objects.get(pk=open_claim.pk).status == ClaimStatus.IN_REVIEW
    response = post_action(client, "return_to_queue", [signed])
    assert Claim.objects.get(pk=signed.pk).status == ClaimStatus.REVIEWED  # a reviewer cannot undo a sign-off
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("Only an editor" in m for m in messages)
    # Undoing a finished verdict needs a reason: the action asks for one and changes nothing until given.
    asked = post_action(client_for(editor), "return_to_queue", [signed])
    assert asked.status_code == 200 and "Why reopen them" in asked.content.decode()
    assert Claim.objects.get(pk=signed.pk).status == ClaimStatus.REVIEWED
    post_action(client_for(editor), "return_to_queue", [signed], reason="The filing was restated.")
    fresh = Claim.objects.get(pk=signed.pk)
    assert (fresh.status, fresh.verdict) == (ClaimStatus.UNREVIEWED, "")
    assert fresh.history.latest().history_user == editor
    assert fresh.history.latest().history_change_reason == "Bulk action: Reopened: The filing was restated."


def test_rerun_checks_runs_each_affected_article_once(queue: Queue, reviewer, monkeypatch) -> None:
    import claims.pipeline

    checked: list[int] = []

    def fake_check_article(article: Article) -> CheckRun:
        checked.append(article.pk)
        return CheckRun(article=article, failed=1, indeterminate=0)

    monkeypatch.setattr(claims.pipeline, "check_article", fake_check_article)
    chosen = [c for c in queue.claims if c.article_id == queue.articles[0].pk][:3] + [
        c for c in queue.claims if c.article_id == queue.articles[1].pk
    ][:1]
    post_action(client_for(reviewer), "rerun_checks", chosen)
    assert sorted(checked) == sorted([queue.articles[0].pk, queue.articles[1].pk])


def test_rerun_checks_with_the_real_pipeline(reviewer) -> None:
    from django.conf import settings
    from django.core.management import call_command

    call_command(
        "import_article", str(settings.BASE_DIR / "examples" / "alibaba-ai-investment.md"), stdout=io.StringIO()
    )
    article = Article.objects.get()
    from claims.pipeline import check_article

    check_article(article)
    claim = Claim.objects.filter(article=article).first()
    runs_before = CheckRun.objects.filter(article=article).count()
    post_action(client_for(reviewer), "rerun_checks", [claim])
    assert CheckRun.objects.filter(article=article).count() == runs_before + 1
    assert CheckRun.objects.filter(article=article, superseded_at__isnull=True).count() == 1


def test_export_csv_and_json(queue: Queue, reviewer) -> None:
    client = client_for(reviewer)
    chosen = queue.claims[:4]
    Claim.objects.filter(pk=chosen[0].pk).update(text='=HYPERLINK("http://x")')
    response = post_action(client, "export_csv", chosen)
    assert response["Content-Type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert {int(r["id"]) for r in table} == {c.pk for c in chosen}
    by_id = {int(r["id"]): r for r in table}
    assert by_id[chosen[0].pk]["sentence"].startswith("'=")  # no formula injection
    assert {"article_title", "claim", "status", "verdict", "worst_result", "assignee"} <= set(table[0])
    data = json.loads(post_action(client, "export_json", chosen).content)
    assert [c["id"] for c in data["claims"]] == [r.pk for r in Claim.objects.filter(pk__in=[c.pk for c in chosen])]
    assert data["claims"][0]["worst_result"]


def test_reviewer_has_no_delete_action(queue: Queue, reviewer) -> None:
    response = client_for(reviewer).get(CHANGELIST)
    actions = [name for name, _ in response.context["action_form"].fields["action"].choices]
    assert "delete_selected" not in actions
    assert {"assign_to_me", "unassign", "rerun_checks", "export_csv", "export_json"} <= set(actions)


def test_evidence_a_reviewer_links_is_marked_as_theirs(queue: Queue, reviewer) -> None:
    claim = queue.claims[1]
    client = client_for(reviewer)
    # Evidence is attached by picking a sentence of a source (sources.picker), never by typing offsets.
    page = client.get(change_url(claim), {"evidence_q": "revenue"}).content.decode()
    attach_url = reverse("admin:sources_evidence_attach", args=[claim.pk])
    assert attach_url in page and f'value="{queue.source.pk}:1"' in page
    response = client.post(
        attach_url, {"passage": f"{queue.source.pk}:1", "stance": "supports", "note": "The filing gives the growth."}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    evidence = Evidence.objects.get(claim=claim)
    assert (evidence.start, evidence.end, evidence.quote) == (0, 24, "Revenue grew 13 percent.")
    assert evidence.linked_by == reviewer
    assert evidence.history.latest().history_user == reviewer
