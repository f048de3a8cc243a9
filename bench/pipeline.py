"""Benchmark: N made-up articles through import, extraction, checks and linking, against the engine alone.

    .venv/bin/python bench/pipeline.py [--articles 1000] [--workers 1 2 4] [--sources 41] [--seed 7] [--steps]
    DATABASE_URL=postgres://user@127.0.0.1:5432/factcheck .venv/bin/python bench/pipeline.py --articles 10000

Writes N articles of about 50 figures each (bench/linking.py's made-up companies, which its 41
sources speak of) to a temporary folder. First the floor: the engine alone in this one process
(extraction, linking against the sources read once, and the checks with those links as their evidence,
as run_checks --link does), no database. Then, for each
worker count, on a fresh database, the command a newsroom would run, in its own process:

    import_source ... (the sources)   import_article FOLDER --check --workers N

which imports the folder a hundred files at a time while the workers link each new article to the sources
as they extract it, check it with the links and store it (a worker count of 0 leaves --workers out: all of it
in the command's own process). With --steps, the same work as two commands, the
import first:

    import_article FOLDER   run_checks --all --link --workers N

and with --separate-link, linking is a step of its own after the checks (whose runs then do not see the links):

    import_article FOLDER   run_checks --all --workers N   link_sources --all [--workers N, from 2]

It prints each step's wall time, articles per second, the ratio to the floor and to one worker,
and the peak memory (RSS) of every process the step started, read from /proc while it runs, so
a process that held every article would show. SQLite by default (a temporary file per run); with
DATABASE_URL on PostgreSQL, Django's throw-away ``test_<name>`` database there, made again for
each run and dropped at the end (the named database is never written to).

The machine may be shared: every ratio printed compares figures measured in this same run.
This is a benchmark, not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from linking import build_articles, build_sources, companies  # noqa: E402

MANAGE = [sys.executable, str(REPO / "manage.py")]


def peak_rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        parent = todo.pop()
        try:
            kids = Path(f"/proc/{parent}/task/{parent}/children").read_text().split()
        except OSError:
            continue
        found.extend(int(k) for k in kids)
        todo.extend(int(k) for k in kids)
    return found


TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int, reaped: bool = False) -> float:
    """CPU seconds (user + system) of a process, from /proc; with ``reaped``, its finished children's too."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    # Fields after the name, from 0: utime 11, stime 12, cutime 13, cstime 14.
    ticks = int(fields[11]) + int(fields[12]) + (int(fields[13]) + int(fields[14]) if reaped else 0)
    return ticks / TICKS


def database_cpu(postmaster: int | None) -> float:
    """CPU seconds used so far by a local PostgreSQL server: the postmaster, its live processes, and
    (through the postmaster's reaped-children counters) every backend that has exited."""
    if postmaster is None:
        return 0.0
    return cpu_seconds(postmaster, reaped=True) + sum(cpu_seconds(pid) for pid in children(postmaster))


@dataclass
class Step:
    wall: float
    peaks: dict[int, tuple[str, int]]  # pid -> (role, peak RSS in KB)
    command_cpu: float  # the command's own process
    children_cpu: float  # every process it started (workers, forkserver, resource tracker)
    database_cpu: float  # the PostgreSQL server's processes while the step ran (0 on SQLite)


