"""A second comparison chained onto a first with "and" or "but" compares the clause's figure again."""

from __future__ import annotations

import pytest

from factcheck.relations.comparisons_chained import find
from tests.engine.test_checks_changes import PASS, QUIET, WARN, figure_pairs, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "below ... and below": the second reference against the figure, not against the first reference
        (
            "Quarterly sales at Pellam came to $90 million, below the $100 million analysts expected and below the "
            "$95 million of a year earlier.",
            {PASS},
        ),
        (
            "Quarterly sales at Pellam came to $97 million, below the $100 million analysts expected and below the "
            "$95 million of a year earlier.",
            {PASS, WARN},
        ),
        # "above ... but below": a band around the figure
        ("Membership of the Orlen guild rose to 8,400, above the 8,000 target but below the 9,100 record.", {PASS}),
        ("Membership of the Orlen guild rose to 9,400, above the 8,000 target but below the 9,100 mark.", {PASS, WARN}),
        # "and down from": a start named after a first comparison (before, "down from" moved the first mark)
        (
            "Weekly ferry bookings at Tarn Harbour averaged 3,120 in March, a little below the 3,300 of February, "
            "and down from 3,200 a year earlier.",
            {PASS},
        ),
        (
            "Weekly ferry bookings at Tarn Harbour averaged 3,120 in March, a little below the 3,300 of February, "
            "and down from 2,950 a year earlier.",
            {PASS, WARN},
        ),
    ],
)
def test_chained_comparisons(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Quarterly sales at Pellam came to $90 million, below the $100 million analysts expected and below the "
            "$95 million of a year earlier.",
            {("$90 million", "$95 million")},
        ),
        (
            "Weekly ferry bookings at Tarn Harbour averaged 3,120 in March, a little below the 3,300 of February, "
            "and down from 3,200 a year earlier.",
            {("3,120", "3,200")},
        ),
        # a sentence pointing back at the figure of the one before, of the year it names
        (
            "Rail carried 31.4 percent of freight in 2024, up from 30.2 percent in 2023. That share in 2024 was still "
            "short of its 2012 high of 38.0 percent, but above the ten-year mean of 27.5 percent.",
            {("31.4 percent", "27.5 percent")},
        ),
    ],
)
def test_chained_pairs(text: str, expected: set) -> None:
    assert figure_pairs(find, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a second subject after "and": its own comparison, not a second one of the first figure
        "Pellam's sales came to $90 million, below the $100 million expected, and Corvan's sales were below $95 "
        "million.",
        # no first comparison: "and" joins two levels
        "Pellam's sales came to $90 million and $95 million in the two halves, and below $99 million in all.",
        # a pointer back to a sentence with two figures of that unit and no year to choose
        "Rail carried 31.4 percent of freight and road 52.6 percent. That share was still short of its 2012 high of "
        "38.0 percent, but above the ten-year mean of 27.5 percent.",
    ],
)
def test_no_chained_pair(text: str) -> None:
    assert figure_pairs(find, text) == set()


def test_a_pointer_back_is_never_loud() -> None:
    text = (
        "Rail carried 31.4 percent of freight in 2024, up from 30.2 percent in 2023. That share in 2024 was still "
        "short of its 2012 high of 38.0 percent, but above the ten-year mean of 33.5 percent."
    )
    assert verdicts(text, "comparison") <= {PASS, QUIET, ("fail", "info")}


def test_a_chained_from_moves_the_figure_not_the_first_mark() -> None:
    # "down from 3,200" once moved 3,300 (the first mark), an alarm on a correct sentence
    text = (
        "Weekly ferry bookings at Tarn Harbour averaged 3,120 in March, a little below the 3,300 of February, "
        "and down from 3,200 a year earlier."
    )
    assert verdicts(text, "direction") == set()
    assert verdicts(text, "comparison") == {PASS}


@pytest.mark.parametrize(
    "text",
    [
        "Weekly ferry bookings at Tarn Harbour averaged 3,120 in March, under February's 3,300 and down from 3,200 a "
        "year earlier.",
        "Weekly ferry bookings at Tarn Harbour averaged 3,120 in March, against 3,300 in February, and down from 3,200 "
        "a year earlier.",
        "Weekly ferry bookings at Tarn Harbour averaged 3,120 in March, over the 3,050 of February and down from 3,200 "
        "a year earlier.",
    ],
)
def test_a_chained_from_after_other_comparison_words(text: str) -> None:
    # the mark after "under February's", "against" or "over the" is a comparison's reference, not a level "down
    # from" moved: a correct sentence stays quiet
    assert verdicts(text, "direction") <= {PASS, QUIET}
