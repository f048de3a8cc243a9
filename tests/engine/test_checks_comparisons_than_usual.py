"""A figure called faster or slower than average (or normal), against the average the next sentences give."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase restates the figure just before it in its clause
        (
            "Retail sales in Norland rose 4.1% in March, faster than average. Over the past decade, monthly growth "
            "has averaged 3.2%.",
            {PASS},
        ),
        (
            "Retail sales in Norland rose 2.1% in March, faster than average. Over the past decade, monthly growth "
            "has averaged 3.2%.",
            {WARN},
        ),
        (
            "Rainfall in Tarrow was 61 mm in May, well below average. The long-run average for the month is 88 mm.",
            {PASS},
        ),
        (
            "Rainfall in Tarrow was 101 mm in May, well below average. The long-run average for the month is 88 mm.",
            {WARN},
        ),
        # the phrase qualifies the figure right after it
        (
            "Hotel occupancy in Dunmore reached a higher-than-average 81% in July. Occupancy has averaged 74% over "
            "the past five summers.",
            {PASS},
        ),
        (
            "Hotel occupancy in Dunmore reached a higher-than-average 61% in July. Occupancy has averaged 74% over "
            "the past five summers.",
            {WARN},
        ),
        # the sentence points back at the figure of the sentence before
        (
            "Hotel occupancy in Dunmore reached 81% in July. That is higher than average. Occupancy has averaged 74% "
            "over the past five summers.",
            {PASS},
        ),
        (
            "Hotel occupancy in Dunmore reached 61% in July. That is higher than average. Occupancy has averaged 74% "
            "over the past five summers.",
            {WARN},
        ),
        # the sentence names the figure by its period, a few sentences back
        (
            "Tarrow's exports grew 3.3 percent in the third quarter of 2019 after 1.1 percent in the second. "
            "Shipping costs fell. The third quarter's reading puts the pace above its norm. Across two decades, "
            "exports have averaged 2.1 percent a quarter.",
            {PASS},
        ),
        (
            "Tarrow's exports grew 1.3 percent in the third quarter of 2019 after 1.1 percent in the second. "
            "Shipping costs fell. The third quarter's reading puts the pace above its norm. Across two decades, "
            "exports have averaged 2.1 percent a quarter.",
            {WARN},
        ),
        # another subject's average: never loud
        (
            "Crandle's shares rose 4%, faster than average. Rival Bexo's shares have averaged gains of 6% a year.",
            {QUIET},
        ),
    ],
)
def test_than_usual(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a share is no average of a growth rate
        "Crandle's sales rose 4% in the quarter, faster than average. Costs have averaged 6% of sales.",
        # "the average retailer" is another subject, "the national average" another whole
        "Crandle's sales rose 4%, faster than the average retailer. Retailers' sales have averaged 6%.",
        "Crandle's sales rose 4%, faster than the national average. Sales nationwide have averaged 6%.",
        # a forecast is no average of the record
        "Crandle's sales rose 4%, faster than average. Analysts expect sales to average 6% next year.",
    ],
)
def test_not_an_average_of_it(text: str) -> None:
    assert verdicts(text, "comparison") == set()
