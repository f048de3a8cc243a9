"""percent_change: stated change against both ends, a paired absolute change, implied baselines."""

from __future__ import annotations

import pytest

from factcheck.claim import ChangeKind, TimeKind
from tests.engine.claim_factory import Article, down, outcome, quick, up

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
POINTS = {"unit": "points", "noun": "points"}


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Orders rose 25% to 500 from 400 units.",
            [("25%", 25, "percent", {"change": up()}), ("500", 500, "number"), ("400 units", 400, "number")],
            PASS,
        ),
        (
            "Orders rose 15% to 500 from 400 units.",
            [("15%", 15, "percent", {"change": up()}), ("500", 500, "number"), ("400 units", 400, "number")],
            WARN,
        ),
        (  # the figures say the opposite direction: an error
            "Orders rose 25% to 300 from 400 units.",
            [("25%", 25, "percent", {"change": up()}), ("300", 300, "number"), ("400 units", 400, "number")],
            ERROR,
        ),
        (  # "X points or P per cent to Y": delta / (Y + delta)
            "The index fell 50.0 points or 2.0 per cent to 2,450.0 on Friday.",
            [
                (
                    "50.0 points",
                    50.0,
                    "count",
                    {**POINTS, "change": down(ChangeKind.ABSOLUTE)},
                ),
                ("2.0 per cent", 2.0, "percent", {"change": down()}),  # the move restated, as extracted
                ("2,450.0", 2450.0, "number"),
            ],
            PASS,
        ),
        (
            "The index fell 50.0 points or 3.0 per cent to 2,450.0 on Friday.",
            [
                (
                    "50.0 points",
                    50.0,
                    "count",
                    {**POINTS, "change": down(ChangeKind.ABSOLUTE)},
                ),
                ("3.0 per cent", 3.0, "percent", {"change": down()}),  # the move restated, as extracted
                ("2,450.0", 2450.0, "number"),
            ],
            WARN,
        ),
        (  # absolute move against both ends
            "Sales fell 20 units to 80 against 100 units last year.",
            [
                ("20 units", 20, "count", {"unit": "units", "noun": "units", "change": down(ChangeKind.ABSOLUTE)}),
                ("80", 80, "count", {"unit": "units", "noun": "units"}),
                ("100 units", 100, "count", {"unit": "units", "noun": "units"}),
            ],
            PASS,
        ),
    ],
)
def test_both_ends(text: str, specs: list, expected: tuple[str, str]) -> None:
    assert expected in outcome(quick(text, *specs), "percent_change")


def _baseline_article(start_price: float) -> Article:
    art = Article(
        "Shares are up 20 percent at $120 compared with one month ago. "
        f"They were at ${start_price:g} at the start of 2025."
    )
    now = art.claim(
        "$120",
        120,
        "per_unit",
        unit="USD / share",
        noun="share",
        metric="share_price",
        period=art.time("one month ago", TimeKind.DATE),
    )
    rise = art.claim(
        "20 percent",
        20,
        "percent",
        change=up(),
        metric="price_change",
        baseline=art.time("compared with one month ago", TimeKind.BASELINE, months=1, direction="past"),
    )
    art.link(rise, of=now)
    art.claim(
        f"${start_price:g}",
        start_price,
        "per_unit",
        unit="USD / share",
        noun="share",
        metric="share_price",
        period=art.time("the start of 2025", TimeKind.POINT, year=2025, part="start"),
    )
    return art


def test_implied_baseline_matches_a_stated_start() -> None:
    assert PASS in outcome(_baseline_article(100), "percent_change")


def test_implied_baseline_contradicted_by_a_stated_start() -> None:
    art = _baseline_article(70)
    from factcheck.runner import run_checks

    [flag] = run_checks(art.text, art.claims, only=["percent_change"]).problems()
    assert "+71.4%" in flag.message and "100" in flag.message  # both readings shown
    assert {art.text[s:e] for s, e in flag.spans} == {"20 percent", "$120", "$70"}


def test_no_start_is_indeterminate() -> None:
    art = quick(
        "Revenue rose 10% to $5 billion.", ("10%", 10, "percent", {"change": up()}), ("$5 billion", 5e9, "money")
    )
    assert outcome(art, "percent_change") == {("indeterminate", "info")}
