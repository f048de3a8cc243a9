"""A level's record said between the level and the start of its move: "rose to 5.2%, the highest since 2019, from ...".

Jobs, price and output reports rank a new reading against its own past in an aside right after it; the start of the
move comes after the aside. The aside's own years or months date the record and are no end of the move. Every
sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, bool]]:
    return [
        (f.status.value, f.severity.value in ("warning", "error"))
        for f in check_text(text, only=["direction", "percent_change", "points_change"]).findings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Joblessness in Marrow County rose to 6.3%, the highest since 2017, from 5.9% in the spring.",
         [("pass", False)]),
        ("Joblessness in Marrow County rose to 6.3%, the highest since 2017, from 6.6% in the spring.",
         [("fail", True)]),
        # a time phrase before the aside, and a length of time inside it
        ("Vintner prices climbed to 4.4 percent in October, their fastest pace in two years, from 3.7 percent "
         "in September.", [("pass", False)]),
        ("Vintner prices climbed to 4.4 percent in October, their fastest pace in two years, from 4.8 percent "
         "in September.", [("fail", True)]),
        ("The factory gauge for Estmoor slipped to 47.6, a nine-month low, from 49.2 the month before.",
         [("pass", False)]),
        ("The factory gauge for Estmoor slipped to 47.6, a nine-month low, from 45.2 the month before.",
         [("fail", True)]),
        ("Crude landed at the port fell to $58.40 a barrel, the weakest since early 2022, from $63.10 a week "
         "earlier.", [("pass", False)]),
    ],
)  # fmt: skip
def test_the_move_reads_across_the_record_aside(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a figure after the aside's superlative that is a level of its own, not the record's date: no move
        "Harbour fees rose to $41 million, the largest of 12 ports, with $36 million from tankers.",
        # no start after the aside
        "Joblessness in Marrow County rose to 6.3%, the highest since 2017, as 2,400 jobs were cut.",
    ],
)  # fmt: skip
def test_no_move_without_a_start_after_the_aside(text: str) -> None:
    assert ("fail", True) not in verdicts(text)
