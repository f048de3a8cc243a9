"""Export throughput and peak memory, per format, on a generated database; and the example article's report.

    .venv/bin/python bench/export.py [--claims 100000] [--html-claims 20000] [--pdf-claims 300] [--flat]
    .venv/bin/python bench/export.py --example [--repeat 3]

``--example`` takes the example article (examples/) through the real pipeline (import, link,
check, a verdict and its sign-off), then exports it once per format in child processes and prints
seconds, CPU seconds and pages (pdfinfo) per format, each against the JSON export of the same
article in the same run (the peer: no layout at all), plus where the PDF's time goes (loading
WeasyPrint, rendering the HTML, WeasyPrint's layout, writing the PDF).

Fills throw-away SQLite databases with bulk_create (100 claims per article, one
check result per claim, a review on every tenth claim and evidence on every
fifth), then runs ``export_audit`` once per format, each in its own child
process, and prints rows per second and the child's peak RSS. The parent never
imports Django, and each child's peak comes from ``os.wait4`` (its own rusage),
so one format's memory never colours another's. ``--flat`` also exports JSON
and CSV at twice the claims, to show memory stays flat.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CLAIMS_PER_ARTICLE = 100
SENTENCE = "Acme Corp {i} said revenue rose {p} percent to ${v} billion in the quarter. "


def django_setup(db: Path) -> None:
    # Must come before django.setup(): settings read DATABASE_URL once, at import.
    os.environ["DATABASE_URL"] = f"sqlite:///{db}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    sys.path.insert(0, str(REPO))
    import django

    django.setup()


def fill(db: Path, n_claims: int) -> None:
    """Child: migrate and bulk-insert n_claims claims with runs, results, reviews and evidence."""
    django_setup(db)
    from django.contrib.auth.models import User
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from claims.models import Article, CheckResult, CheckRun, Claim, Review
    from sources.models import Evidence, Source

    call_command("migrate", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous=OFF")  # a throw-away database: durability buys nothing
    now = timezone.now()
    user = User.objects.create_user("bench")
    source = Source.objects.create(title="Filing", body="Revenue was $12.5 billion. " * 20, content_hash="s" * 64)
    statuses = ["pass", "fail", "indeterminate"]
    for first in range(0, n_claims, CLAIMS_PER_ARTICLE):
        with transaction.atomic():
            count = min(CLAIMS_PER_ARTICLE, n_claims - first)
            sentences = [SENTENCE.format(i=first + k, p=k % 40, v=k + 1) for k in range(count)]
            body = "".join(sentences)
            article = Article.objects.create(title=f"Article {first}", body=body, content_hash=f"{first:064d}")
            run = CheckRun.objects.create(
                article=article, engine_version="0.1.0", started_at=now, finished_at=now,
                claims_found=count, numbers_checked=count * 2 // 3,
            )  # fmt: skip
            claims, offset = [], 0
            for k, sentence in enumerate(sentences):
                start = offset + sentence.index(" percent") - len(str(k % 40))
                end = start + len(str(k % 40)) + len(" percent")
                reading = {"id": f"c{k}", "text": sentence, "span": [start, end], "quantity": {"value": k % 40}}
                claims.append(Claim(
                    article=article, start=start, end=end, sentence_start=offset,
                    sentence_end=offset + len(sentence), surface=body[start:end], text=sentence, reading=reading,
                    subject="Acme", metric="growth", value=k % 40, unit="percent",
                    status="reviewed" if k % 10 == 0 else "unreviewed", verdict="accurate" if k % 10 == 0 else "",
                ))  # fmt: skip
                offset += len(sentence)
            claims = Claim.objects.bulk_create(claims)
            results = CheckResult.objects.bulk_create([
                CheckResult(
                    run=run, check_name="percent_change", status=statuses[k % 3], severity="warning",
                    message=f"{c.surface} vs prior: implied {k}.5", computed={"implied": k + 0.5},
                    tolerance="±0.5", spans=[[c.start, c.end]],
                )
                for k, c in enumerate(claims)
            ])  # fmt: skip
            through = CheckResult.claims.through
            through.objects.bulk_create(
                [through(checkresult_id=r.pk, claim_id=c.pk) for r, c in zip(results, claims, strict=True)]
            )
            Review.objects.bulk_create([
                Review(claim=c, reviewer=user, verdict="accurate", rationale="Matches the filing.")
                for c in claims[::10]
            ])  # fmt: skip
            Evidence.objects.bulk_create([
                Evidence(claim=c, source=source, start=0, end=26, score=88.0, stance="supports") for c in claims[::5]
            ])  # fmt: skip


def export(db: Path, fmt: str, out: Path) -> None:
    """Child: one export; prints rows and seconds as JSON on stdout."""
    django_setup(db)
    from django.core.management import call_command

    from claims.models import CheckResult, Claim

    rows = CheckResult.objects.count() if fmt == "findings" else Claim.objects.count()
    args = ["--findings"] if fmt == "findings" else ["--format", fmt]
    started, cpu = time.perf_counter(), time.process_time()
    call_command("export_audit", *args, "--output", str(out), stderr=open(os.devnull, "w"))  # noqa: SIM115
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    print(json.dumps({"rows": rows, "seconds": seconds, "cpu": cpu, "bytes": out.stat().st_size}))


def fill_example(db: Path) -> None:
    """Child: the example article and its source, checked and linked as `make run` does, with one verdict signed off."""
    django_setup(db)
    from django.contrib.auth.models import Group, User
    from django.core.management import call_command

    from claims.importing import parse_document, read_input, store_document
    from claims.models import Article, Claim
    from claims.pipeline import check_article
    from claims.review import record_verdict, sign_off
    from sources.models import Source, SourceKind

    call_command("migrate", verbosity=0)

    def store(model, path: Path, **fields):
        data, name = read_input(str(path))
        return store_document(model, parse_document(data, name), publisher="factcheck examples", **fields)[0]

    examples = REPO / "examples"
    sources = [store(Source, p, kind=SourceKind.PRIMARY) for p in sorted((examples / "sources").glob("*.html"))]
    article = store(Article, examples / "alibaba-ai-investment.md")
    check_article(article, link_to=sources)
    reviewer = User.objects.create_user("rita", is_staff=True)
    editor = User.objects.create_user("ed", is_staff=True)
    reviewer.groups.add(Group.objects.get(name="Reviewer"))
    editor.groups.add(Group.objects.get(name="Editor"))
    claim = Claim.objects.get(article=article, surface="61 percent")
    reasons = "A month earlier the shares were near $89: the month's rise was not 61%."
    claim = record_verdict(claim, user=reviewer, verdict="inaccurate", loaded_version=claim.version, rationale=reasons)
    sign_off(claim, user=editor, loaded_version=claim.version, note="Agreed.")


def export_example(db: Path, fmt: str, out: Path) -> None:
    """Child: one export of the example article, timed from the command's call; prints JSON."""
    django_setup(db)
    from django.core.management import call_command

    args = ["--format", fmt, "--base-url", "https://news.example/checks"] if fmt == "claimreview" else ["--format", fmt]
    started, cpu = time.perf_counter(), time.process_time()
    call_command("export_audit", *args, "--output", str(out), stderr=open(os.devnull, "w"))  # noqa: SIM115
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    pages = None
    if fmt == "pdf":
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True, check=True).stdout
        pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    print(json.dumps({"seconds": seconds, "cpu": cpu, "bytes": out.stat().st_size, "pages": pages}))


