"""shares: a rest word that introduces named members ("the remaining brands are Vexa at 6%, ...") is no rest item.

"The remaining brands in the top five are Vexa at a 6 percent market share and Orlo at 3.2 percent" lists the
rest of a ranking by name; each share is one named player's, so the list need not reach 100%. A rest word that
is itself the holder ("and others 13%") still closes the list, which must then come to about 100%.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rest word before named players: their shares are a part of the market
        ("The remaining brands in the top five are Vexa at a 6 percent market share and Orlo at 3.2 percent.", {PASS}),
        (
            "Rounding out the top five, the remaining makers are Vexa at six percent market share, Orlo at 3.2 "
            "percent and Quin at 2.4 percent.",
            {PASS},
        ),
        # the rest as one item of the list: it covers the whole, both ways
        ("In the race for mayor, Roe took 52% of the vote, Doe 45% and others 3%.", {PASS}),
        ("In the race for mayor, Roe took 52% of the vote, Doe 45% and others 13%.", {WARN}),
    ],
)
def test_a_rest_word_before_named_members(text: str, expected: set) -> None:
    assert verdicts(text, "shares") == expected
