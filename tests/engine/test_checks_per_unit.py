"""per_unit and same_figure: per-unit arithmetic, rates, share counts; one figure stated twice."""

from __future__ import annotations

import pytest

from factcheck.claim import ChangeKind, TimeKind
from tests.engine.claim_factory import Article, down, outcome, quick, up

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Net income was $300 million, or 60 cents per share, up from $250 million, or 50 cents.",
            [
                ("$300 million", 300e6, "money"),
                ("60 cents per share", 0.6, "per_unit", {"noun": "share"}),
                ("$250 million", 250e6, "money"),
                ("50 cents", 0.5, "money"),
            ],
            {PASS},
        ),
        (
            "Net income was $300 million, or 90 cents per share, up from $250 million, or 50 cents.",
            [
                ("$300 million", 300e6, "money"),
                ("90 cents per share", 0.9, "per_unit", {"noun": "share"}),
                ("$250 million", 250e6, "money"),
                ("50 cents", 0.5, "money"),
            ],
            {WARN},
        ),
        (
            "The quarterly dividend rose from $0.44 to $0.45, or from $1.76 to $1.80 on an annualized basis.",
            [("$0.44", 0.44, "money"), ("$0.45", 0.45, "money"), ("$1.76", 1.76, "money"), ("$1.80", 1.80, "money")],
            {PASS},
        ),
        (
            "The quarterly dividend rose from $0.44 to $0.45, or from $1.76 to $2.34 on an annualized basis.",
            [("$0.44", 0.44, "money"), ("$0.45", 0.45, "money"), ("$1.76", 1.76, "money"), ("$2.34", 2.34, "money")],
            {PASS, WARN},
        ),
        (
            "Bitcoin was worth $9,900 (£7,000) on Sunday and $8,100 (£5,700) today.",
            [
                ("$9,900", 9900, "money"),
                ("£7,000", 7000, "money", {"unit": "GBP"}),
                ("$8,100", 8100, "money"),
                ("£5,700", 5700, "money", {"unit": "GBP"}),
            ],
            {PASS},
        ),
        (
            "Bitcoin was worth $9,900 (£7,000) on Sunday and $8,100 (£7,700) today.",
            [
                ("$9,900", 9900, "money"),
                ("£7,000", 7000, "money", {"unit": "GBP"}),
                ("$8,100", 8100, "money"),
                ("£7,700", 7700, "money", {"unit": "GBP"}),
            ],
            {WARN},
        ),
    ],
)
def test_per_unit(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "per_unit") == expected


@pytest.mark.parametrize(("cap_end", "expected"), [(81.0, PASS), (130.0, ERROR)])
def test_market_value_moves_with_its_price(cap_end: float, expected: tuple) -> None:
    text = f"Shares closed down 19% on Thursday. Market value fell from $100 billion to ${cap_end:g} billion."
    art = quick(
        text,
        ("19%", 19, "percent", {"change": down()}),
        ("$100 billion", 100e9, "money", {"metric": "market_cap"}),
        (f"${cap_end:g} billion", cap_end * 1e9, "money", {"metric": "market_cap"}),
    )
    assert expected in outcome(art, "per_unit")


def test_market_value_gain_from_price_change() -> None:
    art = Article(
        "Acme gained over $50 billion in market value in 2025. Its market value is $150 billion. "
        "Its shares trade at $144 on Monday, up from $85 at the start of 2025."
    )
    art.claim(
        "over $50 billion",
        50e9,
        "money",
        hedge="over",
        metric="market_value_change",
        change=up(ChangeKind.ABSOLUTE),
        period=art.time("in 2025", TimeKind.PERIOD, year=2025),
    )
    art.claim("$150 billion", 150e9, "money", metric="market_cap")
    art.claim(
        "$144",
        144,
        "per_unit",
        unit="USD / share",
        noun="share",
        metric="share_price",
        period=art.time("Monday", TimeKind.DATE),
    )
    art.claim(
        "$85",
        85,
        "per_unit",
        unit="USD / share",
        noun="share",
        metric="share_price",
        period=art.time("the start of 2025", TimeKind.POINT, year=2025, part="start"),
    )
    assert PASS in outcome(art, "per_unit")


@pytest.mark.parametrize(
    ("second", "value", "expected"),
    [("$53 billion", 53e9, set()), ("$53 million", 53e6, {ERROR}), ("$35 billion", 35e9, {WARN})],
)
def test_same_figure_twice(second: str, value: float, expected: set) -> None:
    art = quick(
        f"Acme will invest $53 billion in data centres. Acme's {second} plan is its largest.",
        ("$53 billion", 53e9, "money", {"subject": "Acme", "metric": "investment"}),
        (second, value, "money", {"subject": "Acme", "metric": "investment"}),
    )
    assert outcome(art, "same_figure") == expected


@pytest.mark.parametrize(("unrounded", "expected"), [("0.244", {PASS}), ("0.444", {WARN})])
def test_unrounded_figure_rounds_to_the_rounded_one(unrounded: str, expected: set) -> None:
    art = quick(
        f"Prices rose 0.2 percent. Before rounding, prices were up {unrounded} percent.",
        ("0.2 percent", 0.2, "percent", {"change": up()}),
        (f"{unrounded} percent", float(unrounded), "percent", {"change": up()}),
    )
    assert outcome(art, "same_figure") == expected
