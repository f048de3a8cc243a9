"""A total restated per unit of a count in its sentence ("84 goals in 38 games, an average of 2.2 per game"), end to
end on made-up sentences: several cue words and orders, and cases with no restatement that must stay quiet."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The club scored 84 goals in 38 games, an average of 2.2 per game.", {PASS}),
        ("The club scored 84 goals in 38 games, an average of 3.2 per game.", {WARN}),
        ("Hollis scored 412 points over 20 games, averaging 20.6 points a game.", {PASS}),
        ("Hollis scored 412 points over 20 games, averaging 26.6 points a game.", {WARN}),
        # the count after the rate
        ("The state spent $12.4 billion on schools, or about $2,480 per pupil, for its 5 million pupils.", {PASS}),
        ("The state spent $12.4 billion on schools, or about $3,480 per pupil, for its 5 million pupils.", {WARN}),
        # the count first, "a <noun>" after the rate
        ("The 14 new stores cost $70 million, or $5 million a store.", {PASS}),
        ("The 14 new stores cost $70 million, or $7 million a store.", {WARN}),
        ("Irvale has 2.5 million residents and a budget of $5 billion, or $2,000 per resident.", {PASS}),
    ],
)
def test_a_total_restated_per_unit(text: str, expected: set) -> None:
    assert verdicts(text, "per_unit") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no words restate the total as the rate
        "Tickets sold for $50 a seat at the 20,000-seat arena, which took in $600,000 from concessions.",
        "The league's 20 clubs earned $3 billion; tickets cost $80 per club member.",
        # a rate per stretch of time is a run rate, not a count's share
        "The 40 branches made $12 million, or $1 million a month.",
        # another figure between the total and the rate
        "The 9 plants made 450,000 cars and 30,000 trucks, or 50,000 per plant.",
    ],
)
def test_no_rate_without_the_restatement(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "per_unit"]
    assert not [r for r in relations if "restates" in r.reason]


def test_a_second_count_of_the_noun_leaves_it_uncertain() -> None:
    text = "The 12 clubs scored 300 goals in 240 games this season and 260 games last, or 1.25 per game."
    findings = [f for f in check_text(text).findings if f.check == "per_unit"]
    assert all(f.severity.value == "info" for f in findings)
