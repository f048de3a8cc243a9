"""Two opposite answers to one poll question, a sentence or two apart, fit in 100%. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "shares"]


PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In all, 38% of residents at least somewhat support the levy. That is down from the spring. "
            "Fifty-one percent oppose the levy.",
            [PASS],
        ),
        (
            "In all, 58% of residents at least somewhat support the levy. That is down from the spring. "
            "Fifty-one percent oppose the levy.",
            [WARN],
        ),
        ("Overall, 44% of members approve of the board's strategy. Some 49% disapprove of its strategy.", [PASS]),
    ],
)  # fmt: skip
def test_opposite_answers_apart_fit_in_the_whole(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another object: maybe another question
        "In all, 58% of residents support the levy. Fifty-one percent oppose the new stadium.",
        # a strong answer is part of its side, not the whole side
        "In all, 58% of residents support the levy. Fifty-one percent strongly oppose the levy.",
        # two groups of people
        "Some 58% of renters support the levy. Some 51% of owners oppose the levy.",
        # a third answer in between: which two belong together is not known
        "Some 58% support the levy. Last year 40% supported the levy. Now 51% oppose the levy.",
        # too far apart
        "Some 58% support the levy. Turnout is due soon. Ballots go out in May. Some 51% oppose the levy.",
    ],
)  # fmt: skip
def test_no_pair_without_one_question(text: str) -> None:
    assert verdicts(text) == []
