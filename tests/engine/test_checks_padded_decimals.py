"""A stated percentage whose second decimal is a zero ("up 702 points or 1.50%", "a rise of 33.60%") is often a
figure worked out to one decimal and padded: it is read to that one decimal, so a move of 1.47% is not called
wrong against "1.50%". Two decimals that are not a padding zero keep their own precision, and a figure off by more
than the one decimal still fails.

All sentences are made up (made-up index and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kessel index settled at 48,311, up by 702 points or 1.50%.", {PASS}),
        ("The Kessel index settled at 48,311, up by 702 points or 1.5%.", {PASS}),
        ("The Kessel index settled at 48,311, up by 702 points or 1.47%.", {PASS}),
        # two decimals of their own, off by six hundredths
        ("The Kessel index settled at 48,311, up by 702 points or 1.53%.", {WARN}),
        # off by more than the one decimal the padded figure keeps
        ("The Kessel index settled at 48,311, up by 702 points or 1.70%.", {WARN}),
        ("The Kessel index settled at 48,311, up by 702 points or 1.60%.", {WARN}),
    ],
)
def test_a_padded_second_decimal(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected
