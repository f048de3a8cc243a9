"""A comparative whose clause has no figure of its own, set against the like figure said before it."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text, run_checks
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause names the measure and the subject carries over: certain
        (
            "Brightwater's revenue rose to $5.2 billion in 2023. Its revenue was higher than the $4.1 billion of 2022.",
            {PASS},
        ),
        (
            "Brightwater's revenue rose to $3.2 billion in 2023. Its revenue was higher than the $4.1 billion of 2022.",
            {WARN},
        ),
        # a pronoun or a bare noun says nothing about the measure: never loud
        (
            "Exports grew at a 2.2 percent pace in the autumn. The ministry said that pace was well above the "
            "3.1 percent first reported.",
            {QUIET},
        ),
        (
            "Mortgage rates climbed to 5.1 percent this week. The rate was well above the 6.2 percent of a year ago.",
            {QUIET},
        ),
        # what is compared is narrower than the figure said before (a region, a group, another company)
        (
            "Brightwater's revenue rose to $5.2 billion in 2023. Its revenue in Asia was lower than the "
            "$1.1 billion it made in 2022.",
            {QUIET},
        ),
        (
            "Unemployment rose to 4.3 percent in May. The rate for young workers was far higher than the 4.8 percent "
            "recorded in April.",
            {QUIET},
        ),
        (
            "Brightwater's revenue rose to $5.2 billion in 2023. Revenue at Ashcombe was lower than the "
            "$4.1 billion it made in 2022.",
            {QUIET},
        ),
        # the clause names whose figure it compares, and the sentence before speaks of someone else's
        (
            "The county's jobless rate held at 3.9 percent in May. Ferrisby's own jobless rate stood "
            "slightly above the state's 4.1 percent.",
            {QUIET},
        ),
        (
            "Ferrisby's jobless rate held at 3.9 percent in May. Ferrisby's own jobless rate stood "
            "slightly above the state's 4.1 percent.",
            {WARN},
        ),
        # "than the county's at 6.1 percent": "at" may hang the figure on the subject, so the pairing stays open
        (
            "Ferrisby's jobless rate held at 7.2 percent in March. Its jobless rate ran slightly below the "
            "county's 6.1 percent.",
            {WARN},
        ),
        (
            "Ferrisby's jobless rate held at 7.2 percent in March. Its jobless rate ran slightly below the "
            "county's at 6.1 percent.",
            {QUIET},
        ),
        (
            "Weekly rents in Dunmere averaged $350 in June. Dunmere's average rent stayed well above the "
            "state's at $380.",
            {QUIET},
        ),
    ],
)
def test_comparative_against_the_figure_said_before(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_two_like_figures_before_leave_the_pairing_open() -> None:
    text = (
        "Brightwater's revenue rose to $5.2 billion in 2023 and its profit to $0.9 billion. "
        "That was higher than the $4.1 billion of 2022."
    )
    report = check_text(text)
    [relation] = [r for r in report.relations if r.kind == "comparison"]
    assert "$5.2 billion could also fit" in relation.evidence.missing
    assert verdicts(text, "comparison") <= {PASS, QUIET}


def test_an_estimate_is_left_to_the_comparison_with_expectations() -> None:
    text = "Brightwater's revenue rose to $3.2 billion in 2023. Revenue was far higher than the $4.1 billion forecast."
    report = check_text(text)
    reasons = [r.reason for r in report.relations if r.kind == "comparison"]
    assert len(reasons) == 1 and "expectations" in reasons[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the time compared with, its figure in brackets
        ("The jobless rate in Quorra fell to 5.1% in May. The jobless rate is lower than a year ago (5.9%).", {PASS}),
        ("The jobless rate in Quorra fell to 5.1% in May. The jobless rate is lower than a year ago (4.2%).", {WARN}),
        ("Sales of Pellow vans rose to 12,400 in March. Sales were higher than in March 2022 (10,900).", {PASS}),
        # the clause names one of two rates said before: that one is read, the other keeps a contradiction quiet
        (
            "The jobless rate in Quorra dipped to 5.1%, while the employment rate of 71.2% held. The jobless rate is "
            "lower than it was a year earlier (5.9%).",
            {PASS},
        ),
        (
            "The jobless rate in Quorra dipped to 5.1%, while the employment rate of 71.2% held. The jobless rate is "
            "lower than it was a year earlier (4.2%).",
            {QUIET},
        ),
        # a bracket after something that is no time: not read
        ("The jobless rate in Quorra fell to 5.1% in May. The jobless rate is lower than in Tarn (4.2%).", set()),
    ],
)
def test_comparative_against_a_bracketed_figure_of_a_time(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_the_rate_the_clause_names_is_the_one_compared() -> None:
    text = (
        "The jobless rate in Quorra dipped to 5.1%, while the employment rate of 71.2% held. The jobless rate is "
        "lower than it was a year earlier (5.9%)."
    )
    claims = extract_claims(text)
    (relation,) = [r for r in run_checks(text, claims).relations if r.kind.value == "comparison"]
    figure = next(c for c in claims if c.id == relation.members[0].claim)
    assert figure.quantity.text == "5.1%"
