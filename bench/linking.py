"""Benchmark: linking claims to source passages, against a plain Python loop doing the same work.

Builds N claims and a corpus of 10 N source passages about synthetic companies,
reads the corpus once (sentences and figures), then links every claim with
``link_prepared`` (inverted index + one rapidfuzz ``cdist`` per block) and with
``link_exhaustively`` (a Python loop over ``fuzz.token_set_ratio`` for every
claim and passage), checks that both give the same links, and prints times and
the ratio. Then it repeats ``link_prepared`` on 2x and 4x the corpus to show how
the time grows.

    .venv/bin/python bench/linking.py [--claims 1000] [--passages 10000] [--seed 7]

With ``--stored N`` it measures the command instead: N made-up articles (about 50 figures
each) and 41 sources stored in a temporary SQLite file (or Django's test database on
DATABASE_URL), the claims extracted, then every article linked with the function as it was
before issue 14 (a copy kept here) and with ``link_sources --all`` now, in the same run,
comparing the stored links.

    .venv/bin/python bench/linking.py --stored 1000 [--sources 41]
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from factcheck.extraction import extract_claims
from factcheck.linking import SourceText, link_exhaustively, link_prepared, prepare_corpus

SYLLABLES = ["al", "ba", "co", "dex", "en", "fi", "gor", "hal", "ix", "jun", "kor", "lum", "mar", "nex", "or",
             "pra", "quo", "ra", "sil", "tor", "ul", "ven", "wex", "yar", "zen"]  # fmt: skip
PASSAGE_TEMPLATES = [
    "{name}'s total revenue for the quarter was US${rev:,} million, an increase of {growth}% year-over-year.",
    "{name} had {staff:,} employees at the end of {year}.",
    "Shares of {name} closed at ${price:.2f} on the exchange, giving a market capitalization of ${cap} billion.",
    "{name} said it would invest ${invest} billion in data centers over the next three years.",
    "Analysts expect {name} to keep its market share of {share}% in {year}.",
]
CLAIM_TEMPLATES = [
    "{name} reported revenue of ${rev_b} billion in {year}, up {growth} percent year over year.",
    "{name} employs about {staff:,} people.",
    "{name} plans to invest ${invest} billion over the next three years.",
]


def company_names(rng: random.Random, count: int) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add("".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize())
    return sorted(names)


def facts(rng: random.Random, name: str) -> dict:
    rev = rng.randrange(1_000, 90_000)
    return {"name": name, "rev": rev, "rev_b": round(rev / 1000, 1), "growth": rng.randrange(1, 40),
            "staff": rng.randrange(1_000, 300_000) // 1000 * 1000, "year": rng.choice([2023, 2024]),
            "price": rng.uniform(5, 400), "cap": rng.randrange(1, 900), "invest": rng.randrange(1, 80),
            "share": rng.randrange(1, 35)}  # fmt: skip


def companies(seed: int, count: int = 500) -> dict[str, dict]:
    rng = random.Random(seed)
    return {name: facts(rng, name) for name in company_names(rng, count)}


def build_sources(seed: int, company_facts: dict[str, dict], n_passages: int) -> list[SourceText]:
    rng = random.Random(seed + 1)
    names = sorted(company_facts)
    sources: list[SourceText] = []
    per_source = 10
    for index in range(0, n_passages, per_source):
        lines = [rng.choice(PASSAGE_TEMPLATES).format(**company_facts[rng.choice(names)]) for _ in range(per_source)]
        sources.append(SourceText(id=f"s{index // per_source}", text="\n".join(lines)))
    return sources


def build_claims(seed: int, company_facts: dict[str, dict], n_claims: int) -> list:
    rng = random.Random(seed + 2)
    names = sorted(company_facts)
    lines = [rng.choice(CLAIM_TEMPLATES).format(**company_facts[rng.choice(names)]) for _ in range(n_claims)]
    return extract_claims("\n".join(lines))


ARTICLE_TEMPLATES = [
    *CLAIM_TEMPLATES,
    "{name}'s revenue rose {growth}% to ${rev_b} billion, and its staff grew to {staff:,}.",
    "Shares of {name} closed at ${price:.2f}, valuing the company at ${cap} billion.",
    "{name} holds {share}% of its market in {year}, analysts said.",
]


def build_articles(seed: int, company_facts: dict[str, dict], count: int, figures: int = 50) -> list[str]:
    """``count`` made-up news articles of about ``figures`` figures each, about the companies the
    sources speak of (so linking finds passages), a paragraph every four sentences."""
    rng = random.Random(seed + 3)
    names = sorted(company_facts)
    texts = []
    for _ in range(count):
        cast = rng.sample(names, 6)
        picks = [(rng.choice(ARTICLE_TEMPLATES), rng.choice(cast)) for _ in range(figures // 2)]
        sentences = [template.format(**company_facts[name]) for template, name in picks]
        paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, len(sentences), 4)]
        texts.append("\n\n".join(paragraphs) + "\n")
    return texts


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def configure_database() -> Path | None:
    """Settings for the stored run: a temporary SQLite file unless DATABASE_URL is given (then
    Django's throw-away test database on it, as bench/admin_queue.py does)."""
    import os
    import secrets
    import tempfile

    temp = None
    if not os.environ.get("DATABASE_URL"):
        temp = Path(tempfile.mkdtemp(prefix="factcheck-bench-")) / "bench.sqlite3"
        os.environ["DATABASE_URL"] = f"sqlite:///{temp}"
    os.environ["DEBUG"] = "0"  # no query log
    os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(40))
    os.environ.setdefault("ALLOWED_HOSTS", "localhost")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    return temp


