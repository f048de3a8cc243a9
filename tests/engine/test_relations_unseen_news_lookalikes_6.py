"""Structures from the last fresh sample of the session, with what must still be checked. Every sentence is made
up.

- "aged from 16 to 64": a band of ages, not a move from 16 to 64.
- A number in words that runs on across commas ("two trillion, ..., eight hundred and twenty-five naira") is read
  as its last group only, so it is not compared with the digits in the bracket after it.
- Two percentages over half each are no shares of one whole (on-time rates, each race's winner).
- Figures and shares in two paragraphs whose implied wholes differ more than threefold are two races or
  markets, not one market told twice.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def statuses(text: str, check: str) -> list[str]:
    return [f.status.value for f in check_text(text).findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("The number of people outside the labour force aged from 16 to 64 increased by 38,000 (to reach 9.03 "
         "million).", "absolute_change"),
        ("The lawmakers raised the budget to two trillion, eight hundred and sixty-nine billion, six hundred million, "
         "three hundred and fifty-one thousand, eight hundred and twenty-five naira (N2,869,600,351,825).",
         "same_figure"),
        ("On punctuality, Skyway ranks first with 79.9%, followed by Brisk Air at 79.4%.", "shares"),
        ("Mayor Hale easily beat her challenger with 26,677 votes, 74 percent of the total.\n\nIn District D, Crowder "
         "received 4,217 votes, 62 percent of the total.", "part_share"),
    ],
)  # fmt: skip
def test_no_alarm(text: str, check: str) -> None:
    assert "fail" not in statuses(text, check)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("The index rose from 16 to 64 points, up 58 points.", "absolute_change", ["fail"]),
        ("The fund holds forty-two (44) properties.", "same_figure", ["fail"]),
        ("Skyway holds 69.9% of the market and Brisk Air 39.4%.", "shares", ["fail"]),
        ("Corvan sold 4,100 units, a 21 percent market share. Pella sold 3,300 units, 27 percent of the market.",
         "part_share", ["fail"]),
    ],
)  # fmt: skip
def test_still_checked(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
