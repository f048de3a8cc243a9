"""A comparison with expectations that a second subject shares: "Profit, up 14 per cent, was in line with
forecasts, as was a cost ratio of 47.5 per cent". The figure after "as was" (or "as did", "as were") is
another thing that met the forecasts too, not the forecast the first figure is set against; an estimate named in
the comparison's own words still is."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second subject after "as was": not the estimate
        ("Annual profit of $412 million, up 14 per cent, was in line with analysts' expectations, as was the "
         "bank's cost-to-income ratio of 47.5 per cent.", set()),
        ("Orders at Fenley Works rose 9% and matched forecasts, as did a margin of 14.5%.", set()),
        ("Revenue of $96 million beat expectations, as were bookings of $120 million.", set()),
        # the estimate in the comparison's own words: still read
        ("Annual profit of $412 million was in line with analysts' forecasts of $520 million.", {WARN}),
        ("Annual profit of $412 million was in line with analysts' forecasts of $412 million.", {PASS}),
    ],
)  # fmt: skip
def test_a_figure_after_as_was_is_not_the_estimate(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
