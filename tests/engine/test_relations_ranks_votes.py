"""A race's stated winner against the vote counts of its rivals, and counts of past races that are no rivals.

Made-up results: the winner's count against the other candidates' (a consistent one and one where a rival has
more), and look-alikes whose larger counts belong to other years' races, set beside this one's as records.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> list[tuple[str, str]]:
    report = check_text(text, only=["rank_order"])
    return sorted((f.status.value, f.severity.value) for f in report.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Ilsa Varga won with 12,480 votes, while Tomas Brel got 9,115 and Nora Quist received 2,030.", [PASS]),
        ("Mayor Ilsa Varga won with 12,480 votes, while Tomas Brel got 13,115 and Nora Quist received 2,030.", [WARN]),
        # a year said of the winner's record, in a clause of its own, leaves the rivals' counts in this race
        (
            "Ilsa Varga won with 12,480 votes, more than any winner since 1994, while Tomas Brel got 13,115 "
            "and Nora Quist received 2,030.",
            [WARN],
        ),
        (
            "In the 2022 race Ilsa Varga won with 12,480 votes, while Tomas Brel got 13,115 and Nora Quist "
            "received 2,030.",
            [WARN],
        ),
        # a count said in another day's tally of this race is still a rival
        (
            "Sela Ruiz won with 8,040 votes, while Omar Tiel got 9,200 votes in Tuesday's count and Lia Penn "
            "received 850.",
            [WARN],
        ),
        # "a majority of" is the margin in British copy: the two tallies' difference
        ("Reyes won 31,506 votes to 27,940 for Finch, a majority of 3,566.", [PASS]),
        ("Reyes won 31,506 votes to 27,940 for Finch, a majority of 4,566.", [WARN]),
        ("Sela Ruiz won with 8,040 votes to 7,200 for Omar Tiel.", [PASS]),
        ("Sela Ruiz won with 8,040 votes to 9,200 for Omar Tiel.", [WARN]),
    ],
)
def test_the_winner_has_the_most_votes(text: str, expected: list) -> None:
    assert outcome(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # the larger counts are past races' records, each with its year: no rivals in this race
        "The Harbour List won with 48,200 votes; only the Civic Union in 1998 (51,300 votes) and the Green Alliance "
        "in 2006 (49,900 votes) have done better.",
        "Dara Keel won the seat with 30,150 votes, fewer than Ben Orr polled in 2015 (31,400 votes) and Ada "
        "Moss in 2010 (30,900 votes).",
        "Sela Ruiz won with 8,040 votes; Omar Tiel had 9,200 votes in 2017.",
        # a majority of the ballots is a share of the total, not the winner's margin
        "Reyes won with 31,506 votes, more than a majority of the 58,200 ballots, while Finch received 27,940.",
    ],
)
def test_past_races_are_no_rivals(text: str) -> None:
    assert WARN not in outcome(text)
