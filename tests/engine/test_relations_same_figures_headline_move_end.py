"""A headline's dated move against the body's move whose own clause dates its end level ("to 4.4 million in March")."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_TEXT = (
    "Brindle Home Sales Slip {top} in {month}\n"
    "Buyers in Brindle County held back as borrowing costs stayed high. According to the county's realty board, "
    "home sales fell 2.4 percent to an annual pace of 40,200 {body_dates}."
)
_END_DATED = "in March from 41,190 in February"
_START_DATED = "from 41,190 in February"


@pytest.mark.parametrize(
    ("top", "month", "body_dates", "expected"),
    [
        ("2.4 Percent", "March", _END_DATED, {PASS}),
        ("3.6 Percent", "March", _END_DATED, {WARN}),
        # look-alikes: only the start is dated; the headline's month is not the one the move ends in
        ("3.6 Percent", "March", _START_DATED, {QUIET}),
        ("3.6 Percent", "April", _END_DATED, {QUIET}),
    ],
)
def test_a_headline_move_and_the_body_move_ending_in_its_month(
    top: str, month: str, body_dates: str, expected: set
) -> None:
    text = _TEXT.format(top=top, month=month, body_dates=body_dates)
    assert verdicts(text, "same_figure", "headline") == expected