def pdf_phases(db: Path) -> None:
    """Child: where a PDF's time goes, phase by phase, on the example article."""
    django_setup(db)
    phases: dict[str, tuple[float, float]] = {}
    clock = (time.perf_counter(), time.process_time())

    def lap(name: str) -> None:
        nonlocal clock
        now = (time.perf_counter(), time.process_time())
        phases[name] = (now[0] - clock[0], now[1] - clock[1])
        clock = now

    import weasyprint

    lap("load WeasyPrint")
    from claims.exports import html
    from claims.exports.options import Options
    from claims.exports.selection import Selection

    clock = (time.perf_counter(), time.process_time())
    document = "".join(html.render(Selection(), Options(), for_print=True))
    lap("render HTML")
    laid_out = weasyprint.HTML(string=document, url_fetcher=weasyprint.URLFetcher(allowed_protocols=[])).render()
    lap("WeasyPrint layout")
    laid_out.write_pdf()
    lap("write PDF")
    print(json.dumps({"phases": phases, "pages": len(laid_out.pages), "html_bytes": len(document)}))


def example_report(repeat: int, db_dir: str | None) -> None:
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        db = Path(db_dir or tmp) / "bench-example.sqlite3"
        if not db.exists():
            db.parent.mkdir(parents=True, exist_ok=True)
            child("--child", "fill-example", str(db))
        print(f"{'format':<12}{'wall s':>8}{'cpu s':>8}{'pages':>7}{'output kB':>11}{'wall / json':>13}"
              f"{'cpu / json':>12}  (best of {repeat})")  # fmt: skip
        best: dict[str, dict] = {}
        for fmt in ["json", "html", "pdf", "md", "claimreview", "csv"]:
            runs = []
            for _ in range(repeat):
                out = Path(tmp) / f"example.{fmt}"
                printed, _ = child("--child", "export-example", str(db), fmt, str(out))
                runs.append(json.loads(printed.strip().splitlines()[-1]))
            best[fmt] = min(runs, key=lambda r: r["seconds"])
            r, peer = best[fmt], best["json"]
            pages = "" if r["pages"] is None else str(r["pages"])
            print(f"{fmt:<12}{r['seconds']:>8.2f}{r['cpu']:>8.2f}{pages:>7}{r['bytes'] / 1e3:>11.1f}"
                  f"{r['seconds'] / peer['seconds']:>13.1f}{r['cpu'] / peer['cpu']:>12.1f}", flush=True)  # fmt: skip
        printed, _ = child("--child", "pdf-phases", str(db))
        result = json.loads(printed.strip().splitlines()[-1])
        total = sum(cpu for _, cpu in result["phases"].values())
        print(f"\nPDF phases ({result['pages']} pages, {result['html_bytes'] / 1e3:.1f} kB of HTML):")
        for name, (wall, cpu) in result["phases"].items():
            print(f"  {name:<20}{wall:>7.2f} s wall {cpu:>7.2f} s cpu  {cpu / total:>5.0%} of cpu")


