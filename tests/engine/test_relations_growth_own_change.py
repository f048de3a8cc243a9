"""growth_prior: a level told with a change of its own is not taken for certain as another move's start.

"The port welcomed about 4.2 million overseas visitors last year, up 9 percent from 2023, whereas domestic
travellers numbered 3.9 million, up 3 percent": "last year" marks the first level as earlier, but its own
"up 9 percent" makes it the end of its own series, so setting it against the 3 percent rise of another figure is
left indeterminate. A level told without a move of its own is still the start of the next one.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_ABROAD = "Halden port welcomed about 4.2 million overseas visitors last year, up 9 percent from 2023, "
_PLAIN = "Halden port handled 4.2 million travellers last year. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a prior level with no move of its own: still checked
        (_PLAIN + "This year it handled 4.4 million travellers, up 5 percent.", {PASS}),
        (_PLAIN + "This year it handled 4.4 million travellers, up 15 percent.", {WARN}),
        # the earlier-marked level carries its own change: another series may follow
        (_ABROAD + "whereas domestic travellers numbered 3.9 million, up 3 percent.", {QUIET}),
        (
            _ABROAD + "whereas domestic travellers numbered 3.9 million, up 3 percent. All told, the port's "
            "travellers rose 4 percent to 11.6 million.",
            {QUIET},
        ),
        (
            "Halden port handled 4.2 million travellers last year, up 9 percent from 2023. This year it handled "
            "4.4 million travellers, up 15 percent.",
            {QUIET},
        ),
    ],
)
def test_a_level_with_its_own_change(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected
