"""A word that judges a move ("improved", "worsened") rather than giving its way: between two levels it stays
indeterminate, since for costs, losses, debt or bad loans the better figure is the lower one; between two rates
of growth better is higher, and the word is checked as a rise."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def directions(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "direction"}


UNSURE = {("indeterminate", "info")}


@pytest.mark.parametrize(
    "text",
    [
        "At Harlow Cooperative Bank the gross bad-loan ratio improved to 3.4 per cent from 4.6 per cent.",
        "The cost-to-income ratio of Pemberly Insurance improved to 51.5% from 55.0% over the half.",
        "Net debt at Ostia Cement improved to 2.3 billion rand from 3.1 billion rand.",
        "The operating loss at the Lumen streaming arm improved to $41 million from $77 million.",
        "Days of inventory at Carrow Apparel improved to 64 days from 80 days.",
        # the same word on a measure where better is higher, printed the other way, is left unflagged too
        "The operating margin at Tessaly Foods improved to 11.2% from 12.9%.",
    ],
)
def test_a_judging_word_between_two_levels_stays_indeterminate(text):
    assert directions(text) == UNSURE
    message = next(f.message for f in check_text(text).findings if f.check == "direction")
    assert "better or worse" in message


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word that gives the way is still checked
        ("At Harlow Cooperative Bank the gross bad-loan ratio rose to 3.4 per cent from 4.6 per cent.", "fail"),
        ("At Harlow Cooperative Bank the gross bad-loan ratio fell to 3.4 per cent from 4.6 per cent.", "pass"),
    ],
)
def test_a_word_that_gives_the_way_is_checked(text, expected):
    assert {status for status, _ in directions(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cargo volumes at Port Ellan rose 5.9 per cent in May, an improvement on the 4.2 per cent increase "
         "in April.", {("pass", "info")}),
        ("Cargo volumes at Port Ellan rose 4.2 per cent in May, an improvement on the 5.9 per cent increase "
         "in April.", {("fail", "error")}),
    ],
)  # fmt: skip
def test_between_two_rates_of_growth_better_is_higher(text, expected):
    assert directions(text) == expected
