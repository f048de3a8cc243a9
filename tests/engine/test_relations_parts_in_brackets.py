"""parts_in_brackets: a total, then the groups it falls in, each group's figure bracketed after its name.

All sentences are made up (made-up trials, firms and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN

QUIET = ("fail", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # groups of one kind: the brackets are some of the total
        ("The review counted 90 infections, seen in the treated arm (30 infections) and in the control arm "
         "(60 infections).", {PASS}),
        ("The review counted 90 infections, seen in the treated arm (45 infections) and in the control arm "
         "(60 infections).", {WARN}),
        ("Velna raised $12 million in the seed round ($5 million) and the growth round ($7 million).", {PASS}),
        ("Velna raised $12 million in the seed round ($8 million) and the growth round ($7 million).", {WARN}),
        # words that split the total name every group: the brackets must add up to it
        ("The 1,400 complaints were split between the retail unit (900) and the trade unit (500).", {PASS}),
        ("The 1,400 complaints were split between the retail unit (700) and the trade unit (500).", {WARN}),
        ("The 1,400 complaints were split between the retail unit (900) and the trade unit (600).", {WARN}),
    ],
)  # fmt: skip
def test_groups_in_brackets(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # groups named by different nouns may overlap: a shortfall or excess stays quiet
        "The study logged 60 falls, in women (40 falls) and in the over-80s (30 falls).",
    ],
)
def test_groups_that_may_overlap_stay_indeterminate(text: str) -> None:
    assert WARN not in outcome(text)


@pytest.mark.parametrize(
    "text",
    [
        # brackets after dates give earlier figures, not groups
        "Corlan sold 5,200 boats this year, against last year (4,800) and the year before (4,100).",
        "Corlan sold 5,200 boats in 2031, after 2030 (4,800 boats) and 2029 (4,100 boats).",
        # brackets with other words in them
        "Corlan sold 5,200 boats in Norway (up from 4,800) and Sweden (up from 3,900).",
        # a conversion bracket in another currency
        "Hestra raised £40 million ($52 million) from investors.",
        # one bracket only: nothing to add up
        "The review counted 90 infections, seen mostly in the control arm (60 infections).",
    ],
)
def test_other_brackets_are_no_groups(text: str) -> None:
    assert outcome(text) == set()
