"""A sentence that opens on a pointer ("It", "They") back to the level just given pairs its move with that level,
but only its first move, and only while no other thing is named before the move: a market report's "It was
followed by Brackwater, which rose 4.2% to $18.75" tells Brackwater's move, not the day's leader's. Every sentence
is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "growth_prior"]


PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the pointer is the subject of the move: the level before is its start
        ("The index closed at 4,200 on Monday. It rose 2% to 4,284 on Tuesday.", [PASS]),
        ("The index closed at 4,200 on Monday. It rose 5% to 4,284 on Tuesday.", [WARN]),
        ("The fund held $80 million in March. It grew 10% to $88 million by June.", [PASS]),
        ("The fund held $80 million in March. It grew 20% to $88 million by June.", [WARN]),
    ],
)  # fmt: skip
def test_the_pointer_starts_its_move(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another thing named between the pointer and the move: the move is that thing's
        "Tolvane Mills was the day's top gainer, up 12.5% to $3.60. It was followed by Brackwater, which rose 4.2% "
        "to $18.75, and Pellin Foods, whose shares gained 3.1% to $9.90.",
        "Harn Copper led the fallers, down 8.2% to $41.00. It was trailed by Ostby Steel, which slid 3.4% to $2.84.",
        "Quarry Bank ended at $12.00. They were joined by Fenwick, up 3% to $55.10.",
        # a second move in the pointer's sentence starts where the first ended, not at the level before
        "The index closed at 4,200 on Monday. It rose 2% to 4,284 on Tuesday and 1.5% to 4,348 on Wednesday.",
    ],
)  # fmt: skip
def test_no_pairing_past_another_subject_or_move(text: str) -> None:
    assert verdicts(text) in ([], [PASS])
    assert all(f.status.value != "fail" for f in check_text(text).findings)
