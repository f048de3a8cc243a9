"""Benchmark: the review queue and the claim page at 100,000 claims, through the Django test client.

Fills a fresh database with N claims over M articles (each article with a current and a
superseded check run, one result per claim in each, evidence on a tenth of the claims,
a mix of statuses and assignees), all with bulk_create, then prints the median time to
render the queue's first page, filtered pages and a claim page, with each page's query count.

    .venv/bin/python bench/admin_queue.py [--claims 100000] [--articles 5000] [--repeat 15]

SQLite by default, in a temporary file that is deleted afterwards. With DATABASE_URL pointing
at PostgreSQL, Django's test-database machinery creates a separate ``test_<name>`` database
there and drops it at the end, so the named database itself is never written to:

    DATABASE_URL=postgres://user@127.0.0.1:5432/factcheck .venv/bin/python bench/admin_queue.py

This is a benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import secrets
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def configure(keep: Path | None = None) -> Path | None:
    """Environment for settings, before django.setup(): a temporary SQLite file unless a URL is given.

    With ``keep``, that SQLite file is used and kept, so a second run measures without refilling.
    """
    temp = None
    if keep is not None:
        os.environ["DATABASE_URL"] = f"sqlite:///{keep.resolve()}"
    elif not os.environ.get("DATABASE_URL"):
        temp = Path(tempfile.mkdtemp(prefix="factcheck-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{temp}"
    # Production-like: DEBUG off (no query logging), so a throw-away key is needed.
    os.environ["DEBUG"] = "0"
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(40))
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["SECURE_SSL_REDIRECT"] = "0"  # the test client speaks plain HTTP
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    return temp


def fill(n_claims: int, n_articles: int, seed: int) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.utils import timezone

    from claims.models import Article, CheckResult, CheckRun, Claim, ClaimStatus, Verdict
    from claims.priority import FAIL_ERROR, FAIL_WARNING, INDETERMINATE
    from claims.roles import setup_roles
    from sources.models import Evidence, Source

    rng = random.Random(seed)
    setup_roles()
    users = [
        get_user_model().objects.create_user(username=f"reviewer{i}", password="x", is_staff=True) for i in range(5)
    ]
    for user in users:
        user.groups.add(Group.objects.get(name="Reviewer"))
    per_article = n_claims // n_articles
    now = timezone.now()
    started = time.perf_counter()
    articles, layouts = [], []
    for a in range(n_articles):
        body, spans = "", []
        for i in range(per_article):
            figure = f"{rng.randrange(1, 999)}.{rng.randrange(10)} percent"
            sentence = f"Company {a} said its unit {i} revenue grew {figure} in the quarter to March."
            start = len(body)
            spans.append((start, start + len(sentence), start + sentence.index(figure), figure))
            body += sentence + ("\n" if i % 4 == 3 else " ")
        layouts.append(spans)
        articles.append(
            Article(
                title=f"Article {a}: company {a} results",
                body=body,
                content_hash=hashlib.sha256(body.encode()).hexdigest(),
            )
        )
    articles = Article.objects.bulk_create(articles, batch_size=1000)
    # Severity mix: a few errors, more warnings, many indeterminate, most passing or unchecked.
    kinds = [
        (0.03, "fail", "error", "percent_change", FAIL_ERROR + 90),
        (0.07, "fail", "warning", "growth_vs_prior", FAIL_WARNING + 90),
        (0.20, "indeterminate", "info", "shares", INDETERMINATE + 50),
        (0.50, "pass", "info", "per_unit", 90),
        (0.20, None, None, None, 10),
    ]
    weights = [k[0] for k in kinds]
    claims, claim_kinds = [], []
    # One real reading from the engine, copied and adjusted for every claim: the claim page then
    # parses and compares readings as it would on extracted claims (bounds filled, as extraction does).
    from factcheck.extraction import extract_claims

    template = next(
        c for c in extract_claims("Company 1 said its unit 1 revenue grew 12.3 percent in the quarter to March.")
        if c.quantity.text == "12.3 percent"
    ).model_dump(mode="json")  # fmt: skip

    def reading(i: int, article: Article, s_start: int, s_end: int, f_start: int, figure: str, subject: str) -> dict:
        value = float(figure.split()[0])
        span = [f_start, f_start + len(figure)]
        quantity = template["quantity"] | {
            "text": figure,
            "span": span,
            "value": value,
            "lower": round(value - 0.05, 2),
            "upper": round(value + 0.05, 2),
        }
        return template | {"id": f"c{i}", "text": article.body[s_start:s_end], "span": span, "quantity": quantity,
                           "sentence_span": [s_start, s_end], "subject": subject, "subject_span": None}  # fmt: skip

    for article, spans in zip(articles, layouts, strict=True):
        for i, (s_start, s_end, f_start, figure) in enumerate(spans):
            kind = rng.choices(kinds, weights)[0]
            status = rng.choices(list(ClaimStatus), [0.7, 0.1, 0.05, 0.15])[0]
            verdict = ""
            if status == ClaimStatus.REVIEWED:
                verdict = Verdict.ACCURATE
            elif status == ClaimStatus.AWAITING_SIGNOFF:
                verdict = Verdict.INACCURATE
            claims.append(
                Claim(
                    article=article, start=f_start, end=f_start + len(figure), sentence_start=s_start,
                    sentence_end=s_end, surface=figure, text=article.body[s_start:s_end],
                    reading=reading(i, article, s_start, s_end, f_start, figure, f"Company {article.pk % 500}"),
                    subject=f"Company {article.pk % 500}", metric="growth", value=float(figure.split()[0]),
                    lower=round(float(figure.split()[0]) - 0.05, 2), upper=round(float(figure.split()[0]) + 0.05, 2),
                    unit="percent", priority=kind[4], status=status, verdict=verdict,
                    assignee=rng.choice(users) if status == ClaimStatus.IN_REVIEW or rng.random() < 0.1 else None,
                )
            )  # fmt: skip
            claim_kinds.append(kind)
    claims = Claim.objects.bulk_create(claims, batch_size=2000)
    runs = CheckRun.objects.bulk_create(
        [CheckRun(article=a, engine_version="bench", started_at=now, finished_at=now) for a in articles]
        + [
            CheckRun(article=a, engine_version="old", started_at=now - timedelta(days=1),
                     finished_at=now - timedelta(days=1), superseded_at=now)
            for a in articles
        ],
        batch_size=2000,
    )  # fmt: skip
    current = {r.article_id: r for r in runs if r.superseded_at is None}
    old = {r.article_id: r for r in runs if r.superseded_at is not None}
    results, owners = [], []
    for claim, kind in zip(claims, claim_kinds, strict=True):
        if kind[1] is not None:
            results.append(
                CheckResult(run=current[claim.article_id], check_name=kind[3], status=kind[1], severity=kind[2],
                            message=f"{claim.surface}: 100 -> 144 is +44.0%", computed={"change": 44.0})
            )  # fmt: skip
            owners.append(claim.pk)
        results.append(
            CheckResult(
                run=old[claim.article_id], check_name="extremes", status="fail", severity="error", message="old"
            )
        )
        owners.append(claim.pk)
    results = CheckResult.objects.bulk_create(results, batch_size=2000)
    through = CheckResult.claims.through
    through.objects.bulk_create(
        [through(checkresult_id=r.pk, claim_id=owner) for r, owner in zip(results, owners, strict=True)],
        batch_size=5000,
    )
    source = Source.objects.create(
        title="Filing", body="Revenue grew 13.0 percent in the quarter. " * 50, content_hash="b" * 64
    )
    Evidence.objects.bulk_create(
        [
            Evidence(claim=c, source=source, start=0, end=41, score=80,
                     stance=rng.choice(["supports", "contradicts", "mentions"]))
            for c in claims[::10]
        ],
        batch_size=5000,
    )  # fmt: skip
    print(
        f"filled: {len(articles):,} articles, {len(claims):,} claims, {len(runs):,} runs, {len(results):,} results, "
        f"{len(claims[::10]):,} evidence links in {time.perf_counter() - started:.1f} s"
    )


def measure(repeat: int) -> None:
    from django.contrib.auth import get_user_model
    from django.core.signals import request_started
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from claims.models import Claim

    # Each request would otherwise empty the query log that the counts below read.
    request_started.disconnect(reset_queries)

    client = Client()
    client.force_login(get_user_model().objects.get(username="reviewer0"))
    first = Claim.objects.order_by("-priority", "pk").first()
    pages = {
        "queue, first page": "/admin/claims/claim/",
        "queue, filtered (warning, unreviewed)": "/admin/claims/claim/?severity=warning&status__exact=unreviewed",
        "queue, filtered (mine)": "/admin/claims/claim/?assignee=mine",
        "queue, filtered (contradicted, check)": "/admin/claims/claim/?contradicted=yes&check=percent_change",
        # Broad: every made-up sentence says "unit" and "revenue", and "7" is too short for an index.
        "queue, search (broad)": "/admin/claims/claim/?q=unit+7+revenue",
        # Selective, as a reviewer looks up a company: a few hundred claims.
        "queue, search (a company)": "/admin/claims/claim/?q=company+417",
        "claim page": f"/admin/claims/claim/{first.pk}/change/",
    }
    width = max(len(name) for name in pages)
    # CPU time of this process beside wall time: on a shared machine it moves far less with the load
    # (it holds SQLite's work, but not a PostgreSQL server's).
    print(f"{'page':<{width}}  median    min       max   queries  cpu median  (n={repeat})")
    for name, url in pages.items():
        for _ in range(2):  # warm caches, as a working server would be
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        times, cpu = [], []
        for _ in range(repeat):
            started, started_cpu = time.perf_counter(), time.process_time()
            response = client.get(url)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        print(
            f"{name:<{width}}  {statistics.median(times):6.1f} ms {min(times):6.1f} ms {max(times):6.1f} ms  "
            f"{len(captured.captured_queries):3d}   {statistics.median(cpu):6.1f} ms"
        )


def old_find_related(claim, limit: int = 20) -> list:
    """claims.related.find_related as it was before issue 14, kept to measure against: up to 5,000
    claims of the metric and unit read and parsed on every view."""
    from claims.models import Claim
    from claims.related import _reading
    from factcheck.linking.related import related_claims

    pool = list(
        Claim.objects.filter(metric=claim.metric, unit=claim.unit)
        .exclude(article_id=claim.article_id)
        .select_related("article")[:5000]
    )
    target = _reading(claim)
    if not pool or target is None:
        return []
    readings = [(other.pk, reading) for other in pool if (reading := _reading(other)) is not None]
    by_pk = {other.pk: other for other in pool}
    found = related_claims([(claim.pk, target)], readings)
    return [(by_pk[pk], score) for pk, score in found.get(claim.pk, [])[:limit]]


def measure_related(repeat: int) -> None:
    """The claim page's related-claims lookup alone, as it was and as it is, on the same claims."""
    from claims.models import Claim
    from claims.related import find_related

    claims = list(Claim.objects.order_by("-priority", "pk")[:5])
    for name, lookup in (
        ("related claims, before (5,000 read)", old_find_related),
        ("related claims, now", find_related),
    ):
        times, found = [], 0
        for _ in range(max(1, repeat // 3)):
            for claim in claims:
                started = time.perf_counter()
                found += len(lookup(claim))
                times.append((time.perf_counter() - started) * 1000)
        print(f"{name:<38} {statistics.median(times):6.1f} ms median over {len(times)} lookups, {found} found")
    # Before, the 5,000 claims read were the first in queue order, so a repeat outside them was missed.
    before = [{(c.pk, s) for c, s in old_find_related(claim, limit=10**6)} for claim in claims]
    now = [{(c.pk, s) for c, s in find_related(claim, limit=10**6)} for claim in claims]
    print(
        f"every related claim found before is found now: {all(b <= n for b, n in zip(before, now, strict=True))}; "
        f"found before {sum(map(len, before))}, now {sum(map(len, now))}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--articles", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--keep", type=Path, metavar="FILE",
        help="SQLite file to fill and keep (or, if already filled, to migrate and measure again)",
    )  # fmt: skip
    parser.add_argument(
        "--keep-test-db", action="store_true",
        help="PostgreSQL: keep the test_<name> database afterwards, and reuse it (migrated) if it is there",
    )  # fmt: skip
    args = parser.parse_args()
    temp = configure(args.keep)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    test_db = None
    try:
        if temp is None and args.keep is None:
            # Never fill the database the user named: work in Django's throw-away test database.
            test_db = connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=args.keep_test_db)
        else:
            call_command("migrate", verbosity=0)
        print(f"database: {connection.vendor} ({'temporary file ' + str(temp) if temp else test_db or args.keep})")
        from claims.models import Claim

        if (args.keep is not None or args.keep_test_db) and Claim.objects.exists():
            print(f"reused: {Claim.objects.count():,} claims already there")
        else:
            fill(args.claims, args.articles, args.seed)
        # Fresh planner statistics, as autovacuum (PostgreSQL) or a periodic ANALYZE would give.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        measure(args.repeat)
        measure_related(args.repeat)
    finally:
        if test_db is not None and not args.keep_test_db:
            connection.creation.destroy_test_db(test_db, verbosity=0)
        if temp is not None:
            connection.close()
            for path in temp.parent.glob("*"):
                path.unlink()
            temp.parent.rmdir()


if __name__ == "__main__":
    main()
