"""Structures from the last fresh sample of the session, with what must still be checked. Every sentence is made
up.

- "aged from 18 to 59": a band of ages, not a move from 18 to 59.
- A number in words that runs on across commas ("one trillion, ..., three hundred and forty-six naira") is read
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
        ("The count of part-time workers aged from 18 to 59 grew by 52,000, to 6.41 million.", "absolute_change"),
        ("Senators cut the recurrent estimate to one trillion, four hundred and twelve billion, seventy million, five "
         "hundred and eight thousand, three hundred and forty-six naira (N1,412,070,508,346).", "same_figure"),
        ("On punctuality, Skyway ranks first with 79.9%, followed by Brisk Air at 79.4%.", "shares"),
        ("Councillor Ames held her seat comfortably with 18,342 votes, a 68 percent share.\n\nIn Ward 7, Pryce took "
         "3,905 votes, a 57 percent share.", "part_share"),
    ],
)  # fmt: skip
def test_no_alarm(text: str, check: str) -> None:
    assert "fail" not in statuses(text, check)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("The index rose from 18 to 59 points, up 48 points.", "absolute_change", ["fail"]),
        ("The fund holds forty-two (44) properties.", "same_figure", ["fail"]),
        ("Skyway holds 69.9% of the market and Brisk Air 39.4%.", "shares", ["fail"]),
        ("Corvan sold 4,100 units, a 21 percent market share. Pella sold 3,300 units, 27 percent of the market.",
         "part_share", ["fail"]),
    ],
)  # fmt: skip
def test_still_checked(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
