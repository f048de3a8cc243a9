"""A bare change that names its own base after it, dated apart from the pair stated beside it: "was $212, up from
$208 in May and up 14% from 2021 levels". The change is the level's move against another base, not the pair's, so
it must not be checked on the pair; with no base of its own, or the same base named, it is still read, and a slip
still warns."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another base than the pair's start: not paired
        (
            "Kelby's June revenue was $212 million, up from $208 million in May and up 14% from 2021 levels.",
            set(),
        ),
        (
            "Kelby's June revenue was $212 million, up from $208 million in May, and 9% higher than in June 2022.",
            set(),
        ),
        ("Fares on the Tolland line averaged $61 in April, up from $58 in March and up 19% from a year ago.", set()),
        (
            "Kelby's June revenue was $212 million, up from $208 million in May and up 14% on the same month of 2022.",
            set(),
        ),
    ],
)
def test_a_change_against_its_own_base_is_not_the_pairs(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the pair's start is the change's own base, or no base is named: the slip warns
        "Kelby's June revenue was $212 million, up from $208 million in May and up 14% on the month.",
        "Kelby's June revenue was $212 million, up from $208 million in May and 14% higher than in May.",
        "Kelby's June revenue was $212 million, up from $208 million in May and up 14% from May.",
    ],
)
def test_a_change_on_the_pairs_own_base_is_still_checked(text: str) -> None:
    assert WARN in verdicts(text, "growth_prior")
