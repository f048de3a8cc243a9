"""growth_pair_before: a change after its pair, in a sentence listing several moves of the measure.

"12.4 million passengers, up from 11.2 million ... Regional passenger numbers grew 6.1 percent, while long-haul
transfer passengers rose 14.3 percent": a sentence listing moves of the measure tells its
parts' moves, so the first is not taken for certain as the whole pair's change. A lone change after the pair is
still checked.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_PAIR = (
    "Norwind Air posted a gain of 1.2 million to reach 12.4 million passengers in 2025, up from 11.2 million "
    "passengers in the same period of 2024. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PAIR + "Passenger numbers were up by 10.7 percent.", {PASS}),
        (_PAIR + "Passenger numbers were up by 6.1 percent.", {WARN}),
        (
            _PAIR + "Regional passenger numbers grew 6.1 percent, while long-haul transfer passengers rose 14.3 "
            "percent.",
            {QUIET},
        ),
    ],
)
def test_a_sentence_of_several_moves_after_the_pair(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected
