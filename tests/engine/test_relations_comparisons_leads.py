"""A lead told with its two sides ("Roe leads Doe 52% to 44%"): the leader's share must be the larger.

Every sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text, only=["comparison"]).findings
        if "... to”" in f.message
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ostrow leads Pell 52% to 41% among likely voters in the Marsh County survey.", [PASS]),
        ("Ostrow leads Pell 32% to 41% among likely voters in the Marsh County survey.", [WARN]),
        ("Varga is ahead 44 percent to 39 percent in the newest Kestrel poll.", [PASS]),
        ("Varga is ahead 34 percent to 39 percent in the newest Kestrel poll.", [WARN]),
        ("The Tallow survey has Amberly ahead of Quist in its autumn wave, 47 per cent to 45 per cent.", [PASS]),
        ("The Tallow survey has Amberly ahead of Quist in its autumn wave, 43 per cent to 45 per cent.", [WARN]),
        ("Among renters, Dunmore edges Falk 38% to 36%, the poll found.", [PASS]),
        ("Among renters, Dunmore edges Falk 33% to 36%, the poll found.", [WARN]),
        # two leads in one sentence: each pair on its own
        ("Hale leads Ibsen 49% to 44%, but Ibsen leads Jory 47% to 40%.", [PASS, PASS]),
        ("Hale leads Ibsen 49% to 44%, but Ibsen leads Jory 37% to 40%.", [PASS, WARN]),
    ],
)  # fmt: skip
def test_the_leaders_share_comes_first_and_is_larger(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the loser named first, or no order: copy gives the sides either way
        "Ostrow trails Pell 40% to 46% in the latest count.",
        "Pell lost to Ostrow 46% to 40% in the runoff.",
        "It is Ostrow versus Pell, 40% to 46%, with a month to go.",
        # the lead word belongs to another clause or reading
        "Ostrow, who led in May, now polls 40% to 46%.",
        "The group led by Ostrow saw its share rise 40% to 46%.",
        "The leading carriers' cost ratio climbed 40% to 46% last year.",
        "Ahead of the vote, 40% to 46% of members were expected to back it.",
        "Ostrow led in the spring; among students it is 40% to 46%.",
        # a move from one level to another
        "Ostrow's lead shrank from 46% to 40% over the month.",
    ],
)
def test_look_alikes_are_not_read_as_a_lead(text: str) -> None:
    assert verdicts(text) == []
