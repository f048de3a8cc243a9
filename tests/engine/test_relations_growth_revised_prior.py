"""A move whose base is the period before as revised ("Orders fell 2% in May to 410,000. April's orders were
revised up to 418,000."), end to end on made-up sentences."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the month before revised down, the change on it
        (
            "Factory orders in Velland rose 2.5% in July to $41 billion. Orders in June were revised down to "
            "$40 billion.",
            {PASS},
        ),
        (
            "Factory orders in Velland rose 6.5% in July to $41 billion. Orders in June were revised down to "
            "$40 billion.",
            {WARN},
        ),
        # a change said on the way to the revised level, a sentence between
        (
            "Permits for new homes fell 1.2% in March to 812,000 units. Builders blamed the weather. Permits in "
            "February were revised to a 3.1% gain, to 822,000 units.",
            {PASS},
        ),
        # the quarter before, "revised higher to"
        (
            "Exports from Carrow grew 3% in the third quarter to $50.2 billion. Second-quarter exports were revised "
            "higher to $48.7 billion.",
            {PASS},
        ),
    ],
)
def test_a_change_on_the_revised_period_before(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the change is on a year before, not on the revised month
        "Factory orders in Velland rose 6.5% in July from a year earlier to $41 billion. Orders in June were "
        "revised down to $40 billion.",
        # the revision is of another month than the one before
        "Factory orders in Velland rose 6.5% in July to $41 billion. Orders in February were revised down to "
        "$40 billion.",
        # the revised figure is in other units
        "Factory orders in Velland rose 6.5% in July to $41 billion. Orders in June were revised down to 40,000 units.",
        # the revision names another measure than the one that moved: never loud
        "Exports from Carrow rose 6.5% in July to $41 billion. Imports in June were revised down to $40 billion.",
        # no period on the revision and nothing saying it is the one before
        "Factory orders in Velland rose 6.5% in July to $41 billion. Its forecast was revised down to $40 billion.",
    ],
)
def test_look_alikes_are_not_paired(text: str) -> None:
    assert WARN not in verdicts(text, "growth_prior")
    assert verdicts(text, "growth_prior") <= {QUIET}
