"""A move in units and percent with no ends, in a sentence that lists several such moves ("namely Eastvale, which
rose by 12 cases (40%), Northmoor 9 cases (25%) ..."), is one part's move: the level stated the sentence before is
as likely the whole's. The pairing stays indeterminate; a lone move after its level is still checked."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # parts' moves listed after the whole's level: not flagged
        ("During the week to 4 March a total of 412 cases were reported across Varnia. Four districts showed a rise, "
         "namely Eastvale, which rose by 12 cases (40%), Northmoor 9 cases (25%) and Linford 3 cases (60%).",
         {QUIET}),
        ("Police in Varnia recorded 980 burglaries in 2023. Three towns saw rises, namely Calby, which rose by 40 "
         "burglaries (25%), Dorn 12 burglaries (8%) and Esk 5 burglaries (4%).", set()),
        # one move after its level: checked
        ("Shares of Ostrava Mining closed at 412 pence. They were up 12 pence, or 3 percent.", {PASS}),
        ("Shares of Ostrava Mining closed at 412 pence. They were up 12 pence, or 9 percent.", {WARN}),
    ],
)  # fmt: skip
def test_a_listed_part_move_is_not_tied_to_the_whole(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected
