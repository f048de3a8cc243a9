"""The seed article: every figure with value, unit, subject, metric, hedge, period and baseline."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from factcheck.claim import ChangeKind, Claim, Metric, TimeKind
from factcheck.extraction import extract_claims, extract_quantities
from factcheck.quantity import Hedge, QuantityKind

SEED = Path(__file__).resolve().parents[2] / ".." / "shared" / "articles" / "alibaba-ai-investment.txt"

K, M, H = QuantityKind, Metric, Hedge


@pytest.fixture(scope="module")
def article() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (the shared folder is absent)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def claims(article: str) -> list[Claim]:
    return extract_claims(article)


def find(claims: list[Claim], surface: str, context: str, nth: int = 0) -> Claim:
    """The claim whose surface is ``surface`` in the sentence containing ``context``."""
    hits = [c for c in claims if c.quantity.text == surface and context in c.text]
    assert len(hits) > nth, f"{surface!r} in a sentence with {context!r}: {[c.quantity.text for c in claims]}"
    return hits[nth]


# surface, sentence context, value, unit, kind, subject, metric, hedge, period text, baseline text
FIGURES = [
    ("$53 billion", "over the next three years", 53e9, "USD", K.MONEY, "Alibaba", M.INVESTMENT, H.EXACT,
     "over the next three years", None),
    ("three years", "pouring", 3, "year", K.DURATION, "Alibaba", M.DURATION, H.EXACT, None, None),
    ("61 percent", "trading up", 61, "percent", K.PERCENT, "Alibaba", M.PRICE_CHANGE, H.EXACT, "Monday",
     "compared with one month ago"),
    ("$144 per share", "trading up", 144, "USD / share", K.PER_UNIT, "Alibaba", M.SHARE_PRICE, H.APPROXIMATE,
     "Monday", None),
    ("$85 per share", "start of 2025", 85, "USD / share", K.PER_UNIT, "Alibaba", M.SHARE_PRICE, H.APPROXIMATE,
     "the start of 2025", None),
    ("$342 billion", "market capitalization", 342e9, "USD", K.MONEY, "Alibaba", M.MARKET_CAP, H.EXACT, None, None),
    ("$100 billion", "in 2025 alone", 100e9, "USD", K.MONEY, "Alibaba", M.MARKET_VALUE_CHANGE, H.OVER,
     "in 2025 alone", None),
    ("$38.4 billion", "total revenue of", 38.4e9, "USD", K.MONEY, "Alibaba", M.REVENUE, H.EXACT,
     "fourth-quarter 2024", None),
    ("8 percent", "total revenue of", 8, "percent", K.PERCENT, "Alibaba", M.GROWTH, H.EXACT, "fourth-quarter 2024",
     "year over year"),
    ("$4.3 billion", "Cloud Intelligence Group generated", 4.3e9, "USD", K.MONEY, "Cloud Intelligence Group",
     M.SEGMENT_REVENUE, H.EXACT, "the quarter", None),
    ("13 percent", "Cloud Intelligence Group generated", 13, "percent", K.PERCENT, "Cloud Intelligence Group",
     M.GROWTH, H.EXACT, "the quarter", "year over year"),
    ("double digits", "reignited", 10, "percent", K.MAGNITUDE, "Alibaba", M.GROWTH, H.EXACT, None, None),
    ("13 percent", "reignited", 13, "percent", K.PERCENT, "Alibaba", M.GROWTH, H.EXACT, None, None),
    ("triple-digit", "reignited", 100, "percent", K.MAGNITUDE, "Alibaba", M.GROWTH, H.EXACT, None, None),
    ("194,000 employees", "worldwide", 194000, "employees", K.COUNT, "Alibaba", M.HEADCOUNT, H.OVER, None, None),
    # The quarter is printed after the share, with the share between: the rank takes no date across it.
    ("No. 4", "ranks", 4, "rank", K.RANK, "Alibaba", M.RANK, H.EXACT, None, None),
    ("4 percent", "ranks", 4, "percent", K.PERCENT, "Alibaba", M.MARKET_SHARE, H.EXACT, "fourth-quarter 2024", None),
    ("first place", "Amazon Web Services", 1, "rank", K.RANK, "Amazon Web Services", M.RANK, H.EXACT, None, None),
    ("30 percent", "Amazon Web Services", 30, "percent", K.PERCENT, "Amazon Web Services", M.MARKET_SHARE, H.EXACT,
     None, None),
    ("21 percent", "Amazon Web Services", 21, "percent", K.PERCENT, "Microsoft", M.MARKET_SHARE, H.EXACT, None, None),
    ("12 percent", "Amazon Web Services", 12, "percent", K.PERCENT, "Google", M.MARKET_SHARE, H.EXACT, None, None),
    ("4 percent", "hovering", 4, "percent", K.PERCENT, "Alibaba", M.MARKET_SHARE, H.APPROXIMATE,
     "over the past two years", None),
    ("two years", "hovering", 2, "year", K.DURATION, "Alibaba", M.DURATION, H.EXACT, None, None),
    ("90,000 derivative models", "Hugging Face", 90000, "models", K.COUNT, None, M.COUNT, H.OVER, "Jan. 31", None),
    ("fourth largest", "Alibaba, the fourth largest", 4, "rank", K.RANK, "Alibaba", M.RANK, H.EXACT, None, None),
    ("fourth largest", "Alibaba Group, unveiled", 4, "rank", K.RANK, "Alibaba", M.RANK, H.EXACT, "Monday", None),
    ("three-year", "three-year high", 3, "year", K.DURATION, "Alibaba", M.DURATION, H.EXACT, "Monday", None),
    ("$90B", "Related", 90e9, "USD", K.MONEY, None, M.MARKET_SIZE, H.EXACT, "Q4 2024", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("surface", "context", "value", "unit", "kind", "subject", "metric", "hedge", "period", "baseline"),
    FIGURES,
    ids=[f"{f[0]}|{f[1]}" for f in FIGURES],
)
def test_seed_figure(
    claims: list[Claim],
    surface: str,
    context: str,
    value: float,
    unit: str,
    kind: QuantityKind,
    subject: str | None,
    metric: Metric,
    hedge: Hedge,
    period: str | None,
    baseline: str | None,
) -> None:
    claim = find(claims, surface, context)
    assert math.isclose(claim.quantity.value, value)
    assert claim.quantity.unit == unit
    assert claim.quantity.kind is kind
    if subject is not None:  # None: the article does not say clearly; we do not assert a guess
        assert claim.subject == subject
    assert claim.metric is metric
    assert claim.quantity.hedge is hedge
    assert (claim.period.text if claim.period else None) == period
    assert (claim.baseline.text if claim.baseline else None) == baseline


def test_every_53_billion_is_alibabas_investment(claims: list[Claim]) -> None:
    investments = [c for c in claims if c.quantity.text.lower() == "$53 billion" and c.metric is M.INVESTMENT]
    assert len(investments) >= 4
    assert {c.subject for c in investments} == {"Alibaba"}


def test_changes_and_links(claims: list[Claim]) -> None:
    price = find(claims, "$144 per share", "trading up")
    rise = find(claims, "61 percent", "trading up")
    assert rise.change is not None and rise.change.direction == 1 and rise.change.kind is ChangeKind.RELATIVE
    assert rise.change.verb == "up"
    assert rise.related["of"] == price.id
    assert rise.baseline is not None and rise.baseline.kind is TimeKind.BASELINE and rise.baseline.months == 1

    revenue = find(claims, "$38.4 billion", "total revenue of")
    growth = find(claims, "8 percent", "total revenue of")
    assert growth.related["of"] == revenue.id
    assert growth.baseline is not None and growth.baseline.months == 12
    assert revenue.period is not None and (revenue.period.quarter, revenue.period.year) == (4, 2024)

    cloud = find(claims, "$4.3 billion", "Cloud Intelligence Group generated")
    cloud_growth = find(claims, "13 percent", "Cloud Intelligence Group generated")
    assert cloud_growth.related["of"] == cloud.id
    assert cloud.period is not None and (cloud.period.quarter, cloud.period.year) == (4, 2024)

    gained = find(claims, "$100 billion", "in 2025 alone")
    assert gained.change is not None and gained.change.kind is ChangeKind.ABSOLUTE and gained.change.direction == 1
    assert gained.quantity.lower == 100e9 and gained.quantity.upper is None
    assert gained.period is not None and gained.period.year == 2025


def test_intervals_of_seed_figures(claims: list[Claim]) -> None:
    cloud = find(claims, "$4.3 billion", "Cloud Intelligence Group generated")
    assert math.isclose(cloud.quantity.lower or 0, 4.25e9) and math.isclose(cloud.quantity.upper or 0, 4.35e9)
    price = find(claims, "$144 per share", "trading up")
    assert price.quantity.lower is not None and price.quantity.lower < 144 < (price.quantity.upper or 0)
    magnitude = find(claims, "triple-digit", "reignited")
    assert (magnitude.quantity.lower, magnitude.quantity.upper) == (100, 999.99)


def test_time_frames(claims: list[Claim]) -> None:
    investment = find(claims, "$53 billion", "over the next three years")
    assert investment.period is not None
    assert investment.period.kind is TimeKind.WINDOW
    assert (investment.period.months, investment.period.direction) == (36, "future")
    share = find(claims, "4 percent", "hovering")
    assert share.period is not None and (share.period.months, share.period.direction) == (24, "past")
    start = find(claims, "$85 per share", "start of 2025")
    assert start.period is not None and (start.period.kind, start.period.year, start.period.part) == (
        TimeKind.POINT,
        2025,
        "start",
    )


def test_years_and_dates_are_not_counts(article: str) -> None:
    values = {q.value for q in extract_quantities(article)}
    assert not values & {2021, 2023, 2024, 2025, 31}


def test_ids_are_stable_and_in_text_order(article: str, claims: list[Claim]) -> None:
    assert [c.id for c in claims] == [f"c{i}" for i in range(len(claims))]
    assert [c.span for c in claims] == sorted(c.span for c in claims)
    assert extract_claims(article) == claims
    for claim in claims:
        assert article[claim.span[0] : claim.span[1]] == claim.quantity.text
        assert article[claim.sentence_span[0] : claim.sentence_span[1]] == claim.text


def test_headline_figure_keeps_its_scale(claims: list[Claim]) -> None:
    headline = find(claims, "$53 Billion", "Strategy And Innovation")
    assert headline.quantity.value == 53e9
