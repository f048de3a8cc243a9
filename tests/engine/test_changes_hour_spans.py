"""A move told with both ends, timed on its own, and the percentage set after it.

Market copy times intraday moves by the hour ("in the first hour of trading", "in the last 90 minutes"); that span
sits between the move's end and the apposition that restates it as a percentage, as a quarter or a session does.
When that apposition names a stretch of its own ("a 4% gain for the week", "up 4% since March") after a pair timed
on a day, a session or an hour, it is the longer move's percentage and the pairing stays indeterminate.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")


def verdicts(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "percent_change"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Korvex tokens sank from $80 to $62 in the first hour of trading, a 22.5% drop, before steadying.", {PASS}),
        ("Korvex tokens sank from $80 to $62 in the first hour of trading, a 12.5% drop, before steadying.", {WARN}),
        ("The Palu index slid from 4,000 to 3,880 in the last 45 minutes, a 3% fall.", {PASS}),
        ("The Palu index slid from 4,000 to 3,880 in the last 45 minutes, a 5% fall.", {WARN}),
        ("Spot tin climbed from $30,000 to $31,500 within hours, part of a 9% gain for the week.", set()),
    ],
)
def test_a_span_of_hours_between_the_move_and_its_percentage(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Platinum rose from $1,500 to $1,530 on Thursday, a 4% gain for the week.", {QUIET}),
        ("Platinum rose from $1,500 to $1,530 in the session, up 6% since March.", {QUIET}),
        ("The Dovra coin climbed from 2.10 to 2.25 overnight, taking its gain this month to 19%.", set()),
        ("The Dovra coin climbed from $2.10 to $2.25 on Monday, a 30% rise so far this year.", {QUIET}),
        # no stretch named after the percentage, or no time of its own on the pair: still the pair's percentage
        ("Platinum rose from $1,500 to $1,530 on Thursday, a 4% gain.", {WARN}),
        ("Platinum rose from $1,500 to $1,530 on Thursday, up 4% on the day.", {WARN}),
        ("Platinum rose from $1,500 to $1,530 on Thursday, a 2% gain.", {PASS}),
    ],
)
def test_a_percentage_naming_a_longer_stretch_after_a_timed_pair(text: str, expected: set) -> None:
    assert verdicts(text) == expected
