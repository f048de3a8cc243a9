"""A line list of each item's own rate reads like a breakdown of shares: "The youth jobless rate was 21.4% ... The
regions: - Calby 18.4% ...". When a rate is named just before the list and its intro
speaks of no share, the lines need not add up to a whole, so the sum stays indeterminate; a list of shares still
sums, and one over 100% still warns."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each line an item's own rate
        ("The youth jobless rate in Varnia was 21.4 percent in May.\nThe breakdown by region:\n"
         "- Calby 18.4%\n- Dorn 19.9%\n- Esk 22.0%\n- Fenn 24.4%\n- Garth 25.7%\n- Holm 29.0%", {QUIET}),
        ("Turnout across Pellow county fell to 38%.\nThe breakdown by ward:\n- Ash 41%\n- Birch 36%\n- Cedar 44%",
         {QUIET}),
        # shares of one whole: summed
        ("Tarvo sold 4,000 cars in May.\nHere is a breakdown of sales by region:\n- North 40%\n- South 35%\n"
         "- West 30%", {WARN}),
        ("Tarvo sold 4,000 cars in May.\nHere is a breakdown of sales by region:\n- North 40%\n- South 35%\n"
         "- West 25%", {PASS}),
        ("Turnout in Varnia was 61 percent.\nHere is the breakdown of the vote share:\n- Reform 40%\n"
         "- Labour 35%\n- Greens 30%", {WARN}),
    ],
)  # fmt: skip
def test_a_list_of_rates_is_not_summed_as_shares(text: str, expected: set) -> None:
    assert verdicts(text, "shares") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare figure listed after a share is another player's share: summed
        ("Kiosk orders made up 45% of sales at Brindle Foods, and counter orders 61.2%.", {WARN}),
        ("Kiosk orders made up 45% of sales at Brindle Foods, and counter orders 55%.", {PASS}),
        # a bare figure whose holder names a ratio of its own is no part of that whole
        ("Kiosk orders made up 45% of sales at Brindle Foods, the gross margin was 61.2%, up 80 basis points.", set()),
        ("At Ostler Rail, freight brought in 52% of revenue; its operating ratio stood at 63.5%.", set()),
        ("App bookings were 38% of Harwick Hotels' revenue, while the occupancy rate reached 81%.", set()),
    ],
)
def test_a_ratio_beside_a_share_is_not_summed_with_it(text: str, expected: set) -> None:
    assert verdicts(text, "shares") == expected