def old_link_article(article, sources, rates=None):
    """``sources.linking.link_article`` as it was before issue 14, kept to measure against: the
    sources are read again for every article and the delete finds the evidence through a join."""
    from django.db import transaction

    from factcheck.linking import link_claims
    from sources.linking import _evidence, _reading, source_texts
    from sources.models import Evidence

    claims = list(article.claims.all())
    readings = [_reading(claim) for claim in claims]
    by_reading = {reading.id: claim for reading, claim in zip(readings, claims, strict=True)}
    links = link_claims(readings, source_texts(sources), rates)
    by_source = {str(source.pk): source for source in sources}
    with transaction.atomic():
        Evidence.objects.filter(claim__article=article, source__in=sources, linked_by__isnull=True).delete()
        manual = set(
            Evidence.objects.filter(claim__article=article, source__in=sources).values_list(
                "claim_id", "source_id", "start", "end"
            )
        )
        rows = [
            _evidence(link, by_reading[link.claim_id], by_source[link.source_id])
            for link in links
            if link.claim_id in by_reading
        ]
        rows = [row for row in rows if (row.claim_id, row.source_id, row.start, row.end) not in manual]
        return Evidence.objects.bulk_create(rows)


def stored_run(args) -> None:
    """link_sources over stored articles and sources: the function as it was and as it is, in one run."""
    import hashlib
    import io

    temp = configure_database()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from claims.models import Article
    from claims.pipeline import store_claims
    from sources.models import Evidence, Source

    test_db = None
    try:
        if temp is None:
            test_db = connection.creation.create_test_db(verbosity=0, autoclobber=True)
        else:
            call_command("migrate", verbosity=0)
        company_facts = companies(args.seed)
        sources = []
        for source in build_sources(args.seed, company_facts, args.sources * 10):
            digest = hashlib.sha256(source.text.encode()).hexdigest()
            sources.append(Source.objects.create(title=f"Filing {source.id}", body=source.text, content_hash=digest))
        started = time.perf_counter()
        for number, text in enumerate(build_articles(args.seed, company_facts, args.stored)):
            digest = hashlib.sha256(text.encode()).hexdigest()
            article = Article.objects.create(title=f"Article {number}", body=text, content_hash=digest)
            store_claims(article, extract_claims(text))
        print(
            f"database: {connection.vendor}; stored {args.stored} articles "
            f"({Article.objects.count()} rows, {article.claims.model.objects.count()} claims) and "
            f"{len(sources)} sources in {time.perf_counter() - started:.1f} s"
        )

        def snapshot() -> list[tuple]:
            return sorted(
                Evidence.objects.values_list("claim_id", "source_id", "start", "end", "stance", "score", "quote")
            )

        started = time.perf_counter()
        for article in Article.objects.order_by("pk"):
            old_link_article(article, sources)
        old_time = time.perf_counter() - started
        before = snapshot()
        print(f"before (sources read per article, joined delete): {old_time:7.1f} s   {len(before)} links")
        Evidence.objects.all().delete()
        started = time.perf_counter()
        call_command("link_sources", "--all", stdout=io.StringIO())
        new_time = time.perf_counter() - started
        after = snapshot()
        print(f"link_sources --all now:                           {new_time:7.1f} s   {len(after)} links")
        print(f"same links: {before == after}   speed-up: {old_time / new_time:.1f}x")
        started = time.perf_counter()
        call_command("link_sources", "--all", stdout=io.StringIO())
        again = time.perf_counter() - started
        print(f"link_sources --all again (replacing every link):  {again:7.1f} s   same links: {snapshot() == after}")
    finally:
        if test_db is not None:
            connection.creation.destroy_test_db(test_db, verbosity=0)
        if temp is not None:
            connection.close()
            for path in temp.parent.glob("*"):
                path.unlink()
            temp.parent.rmdir()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000, help="article sentences (each yields 1 or 2 claims)")
    parser.add_argument("--passages", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-loop", action="store_true", help="skip the slow reference loop")
    parser.add_argument(
        "--stored",
        type=int,
        metavar="ARTICLES",
        help="instead: store this many articles and link them with link_sources, before and now",
    )
    parser.add_argument("--sources", type=int, default=41, help="sources for --stored (10 passages each)")
    args = parser.parse_args()
    if args.stored:
        stored_run(args)
        return

    company_facts = companies(args.seed)
    claims = build_claims(args.seed, company_facts, args.claims)
    sources = build_sources(args.seed, company_facts, args.passages)
    corpus, prepare_time = timed(prepare_corpus, sources)
    print(f"claims: {len(claims)}   passages: {len(corpus.passages)}   sources: {len(sources)}")
    print(f"read corpus once (sentences, figures): {prepare_time:.2f} s")

    fast, fast_time = timed(link_prepared, claims, corpus)
    print(f"link_prepared (index + cdist):        {fast_time:.2f} s   {len(fast)} links")
    if not args.skip_loop:
        slow, slow_time = timed(link_exhaustively, claims, corpus)
        same = sorted(link.model_dump_json() for link in fast) == sorted(link.model_dump_json() for link in slow)
        print(f"plain loop over fuzz.token_set_ratio: {slow_time:.2f} s   {len(slow)} links   same links: {same}")
        print(f"speed-up: {slow_time / fast_time:.1f}x")
        print(f"total with reading the corpus: {prepare_time + fast_time:.2f} s (target under 10 s)")

    print("growth of link_prepared with the corpus (same claims):")
    base_time = None
    for factor in (1, 2, 4):
        grown = prepare_corpus(build_sources(args.seed, company_facts, args.passages * factor))
        gc.collect()
        links, seconds = timed(link_prepared, claims, grown)
        base_time = base_time or seconds
        print(
            f"  {factor}x corpus ({len(grown.passages)} passages): {seconds:.2f} s ({seconds / base_time:.2f}x), "
            f"{len(links)} links"
        )
        del grown, links


if __name__ == "__main__":
    main()
