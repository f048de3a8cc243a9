"""parts: a total after its parts, marked as one in its own words ("a combined N", "(N in all)", "(N total ...)").

All sentences are made up (made-up places, companies and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        ("(6.3 million tonnes in all)", {PASS}),
        ("(7.3 million tonnes in all)", {WARN}),
        ("(6.3 million tonnes altogether)", {PASS}),
        (", a combined 6.3 million tonnes", {PASS}),
        (", a combined 5.3 million tonnes", {WARN}),
    ],
)
def test_a_marked_total_after_its_parts(total: str, expected: set) -> None:
    text = f"Orvel Mining shipped 4.1 million tonnes of ore to Asia and 2.2 million tonnes to Europe{total} in 2031."
    assert outcome(text) == expected


def test_a_total_word_inside_the_bracket() -> None:
    text = "Dawes has started 140 league matches and 36 European matches (176 total matches) for the club."
    assert outcome(text) == {PASS}
    assert outcome(text.replace("176", "196")) == {WARN}


@pytest.mark.parametrize(
    "text",
    [
        # a bracket that says something else about the last figure
        "Orvel shipped 4.1 million tonnes to Asia and 2.2 million tonnes to Europe (up 9% in all markets).",
        # a total of another thing in the bracket
        "The fund raised $40 million in March and $25 million in May (its total assets are now $90 million).",
        # a comparison with a combined figure of other things, not the total of these
        "Over 40 games, 44 batters in the league did it this season, more than the combined 22 of the two before.",
        # parts that count different things add up to no one whole
        "Over 40 games, 44 batters in the league did it this season, a combined 84.",
    ],
)
def test_other_brackets_are_no_total(text: str) -> None:
    assert outcome(text) == set()
