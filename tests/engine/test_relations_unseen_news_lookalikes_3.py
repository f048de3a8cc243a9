"""A third set of structures that raised false alarms on unseen news, with what must still be checked. Every
sentence is made up.

- A comparison word's object is named in its own sentence: "a 13 percent increase over sales of $9.62 billion"
  followed by "Analysts had been expecting ..." compares nothing with expectations, and neither does "still above
  band" followed by a sentence on what the treasury expects.
- "has averaged 178,000 per month, compared with an average of 229,000 per month in 2015": the first is a rate
  already, and the second another period's set against it, not its restatement over the nine months.
- "added 33,000 jobs in September" and "Over the past 12 months, ... added 445,000 jobs": one names a run of
  periods the other does not, so they may be two figures.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def statuses(text: str, check: str) -> list[str]:
    return [f.status.value for f in check_text(text).findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "check"),
    [
        ("Revenue for the quarter was $10.9 billion, a 13 percent increase over sales of $9.62 billion a year "
         "earlier. Analysts had been expecting earnings of 33 cents a share on revenue of $11.04 billion.",
         "comparison"),
        ("\"We are banking most of the revenue upgrades - keeping pressure off prices while inflation is still above "
         "band. With the treasury not expecting a return to target this year, not next.\"\n\nIn the mid-year review "
         "the government revealed a deficit reduction of $1.1 billion, an improvement of $12.8 billion from earlier "
         "projections.", "comparison"),
        ("For the first nine months of 2016, hiring has averaged 178,000 per month, compared with an average of "
         "229,000 per month in 2015.", "run_rate"),
        ("Health care added 33,000 jobs in September. Over the past 12 months, health care has added 445,000 jobs.",
         "same_figure"),
    ],
)  # fmt: skip
def test_no_alarm(text: str, check: str) -> None:
    assert "fail" not in statuses(text, check)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("Acme's revenue of $15.2 billion fell short of forecasts. Analysts had expected revenue of $15.8 billion.",
         "comparison", ["pass"]),
        ("Acme's revenue of $16.2 billion fell short of forecasts. Analysts had expected revenue of $15.8 billion.",
         "comparison", ["fail"]),
        ("Employers added 1.8 million jobs in the first nine months, an average of 200,000 a month.", "run_rate",
         ["pass"]),
        ("Employers added 1.8 million jobs in the first nine months, an average of 300,000 a month.", "run_rate",
         ["fail"]),
    ],
)  # fmt: skip
def test_still_checked(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