def child(*args: str) -> tuple[str, float]:
    """Run this script as a child; its stdout and its own peak RSS in MB (from wait4, not RUSAGE_CHILDREN)."""
    with tempfile.TemporaryFile() as captured:
        proc = subprocess.Popen([sys.executable, __file__, *args], stdout=captured)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            raise SystemExit(f"child {args} failed with exit code {proc.returncode}")
        captured.seek(0)
        return captured.read().decode(), usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--html-claims", type=int, default=20_000, help="HTML and Markdown size.")
    parser.add_argument("--pdf-claims", type=int, default=300, help="WeasyPrint lays out the whole document.")
    parser.add_argument("--flat", action="store_true", help="Also JSON and CSV at twice --claims.")
    parser.add_argument("--only", nargs="+", metavar="FORMAT", help="Run only these formats.")
    parser.add_argument("--db-dir", help="Keep the filled databases here and reuse them on the next run.")
    parser.add_argument("--example", action="store_true", help="Time each format's report of the example article.")
    parser.add_argument("--repeat", type=int, default=3, help="With --example: runs per format; the best is shown.")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        if args.child[0] == "fill-example":
            fill_example(Path(args.child[1]))
        elif args.child[0] == "export-example":
            export_example(Path(args.child[1]), args.child[2], Path(args.child[3]))
        elif args.child[0] == "pdf-phases":
            pdf_phases(Path(args.child[1]))
        elif args.child[0] == "fill":
            # Filled under a temporary name: an interrupted fill must not be reused as a whole database.
            final = Path(args.child[1])
            partial = final.with_suffix(".partial")
            partial.unlink(missing_ok=True)
            fill(partial, int(args.child[2]))
            from django.db import connections

            connections.close_all()  # checkpoints the WAL into the file, so the rename moves every row
            partial.rename(final)
        else:
            export(Path(args.child[1]), args.child[2], Path(args.child[3]))
        return
    if args.example:
        example_report(args.repeat, args.db_dir)
        return

    plan = [(args.claims, ["json", "csv", "findings", "claimreview"]), (args.html_claims, ["html", "md"]),
            (args.pdf_claims, ["pdf"])]  # fmt: skip
    if args.flat:
        plan.append((2 * args.claims, ["json", "csv"]))
    # Wall time depends on what else the machine runs; CPU time (the child's own) does not, so both are shown.
    print(f"{'format':<12}{'claims':>9}{'rows':>9}{'wall s':>8}{'rows/s':>9}{'cpu s':>8}{'rows/cpu-s':>11}"
          f"{'peak MB':>9}{'output MB':>11}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="factcheck-bench-") as tmp:
        for size, formats in plan:
            if args.only and not set(formats) & set(args.only):
                continue
            db = Path(args.db_dir or tmp) / f"bench-{size}.sqlite3"
            if not db.exists():
                db.parent.mkdir(parents=True, exist_ok=True)
                started = time.perf_counter()
                child("--child", "fill", str(db), str(size))
                print(f"# filled {size:,} claims in {time.perf_counter() - started:.1f}s", file=sys.stderr)
            for fmt in [f for f in formats if not args.only or f in args.only]:
                out = Path(tmp) / f"out.{fmt}"
                printed, peak = child("--child", "export", str(db), fmt, str(out))
                result = json.loads(printed.strip().splitlines()[-1])
                rows, wall, cpu = result["rows"], result["seconds"], result["cpu"]
                print(f"{fmt:<12}{size:>9,}{rows:>9,}{wall:>8.2f}{rows / wall:>9,.0f}{cpu:>8.2f}{rows / cpu:>11,.0f}"
                      f"{peak:>9.0f}{result['bytes'] / 1e6:>11.1f}", flush=True)  # fmt: skip
                out.unlink()


if __name__ == "__main__":
    main()
