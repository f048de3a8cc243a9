"""A quarter named by its months ("the July-September quarter") is a time phrase like "the third quarter": it
may stand between a move's end and its start without breaking the pairing. Every sentence is made up."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes_in_clauses import ERROR, PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quarter's months between the end and the start
        (
            "Tessaly farm output rose to 6.2 percent in the July-September quarter from 3.9 percent a year ago.",
            {PASS},
        ),
        (
            "Tessaly farm output rose to 2.2 percent in the July-September quarter from 3.9 percent a year ago.",
            {ERROR},
        ),
        ("Retail lending at Orvane fell to 11.4% in April–June 2023 from 12.8% a year earlier.", {PASS}),
        ("Retail lending at Orvane fell to 13.4% in April–June 2023 from 12.8% a year earlier.", {ERROR}),
        # a whole-number start read to the end's decimals: a warning, not an error
        ("Tessaly farm output rose to 3.7 percent in the July-September quarter from 4 percent a year ago.", {WARN}),
        # the same move with the quarter counted: the pairing did not hang on the month names
        ("Tessaly farm output rose to 2.2 percent in the third quarter from 3.9 percent a year ago.", {ERROR}),
    ],
)
def test_a_quarter_named_by_its_months_is_a_time_phrase(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a range of months that is itself the start ("from May") is not a time phrase to skip
        "Tessaly farm output rose to 6.2 percent in the quarter, from 3.9 percent in May-June.",
        # two figures of other kinds around the months: nothing to pair
        "Farm output in Tessaly reached 6.2 million tonnes in the July-September quarter, 3.9 percent of exports.",
    ],
)
def test_look_alikes(text: str) -> None:
    assert not verdicts(text, "direction") & {WARN, ERROR}
