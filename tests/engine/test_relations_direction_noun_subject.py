"""A move noun that is the subject of "was" ("the chain's comparable-store increase was 2%, against a 3% gain in
May") names the measure, a growth rate, and tells its size; it says nothing of which way the rate went since the
figure compared, so no direction is read from it. A verb or a noun that governs the move ("an increase to 3% from
2%", "rose to 3% from 4%") is still checked."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def directions(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "direction"}


@pytest.mark.parametrize(
    "text",
    [
        "Harrowgate Stores' comparable-store increase was 2 percent, compared to a 3 percent gain in November.",
        "Quillon Books said its online sales increase was 8 percent, compared with 11 percent in the spring.",
        "At Pellam Foods the like-for-like rise was 1.5% in June, against 4.1% a month before.",
        "The decline at Orvel Motors was 6 per cent in March, compared with 9 per cent in February.",
        "The chain's sales gain came in at 2.4%, versus 3.9% in the prior month.",
    ],
)
def test_a_move_noun_as_subject_gives_no_direction(text: str) -> None:
    assert directions(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Harrowgate Stores' comparable-store sales rose to 2 percent from 3 percent in November.", "fail"),
        ("Harrowgate Stores' comparable-store sales fell to 2 percent from 3 percent in November.", "pass"),
        ("The default rate at Lisle Credit rose to 4.2% from 3.8% a year earlier.", "pass"),
    ],
)
def test_a_verb_that_governs_the_move_is_still_checked(text: str, expected: str) -> None:
    assert {status for status, _ in directions(text)} == {expected}
