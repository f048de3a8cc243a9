"""Benchmark: linking claims to source passages, against a plain Python loop doing the same work.

Builds N claims and a corpus of 10 N source passages about synthetic companies,
reads the corpus once (sentences and figures), then links every claim with
``link_prepared`` (inverted index + one rapidfuzz ``cdist`` per block) and with
``link_exhaustively`` (a Python loop over ``fuzz.token_set_ratio`` for every
claim and passage), checks that both give the same links, and prints times and
the ratio. Then it repeats ``link_prepared`` on 2x and 4x the corpus to show how
the time grows.

    .venv/bin/python bench/linking.py [--claims 1000] [--passages 10000] [--seed 7]
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


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1000, help="article sentences (each yields 1 or 2 claims)")
    parser.add_argument("--passages", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-loop", action="store_true", help="skip the slow reference loop")
    args = parser.parse_args()

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
