"""direction: "the two" before a move verb names things already counted, not the move's end.

"The gap between the two widened from 50.8 points to 55.6 points": "two" sits where a new level can ("(64,472)
increased from 48,140"), but after "the" with no noun of its own it refers to the rivals just named. It is not
read as the level the move ends at; the move's own "from ... to ..." is still checked, and a figure before the
verb that is a level still pairs.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, WARN, verdicts

_LEAD = "Orbis held 61% of the market and Kestrel 9%. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LEAD + "The gap between the two widened from 48.3 points in Q2 to 52 points in Q3.", {PASS}),
        (_LEAD + "The lead of the three narrowed from 20 points to 17 points.", {PASS}),
        # the move's own ends still checked
        (_LEAD + "The gap between the two widened from 48.3 points in Q2 to 45 points in Q3.", {WARN, ERROR}),
        # a level before the verb still pairs with the start after it
        ("Visitors (64,472) decreased from 48,140.", {WARN, ERROR}),
    ],
)
def test_the_two_is_no_level(text: str, expected: set) -> None:
    found = verdicts(text, "direction")
    assert found and found <= expected
