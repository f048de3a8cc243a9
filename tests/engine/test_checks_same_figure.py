"""One figure stated twice, and unrounded figures against their rounded form."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts

ERROR = ("fail", "error")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme will spend $53 billion on data centres. Acme's $53 billion investment is its largest.", set()),
        ("Acme reported revenue of $4.2 billion. Acme's revenue of $4.2bn beat its rivals'.", {PASS}),
        ("Acme reported revenue of $4.2 billion. Acme's revenue of $5.9bn beat its rivals'.", {WARN}),
        ("Acme reported revenue of $4.2 billion. Acme's revenue of $4.2 million beat its rivals'.", {ERROR}),
        # one step apart in the last digit: the rounding intervals only touch, so they are two figures
        ("Acme reported revenue of $4.2 billion. Acme's revenue of $4.3bn beat its rivals'.", {WARN}),
        # a finer figure inside the coarser one's interval is its exact form
        ("Acme reported revenue of $4.2 billion. Acme's revenue of $4.24bn beat its rivals'.", {PASS}),
        ("Acme reported revenue of about $4.2 billion. Acme's revenue of $4.3bn beat its rivals'.", {PASS}),
        # a forecast, a prior year or another period is another figure
        ("Acme reported revenue of $4.2 billion. Acme expects revenue of $5 billion next year.", set()),
        ("Acme reported revenue of $4.2 billion. Acme's revenue was $3.1 billion a year earlier.", set()),
        # a total and a per-share figure of the same measure are not one figure twice
        ("Acme's net income was £9.9m. Acme's net income came to 3.9p.", set()),
        # an unrounded figure must round to the rounded one
        ("Prices rose 0.2 percent in May. Before rounding, prices were up 0.244 percent.", {PASS}),
        ("Prices rose 0.2 percent in May. Before rounding, prices were up 0.294 percent.", {WARN}),
    ],
)
def test_same_figure(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty-one percent (41%) of members back the merger.", {PASS}),
        ("Forty-one percent (47%) of members back the merger.", {WARN}),
        ("The lease runs for twelve (12) months from March.", {PASS}),
        ("The lease runs for twelve (18) months from March.", {WARN}),
        ("Holders sold two million (2,000,000) shares in the offer.", {PASS}),
        ("Holders sold two million (3,000,000) shares in the offer.", {WARN}),
        # a bracket that says something more, or gives a figure of another kind or unit
        ("Fifty-two percent (up from 48%) of members back the merger.", set()),
        ("Nine (9%) of the branch's staff left in May.", set()),
        ("Forty million pounds ($52 million) was raised in the round.", set()),
        # two figures in digits are left to the other finders
        ("The fund holds 41% (41.2%) of the shares.", set()),
    ],
)
def test_spelled_out_then_in_digits(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected
