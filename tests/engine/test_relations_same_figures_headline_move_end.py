"""A headline's dated move against the body's move whose own clause dates its end level ("to 4.4 million in March")."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_TEXT = (
    "Brindle Home Sales Slip {top} in {month}\n"
    "Buyers in Brindle County held back as borrowing costs stayed high. According to the county's realty board, "
    "home sales fell 2.4 percent to {level} {body_dates}."
)
_END_DATED = "in March from 41,190 in February"
_START_DATED = "from 41,190 in February"
_PACE = "an annual pace of 40,200"


@pytest.mark.parametrize(
    ("top", "month", "level", "body_dates", "expected"),
    [
        ("2.4 Percent", "March", _PACE, _END_DATED, {PASS}),
        ("3.6 Percent", "March", _PACE, _END_DATED, {WARN}),
        ("3.6 Percent", "March", "40,200", _END_DATED, {WARN}),
        # look-alikes: only the start is dated; the headline's month is not the one the move ends in, whether the
        # date is read as the level's or as the move's own
        ("3.6 Percent", "March", _PACE, _START_DATED, {QUIET}),
        ("3.6 Percent", "April", _PACE, _END_DATED, {QUIET}),
        ("3.6 Percent", "April", "40,200", _END_DATED, {QUIET}),
        ("3.6 Percent", "April", "40,200", "in March", {QUIET}),
    ],
)
def test_a_headline_move_and_the_body_move_ending_in_its_month(
    top: str, month: str, level: str, body_dates: str, expected: set
) -> None:
    text = _TEXT.format(top=top, month=month, level=level, body_dates=body_dates)
    assert verdicts(text, "same_figure", "headline") == expected
