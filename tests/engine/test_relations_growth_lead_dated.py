"""A prior dated by the words that open its sentence, and a pair a pronoun hands back to a bare change: made-up
paragraphs, each inconsistent variant warns and the consistent one passes; other layouts stay out."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Enrolment fell 6% to 18,400 students. A year earlier the college had 19,600 students.", {PASS}),
        ("Enrolment fell 16% to 18,400 students. A year earlier the college had 19,600 students.", {WARN}),
        # the dated sentence first
        ("Last year the depot handled 52,000 containers. This year it handled 58,500 containers, up 12.5%.", {PASS}),
        ("Last year the depot handled 52,000 containers. This year it handled 58,500 containers, up 22.5%.", {WARN}),
        # a year that the change names as its baseline
        ("The city recorded 1,240 burglaries in 2023, up 9% from 2022. In 2022 there were 1,138 burglaries.", {PASS}),
        ("The city recorded 1,240 burglaries in 2023, up 19% from 2022. In 2022 there were 1,138 burglaries.", {WARN}),
        # a pronoun hands the pair back to the bare change
        (
            "Exports climbed 14% in the quarter. They totalled $8.2 billion, against $7.2 billion a year earlier.",
            {PASS},
        ),
        (
            "Exports climbed 24% in the quarter. They totalled $8.2 billion, against $7.2 billion a year earlier.",
            {WARN},
        ),
    ],
)
def test_a_prior_the_sentence_dates_earlier(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a year that is not the change's baseline
        "Enrolment fell 6% to 18,400 students. In 2019 the college had 25,000 students.",
        # two levels in the dated sentence: which one is not said
        "Enrolment fell 6% to 18,400 students. A year earlier it had 19,600 students and 2,100 staff members.",
        # another change between the bare change and the pronoun's pair
        "Exports climbed 14% and imports rose 3%. They totalled $8.2 billion, against $7.2 billion a year earlier.",
        # the dated level carries its own move: it ends that move in the report's year, it is no base
        "Last year, the marina's berth rents hit a record $4.1 million, up 9%. Fuel sales at the pumps slipped 12% "
        "to $2.6 million.",
        "The county's cinemas sold 310,000 tickets, down 4%. In the same quarter last year, the drive-in sold 52,000 "
        "tickets, a rise of 6%.",
        # the change dated to the same time as the sentence beside it
        "A year earlier the ferry line carried 2.4 million passengers. Its rival's traffic fell 8% to 1.9 million "
        "passengers over the same period.",
    ],
)
def test_no_prior_without_the_structure(text: str) -> None:
    for finding in check_text(text).findings:
        if finding.check == "growth_prior":
            assert finding.severity.value == "info", finding.message
