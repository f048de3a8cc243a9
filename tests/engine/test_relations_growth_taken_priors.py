"""growth_prior: a start that its own clause already gives to another level or change is no base for a later one.

Two shapes of results copy, each with the earlier figure spoken for:

* "<level> in <measure> for <period>, slightly down from <prior>", then the next sentence gives another measure of
  the same money a change ("Fibre revenues hit a record R$9.8 billion, up 4%"): the prior is the first level's, so
  the second change has no base there (words between the level and "down from" used to hide that pair);
* "<level>, a decrease of 5% compared with the March total of <prior> and 18% less than ...": the prior is the 5%
  change's, so the 18% takes no base from it (and no current level from a quarter's total sentences before).

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, QUIET, WARN, verdicts

_UNIT = (
    "Veltra's broadband unit took in R$12.4 billion of service revenues over the half, slightly down from "
    "R$12.9 billion a year earlier. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the start is the first level's: the second measure's change has no base in it
        (_UNIT + "Fibre sales set a record at R$9.8 billion, up 4% from 2023.", set()),
        (_UNIT + "Its fibre revenues, a record, came to R$9.8 billion, a rise of 3% on the year.", set()),
        # the second measure's own start, told after: still checked, both ways
        (
            _UNIT + "Fibre revenues hit a record R$9.8 billion, up 4% from 2023. A year earlier fibre revenues were "
            "R$9.0 billion.",
            {WARN},
        ),
        (
            _UNIT + "Fibre revenues hit a record R$9.8 billion, up 9% from 2023. A year earlier fibre revenues were "
            "R$9.0 billion.",
            {PASS},
        ),
        # a start alone in its clause is still the base of the change after it
        (
            "Veltra's broadband unit earned service revenues of R$12.9 billion a year earlier. Service revenues hit "
            "R$13.4 billion in the first half, up 4%.",
            {PASS},
        ),
        (
            "Veltra's broadband unit earned service revenues of R$12.9 billion a year earlier. Service revenues hit "
            "R$13.4 billion in the first half, up 14%.",
            {WARN},
        ),
    ],
)
def test_a_start_with_its_own_level_is_taken(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the earlier figure follows a level of its unit in its own sentence, tied by a comparison, not "from"
        "Veltra's broadband arm booked service revenues of R$12.4 billion in the half, a shade below the R$12.9 "
        "billion of a year before. Its fibre revenues, a record, came to R$9.8 billion, a rise of 3% on the year.",
        "Dunmore Telecom's data income was $410 million, against $445 million in the year-ago quarter. Roaming "
        "income grew 6% to $88 million.",
    ],
)
def test_a_start_after_a_level_of_its_own_is_doubtful(text: str) -> None:
    assert verdicts(text, "growth_prior") <= {QUIET}


@pytest.mark.parametrize(
    "text",
    [
        "Sales at Kestrel reached $12.6 million in the first quarter. Its April sales were $3.9 million, a drop of 5% "
        "compared with the March total of $4.1 million and 19% less than the April 2024 total of $4.8 million.",
        "Kestrel's sales came to $12.6 million in the first quarter. In April its sales were $3.9 million, a fall of "
        "5% against March's $4.1 million, and 19% below the $4.8 million of April 2024.",
    ],
)
def test_a_start_taken_by_its_own_change_is_no_base_for_a_far_level(text: str) -> None:
    found = verdicts(text, "growth_prior")
    assert ERROR not in found
    assert WARN not in found


_HALF = (
    "Alder Bay logged 8,200 handset sales in the first half.{gap} Compared to the first half of last year, "
    "which saw {prior} handset sales, that is a 10% growth in the number of handset sales."
)
_GAP = " Rivals did worse. Churn rose at two of them. Prices held steady through June."


@pytest.mark.parametrize(
    ("gap", "prior", "expected"),
    [
        # the level the sentence before gives is the current: checked both ways
        ("", "7,450", {PASS}),
        ("", "6,450", {WARN}),
        # a level four sentences back is no sure current for a change told beside its prior
        (_GAP, "6,450", set()),
    ],
)
def test_a_prior_beside_the_change_takes_only_a_near_level(gap: str, prior: str, expected: set) -> None:
    assert verdicts(_HALF.format(gap=gap, prior=prior), "growth_prior") == expected
