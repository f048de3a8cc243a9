"""Structures from a last fresh sample of news, with what must still be checked. Every sentence is made up.

- Two rates told as the sizes of falls ("shrank at a 4.6 percent pace, revised down from a 3.8 percent
  contraction"): a
  deeper fall is the move down, so "down" holds and "up" does not.
- A change told over a run of periods ("Over the last 12 months, prices have jumped 5.6%") is not the change of a
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
        ("Output shrank at a 4.6 percent annual pace in the spring quarter, revised down from a 3.8 percent "
         "contraction first estimated.", "direction", ["pass"]),
        ("Exports slumped 9.2 percent on the year in March, down from a 6.5 percent drop in February.", "direction",
         ["pass"]),
        ("Exports slumped 9.2 percent on the year in March, up from a 6.5 percent drop in February.", "direction",
         ["fail"]),
        ("Unemployment fell to 4.7% in May, down from 4.4% in April.", "direction", ["fail"]),
        ("The median sale price has reached £318,240, against £311,905 in March. Over the last 12 months, sale "
         "prices have jumped 5.6%.", "growth_prior", []),
        ("The median sale price has reached £318,240, against £311,905 in March. Sale prices have jumped 5.6%.",
         "growth_prior", ["fail"]),
    ],
)  # fmt: skip
def test_read_as_the_words_mean(text: str, check: str, expected: list[str]) -> None:
    assert statuses(text, check) == expected
