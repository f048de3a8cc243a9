""" "up" and "down" as the particle of a verb that moves nothing ("made up", "takes up", "broke down"): such a word
does not govern the pair of figures after it, so "coffee, which made up a third of farm exports of $4.1 billion
against $4.6 billion" is no rise contradicted. The particles of a move ("picked up", "edged down") and the bare
adverbs ("up to", "down to") still govern their pair.

All sentences are made up (made-up places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Exports of coffee, which made up a third of farm exports of $4.1 billion against $4.6 billion in 2022, "
        "slumped.",
        "Rent, which takes up 40 per cent of the budget of $2,100 versus $2,400 last year, is the main cost.",
        "The Vellmar survey broke down spending of $6.2 billion against $7.1 billion a year earlier by region.",
        "Plug-in cars, which make up a fifth of sales of 412,000 versus 455,000 a year before, held steady.",
    ],
)
def test_a_particle_of_another_verb_governs_no_move(text: str) -> None:
    assert verdicts(text, "direction") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exports from Vellmar were up to $4.1 billion from $4.6 billion in 2022.", {ERROR}),
        ("Exports from Vellmar were down to $4.1 billion from $4.6 billion in 2022.", {PASS}),
        ("Orders at the Vellmar plant picked up to 4,100 from 3,900.", {PASS}),
        ("Output at the Vellmar mine edged down to 410 tonnes from 390 tonnes.", {ERROR}),
        # a particle verb and then a verb of a move: the move's verb governs
        ("Coffee, which made up a third of exports, rose to $4.1 billion from $4.6 billion in 2022.", {ERROR}),
    ],
)  # fmt: skip
def test_a_move_word_still_governs(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected
