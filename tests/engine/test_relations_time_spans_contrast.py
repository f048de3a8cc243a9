"""A span and a pair of years set in two clauses by a contrast ("While broadly flat over the past 12 years,
outlays climbed from 2021 to 2023"; "... held flat over the past 12 years, but climbed from 2021 to 2023") may be
two stretches: the pairing stays indeterminate. A span told of the move between the years, in one clause or
after a plain comma, is still checked."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a contrast puts the span and the years in clauses of their own: uncertain
        ("While broadly flat over the past 12 years across most partners, outlays climbed from 2021 to 2023.",
         {QUIET}),
        ("Outlays held roughly flat over the past 12 years, but they climbed sharply from 2021 to 2023.", {QUIET}),
        ("Though sluggish over the last eight years, Renmark's fleet grew quickly between 2022 and 2024.", {QUIET}),
        ("Tolvey's catch surged from 2019 to 2021, whereas it had drifted lower over the past two decades.",
         {QUIET}),
        # the span is the move's own: still checked
        ("Output rose from 40 tonnes in 2001 to 90 tonnes in 2003, more than doubling over ten years.", {WARN}),
        ("Output rose from 40 tonnes in 2013 to 90 tonnes in 2023, more than doubling over ten years.", {PASS}),
        ("Outlays climbed from 2021 to 2023, a rise over the past 12 years.", {WARN}),
    ],
)  # fmt: skip
def test_a_contrast_between_a_span_and_its_years_leaves_them_unpaired(text: str, expected: set) -> None:
    assert verdicts(text, "time_window") == expected
