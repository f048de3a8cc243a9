"""Word checks: multiples, magnitude words, direction words, records and superlatives, time windows."""

from __future__ import annotations

import pytest

from tests.engine.claim_factory import down, outcome, quick, up

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
INDET = ("indeterminate", "info")


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Profit more than doubled to $54 million from $25 million.",
            [("$54 million", 54e6, "money"), ("$25 million", 25e6, "money")],
            {PASS},
        ),
        (
            "Profit more than doubled to $44 million from $25 million.",
            [("$44 million", 44e6, "money"), ("$25 million", 25e6, "money")],
            {WARN},
        ),
        (
            "Profit almost doubled to $283 million from $144 million.",
            [("$283 million", 283e6, "money"), ("$144 million", 144e6, "money")],
            {PASS},
        ),
        ("Profit doubled to $20 million.", [("$20 million", 20e6, "money")], {INDET}),
        (
            "Profit more than doubled. It rose by 120% to $5.5 million.",
            [("120%", 120, "percent", {"change": up()}), ("$5.5 million", 5.5e6, "money")],
            {PASS},
        ),
    ],
)
def test_multiples(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "multiples") == expected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        ("Growth returned to double digits at 13 percent.", [("13 percent", 13, "percent")], {PASS}),
        ("Growth returned to double digits at 8 percent.", [("8 percent", 8, "percent")], {WARN}),
        (
            "Sales posted double-digit growth. Sales jumped 19 percent to $1.3 billion.",
            [("19 percent", 19, "percent", {"change": up()}), ("$1.3 billion", 1.3e9, "money")],
            {PASS},
        ),
        (
            "Growth was 13 percent, with the AI unit achieving triple-digit growth.",
            [("13 percent", 13, "percent")],
            {INDET},
        ),
    ],
)
def test_magnitude_words(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "magnitude_words") == expected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Earnings per share increased to 0.56p from 0.46p.",
            [("0.56p", 0.56, "money", {"unit": "GBP"}), ("0.46p", 0.46, "money", {"unit": "GBP"})],
            {PASS},
        ),
        (
            "Earnings per share increased to 0.56p from 5.46p.",
            [("0.56p", 0.56, "money", {"unit": "GBP"}), ("5.46p", 5.46, "money", {"unit": "GBP"})],
            {ERROR},
        ),
        ("The load factor fell from 85.8% to 84.1%.", [("85.8%", 85.8, "percent"), ("84.1%", 84.1, "percent")], {PASS}),
        (
            "Inflation picked up from the 2.4 percent rate in May to 2.1 percent.",
            [("2.4 percent", 2.4, "percent"), ("2.1 percent", 2.1, "percent")],
            {ERROR},
        ),
        (
            "Earnings were $1.02 a share, beating estimates of $0.93.",
            [("$1.02", 1.02, "money"), ("$0.93", 0.93, "money")],
            {PASS},
        ),
        (
            "Earnings were $1.02 a share, beating estimates of $1.21.",
            [("$1.02", 1.02, "money"), ("$1.21", 1.21, "money")],
            {WARN},
        ),
        (
            "Prices were up 0.244 percent, the first time the figure has risen above two percent.",
            [
                ("0.244 percent", 0.244, "percent", {"change": up()}),
                ("above two percent", 2, "percent", {"hedge": "over", "change": up()}),
            ],
            {WARN},
        ),
    ],
)
def test_direction_words(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "direction_words") == expected


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Sales fell to 90.3 million in 2019 from 94.4 million. The record high was 95.2 million in 2017.",
            [
                ("90.3 million", 90.3e6, "number"),
                ("94.4 million", 94.4e6, "number"),
                ("95.2 million", 95.2e6, "number"),
            ],
            {PASS},
        ),
        (
            "Sales fell to 90.3 million in 2019 from 94.4 million. The record high was 66.6 million in 2017.",
            [
                ("90.3 million", 90.3e6, "number"),
                ("94.4 million", 94.4e6, "number"),
                ("66.6 million", 66.6e6, "number"),
            ],
            {WARN},
        ),
        (
            "The biggest gain was in Asia, up 28%. Europe rose 15% and America 13%.",
            [
                ("28%", 28, "percent", {"change": up()}),
                ("15%", 15, "percent", {"change": up()}),
                ("13%", 13, "percent", {"change": up()}),
            ],
            {PASS},
        ),
        (
            "The biggest gain was in Asia, up 28%. Europe rose 45% and America 13%.",
            [
                ("28%", 28, "percent", {"change": up()}),
                ("45%", 45, "percent", {"change": up()}),
                ("13%", 13, "percent", {"change": up()}),
            ],
            {WARN},
        ),
        (
            "Profit did record a £1m loss, against $5m in sales.",
            [("£1m", 1e6, "money", {"unit": "GBP"}), ("$5m", 5e6, "money")],
            set(),
        ),
    ],
)
def test_extremes(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "extremes") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("March 3, 2025 -- The stock hit a three-year high. It has not been this high since late 2021.", {PASS}),
        ("March 3, 2025 -- The stock hit a three-year high. It has not been this high since 2016.", {WARN}),
        ("Feb 14, 2022 -- Oil hit its highest level in more than seven years, the highest since October 2014.", {PASS}),
        ("Feb 14, 2022 -- Oil hit its highest level in more than seven years, the highest since October 2017.", {WARN}),
        ("Oct 20, 2022 -- The yen hit its weakest level in just over 32 years, since August 1990.", {PASS}),
        ("The stock hit a three-year high.", {INDET}),
    ],
)
def test_time_windows(text: str, expected: set) -> None:
    assert outcome(quick(text), "time_windows") == expected


