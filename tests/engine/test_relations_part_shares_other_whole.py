"""A part of its whole, then a share that names a whole of its own: seats won, then a share of the vote.

"P of the W seats, with S% of the vote" gives two wholes (the chamber's seats and the ballots), so S is no share of
W. The share is still read against P of W when it names no whole or the same one ("or 30%", "or 30% of the seats").
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> list[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    return sorted((f.status.value, f.severity.value) for f in report.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The slate won 12 of the 40 seats, or 30%.", [PASS]),
        ("The slate won 12 of the 40 seats, or 35%.", [WARN]),
        ("The slate won 12 of the 40 seats, or 30% of the seats.", [PASS]),
        ("The slate won 12 of the 40 seats, or 35% of the seats.", [WARN]),
        ("The union signed up 45 of its 300 workers, or 25% of them.", [WARN]),
    ],
)
def test_a_share_of_the_same_whole_is_read(text: str, expected: list) -> None:
    assert outcome(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "The Rally took 171 of the 250 seats, with 46.2% of the vote against 38.9% for the Union.",
        "In the north the alliance held 31 of its 64 seats with 39% of the ballots cast.",
        "The slate won 12 of the 40 seats, with 41% of the popular vote.",
    ],
)
def test_a_share_of_the_votes_is_no_share_of_the_seats(text: str) -> None:
    assert WARN not in outcome(text)
