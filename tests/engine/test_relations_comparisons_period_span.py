"""A comparative set against a span of periods, "above the last four winters", compares the figure with the
levels of those seasons, which the article does not give; "four winters" is how many, not a level. The count is not the
mark, while a mark given as a figure ("the previous season's 2,400") still compares."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of periods after "previous", "last", "past": no mark
        ("Crowds of 2 thousand at Holm Park were above the previous 5 seasons.", set()),
        ("The Orley ratio, 1.9, was higher than the previous 3 seasons.", set()),
        ("Snowfall at Tamsin, 0.6 metres, was above the last four winters.", set()),
        ("At 1.4, the Kelby birth rate was above the past 4 years.", set()),
        # a mark given as a figure: compared
        ("Crowds of 2,600 at Holm Park were below the previous season's 2,400.", {WARN}),
        ("Crowds of 2,100 at Holm Park were below the previous season's 2,400.", {PASS}),
        ("The Orley ratio, 1.9, was higher than the previous high of 2.3.", {WARN}),
    ],
)
def test_a_count_of_periods_is_not_the_mark(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
