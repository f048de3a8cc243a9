"""A part and its share taken out of a whole said just before: "of which" after a short time or place phrase, and
a sentence that opens on "Of these," after the sentence that gives the whole.

"Brokers placed 6,400 policies in the spring, of which 1,600 (25%) were for farms" and "Brokers placed 6,400
policies in the spring. Of these, 1,600 (25%) were for farms" both say what the share is of. Where the sentence
before gives two figures the part could come out of, the whole is not said, and the share is not checked against
either."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts

_BEFORE = "Brokers at Calloway placed 6,400 policies in the spring."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "of which" after a time or place phrase closing the whole's clause
        ("Calloway placed 6,400 policies last quarter, of which 1,600 (25%) were for farms.", {PASS}),
        ("Calloway placed 6,400 policies last quarter, of which 1,600 (35%) were for farms.", {WARN}),
        ("Tenby counted 2,900 wind pumps across the county, of which 580, or 20%, needed repair.", {PASS}),
        ("Tenby counted 2,900 wind pumps across the county, of which 580, or 28%, needed repair.", {WARN}),
        # a sentence opening on "Of these," with its part and share, either order
        (f"{_BEFORE} Of these, 1,600 (25%) were for farms.", {PASS}),
        (f"{_BEFORE} Of these, 1,600 (19%) were for farms.", {WARN}),
        (f"{_BEFORE} Of these, about 25% (1,600) were written for farms.", {PASS}),
        (f"{_BEFORE} Of these, about 31% (1,600) were written for farms.", {WARN}),
        (f"{_BEFORE} Of them, 1,600, or 25%, covered farms.", {PASS}),
    ],
)  # fmt: skip
def test_share_of_the_whole_said_before(text: str, expected: set) -> None:
    assert verdicts(text, "part_share") == expected


@pytest.mark.parametrize(
    "text",
    [
        # two figures the part could come out of
        "Calloway placed 6,400 home policies and 2,100 car policies in the spring. Of these, 1,600 (35%) were new.",
        # "of these" not at the head of the sentence
        f"{_BEFORE} Farm cover made up 1,600 (35%) of these, brokers said.",
        # the whole in another paragraph
        f"{_BEFORE}\n\nOf these, 1,600 (35%) were for farms.",
    ],
)
def test_whole_not_said(text: str) -> None:
    assert WARN not in verdicts(text, "part_share")
