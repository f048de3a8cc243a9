"""A third set of structures that raised false alarms on unseen news, with what must still be checked. Every
sentence is made up.

- A comparison word's object is named in its own sentence: "an 8 percent increase over revenue of $6.85 billion"
  followed by "Analysts had been looking for ..." compares nothing with expectations, and neither does "still above
  band" followed by a sentence on what the bank expects.
- "payroll gains have averaged 141,000 a month, compared with ... 196,000 a month last year": the first is a rate
  already, and the second another period's set against it, not its restatement over the seven months.
- "added 27,000 jobs in June" and "Over the past 12 months, ... added 318,000 jobs": one names a run of
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
        ("Quarterly sales reached $7.4 billion, an 8 percent increase over revenue of $6.85 billion in the "
         "prior-year period. Analysts had been looking for a profit of 41 cents a share on sales of $7.52 billion.",
         "comparison"),
        ("\"Most of the windfall is being saved while inflation is still above band. The bank is not expecting a "
         "return to range before 2026.\"\n\nThe half-year update trimmed the deficit by $2.3 billion, an improvement "
         "of $9.4 billion from projections made in May.", "comparison"),
        ("Over the first seven months of 2019, payroll gains have averaged 141,000 a month, compared with an "
         "average of 196,000 a month last year.", "run_rate"),
        ("Retail trade added 27,000 jobs in June. Over the past 12 months, retail trade has added 318,000 jobs.",
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
