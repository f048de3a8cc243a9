"""An unrounded figure restates a rounded one told just before; when that earlier line gives two figures of its
kind (a result against a forecast or a prior), the word does not say which one is rounded, and the pairing stays
indeterminate. With one rounded figure before it, a mismatch is still caught."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one rounded figure before: checked either way
        ("Wages in Dunmore rose 3.4% over the year. Unrounded, the gain was 3.3862%.", {PASS}),
        ("Wages in Dunmore rose 3.4% over the year. Unrounded, the gain was 3.1862%.", {WARN}),
        # the line before sets a result against a forecast: which one is rounded is not said
        ("Jobless rate: 5.2% versus 5.3% forecast.\nUnrounded jobless rate: 5.2291%.", {QUIET}),
        ("Vellan's jobless rate was 6.6% in June, against 6.8% expected. Before rounding it was 6.6412%.", {QUIET}),
        ("Orrin payrolls grew 0.3 percent, after 0.5 percent in March. Before rounding, the gain was 0.274 percent.",
         {QUIET}),
    ],
)  # fmt: skip
def test_unrounded_against_one_of_two(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected
