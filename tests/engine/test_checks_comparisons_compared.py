"""Two figures set side by side with "compared with", "versus" or "as against" and no verb of their own."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word on the first figure calls it small: it must be the smaller one
        ("Only 31% of the surveyed pilots would fly the route again, compared with 48% the year before.", {PASS}),
        ("Only 61% of the surveyed pilots would fly the route again, compared with 48% the year before.", {WARN}),
        ("Just 18 percent of renters could afford a deposit, versus 26 percent in 2019.", {PASS}),
        ("Just 38 percent of renters could afford a deposit, versus 26 percent in 2019.", {WARN}),
        ("The plant built a mere 4,100 vans in March, as against 6,900 vans in March 2023.", {PASS}),
        ("The plant built a mere 9,100 vans in March, as against 6,900 vans in March 2023.", {WARN}),
        ("Barely $2.1 million was raised at the gala (compared with $3.4 million last spring).", {PASS}),
        # an up-word in the clause may say the small-sounding figure grew: never loud
        ("Enrolment climbed as only 42% of places stayed empty, compared with 47% in 2022.", {PASS}),
        ("Enrolment climbed and only 52% of places stayed empty, compared with 47% in 2022.", {QUIET}),
        # no word of order: paired, nothing to check
        ("The county recorded 2,310 burglaries last year, compared with 2,655 in 2021.", {QUIET}),
        ("Harlow Mills earned $41 million in the quarter, versus $47 million a year earlier.", {QUIET}),
        # a length of time naming the figure's period does not stand between the two
        (
            "Harlow Mills earned $41 million in the three months to June, compared with $47 million a year earlier.",
            {QUIET},
        ),
        ("Only 31% of pilots flew the route in the six months to May, compared with 48% a year before.", {PASS}),
        ("Only 61% of pilots flew the route in the six months to May, compared with 48% a year before.", {WARN}),
        # after a date, "compared with" needs no comma
        ("Only 31% of pilots flew the route in the year to May 2024 compared with 48% a year before.", {PASS}),
        ("Only 61% of pilots flew the route in the year to May 2024 compared with 48% a year before.", {WARN}),
    ],
)
def test_compared_with(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_a_verb_of_its_own_is_a_direction_not_a_comparison() -> None:
    text = "Profit at Harlow Mills fell to $41 million, compared with $47 million a year earlier."
    assert verdicts(text, "comparison") == set()
    assert verdicts(text, "direction") == {PASS}


def test_a_figure_restated_per_share_pairs_the_totals() -> None:
    text = (
        "Corvane earned $2.3 billion, or 81 cents a share, in the quarter, compared with $1.4 billion, "
        "or 52 cents a share, in the same period last year."
    )
    found = [r for r in check_text(text).relations if r.kind.value == "comparison"]
    assert len(found) == 1
    assert [text[slice(*span)] for span in check_text(text).findings[0].spans][:2] == ["$2.3 billion", "$1.4 billion"]


def test_a_figure_between_leaves_the_pair_alone() -> None:
    text = "Only 31% of the pilots, up from 22 in 2020, would fly again, compared with 48% the year before."
    assert verdicts(text, "comparison") <= {QUIET, PASS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The jobless rate in Norland was unchanged at 4.2% in May, from 4.2% in April.", {PASS}),
        ("The jobless rate in Norland was unchanged at 4.6% in May, from 4.2% in April.", {WARN}),
        ("The policy rate held steady at 5.25% from 5.25% in March.", {PASS}),
        ("Retail sales at Corvane were flat at $3.1 billion, compared with $3.1 billion a year earlier.", {PASS}),
        # copy calls a small move flat: never loud on "flat" or "steady"
        ("Retail sales at Corvane were flat at $3.4 billion, compared with $3.1 billion a year earlier.", {QUIET}),
    ],
)
def test_words_of_no_change(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_a_bare_from_is_left_to_the_change_finders() -> None:
    assert verdicts("Sales at Corvane rose to $3.1 billion, from $2.9 billion.", "comparison") == set()
    # with no word of change the two are only set side by side (tests/engine/test_relations_level_from_start.py)
    assert verdicts("Sales at Corvane were $3.1 billion, from $2.9 billion.", "comparison") == {QUIET}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that points back at the figure the sentence before ended on
        ("Only 31% of members backed the plan. That compares with 48% in 2022.", {PASS}),
        ("Only 61% of members backed the plan. That compares with 48% in 2022.", {WARN}),
        (
            "Harlow Mills earned $41 million in the third quarter. That compares with $47 million a year earlier.",
            {QUIET},
        ),
        # the cue opens the sentence, ahead of the sentence's own figure
        ("Compared with 48% a year earlier, only 31% of members backed the plan.", {PASS}),
        ("Compared with 48% a year earlier, only 51% of members backed the plan.", {WARN}),
        ("As against 6,900 vans in 2023, the plant built a mere 4,100 this year.", {PASS}),
    ],
)
def test_cue_opening_a_sentence(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the verb tells how the measure moved, not which rate or change is the larger
        "Household outlays in Norland grew at a 1.9% annual rate over the third quarter, compared with a 3.7% rate "
        "over the second.",
        "Turnout in Hollin dropped by a decline of 14% between the votes. This compares with a 4.6% decline in Marsk.",
    ],
)
def test_a_growth_verb_gives_rates_no_order(text: str) -> None:
    assert verdicts(text, "comparison") <= {QUIET}
    assert all("no word says which" in f.message for f in check_text(text).findings if f.check == "comparison")
