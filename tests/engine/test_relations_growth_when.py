"""A change whose baseline clause gives the earlier level ("down 4% from a year ago, when it was $X"), end to end
on made-up sentences: other verbs, orders and units, and consistent variants that must stay quiet."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the current level ends the clause's first move; "but was down" goes on with the same subject
        (
            "The median rent rose to $1,840 in March from $1,790 in February but was down 4.2% from a year earlier, "
            "when the median stood at $1,920.",
            {PASS},
        ),
        (
            "The median rent rose to $1,840 in March from $1,790 in February but was down 9.2% from a year earlier, "
            "when the median stood at $1,920.",
            {WARN},
        ),
        # "than in <year>, when they reached": the level said just before in the same clause
        (
            "Ticket sales rose 8% to 2.7 million from 2.5 million in 2022 and were up 35% from 2019, when the "
            "league sold 2 million.",
            {PASS},
        ),
        (
            "Ticket sales rose 8% to 2.7 million from 2.5 million in 2022 and were up 85% from 2019, when the "
            "league sold 2 million.",
            {WARN},
        ),
        # the level with its change in one clause, the baseline's level in the when clause
        (
            "Barley output reached 4.40 million tonnes last year, down 12% from 2019, when farms harvested "
            "5.00 million tonnes.",
            {PASS},
        ),
        (
            "Barley output reached 4.40 million tonnes last year, down 25% from 2019, when farms harvested "
            "5.00 million tonnes.",
            {WARN},
        ),
        # a sentence that points back at the level before it
        (
            "Coal shipments from Port Ellery came to 4.40 million tonnes. That was 12% lower than in 2016, when "
            "shipments totalled 5.00 million tonnes.",
            {PASS},
        ),
        (
            "Coal shipments from Port Ellery came to 4.40 million tonnes. That was 31% lower than in 2016, when "
            "shipments totalled 5.00 million tonnes.",
            {WARN},
        ),
    ],
)
def test_a_when_clause_gives_the_prior(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another subject's clause holds the only level before the change
        "Revenue at Brindle Labs grew to $310 million, while its headcount was down 7% from 2021, when it employed "
        "1,400 people.",
        # no current level anywhere: nothing to set against the prior
        "Exports of oats were 18% higher than in 2020, when they reached 650,000 tonnes.",
        # the clause's move already has both its ends; the when clause does not name the change's baseline
        "Fares rose 6% to $212 from $200, when the airline flew 3.1 million passengers.",
        # a when clause that dates no earlier time ("when it reports") is not a baseline
        "Its stock is up 14% since Monday, when it will report $1.2 billion in sales.",
        # a forecast in the when clause is no earlier level
        "Revenue fell to $2.1 billion, down 5% from last quarter, when analysts expected $2.4 billion.",
    ],
)
def test_no_pairing_without_the_structure(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.kind.value == "growth_prior"]


def test_the_finding_says_why_the_figures_were_paired() -> None:
    text = (
        "The median rent rose to $1,840 in March from $1,790 in February but was down 4.2% from a year earlier, "
        "when the median stood at $1,920."
    )
    [relation] = [r for r in check_text(text).relations if r.kind.value == "growth_prior"]
    assert "when the median stood at" in relation.reason and relation.evidence.certain
