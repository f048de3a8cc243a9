"""Structures from a seventh fresh sample of news, with what must still be checked. Every sentence is made up.

- A figure alone on its line ("-1.85%" under a ticker's name) is a quote box's cell, not a word of the line after.
- A holder that takes in another ("the Corra group (including Jetwing)", "at a group level") makes shares told beside it
  overlap: their sum over 100% is no error of the text.
- "forecast earnings of $15.15 to $15.45 a share, which had been lower than Street estimates": the estimate is what
  the word compares, with estimates the text does not give.
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
        ("Metals were mixed.\nJune palladium\nPAM23,\n-1.85%\nshed $34.70, or 2.3%, to $1,450.20 per ounce, while "
         "July platinum\nPLN23,\n-2.24%\ndeclined by $24.40, or nearly 2.3%, to $1,058.20 per ounce.",
         "percent_change"),
        ("Virgin hit 35.0% market share in December, beating Corra's 34.6%, but the Corra group (including its budget "
         "arm Jetwing) held 63.6% of the market.", "shares"),
        ("Jetwing has grown its market share from 24% to 27%, while Virgin's market share has increased from 30% to "
         "33%. However, at a group level, Corra-Jetwing have increased their market share from 61% to 63%.",
         "shares"),
        ("Orvo also raised its forecast to earnings of $15.30 to $15.60 a share for the year. A quarter ago, Orvo "
         "forecast full-year earnings of $15.15 to $15.45 a share, which had been slightly lower than Street "
         "estimates at the time.", "comparison"),
        ("Orvo also raised its forecast to earnings of $15.30 to $15.60 a share for the year. A quarter ago, Orvo "
         "forecast full-year earnings of $15.15 to $15.45 a share on sales of $19.1 billion to $19.3 billion, which "
         "had been slightly lower than Street estimates at the time.", "comparison"),
        ("At a group level, Corra took a 63% share. Jetwing has grown its market share from 24% to 27%, while "
         "Virgin's share has increased from 30% to 33%.", "shares"),
        ("Consumer prices rose 0.1% in December, as expected, while core prices posted a stronger-than-expected 0.3% "
         "rise compared with the 0.2% gain expected. Unrounded, the monthly rise for overall prices was 0.1498%, "
         "very close to being rounded up to a 0.2% gain. The unrounded gain for core prices was 0.2767%.",
         "same_figure"),
    ],
)  # fmt: skip
def test_no_alarm(text: str, check: str) -> None:
    assert "fail" not in statuses(text, check)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("Palladium shed $34.70, or 4.3%, to $1,450.20 per ounce.", "percent_change", ["fail"]),
        ("Brandt Group held 42% of the market, Corvan 38% and Ostby 30%.", "shares", ["fail"]),
        ("The jobless rate was 5.2% in May. Unrounded, it was 5.3291%.", "same_figure", ["fail"]),
        ("The jobless rate was 5.2% in May. Unrounded, it was 5.2291%.", "same_figure", ["pass"]),
    ],
)  # fmt: skip
def test_still_checked(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
