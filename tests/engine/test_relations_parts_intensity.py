"""A poll's strong answers are some of all the answers of that side. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_whole"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Some 24% of residents strongly oppose the bypass. Overall, 47% oppose it, the council survey found.",
         [PASS]),
        ("Some 54% of residents strongly oppose the bypass. Overall, 47% oppose it, the council survey found.",
         [WARN]),
        ("More residents say they “strongly support” the levy (33%) than oppose it. In all, 61% support it.",
         [PASS]),
        ("More residents say they “strongly support” the levy (63%) than oppose it. In all, 61% support it.",
         [WARN]),
        ("About 38% of members said they at least somewhat agree with the merger, and 17% strongly agree.",
         [PASS]),
        ("About 38% of members said they at least somewhat agree with the merger, and 47% strongly agree.",
         [WARN]),
        # two shares of all that side: not certain which is the whole
        ("Some 54% strongly oppose the bypass. Overall, 47% oppose it, and 52% oppose the new car park.", [QUIET]),
    ],
)  # fmt: skip
def test_strong_answers_are_within_all_answers(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two groups of people
        "Some 54% of tenants strongly oppose the bypass, while 47% of owners oppose it.",
        # the other side
        "Some 54% strongly oppose the bypass and 47% support it.",
        # one end of a move of the strong share
        "The share who strongly oppose it rose from 29% in May to 54% in June. Overall, 47% oppose it.",
        # a mark, not an answer
        "Some 54% strongly oppose the bypass, though support has never fallen below 47%.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert verdicts(text) == []
