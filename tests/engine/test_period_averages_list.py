"""A period's figures told one by one ("added 150,000, 180,000 and 210,000 jobs in the past three months, an
average of 180,000 a month") are no total: the last item of the list is one month's figure, and the average is not
set against it as a total over the period. A single total over the period is still checked."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Employers added 150,000, 180,000 and 210,000 jobs in the past three months, an average of 180,000 a month.",
        "Dunmore hired 40, 55, 70 and 35 nurses over the last four months, averaging 50 a month.",
        "Employers added 150,000, 180,000 and 210,000 jobs in the past three months. That works out to about "
        "180,000 a month.",
    ],
)
def test_last_item_of_a_list_is_no_total(text: str) -> None:
    assert verdicts(text, "run_rate") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tarnby's factories added 540,000 jobs in the past three months, an average of 180,000 a month.", {PASS}),
        ("Tarnby's factories added 640,000 jobs in the past three months, an average of 180,000 a month.", {WARN}),
        ("Hiring rose 4% and firms added 540,000 jobs in the past three months, an average of 170,000 a month.",
         {WARN}),
    ],
)  # fmt: skip
def test_a_total_over_the_period_is_still_checked(text: str, expected: set) -> None:
    assert verdicts(text, "run_rate") == expected
