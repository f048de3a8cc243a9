"""'Falls short of' as a comparative a sentence after its figure, and estimates economists were expecting."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause names the measure and the subject carries over: certain
        (
            "Brightwater's revenue rose to $5.2 billion in 2023. Its revenue fell short of the $6.1 billion of 2021.",
            {PASS},
        ),
        (
            "Brightwater's revenue rose to $7.2 billion in 2023. Its revenue fell short of the $6.1 billion of 2021.",
            {WARN},
        ),
        (
            "Brightwater's revenue rose to $5.2 billion in 2023. Its revenue was still short of the "
            "$6.1 billion of 2021.",
            {PASS},
        ),
        # "That average": only a figure said as an average is meant; the measure stays open, so never loud
        (
            "Hiring at Varnley firms has averaged 62,000 jobs a month this year, and wages rose 4,000. "
            "Even so, that average falls short of the 90,000 posts planners want.",
            {PASS},
        ),
        (
            "Varnley firms added 540,000 jobs this year, an average monthly gain of 95,000. "
            "Even so, that average falls short of the 90,000 posts planners want.",
            {QUIET},
        ),
        # another subject: narrower than the figure said before, so never loud
        (
            "Brightwater's revenue rose to $5.2 billion in 2023. Revenue at Ashcombe fell short of the $4.1 billion "
            "it made in 2022.",
            {QUIET},
        ),
    ],
)
def test_short_of_the_figure_said_before(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_an_average_is_not_paired_with_a_figure_not_said_as_one() -> None:
    text = (
        "Varnley firms added 540,000 jobs this year. Layoffs reached 31,000. "
        "Even so, that average falls short of the 90,000 posts planners want."
    )
    assert verdicts(text, "comparison") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orders at Kestwick rose to 2.41 million units in May. The total was short of the 2.6 million units "
            "economists were expecting.",
            {PASS},
        ),
        (
            "Orders at Kestwick rose to 2.81 million units in May. The total was short of the 2.6 million units "
            "economists were expecting.",
            {WARN},
        ),
        (
            "Orders at Kestwick rose to 2.41 million units in May. That was above the 2.3 million units forecasters "
            "had pencilled in.",
            {PASS},
        ),
    ],
)
def test_estimates_economists_were_expecting(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comparison word sits inside the estimate's own phrase: a bound on the estimate, not the comparison
        (
            "Corvell's van sales came to 41,200 in spring, below the forecasts of more than 42,000 that brokers "
            "had published.",
            set(),
        ),
        (
            "Corvell delivered 51,300 vans, well ahead of forecasts of under 40,000.",
            set(),
        ),
        (
            "Corvell delivered 38,500 vans, missing a target of over 45,000 set in spring.",
            set(),
        ),
        # the word compares the result with the estimate: still checked
        ("Corvell delivered 41,200 vans in the quarter, more than the 42,000 analysts expected.", {WARN}),
        ("Corvell delivered 43,900 vans in the quarter, more than the 42,000 analysts expected.", {PASS}),
        ("Corvell delivered 41,200 vans in the quarter, beating analyst expectations of 42,000.", {WARN}),
    ],
)
def test_a_bound_inside_the_estimate_is_not_the_comparison(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