def run_step(args: list[str], env: dict[str, str], postmaster: int | None) -> Step:
    """Run a manage.py command; its wall time, the peak RSS of it and of every process it started,
    and the CPU seconds of the command, of its children and of the database server."""
    before_db = database_cpu(postmaster)
    started = time.perf_counter()
    process = subprocess.Popen([*MANAGE, *args], env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peaks: dict[int, tuple[str, int]] = {}
    # Sampled from /proc every 0.2 s (the last fraction of a second of each process may be missed):
    # the pool's workers are the forkserver's children, which the command's own rusage does not count.
    cpu: dict[int, float] = {}

    def watch() -> None:
        while process.poll() is None:
            for pid in [process.pid, *children(process.pid)]:
                cpu[pid] = max(cpu.get(pid, 0.0), cpu_seconds(pid))
                rss = peak_rss_kb(pid)
                if rss:
                    # Children: the workers, and with --workers the forkserver and resource tracker (a few MB).
                    role = "command" if pid == process.pid else "child"
                    peaks[pid] = (role, max(rss, peaks.get(pid, ("", 0))[1]))
            time.sleep(0.2)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    _, stderr = process.communicate()
    wall = time.perf_counter() - started
    watcher.join()
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed ({process.returncode}): {stderr.decode()[-2000:]}")
    time.sleep(0.3)  # the command's database connection closes with it: let its backend exit and be reaped
    command_cpu = cpu.pop(process.pid, 0.0)
    return Step(wall, peaks, command_cpu, sum(cpu.values()), database_cpu(postmaster) - before_db)


def local_postmaster() -> int | None:
    """The PostgreSQL server's main process, when it runs on this machine and /proc shows it."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        backend = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{backend}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None  # another machine, or another container
    return int(fields[1])


def floor(texts: list[str], source_texts: list, checks_see_links: bool = True) -> tuple[float, float]:
    """The engine alone, in this process, doing what the pipeline does: extraction, linking and the checks (with
    the links as their evidence, as run_checks --link; with ``checks_see_links`` False, the checks first and
    without them, as run_checks then link_sources); no database. Wall and CPU seconds."""
    from factcheck.extraction import extract_claims
    from factcheck.linking import link_prepared, prepare_corpus
    from factcheck.runner import run_checks

    started, cpu = time.perf_counter(), time.process_time()
    corpus = prepare_corpus(source_texts)
    kinds = {source.id: source.kind for source in source_texts}
    titles = {source.id: source.title for source in source_texts}
    for text in texts:
        claims = extract_claims(text)
        if checks_see_links:
            links = link_prepared(claims, corpus)
            run_checks(text, claims, sources={"evidence": links, "kinds": kinds, "titles": titles})
        else:
            run_checks(text, claims)
            link_prepared(claims, corpus)
    return time.perf_counter() - started, time.process_time() - cpu


def database_env(base: dict[str, str], temp: Path, workers: int, test_db: str | None) -> dict[str, str]:
    """A fresh, migrated database for one run: a new SQLite file, or the PostgreSQL test database emptied."""
    if test_db is None:
        path = temp / f"pipeline-{workers}.sqlite3"
        env = base | {"DATABASE_URL": f"sqlite:///{path}"}
        subprocess.run([*MANAGE, "migrate", "-v0"], env=env, cwd=REPO, check=True)
        return env
    from django.db import connection

    settings = connection.settings_dict
    env = base | {"DATABASE_URL": f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{test_db}"}
    if settings.get("PASSWORD"):
        env["PGPASSWORD"] = settings["PASSWORD"]
    subprocess.run([*MANAGE, "flush", "--no-input", "-v0"], env=env, cwd=REPO, check=True)
    return env


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument(
        "--workers", type=int, nargs="+", default=[1, 2, 4], help="Worker counts to run; 0 runs without --workers."
    )
    parser.add_argument("--sources", type=int, default=41)
    parser.add_argument(
        "--steps",
        action="store_true",
        help="Import, then check and link, as two commands (import_article, then run_checks --link).",
    )
    parser.add_argument(
        "--separate-link",
        action="store_true",
        help="Import, check, then link, as three commands (import_article, run_checks, link_sources): the checks "
        "then see no links.",
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    base = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    base |= {"DEBUG": "0", "SECRET_KEY": secrets.token_urlsafe(40), "ALLOWED_HOSTS": "localhost"}
    os.environ.update({k: base[k] for k in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS")})
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    from django.db import connection

    temp = Path(tempfile.mkdtemp(prefix="factcheck-pipeline-"))
    facts = companies(args.seed)
    texts = build_articles(args.seed, facts, args.articles)
    sources = build_sources(args.seed, facts, args.sources * 10)
    folder = temp / "articles"
    folder.mkdir()
    for number, text in enumerate(texts):
        (folder / f"article-{number:06d}.txt").write_text(text, encoding="utf-8")
    source_files = []
    for source in sources:
        path = temp / f"source-{source.id}.txt"
        path.write_text(source.text, encoding="utf-8")
        source_files.append(path)
    digest = hashlib.sha256("".join(texts).encode()).hexdigest()[:12]
    print(f"{args.articles} articles (about 50 figures each, {sum(map(len, texts)) / len(texts):,.0f} characters on "
          f"average, digest {digest}), {len(sources)} sources; database: {connection.vendor}; "
          f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} at the start")  # fmt: skip

    floor_time, floor_cpu = floor(texts, sources, checks_see_links=not args.separate_link)
    per_article, cpu_per_article = floor_time / args.articles, floor_cpu / args.articles
    steps = "extract, check, link" if args.separate_link else "extract, link, check"
    print(f"floor, engine alone in one process ({steps}): {floor_time:7.1f} s  "
          f"{args.articles / floor_time:6.1f} articles/s   CPU {floor_cpu:7.1f} s")  # fmt: skip

    results: dict[int, float] = {}
    # PostgreSQL: one throw-away test database, emptied before each run; never the one named.
    test_db = (
        connection.creation.create_test_db(verbosity=0, autoclobber=True) if connection.vendor != "sqlite" else None
    )
    postmaster = local_postmaster()
    try:
        for workers in args.workers:
            env = database_env(base, temp, workers, test_db)
            # The sources, in one process (import_source takes one file): not part of the figures.
            store = (
                "from claims.importing import parse_document, read_input, store_document\n"
                "from sources.models import Source\n"
                f"for path in {[str(p) for p in source_files]!r}:\n"
                "    store_document(Source, parse_document(*read_input(path)))\n"
            )
            subprocess.run([*MANAGE, "shell", "-c", store], env=env, cwd=REPO, check=True)
            steps: list[tuple[str, Step]] = []
            # 0: no --workers, everything in the command's own process.
            given = ["--workers", str(workers)] if workers else []
            if args.separate_link:
                # One worker links in the command itself: a worker process would only add its start-up.
                commands = [["import_article", str(folder)], ["run_checks", "--all", *given],
                            ["link_sources", "--all", *(given if workers > 1 else [])]]  # fmt: skip
            elif args.steps:
                commands = [["import_article", str(folder)], ["run_checks", "--all", "--link", *given]]
            else:
                commands = [["import_article", str(folder), "--check", *given]]
            for command in commands:
                # Printed as typed, the temporary folder's path as FOLDER.
                name = " ".join("FOLDER" if part == str(folder) else part for part in command)
                steps.append((name, run_step(command, env, postmaster)))
            total = sum(step.wall for _, step in steps)
            cpu = sum(step.command_cpu + step.children_cpu + step.database_cpu for _, step in steps)
            results[workers] = total
            print(f"\n{workers} worker{'s' if workers != 1 else ''}{' (the command alone)' if not workers else ''}:")
            for name, step in steps:
                rss = ", ".join(f"{role} {kb / 1024:.0f} MB" for role, kb in sorted(step.peaks.values(), reverse=True))
                print(f"  {name:<44} {step.wall:7.1f} s  {args.articles / step.wall:6.1f} articles/s   CPU s: "
                      f"command {step.command_cpu:.1f}, children {step.children_cpu:.1f}, "
                      f"database {step.database_cpu:.1f}   peak RSS: {rss}")  # fmt: skip
            line = (f"  {'whole pipeline':<44} {total:7.1f} s  {args.articles / total:6.1f} articles/s  "
                    f"{total / args.articles / per_article:.2f}x the floor per article (wall); CPU {cpu:.1f} s, "
                    f"{cpu / args.articles / cpu_per_article:.2f}x the floor's CPU")  # fmt: skip
            if 1 in results and workers > 1:
                line += f"; {results[1] / total:.2f}x one worker's throughput"
            if 0 in results and workers:
                line += f"; {results[0] / total:.2f}x the command alone"
            print(line)
    finally:
        if test_db is not None:
            connection.creation.destroy_test_db(test_db, verbosity=0)
        for path in sorted(temp.rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        temp.rmdir()


if __name__ == "__main__":
    main()
