"""A total's move, then the moves of the two halves it splits into ("full-time" and "part-time", "domestic" and
"international"): the halves' signed moves add up to the total's. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.check, f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "part_whole" and "moves" in f.message
    ]


PASS = ("part_whole", "pass", "info")
WARN = ("part_whole", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the halves in the total's sentence
        ("Employment increased by 15,300 in May, as full-time roles grew by 23,800 while part-time roles shrank "
         "by 8,500.",
         [PASS]),
        ("Employment increased by 15,300 in May, with full-time positions up 23,800 and part-time positions down "
         "9,500.",
         [WARN]),
        # the halves in a later sentence, a revision and another period's asides between
        ("Employment increased by 15,300 in May. Full-time positions grew by 23,800 (April down 4,200), while "
         "part-time roles shrank by 8,500 (April up 6,700).", [PASS]),
        ("Employment increased by 15,300 in May. Full-time positions grew by 23,800 (April down 4,200), while "
         "part-time roles shrank by 10,500 (April up 6,700).", [WARN]),
        ("Employment climbed 41,200 in May. The April gain was revised to show 8,000 jobs. Full-time employment "
         "climbed 50,300 and part-time jobs slid 9,100.", [PASS]),
        ("Employment climbed 41,200 in May. The April gain was revised to show 8,000 jobs. Full-time employment "
         "climbed 50,300 and part-time jobs rose 9,100.", [WARN]),
        # rounded to the hundred: each series on its own
        ("Employment increased by 17,300 in May. Full-time workers gained 36,600; part-time workers lost 19,400.",
         [PASS]),
        ("Passenger numbers fell by 40,000 in June. Domestic passengers dropped 25,000 and international passengers "
         "fell 15,000.", [PASS]),
        ("Passenger numbers fell by 40,000 in June. Domestic passengers dropped 35,000 and international passengers "
         "fell 15,000.", [WARN]),
        ("Sales rose $12 million to $80 million. Domestic sales rose $9 million and overseas sales rose $3 million.",
         [PASS]),
        # an earlier period's moves in brackets after the halves, its total in the sentence before
        ("Employment increased by 15,300 in May. The April figure was revised to show a gain of 2,500. Full-time "
         "positions grew by 23,800 (April down 4,200), while part-time roles shrank by 8,500 (April up 6,700).",
         [PASS, PASS]),
        ("Employment increased by 15,300 in May. The April figure was revised to show a gain of 4,500. Full-time "
         "positions grew by 23,800 (April down 4,200), while part-time roles shrank by 8,500 (April up 6,700).",
         [PASS, WARN]),
    ],
)  # fmt: skip
def test_the_halves_moves_add_up_to_the_totals(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the halves of another period, or of a narrower total
        "Employment increased by 15,300 in May. In April, full-time positions grew by 23,800, while part-time roles "
        "shrank by 8,500.",
        "Employment among young people increased by 15,300. Full-time positions grew by 23,800, while part-time "
        "roles shrank by 8,500.",
        # a third move beside the halves, or two totals before them
        "Employment increased by 15,300 in May, as full-time roles grew by 23,800, part-time roles shrank by 8,500 "
        "and self-employment rose 1,000.",
        "Employment increased by 15,300 in May and hiring rose by 2,000. Full-time positions grew by 23,800, while "
        "part-time roles shrank by 8,500.",
        # two halves of different splits, or counting other things than the total
        "Employment increased by 15,300 in May. Full-time positions grew by 23,800, while women's jobs shrank by "
        "8,500.",
        "Employment increased by 15,300 in May. Full-time wages grew by 23,800, while part-time roles shrank by 8,500.",
        # no total in the paragraph
        "Exports held steady.\n\nFull-time positions grew by 23,800, while part-time roles shrank by 8,500.",
    ],
)  # fmt: skip
def test_no_split_without_its_total(text: str) -> None:
    assert not [r for r in check_text(text).relations if "two halves" in r.reason]


@pytest.mark.parametrize(
    "text",
    [
        # the brackets of two periods, or the earlier total only as a start
        "Employment increased by 15,300 in May. The April figure was revised to show a gain of 2,500. Full-time "
        "positions grew by 23,800 (April down 4,200), while part-time roles shrank by 8,500 (March up 6,700).",
        "Employment increased by 15,300 in May. The April gain was revised from 1,500 to 2,500. Full-time positions "
        "grew by 23,800 (April down 4,200), while part-time roles shrank by 8,500 (April up 6,700).",
    ],
)  # fmt: skip
def test_no_split_of_the_asides_without_their_total(text: str) -> None:
    found = [r for r in check_text(text).relations if "two halves" in r.reason]
    assert len(found) == 1  # the month's own split only