def test_direction_claims_use_their_change() -> None:
    art = quick(
        "Costs fell 10% to $90 from $100.",
        ("10%", 10, "percent", {"change": down()}),
        ("$90", 90, "money"),
        ("$100", 100, "money"),
    )
    assert outcome(art, "percent_change") == {PASS}


@pytest.mark.parametrize(("part", "expected"), [("35 million", {PASS}), ("30 million", {WARN})])
def test_fraction_of_another_figure(part: str, expected: set) -> None:
    art = quick(
        f"Beta shipped {part} phones. That is half of what Acme shipped (70 million).",
        (part, float(part.split()[0]) * 1e6, "number"),
        ("70 million", 70e6, "number"),
    )
    assert outcome(art, "multiples") == expected


@pytest.mark.parametrize(("first", "expected"), [("2019", {PASS}), ("2016", {WARN})])
def test_streak_of_years(first: str, expected: set) -> None:
    text = f"Sales topped 2 million in 2023 for a fifth consecutive year. Before {first}, that had never happened."
    assert outcome(quick(text), "time_windows") == expected


@pytest.mark.parametrize(("yearly", "expected"), [("$6 billion", {PASS}), ("$9 billion", {WARN})])
def test_total_over_years_restated_per_year(yearly: str, expected: set) -> None:
    text = f"The state will spend $30 billion over five years, or about {yearly} a year, on roads."
    art = quick(
        text,
        ("$30 billion", 30e9, "money"),
        (yearly, float(yearly[1:-8]) * 1e9, "money", {"hedge": "approximate", "rounding": 0.5e9}),
    )
    assert outcome(art, "time_windows") == expected


def test_per_year_figure_of_another_budget_is_not_compared() -> None:
    text = (
        "The plan costs $14 billion over three years. "
        "Total spending will be $22 billion for each of the next three years."
    )
    art = quick(text, ("$14 billion", 14e9, "money"), ("$22 billion", 22e9, "money"))
    assert outcome(art, "time_windows") == set()


@pytest.mark.parametrize(("figure", "expected"), [("54%", {PASS}), ("44%", {WARN})])
def test_fraction_word_with_its_percentage(figure: str, expected: set) -> None:
    art = quick(
        f"More than half of voters, {figure}, backed the plan.",
        ("More than half", 0.5, "fraction", {"unit": "", "hedge": "over", "lower": 0.5, "upper": None}),
        (figure, float(figure[:-1]), "percent"),
    )
    assert outcome(art, "magnitude_words") == expected
