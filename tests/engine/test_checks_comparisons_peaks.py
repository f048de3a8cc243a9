"""A peak or a low, then the later levels of the same series."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brantix's revenue peaked at $9.8 billion in 2021; Brantix's revenue fell to $6.1 billion in "
            "2023 and to $5.2 billion in 2024.",
            {PASS},
        ),
        (
            "Brantix's revenue peaked at $9.8 billion in 2021; Brantix's revenue fell to $6.1 billion in "
            "2023 and to $11.2 billion in 2024.",
            {WARN},
        ),
        ("Tarvik's jobless rate bottomed out at 3.1% in May, and Tarvik's jobless rate was 3.4% in June.", {PASS}),
        ("Tarvik's jobless rate bottomed out at 3.1% in May, and Tarvik's jobless rate was 2.4% in June.", {WARN}),
        # the series carried by the next sentence; no measure named: never loud
        (
            "The burglary rate in Tarvik hit a low of 361.6 per 100,000 in 2014. Since then it has risen to 394.",
            {PASS},
        ),
        (
            "The burglary rate in Tarvik hit a low of 361.6 per 100,000 in 2014. Since then it has risen to 294.",
            {QUIET},
        ),
    ],
)
def test_peak_then_later_levels(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a high over a window the words bound is no peak of the story's series
        "Inflation in Norland hit a 15-month high of 7.4% in July. It was 8.9% in 2022.",
        # another subject's level is not the series'
        "Brantix's order backlog peaked at $9.8 billion in 2021, while Orvik's order backlog reached $12.2 billion.",
    ],
)
def test_no_series_read(text: str) -> None:
    assert verdicts(text, "comparison") == set()
