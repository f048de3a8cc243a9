"""A change told on a basis of its own, right after it: "up 7% at constant currency", "9% like-for-like", "4% on an
organic basis". The levels beside it are the reported ones, which currency moves, acquisitions or new stores may
set apart from the change by right, so a mismatch stays indeterminate and says why; with no basis named, or the
levels on the same basis, a slip still warns."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # the change on a basis of its own, the levels reported: not flagged
        (
            "Tarrow Brands said sales rose 7% at constant currency to €3.31 billion from €3.22 billion.",
            "percent_change",
            {QUIET},
        ),
        (
            "Sales at Penfold's stores grew 9% like-for-like to £402m, against £389m a year earlier.",
            "percent_change",
            {QUIET},
        ),
        (
            "Quenby's turnover was $7.4 billion, up 5% on an organic basis and 1% as reported, from $7.33 billion.",
            "growth_prior",
            {QUIET},
        ),
        (
            "Alder Foods' revenue climbed 11% in local currencies to 5.8 billion crowns from 5.6 billion.",
            "percent_change",
            {QUIET},
        ),
        # no basis named, or the levels on the same basis: a slip warns, a fit passes
        ("Tarrow Brands said sales rose 7% to €3.31 billion from €3.22 billion.", "percent_change", {WARN}),
        ("Tarrow Brands said sales rose 3% to €3.31 billion from €3.22 billion.", "percent_change", {PASS}),
        (
            "Tarrow Brands said sales rose 7% at constant currency to €3.31 billion at constant currency from "
            "€3.22 billion.",
            "growth_prior",
            {WARN},
        ),
    ],
)
def test_a_change_on_its_own_basis_is_not_the_reported_pairs(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected
