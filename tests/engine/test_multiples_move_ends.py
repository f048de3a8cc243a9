"""A pace word ("twice as fast") followed by "from A to B" compares the pace of two moves; A and B are the two
ends of one move, not the two figures the word sets against each other. "(A to B)" with no "from" still pairs."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Tarnby's jobless rate dropped twice as fast in June as in May, down from 7.1% to 6.6%.",
        "Joblessness in Corvale eased twice as fast in May as in April, slipping from 6.4% to 5.9%.",
        "Vacancies at Orrin mills shrank three times as fast this spring, from 4,800 to 4,100.",
    ],
)
def test_ends_of_one_move_are_not_compared(text: str) -> None:
    assert verdicts(text, "multiple") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members of the Brisk union were twice as likely to strike as non-members (36% to 18%).", {PASS}),
        ("Members of the Brisk union were twice as likely to strike as non-members (36% to 28%).", {WARN}),
        ("Hiring at Pellow rose 3.1% in the spring, while hiring at Dunmore grew twice as fast, 6.2%.", {PASS}),
        ("Hiring at Pellow rose 3.1% in the spring, while hiring at Dunmore grew twice as fast, 4.2%.", {WARN}),
    ],
)
def test_compared_figures_still_checked(text: str, expected: set) -> None:
    assert verdicts(text, "multiple") == expected
