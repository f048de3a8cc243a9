"""Structures from a last fresh sample of news, with what must still be checked. Every sentence is made up.

- Two rates told as the sizes of falls ("shrank 7.1 percent, revised down from the 6.3 percent contraction"): a
  deeper fall is the move down, so "down" holds and "up" does not.
- A change told over a run of periods ("Over the last 12 months, prices have jumped 7.9%") is not the change of a
  one-month pair told just before it.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def statuses(text: str, check: str) -> list[str]:
    return [f.status.value for f in check_text(text).findings if f.check == check]


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("The economy shrank an annualized 7.1 percent in the last quarter, revised down from the 6.3 percent "
         "contraction initially reported.", "direction", ["pass"]),
        ("Nominal output contracted an annualized 5.8 percent in the quarter, down from a 4.9 percent shrinkage.",
         "direction", ["pass"]),
        ("Nominal output contracted an annualized 5.8 percent in the quarter, up from a 4.9 percent shrinkage.",
         "direction", ["fail"]),
        ("Unemployment fell to 4.7% in May, down from 4.4% in April.", "direction", ["fail"]),
        ("The average asking price now stands at £271,669, up from £264,875 in September. Over the last 12 months, "
         "asking prices have jumped 7.9%.", "growth_prior", []),
        ("The average asking price now stands at £271,669, up from £264,875 in September. Asking prices have "
         "jumped 7.9%.", "growth_prior", ["fail"]),
    ],
)  # fmt: skip
def test_read_as_the_words_mean(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
