"""A move said to take back the move before it: "fell 3%, more than erasing a 2% gain", "only partly reversing"."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fall past the start of an earlier rise
        (
            "Registrations of new cars in Velmont dropped 3.4% last month, more than wiping out the 2.9% rise "
            "recorded a month earlier.",
            {PASS},
        ),
        (
            "Registrations of new cars in Velmont dropped 1.4% last month, more than wiping out the 2.9% rise "
            "recorded a month earlier.",
            {WARN},
        ),
        # a rise past the start of an earlier fall: 9% back from a 10% loss needs 11.1%
        ("Shares of Pellam Foods jumped 12%, more than recouping the previous session's 10% loss.", {PASS}),
        ("Shares of Pellam Foods jumped 9.2%, more than recouping the previous session's 10% loss.", {WARN}),
        # "only partly": short of the start
        ("Factory orders at Dunwell rose 3% in May, only partly reversing a 7% drop in April.", {PASS}),
        ("Factory orders at Dunwell rose 9% in May, only partly reversing a 7% drop in April.", {WARN}),
        # moves in points compare their sizes directly
        ("The Brask 40 index slid 61 points on Friday, more than erasing Thursday's 48-point gain.", {PASS}),
        ("The Brask 40 index slid 41 points on Friday, more than erasing Thursday's 48-point gain.", {WARN}),
    ],
)
def test_move_taken_back(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a bare "erasing" is said loosely
        "Shares of Pellam Foods fell 3%, erasing a 4.5% gain from the week before.",
        # another measure taken back
        "Revenue at Olvo fell 3%, more than erasing a 5% rise in prices.",
        # several earlier moves
        "Exports from Tarvia fell 3%, more than wiping out gains of 2% in May and 4% in April.",
        # a forecast is not a move that happened
        "Output at Hensa fell 1%, more than erasing an expected 2% gain.",
        # two moves before the words, in two clauses: which one takes back the gain is not said
        "Olvo's shares rose 1% while the Brask 40 fell 0.2%, more than erasing a 3% gain.",
    ],
)
def test_not_a_move_taken_back(text: str) -> None:
    assert verdicts(text, "comparison") == set()
