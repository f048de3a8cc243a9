"""Two answers of a poll ordered by "more/fewer ... than". Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "comparison" and "... than" in f.message
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("More voters now oppose the plan (48%) than support it (41%).", [PASS]),
        ("More voters now oppose the plan (38%) than support it (41%).", [WARN]),
        ("Fewer residents support the levy (31%) than oppose it (45%).", [PASS]),
        ("Fewer residents support the levy (51%) than oppose it (45%).", [WARN]),
        # the other answer's share in the next sentence
        ("More voters strongly oppose the plan (46%) than back it in any way. Overall, 37% of voters say they "
         "support it.", [PASS]),
        ("More voters strongly oppose the plan (46%) than back it in any way. Overall, 52% of voters say they "
         "support it.", [WARN]),
    ],
)  # fmt: skip
def test_more_than_orders_two_answers(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another group of people
        "More voters strongly oppose the plan (46%) than back it in any way. Among women, 52% say they support it.",
        # two answers of one side
        "More voters strongly support the plan (46%) than support the old one (52%).",
        # a threshold, not an answer compared
        "More than 40% of voters support the plan, and 52% oppose the old one.",
        # two shares of the other answer later: not paired
        "More voters oppose the plan (46%) than back it. Some 37% support it, and 48% support the old one.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert verdicts(text) == []
