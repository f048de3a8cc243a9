"""A total, then one bracket listing where it falls ("44 points on the road trip (20 in Denver and 24 in Austin)"):
the pieces together are no larger than the total. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_whole"]


PASS = ("part_whole", "pass", "info")
WARN = ("part_whole", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Owls scored 44 points on the road trip (20 in Denver and 24 in Austin).", [PASS]),
        ("The Owls scored 44 points on the road trip (30 in Denver and 24 in Austin).", [WARN]),
        ("The firm booked $40 million in fees ($25 million from Europe and $15 million from Asia).", [PASS]),
        ("The firm booked $40 million in fees ($35 million from Europe and $15 million from Asia).", [WARN]),
        ("The storm killed 41 people (22 in Ardel, 12 in Brisk and 7 in Corran).", [PASS]),
        ("The storm killed 41 people (22 in Ardel, 22 in Brisk and 7 in Corran).", [WARN]),
        # some of the total: the pieces named need not be all of it
        ("The storm killed 41 people (22 in Ardel and 12 in Brisk).", [PASS]),
        ("Lenders wrote off 310 loans (120 during the spring and 95 during the summer).", [PASS]),
    ],
)  # fmt: skip
def test_the_bracketed_pieces_fit_in_the_total(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # running totals, a move, other periods, other words in the bracket
        "The Owls scored 98 points (45 at the half and 70 by the third quarter).",
        "Sales rose by 40 units (25 in Europe and 15 in Asia).",
        "The storm killed 41 people (22 in 2021 and 19 in 2022).",
        "The storm killed 41 people (22 in Ardel, up from 12 in May).",
        "The storm killed 41 people (including 22 in Ardel and 12 in Brisk).",
        "The storm killed 41 people (22 in Ardel and 12% in Brisk).",
        # the bracket after another clause
        "The storm killed 41 people, and aid reached many more towns (22 in Ardel and 12 in Brisk).",
    ],
)  # fmt: skip
def test_no_list_without_a_bracket_of_pieces(text: str) -> None:
    assert not [r for r in check_text(text).relations if "lists where it falls" in r.reason]
