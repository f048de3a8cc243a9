"""A move noun told as an event of its measure: "a rise in smoking from 21% to 32%".

"A/an <move noun> in <measure> from A to B" says which way the measure went; a noun the article names as a rate
that a verb revises ("lowered the increase in fees from 6% to 4%") is not the measure's move. Every sentence is
made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, bool]]:
    return [
        (f.status.value, f.severity.value in ("warning", "error"))
        for f in check_text(text, only=["direction"]).findings
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Across Halden, planners recorded an increase in adult cycling from 21 percent in 1995 to 32 percent in 2015.",
         [("pass", False)]),
        ("Across Halden, planners recorded an increase in adult cycling from 41 percent in 1995 to 32 percent in 2015.",
         [("fail", True)]),
        ("Ministry tables show a decline in the Orvik jobless rate from 5.1% in March to 4.2% in June.",
         [("pass", False)]),
        ("Ministry tables show a decline in the Orvik jobless rate from 3.1% in March to 4.2% in June.",
         [("fail", True)]),
        ("Letting agents report a fall in the Corby vacancy rate from 8.2% to 6.9%.", [("pass", False)]),
        ("Letting agents report a fall in the Corby vacancy rate from 5.2% to 6.9%.", [("fail", True)]),
    ],
)  # fmt: skip
def test_a_move_in_a_measure_tells_its_direction(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a rate the verb revises: the verb, not the noun, moves it
        "The Tarn board lowered the increase in fees from 6% to 4%.",
        "The Tarn board lowered the increase in fees from 4% to 6%.",
    ],
)
def test_a_revised_rate_is_not_read_by_its_noun(text: str) -> None:
    assert not any(alarm for _, alarm in verdicts(text))
