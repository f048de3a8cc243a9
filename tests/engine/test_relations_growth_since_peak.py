"""A change counted from a peak or a low its sentence gives ("since peaking at 3.6 million in 2019, it has fallen 14
percent"): made-up sentences, other verbs and orders; no current level means no pairing."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ridership stood at 3.1 million last year. Since peaking at 3.6 million in 2019, it has fallen 14 percent.",
            {PASS},
        ),
        (
            "Ridership stood at 3.1 million last year. Since peaking at 3.6 million in 2019, it has fallen 24 percent.",
            {WARN},
        ),
        ("The herd now numbers 4,200 animals, down 30% since it peaked at 6,000 in 2015.", {PASS}),
        ("The herd now numbers 4,200 animals, down 40% since it peaked at 6,000 in 2015.", {WARN}),
        # a low, a noun the sentence before uses instead of "it"
        (
            "Copper traded at $9,100 a tonne. Copper is up 30% since hitting a low of $7,000 a tonne in March.",
            {PASS},
        ),
        (
            "Copper traded at $9,100 a tonne. Copper is up 50% since hitting a low of $7,000 a tonne in March.",
            {WARN},
        ),
    ],
)
def test_a_change_counted_from_a_peak(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no level of that unit to count to
        "Orders hit 910 units in May. Prices have climbed 8% since hitting a low of $42 in March.",
        # the sentence before is about something the clause does not name
        "Wheat closed at $6.10 a bushel. Since peaking at $7.40 a bushel in June, soy has lost 12%.",
    ],
)
def test_no_pairing_without_a_current_level(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "growth_prior"]
    assert not [r for r in relations if "is counted from" in r.reason]
