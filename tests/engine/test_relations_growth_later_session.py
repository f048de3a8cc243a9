"""A move in units and percent told for a later session (after hours, in extended or late trade, before the bell)
starts from the close told just before it: the close is the move's start, not its end. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN
from tests.engine.test_relations_changes_pointed import outcome


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the close, then a move of a later session: measured from the close
        ("Kellan Foods stock added 40 cents to settle at $52.80. During extended trading the shares slid $3.70, "
         "or 7.0 percent.", {PASS}),
        ("Kellan Foods stock added 40 cents to settle at $52.80. During extended trading the shares slid $3.70, "
         "or 8.0 percent.", {WARN}),
        ("Kellan Foods stock ended the day at $52.80. The shares slid $3.70, or 7.0 percent, in late trade.", {PASS}),
        ("Kellan Foods stock ended the day at $52.80. The shares slid $3.70, or 6.0 percent, in late trade.", {WARN}),
        # no later session: the level said before is where the move ended
        ("The Ardent index stood at 1,130. It had shed 70, or 5.8 percent.", {PASS}),
        ("The Ardent index stood at 1,130. It had shed 70, or 6.2 percent.", {WARN}),
        # a later session after a level that is no close: the level may be either end
        ("Kellan Foods stock traded near $52.80 at midday. After hours, the shares slid $3.70, or "
         "7.0 percent.", {QUIET}),
    ],
)  # fmt: skip
def test_a_later_session_starts_from_the_close(text: str, expected: set) -> None:
    assert outcome(text) == expected
