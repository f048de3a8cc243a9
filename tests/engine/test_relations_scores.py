"""Score lines of sports copy: a margin and its score, a shooting line and its percentage, a record and its
winning percentage; and dashes that are no score (a season, a slash, a range, a date).

Made-up games: each structure consistent (pass), broken by one figure (warning), and look-alikes that must not
pair.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str, check: str) -> list[tuple[str, str]]:
    report = check_text(text, only=[check])
    return sorted((f.status.value, f.severity.value) for f in report.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Otters led by as many as 19 points (61-42) before the break.", [PASS]),
        ("The Otters led by 19 points (61-46) before the break.", [WARN]),
        ("Lakeside cut the deficit to six points in the fourth quarter (88-82) on a late layup.", [PASS]),
        ("Lakeside cut the deficit to four points in the fourth quarter (88-82) on a late layup.", [WARN]),
        ("Harbor City won 97-80, a 17-point win that sealed the series.", [PASS]),
        ("Harbor City won 97-80, a 12-point win that sealed the series.", [WARN]),
    ],
)
def test_a_margin_is_the_gap_between_the_sides(text: str, expected: list) -> None:
    assert outcome(text, "absolute_change") == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Falcons shot 45.5 percent from three-point range (15-for-33).", [PASS]),
        ("The Falcons shot 54.5 percent from three-point range (15-for-33).", [WARN]),
        ("Ruiz went 9-of-12 (75%) from the floor.", [PASS]),
        ("Ruiz went 9-of-12 (70%) from the floor.", [WARN]),
        ("Okafor was 7-10 from the field, or 70%, in the first half.", [PASS]),
    ],
)
def test_a_shooting_percentage_is_made_over_tried(text: str, expected: list) -> None:
    assert outcome(text, "part_share") == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Comets are back at .500 at 7-7 after a rough start.", [PASS]),
        ("The Comets are back at .500 at 7-9 after a rough start.", [WARN]),
        ("Ferndale finished 12-4 (.750), its best season in a decade.", [PASS]),
        ("Ferndale finished 12-4 (.700), its best season in a decade.", [WARN]),
        ("It was their first time at .400 since they were 8-12 in March.", [PASS]),
    ],
)
def test_a_winning_percentage_is_wins_over_games(text: str, expected: list) -> None:
    assert outcome(text, "part_share") == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "T. Hale scored 31 points. Hale went 12-20 from the field (4-9 from three) and 3-4 from the line.",
            [PASS],
        ),
        (
            "T. Hale scored 33 points. Hale went 12-20 from the field (4-9 from three) and 3-4 from the line.",
            [WARN],
        ),
        (
            "Nico Prieto had 27 points, shooting 10-17 from the floor (hitting two of his five 3-point tries) and "
            "making five of his six free throws.",
            [PASS],
        ),
        # no free throws named: some points may be hidden, nothing is paired
        ("T. Hale scored 33 points. Hale went 12-20 from the field (4-9 from three).", []),
        # another player's line
        (
            "T. Hale scored 33 points. R. Cole went 12-20 from the field (4-9 from three) and 3-4 from the line.",
            [],
        ),
    ],
)
def test_points_are_made_of_the_shots(text: str, expected: list) -> None:
    found = [f for f in check_text(text, only=["part_whole"]).findings if "field goals" in f.message]
    assert sorted((f.status.value, f.severity.value) for f in found) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # seasons, slashes, ranges, dates and times are no score
        "The 2023-24 season ended in a title.",
        "Customer support runs 24/7 and the fiscal 2023/24 accounts are out.",
        "Forecasters expect 10-15 inches of snow and a 3-2 vote on the budget.",
        "The meeting on 11-12 March drew 40 people; doors open at 9:30-10:00.",
        # a player's points and a shooting line: no margin
        "Ruiz scored 23 points (10-15 from the field) off the bench.",
    ],
)
def test_dashes_that_are_no_score_are_not_paired(text: str) -> None:
    for check in ("absolute_change", "part_share"):
        assert WARN not in outcome(text, check)
    units = {c.quantity.unit for c in extract_claims(text)}
    if "Ruiz" not in text:
        assert not units & {"points", "wins", "losses", "shots", "shots made"}, units


def test_a_score_without_a_margin_stays_unread() -> None:
    # A bare game score with no margin named: neither side becomes a figure, as before.
    assert [c.quantity.text for c in extract_claims("Harbor City beat Lakeside 97-80 on Friday.")] == []
