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
        ("Employment rose by 12,400 in May, as full-time jobs rose by 20,100 and part-time jobs slid by 7,700.",
         [PASS]),
        ("Employment rose by 12,400 in May, with full-time employment up 20,100 and part-time employment down 8,700.",
         [WARN]),
        # the halves in a later sentence, a revision and another period's asides between
        ("Employment rose by 12,400 in May. Full-time employment rose by 20,100 (April down 3,000) and part-time "
         "jobs fell by 7,700 (April up 5,000).", [PASS]),
        ("Employment rose by 12,400 in May. Full-time employment rose by 20,100 (April down 3,000) and part-time "
         "jobs fell by 9,700 (April up 5,000).", [WARN]),
        ("Employment climbed 41,200 in May. The April gain was revised to show 8,000 jobs. Full-time employment "
         "climbed 50,300 and part-time jobs slid 9,100.", [PASS]),
        ("Employment climbed 41,200 in May. The April gain was revised to show 8,000 jobs. Full-time employment "
         "climbed 50,300 and part-time jobs rose 9,100.", [WARN]),
        # rounded to the hundred: each series on its own
        ("Employment rose by 20,800 in May. Full-time employment rose by 41,900 and part-time jobs slid by 21,000.",
         [PASS]),
        ("Passenger numbers fell by 40,000 in June. Domestic passengers dropped 25,000 and international passengers "
         "fell 15,000.", [PASS]),
        ("Passenger numbers fell by 40,000 in June. Domestic passengers dropped 35,000 and international passengers "
         "fell 15,000.", [WARN]),
        ("Sales rose $12 million to $80 million. Domestic sales rose $9 million and overseas sales rose $3 million.",
         [PASS]),
        # an earlier period's moves in brackets after the halves, its total in the sentence before
        ("Employment rose by 12,400 in May. The April figure was revised to show a gain of 2,000. Full-time "
         "employment rose by 20,100 (April down 3,000) and part-time jobs slid by 7,700 (April up 5,000).",
         [PASS, PASS]),
        ("Employment rose by 12,400 in May. The April figure was revised to show a gain of 4,000. Full-time "
         "employment rose by 20,100 (April down 3,000) and part-time jobs slid by 7,700 (April up 5,000).",
         [PASS, WARN]),
    ],
)  # fmt: skip
def test_the_halves_moves_add_up_to_the_totals(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the halves of another period, or of a narrower total
        "Employment rose by 12,400 in May. In April, full-time employment rose by 20,100 and part-time jobs slid "
        "by 7,700.",
        "Employment among young people rose by 12,400. Full-time employment rose by 20,100 and part-time jobs slid "
        "by 7,700.",
        # a third move beside the halves, or two totals before them
        "Employment rose by 12,400 in May, as full-time jobs rose by 20,100, part-time jobs slid by 7,700 and "
        "self-employment rose 1,000.",
        "Employment rose by 12,400 in May and hiring rose by 2,000. Full-time employment rose by 20,100 and "
        "part-time jobs slid by 7,700.",
        # two halves of different splits, or counting other things than the total
        "Employment rose by 12,400 in May. Full-time employment rose by 20,100 and women's jobs fell by 7,700.",
        "Employment rose by 12,400 in May. Full-time wages rose by 20,100 and part-time jobs slid by 7,700.",
        # no total in the paragraph
        "Exports held steady.\n\nFull-time employment rose by 20,100 and part-time jobs slid by 7,700.",
    ],
)  # fmt: skip
def test_no_split_without_its_total(text: str) -> None:
    assert not [r for r in check_text(text).relations if "two halves" in r.reason]


@pytest.mark.parametrize(
    "text",
    [
        # the brackets of two periods, or the earlier total only as a start
        "Employment rose by 12,400 in May. The April figure was revised to show a gain of 2,000. Full-time "
        "employment rose by 20,100 (April down 3,000) and part-time jobs slid by 7,700 (March up 5,000).",
        "Employment rose by 12,400 in May. The April gain was revised from 1,000 to 2,000. Full-time employment rose "
        "by 20,100 (April down 3,000) and part-time jobs slid by 7,700 (April up 5,000).",
    ],
)  # fmt: skip
def test_no_split_of_the_asides_without_their_total(text: str) -> None:
    found = [r for r in check_text(text).relations if "two halves" in r.reason]
    assert len(found) == 1  # the month's own split only
