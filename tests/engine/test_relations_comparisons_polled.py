""" "Polled" in election copy is a candidate's tally, not an opinion poll's forecast.

A winner's majority "over" the runner-up, who "polled" a count, sets no figure against an estimate: the majority
is the gap between two tallies. Made-up results in several wordings, and real comparisons with a forecast or a
rival's tally that must still be read.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> list[tuple[str, str]]:
    report = check_text(text, only=["comparison"])
    return sorted((f.status.value, f.severity.value) for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        "Kerr was re-elected with 21,904 votes, a majority of 9,310 over the independent Lise Amon, who polled 12,594.",
        "Mira Tosh held the ward by 412 over Labour's Cal Penn, who polled 1,630 votes.",
        "The Liberal majority of 3,050 over the Greens, who polled 8,115, was the smallest in the county.",
    ],
)
def test_a_majority_over_a_rival_who_polled_is_no_comparison_with_a_forecast(text: str) -> None:
    assert WARN not in outcome(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kerr took 21,904 votes, well above the 18,000 that pollsters had projected.", [PASS]),
        ("Kerr took 21,904 votes, well above the 24,000 that pollsters had projected.", [WARN]),
        ("Kerr took 21,904 votes, above the 20,500 that Amon polled.", [PASS]),
        ("Kerr took 21,904 votes, above the 25,000 that Amon polled.", [WARN]),
    ],
)
def test_comparisons_with_a_forecast_or_a_tally_are_still_read(text: str, expected: list) -> None:
    assert outcome(text) == sorted(expected)
