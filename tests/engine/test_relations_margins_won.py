"""A winning margin told with both sides' figures: "beat Hale by 2,150 votes, 20,400 to 18,250", "passed 212 to 190,
a majority of 22", "won by 9 runs, scoring 240 to 231". The margin is the gap between the two sides. Every sentence
is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.check, f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check in ("absolute_change", "rank_order")
    ]


PASS = ("absolute_change", "pass", "info")
WARN = ("absolute_change", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the margin after a verb of winning and "by", the pair after it
        ("Amadi beat Hale by 2,150 votes, 20,400 to 18,250.", [PASS]),
        ("Amadi beat Hale by 3,150 votes, 20,400 to 18,250.", [WARN]),
        ("The Corsairs won by 9 runs, scoring 240 to the home side's 231.", [PASS]),
        ("The Corsairs won by 19 runs, scoring 240 to the home side's 231.", [WARN]),
        # the gap named after the pair
        ("The Senate passed the bill 212 to 190, a majority of 22.", [PASS]),
        ("The Senate passed the bill 212 to 190, a majority of 32.", [WARN]),
        ("Vance took 8,604 votes to 7,911 for Kerr, a margin of 693.", [PASS]),
        ("Vance took 8,604 votes to 7,911 for Kerr, a margin of 593.", [WARN]),
        ("The Lions outscored the Rams 31 to 17, a 14-point win.", []),
        ("Members voted 1,240 against 1,105, a slim majority of 135.", [PASS]),
    ],
)  # fmt: skip
def test_the_margin_is_the_gap_between_the_sides(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the two ends of a span or a move, not two sides
        "Among voters aged 18 to 34, Amadi leads by 12 points.",
        "Ticket sales rose from 1,200 to 1,500, a margin of 260 over the target.",
        # a margin in another unit than the sides
        "Amadi beat Hale by 5%, 20,400 to 18,250.",
        # a clause of its own between the pair and the figure after it
        "The Senate passed the bill 212 to 190, while the House backed it by 31.",
    ],
)  # fmt: skip
def test_no_margin_without_the_contest_words(text: str) -> None:
    assert not [r for r in check_text(text).relations if "named as the gap" in r.reason]


def test_a_race_result_holds_its_margin_once() -> None:
    # the race's result (who won, by how many votes) already checks the margin: one finding, not two
    found = verdicts("Amadi won with 20,400 votes to 18,250 for Hale, a margin of 3,150.")
    assert found == [("rank_order", "fail", "warning")]
