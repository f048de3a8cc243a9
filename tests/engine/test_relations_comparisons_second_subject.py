"""Two readings that set a figure against a mark it is not compared with.

* A coordinated second subject: "the Rovers drew over 41,000 a game and the Harriers just under 30,000" bounds
  the Harriers' own (unstated) level; the Rovers' figure before "and" is not what "under" compares.
* A record broken after a bracketed aside: "1,046 points (40 games, or 26.2 a game), beating the old mark of
  1,010" compares the total, not the per-game figure in the brackets.
The plain comparative and the plain record still pair and still alarm when they contradict the words."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one subject, one comparative: still compared
        ("Gate receipts at Kelverton reached 41,000, short of the 45,000 the board had hoped for.", {PASS}),
        ("Gate receipts at Kelverton reached 48,000, short of the 45,000 the board had hoped for.", {WARN}),
        ("Enrolment at Dunmore College stood at 8,200, below the 9,000 planned.", {PASS}),
        ("Enrolment at Dunmore College stood at 9,600, below the 9,000 planned.", {WARN}),
    ],
)
def test_one_subject_comparatives_still_compare(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rovers have been drawing over 41,000 a game this term and Harriers just under 30,000 at Millbrook Lane.",
        "The northern ward returned a turnout above 70% while Eastfold only just below 55% of its register.",
        "Kelverton Academy enrolled more than 2,300 pupils, and St Anselm's slightly short of 1,900.",
        "The Brayford poll put Ms Okoro on 48% and Mr Lindqvist a little below 45% among likely voters.",
    ],
)
def test_a_second_subject_is_not_compared_with_the_first(text: str) -> None:
    assert WARN not in verdicts(text, "comparison")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The league saw 1,046 tries this season (across 132 fixtures, about 7.9 a fixture), surpassing the "
            "previous record of 1,010.",
            {PASS},
        ),
        (
            "Harlow Athletic drew 612,400 spectators over the season (23 home dates, or 26,600 a match), beating "
            "the previous best of 598,000.",
            {PASS},
        ),
        # no aside: the level just stated is the new one, and a contradiction still alarms
        ("The league saw 990 tries this season, surpassing the previous record of 1,010.", {WARN}),
        (
            "The league saw 990 tries this season (across 132 fixtures, about 7.5 a fixture), surpassing the "
            "previous record of 1,010.",
            {WARN},
        ),
    ],
)
def test_a_record_is_set_against_the_level_not_a_bracketed_aside(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
