"""A round move and a later exact one are one move told twice only if neither names a basis or a run of its own:
"above 5% (yoy) for six straight quarters" and "4.1% on the previous quarter" are two moves of one economy."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the round lead and the exact figure further down, nothing of their own
        ("Velland's exports jumped more than 40% in June. Officials said Velland's exports rose 41.6%.", {PASS}),
        ("Velland's exports jumped more than 40% in June. Officials said Velland's exports rose 38.2%.", {WARN}),
    ],
)
def test_a_round_lead_and_its_exact_form(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year-on-year bound over a run of quarters, then a quarter-on-quarter move
        "Ostrava's economy has grown by more than 4% (yoy) for six consecutive quarters. Measured against the "
        "quarter before, Ostrava's economy grew 2.72% in the spring.",
        "Ostrava's economy has grown by more than 4% for six quarters in a row. On a quarterly basis, Ostrava's "
        "economy grew 2.72% between April and June.",
        "Velland's exports jumped more than 40% y/y in June. Velland's exports rose 31.7% month-on-month.",
    ],
)
def test_a_basis_of_its_own_leaves_it_uncertain(text: str) -> None:
    assert verdicts(text, "same_figure") <= {QUIET}
