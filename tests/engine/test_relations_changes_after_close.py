"""changes_after_close: a move outside the regular session starts from the close the text gives.

All sentences are made up (made-up companies and prices).
"""

from __future__ import annotations

import pytest

from tests.engine.test_relations_changes_pointed import PASS, WARN, outcome


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Tolven fell $1.25 to $6.40 after the closing bell. The stock had ended the day at $7.65.", {PASS}),
        ("Shares of Tolven fell $1.75 to $6.40 after the closing bell. The stock had ended the day at $7.65.", {WARN}),
        ("Tolven shares rose 6% to $12.40 in extended trading, after closing at $11.70.", {PASS}),
        ("Tolven shares rose 9% to $12.40 in extended trading, after closing at $11.70.", {WARN}),
        ("Tolven's shares closed at $30.10. They slid 90 cents to $29.20 in premarket trading.", {PASS}),
        ("Tolven's shares closed at $30.10. They slid 60 cents to $29.20 in premarket trading.", {WARN}),
        ("After hours, Tolven's stock fell $2.14 to $8.30. It had closed at $10.44.", {PASS}),
    ],
)
def test_a_move_after_the_close(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brisco Rail stock dropped 64 cents to $18.21 on Thursday after closing at $18.85 on Wednesday.", {PASS}),
        ("Brisco Rail stock dropped 46 cents to $18.21 on Thursday after closing at $18.85 on Wednesday.", {WARN}),
        ("The Harlan 50 index climbed 1.6% to 6,604 after ending the previous session at 6,500.", {PASS}),
        ("The Harlan 50 index climbed 2.6% to 6,604 after ending the previous session at 6,500.", {WARN}),
        ("Cocoa futures slid $75 to $4,125 a tonne, after settling Friday at $4,200.", {PASS}),
        ("Cocoa futures slid $57 to $4,125 a tonne, after settling Friday at $4,200.", {WARN}),
        ("Quenby Bank's shares added 3% to 412p after finishing at 400p yesterday.", {PASS}),
    ],
)
def test_a_move_from_the_close_its_own_sentence_names(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "closing" a deal, not a session: its price is no start
        "Brisco Rail stock rose 2% to $40.80 after closing the sale at $38.",
        # a close long before the move
        "Brisco Rail stock fell 5% to $20.90, a month after closing at $25.",
    ],
)
def test_no_close_in_the_sentence_to_start_from(text: str) -> None:
    assert outcome(text) == set()


def test_a_close_further_back_stays_indeterminate() -> None:
    assert WARN not in outcome("Brisco Rail stock fell 5% to $20 after closing at $25 in March.")


@pytest.mark.parametrize(
    "text",
    [
        # a move in the regular session: the session words belong to another clause
        "Tolven rose 3% to $10.44 in the session, before results came out after the bell. It closed at $10.44.",
        # no session words: the move may be the day's own
        "Tolven's stock climbed 50 cents to $12.40. The shares had closed at $11.70 on Tuesday.",
        # the close of an index is in other units
        "Tolven fell $1.25 to $6.40 after hours. The Nasdaq closed at 14,220 on Tuesday.",
    ],
)
def test_no_close_to_start_from(text: str) -> None:
    assert outcome(text) == set()


def test_a_close_of_another_day_stays_indeterminate() -> None:
    text = (
        "Tolven's stock climbed 50 cents to $12.40 after hours on Thursday. The shares had closed at $11.70 on Tuesday."
    )
    assert WARN not in outcome(text)
