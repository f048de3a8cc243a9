"""Two counts either side of one threshold, out of one whole: they fit within it, and add up to it when one side
takes the threshold itself ("at least", "or more")."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> list[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return sorted((f.status.value, f.severity.value) for f in report.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the survey, 260 schools scored above 70 per cent and 150 scored below 70 per cent of the 420 schools.",
            [PASS],
        ),
        (
            "In the survey, 290 schools scored above 70 per cent and 150 scored below 70 per cent of the 420 schools.",
            [WARN],
        ),
        ("Of the 500 seats, 312 were won with at least 40 per cent and 188 with less than 40 per cent.", [PASS]),
        # one side takes the threshold itself: the two sides are all of the whole
        ("Of the 500 seats, 302 were won with at least 40 per cent and 188 with less than 40 per cent.", [WARN]),
        # without "at least", items right at the line belong to neither side: fewer is no error
        ("Of the 500 seats, 302 were won with over 40 per cent and 188 with less than 40 per cent.", [PASS]),
    ],
)
def test_two_sides_of_a_threshold(text: str, expected: list) -> None:
    # "Of the 500 seats, 312 ..." is also read as parts of the whole named first: that reading only fits them within
    found = outcome(text)
    assert set(expected) <= set(found)
    assert (WARN in found) == (WARN in expected)


@pytest.mark.parametrize(
    "text",
    [
        # two thresholds: no split of one group
        "Of the 500 seats, 312 were won with over 40 per cent and 188 with less than 30 per cent.",
        # a move, not a split
        "Sales rose to over 300 units in May and fell to under 300 units in June, out of 900 built.",
    ],
)
def test_look_alikes_are_not_split(text: str) -> None:
    assert WARN not in outcome(text)
