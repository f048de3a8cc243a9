"""A negated comparative ("not higher than 6%", "no lower than 2%") bounds a level the text does not state: the
figure just before it belongs to another bound, and the two are not compared. A plain comparative still is."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rents in Tavish rose 7%, higher than the 4% rise in wages.", {PASS}),
        ("Rents in Tavish rose 3%, higher than the 4% rise in wages.", {WARN}),
    ],
)
def test_a_plain_comparative_still_compares(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a target band spelt out as two negated bounds
        "The Brennish central bank must hold inflation in a band of 3% to 7%, that is, not below 3% and not above 7%.",
        "Under the pact, the deficit may run at 1% of output at the least and no more than 4% of output.",
        "Lenders were told to keep the ratio at 20% or higher, and no lower than 20% in any month, and not higher "
        "than 35%.",
    ],
)
def test_negated_bounds_are_not_compared(text: str) -> None:
    assert verdicts(text, "comparison") <= {PASS}
    assert WARN not in verdicts(text, "comparison")
