"""Time against article size: extraction and the whole check of dense made-up articles, 2 KB up to the import limit.

    .venv/bin/python bench/scaling.py [--max-kb 5120] [--check-max-kb 1024] [--seed 7]

Each article is news-like copy written here from templates (made-up companies and figures, a
figure every few words, paragraph breaks), cut to the size. For every size it times extraction
(``extract_claims``) and the whole check (extraction, relations and checks: ``check_text``), and a
peer measured in the same run on the same text: one regular-expression pass that finds every digit
run, the cost of merely reading the text. It prints CPU seconds, claims, the ratio to the peer and, at
the end, the growth exponent of each (the slope of log time against log size: 1 is linear).

Sizes above ``--check-max-kb`` are timed for extraction only (a full check there would take
minutes); the output says so.
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from factcheck.extraction import extract_claims  # noqa: E402
from factcheck.runner import run_checks  # noqa: E402

COMPANIES = ["Acme", "Borealis", "Castor Foods", "Dunmore", "Elmwood Bank", "Fenwick", "Granite Air", "Halcyon"]
MEASURES = ["revenue", "net income", "sales", "operating profit", "orders", "shipments"]
TEMPLATES = [
    "{c}'s {m} rose {p}% to ${b} billion from ${a} billion in {y}.",
    "{c} said {m} fell {p} percent to {n:,} units, down from {k:,} a year earlier.",
    "{c} held {s1} percent of the market, {d} {s2} percent and {e} {s3} percent.",
    "Out of {t:,} stores, {u:,} were new and {v:,} were older sites.",
    "Shares of {c} closed at ${b}, up {p}% on the day; the stock has gained {q}% since {y}.",
    "{c} expects {m} of between ${a} million and ${b} million in the third quarter.",
    "Analysts had expected earnings of {r} cents a share; {c} reported {w} cents.",
    "{c} employs {n:,} people, about {x} times as many as {d}.",
    "Its margin widened {z} percentage points to {s1}.{s2}% over the next three years.",
]


def article(size: int, seed: int) -> str:
    """Dense made-up news copy of ``size`` characters: a figure every few words, a paragraph every four sentences."""
    rng = random.Random(seed)
    out: list[str] = []
    length = 0
    while length < size:
        c, d, e = rng.sample(COMPANIES, 3)
        s1, s2 = rng.randint(20, 45), rng.randint(10, 30)
        sentence = rng.choice(TEMPLATES).format(
            c=c, d=d, e=e, m=rng.choice(MEASURES), p=round(rng.uniform(1, 40), 1), a=round(rng.uniform(1, 9), 1),
            b=round(rng.uniform(10, 90), 2), y=rng.randint(2015, 2025), n=rng.randint(1000, 90000),
            k=rng.randint(1000, 90000), s1=s1, s2=s2, s3=rng.randint(1, 9), t=rng.randint(500, 900),
            u=rng.randint(100, 200), v=rng.randint(200, 300), q=rng.randint(5, 90), r=rng.randint(10, 99),
            w=rng.randint(10, 99), x=rng.randint(2, 9), z=round(rng.uniform(0.1, 3), 1),
        )  # fmt: skip
        out.append(sentence)
        out.append("\n\n" if len(out) % 8 == 7 else " ")
        length += len(sentence) + 1
    return "".join(out)[:size].rstrip()


_DIGITS = re.compile(r"\d+")


def timed(run) -> tuple[float, object]:
    """CPU seconds of ``run()``: on a shared machine, wall time measures the neighbours too."""
    start = time.process_time()
    value = run()
    return time.process_time() - start, value


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(seconds) against log(size)."""
    pts = [(math.log(x), math.log(y)) for x, y in points if y > 0]
    if len(pts) < 2:
        return float("nan")
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sum((x - mx) ** 2 for x, _ in pts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-kb", type=int, default=5120, help="largest article, in KB (default: the 5 MB limit)")
    parser.add_argument("--check-max-kb", type=int, default=1024, help="largest article checked in full, in KB")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    sizes = [kb for kb in (2, 5, 10, 20, 50, 100, 200, 500, 1024, 2048, 5120) if kb <= args.max_kb]
    warm = article(2048, args.seed + 1)
    run_checks(warm, extract_claims(warm))  # imports and compiled patterns are not the article's cost
    print(f"{'size':>7} {'claims':>7} {'peer s':>8} {'extract s':>10} {'x peer':>8} {'check s':>8} {'x peer':>8}")
    extract_points, check_points, peer_points = [], [], []
    for kb in sizes:
        text = article(kb * 1024, args.seed)
        peer = min(timed(lambda text=text: sum(1 for _ in _DIGITS.finditer(text)))[0] for _ in range(5))
        extract_s, claims = timed(lambda text=text: extract_claims(text))
        row = f"{kb:>5}KB {len(claims):>7} {peer:>8.4f} {extract_s:>10.2f} {extract_s / peer:>8.0f}"
        extract_points.append((kb, extract_s))
        peer_points.append((kb, peer))
        if kb <= args.check_max_kb:
            relations_s, _ = timed(lambda text=text, claims=claims: run_checks(text, claims))
            check_s = extract_s + relations_s
            check_points.append((kb, check_s))
            row += f" {check_s:>8.2f} {check_s / peer:>8.0f}"
        else:
            row += f" {'(extraction only)':>17}"
        print(row, flush=True)
    print(f"growth exponent (slope of log time / log size): peer {slope(peer_points):.2f}, "
          f"extraction {slope(extract_points):.2f}, whole check {slope(check_points):.2f}")  # fmt: skip
    print("CPU seconds; whole check = extraction + relations + checks; above --check-max-kb only extraction is timed")


if __name__ == "__main__":
    main()
