"""The seed article's relations on a made-up article of the same shape (hand-built claims)."""

from __future__ import annotations

from factcheck.claim import ChangeKind, Claim, Metric, TimeKind, TimeRef
from factcheck.finding import Severity, Status
from factcheck.runner import run_checks
from tests.engine.claim_factory import Article, up

TEXT = (
    "Zenith Cloud unveiled plans Monday to spend $20 billion as its stock hits a three-year high.\n"
    "Zenith has gained over $50 billion in market value in 2025 alone.\n"
    "Its market capitalization is currently $150 billion.\n"
    "Zenith stock is trading up 61 percent Monday at around $144 per share compared with one month ago.\n"
    "The stock hasn't been trading this high since late 2021. It was at around $85 per share at the start of 2025.\n"
    "Cloud revenue growth reached double digits at 13 percent.\n"
    "Zenith ranks No. 4 in cloud market share with 4 percent share.\n"
    "Orion is in first place with 30 percent share of the market, followed by Vega at 21 percent share "
    "then Lyra at 12 percent share.\n"
)


def share_price(art: Article, surface: str, value: float, period: TimeRef) -> Claim:
    return art.claim(
        surface,
        value,
        "per_unit",
        unit="USD / share",
        noun="share",
        hedge="approximate",
        subject="Zenith",
        metric=Metric.SHARE_PRICE,
        period=period,
    )


def build() -> Article:
    art = Article(TEXT)
    art.claim("$20 billion", 20e9, "money", subject="Zenith", metric=Metric.INVESTMENT)
    art.claim("three-year", 3, "duration", unit="year", metric=Metric.DURATION)
    gain = art.claim(
        "over $50 billion",
        50e9,
        "money",
        hedge="over",
        subject="Zenith",
        metric=Metric.MARKET_VALUE_CHANGE,
        change=up(ChangeKind.ABSOLUTE, "gained"),
        period=art.time("in 2025 alone", TimeKind.PERIOD, year=2025),
    )
    cap = art.claim("$150 billion", 150e9, "money", subject="Zenith", metric=Metric.MARKET_CAP)
    now = share_price(art, "around $144", 144, art.time("Monday", TimeKind.DATE, occurrence=1))
    rise = art.claim(
        "61 percent",
        61,
        "percent",
        subject="Zenith",
        metric=Metric.PRICE_CHANGE,
        change=up(),
        baseline=art.time("compared with one month ago", TimeKind.BASELINE, months=1, direction="past"),
    )
    rise = art.link(rise, of=now)
    start = share_price(art, "around $85", 85, art.time("the start of 2025", TimeKind.POINT, year=2025, part="start"))
    art.claim("13 percent", 13, "percent", subject="Zenith", metric=Metric.GROWTH)
    art.claim("No. 4", 4, "rank", unit="", subject="Zenith", metric=Metric.RANK)
    for surface, value, who in (
        ("4 percent", 4, "Zenith"),
        ("30 percent", 30, "Orion"),
        ("21 percent", 21, "Vega"),
        ("12 percent", 12, "Lyra"),
    ):
        art.claim(surface, value, "percent", subject=who, metric=Metric.MARKET_SHARE)
    assert gain and cap and start
    return art


def test_seed_shape_findings() -> None:
    art = build()
    report = run_checks(art.text, art.claims)
    problems = report.problems()
    assert len(problems) == 1, [f.message for f in problems]
    flagged = problems[0]
    assert flagged.check == "growth_prior" and flagged.severity in (Severity.WARNING, Severity.ERROR)
    covered = {art.text[s:e] for s, e in flagged.spans}
    assert {"61 percent", "around $144", "around $85"} <= covered
    assert "69.4%" in flagged.message and "89.44" in flagged.message
    passes = {(f.check, f.message) for f in report.findings if f.status == Status.PASS}
    checks = {c for c, _ in passes}
    assert {"shares", "rank_order", "market_value", "word_range", "time_window"} <= checks, passes
    assert any("fits in 100%" in m for _, m in passes)
    assert any("No. 4" in m and "plausible" in m for _, m in passes)
