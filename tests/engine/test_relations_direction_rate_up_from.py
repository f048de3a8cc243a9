"""A growth rate set against an earlier one by "up from" / "down from" after it: the word moves the rate.

"Grew by 1.3% from 1.2%" may tell the measure's growth with its verb, so that reading stays in doubt; in "grew at
2.4%, up from 2.1%" the word after the rate says where the rate itself went. Every sentence is made up.
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
        ("The Norland economy grew at 2.4 per cent in the third quarter, up from 2.1 per cent in the previous "
         "three months.", [("pass", False)]),
        ("The Norland economy grew at 1.4 per cent in the third quarter, up from 2.1 per cent in the previous "
         "three months.", [("fail", True)]),
        ("Output in Bresca expanded by 2.1% in May, down from 2.6% in April.", [("pass", False)]),
        ("Output in Bresca expanded by 3.1% in May, down from 2.6% in April.", [("fail", True)]),
    ],
)  # fmt: skip
def test_a_word_after_the_rate_moves_the_rate(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the verb before the rate may be the measure's growth: no alarm either way
        "Brescan output grew by 1.1 percent from 1.2 percent a quarter earlier.",
        "Brescan output grew by 1.3 percent from 1.2 percent a quarter earlier.",
    ],
)
def test_the_verb_before_the_rate_raises_no_alarm(text: str) -> None:
    assert not any(alarm for _, alarm in verdicts(text))
