"""directions_apart: "<word> from <figure>" after a bracketed breakdown moves the figure before the bracket.

"A dividend of S$0.80 a share (S$0.65 ordinary + S$0.15 special), up from S$0.58": the figures in the bracket are
an aside; the level that rose is S$0.80, not the S$0.15 right before the word.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmar Bank declared a dividend of S$0.80 per share, up from S$0.58 a year ago.", {PASS}),
        ("Velmar Bank declared a dividend of S$0.50 per share, up from S$0.58 a year ago.", {ERROR}),
        # the bracket's parts are not the level the word moves
        (
            "Velmar Bank declared dividends of S$0.80 per share (S$0.65 ordinary + S$0.15 special), up from S$0.58 "
            "a year ago.",
            {PASS},
        ),
        (
            "Velmar Bank declared dividends of S$0.50 per share (S$0.35 ordinary + S$0.15 special), up from S$0.58 "
            "a year ago.",
            {ERROR},
        ),
        ("Net sales reached €210 million (including €12 million from acquisitions), down from €230 million.", {PASS}),
        ("Net sales reached €250 million (including €12 million from acquisitions), down from €230 million.", {ERROR}),
    ],
)
def test_a_bracket_before_the_word(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected
