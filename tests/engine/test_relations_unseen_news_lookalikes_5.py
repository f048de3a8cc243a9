"""Structures from a seventh fresh sample of news, with what must still be checked. Every sentence is made up.

- A figure alone on its line ("-1.41%" under a ticker's name) is a quote box's cell, not a word of the line after.
- A holder that takes in another ("the Norvik group (including Pendle)", "at a group level") makes shares told beside it
  overlap: their sum over 100% is no error of the text.
- "forecast earnings of $4.70 to $4.85 per share ..., which had been a little lower than Street estimates": the
  estimate is what the word compares, with estimates the text does not give.
- An unrounded figure after several rounded ones of its unit, one of which it does round to: the pairing with the
  last one is doubtful.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def statuses(text: str, check: str) -> list[str]:
    return [f.status.value for f in check_text(text).findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Oil fell.\nMarch Brent\nBRNH24,\n-1.41%\nlost $1.62, or 2.0%, to $79.48 a barrel, and April WTI\nCLJ24,\n"
         "-0.66%\nslid by $1.35, or about 1.8%, to $74.90 a barrel.", "percent_change"),
        ("Halden hit 41.2% market share in March, beating Norvik's 40.8%, yet the Norvik group (including its "
         "regional arm Pendle) held 57.9% of the market.", "shares"),
        ("Pendle has lifted its share from 18% to 22%, while Halden's share has risen from 35% to 38%. But at a "
         "group level, Norvik-Pendle have grown their share from 56% to 59%.", "shares"),
        ("Kestrel lifted its outlook to profit of $4.82 to $4.96 per share in 2024. Three months earlier, Kestrel "
         "forecast earnings of $4.70 to $4.85 per share for the full year, which had been a little lower than Street "
         "estimates back then.", "comparison"),
        ("Kestrel lifted its outlook to profit of $4.82 to $4.96 per share in 2024. Three months earlier, Kestrel "
         "forecast earnings of $4.70 to $4.85 per share for the full year with sales between $6.2 billion and $6.4 "
         "billion, which had been a little lower than Street estimates back then.", "comparison"),
        ("At a group level, Norvik held a 59% share. Pendle has lifted its share from 18% to 22%, while Halden's "
         "share has risen from 35% to 38%.", "shares"),
        ("Producer prices climbed 0.4% in March, as forecast, while core producer prices posted a hotter-than-forecast "
         "0.6% rise against the 0.5% gain forecast. Before rounding, the monthly rise for headline prices was 0.4487%, "
         "nearly rounded up to a 0.5% gain. The unrounded rise for core prices was 0.5811%.", "same_figure"),
    ],
)  # fmt: skip
def test_no_alarm(text: str, check: str) -> None:
    assert "fail" not in statuses(text, check)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("Brent lost $1.62, or 3.0%, to $79.48 a barrel.", "percent_change", ["fail"]),
        ("Brandt Group held 42% of the market, Corvan 38% and Ostby 30%.", "shares", ["fail"]),
        ("The jobless rate was 5.2% in May. Unrounded, it was 5.3291%.", "same_figure", ["fail"]),
        ("The jobless rate was 5.2% in May. Unrounded, it was 5.2291%.", "same_figure", ["pass"]),
    ],
)  # fmt: skip
def test_still_checked(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
