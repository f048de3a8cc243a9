"""A move in units and percent with no end of its own ("climbing by $31m (4%)") whose sentence goes on to a level of
its unit ("to top $800m") may end there, loosely worded: the level stated a sentence before may be
another measure's, so that pairing stays indeterminate. A move whose sentence stops at the move is still checked
against the level before it."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the move's own sentence goes on to a level of its unit: not flagged against the sentence before
        ("Across the circuit, merchandise revenue should rise again, to $1.8 billion, in 2027. Ticket revenue also "
         "went up in 2026, climbing by $31m (4%) to top $800m all told.",
         {QUIET}),
        # where the sentence's own level is read as the move's end, that end is the one checked
        ("Ad income on the network is expected to climb again, to $950 million, next year. Streaming fees also grew "
         "this year, going up by $24m (6%) to pass a total of $420m.", {PASS}),
        ("Ad income on the network is expected to climb again, to $950 million, next year. Streaming fees also grew "
         "this year, going up by $24m (9%) to pass a total of $420m.", {WARN}),
        # the move's sentence stops at the move: checked against the level before it
        ("The league's sponsorship revenue stood at $412 million. It was up $22 million, or 5.6 percent, on the year.",
         {PASS}),
        ("The league's sponsorship revenue stood at $412 million. It was up $22 million, or 9.6 percent, on the year.",
         {WARN}),
    ],
)  # fmt: skip
def test_a_move_whose_sentence_goes_on_to_a_level(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected
