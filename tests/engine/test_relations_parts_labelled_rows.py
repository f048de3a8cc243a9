"""A table flattened into text: "Total: $900.0 Roads agency: $500.0 Rail office: $400.0 Ports unit, $150.0 ...".
Each figure follows a label and a colon of its own, and rows nest (units under an office), so the colon after a
label is no cue that the figures after it add up to the figure before it: those pairings stay indeterminate. A
total with its breakdown after one colon, in prose, still adds up or warns."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labelled rows of a flattened table: uncertain
        ("Spending by agency, in millions: Total: $900.0 Roads agency: $500.0 Rail office: $400.0 Ports unit, "
         "$150.0 Canals unit, $250.0", {QUIET}),
        ("Budget 2025 (EUR m) All ministries: €640.5 Health: €410.2 Schools: €230.3 Clinics, €150.0 Labs, €60.2",
         {QUIET}),
        # a breakdown after one colon in prose: checked
        ("Grants totalled $90 million: $50 million for roads and $60 million for rail.", {WARN}),
        ("Grants totalled $110 million: $50 million for roads and $60 million for rail.", {PASS}),
    ],
)  # fmt: skip
def test_labelled_rows_of_a_flattened_table_are_not_one_breakdown(text: str, expected: set) -> None:
    assert verdicts(text, "part_whole") == expected
