"""A share of a group counted by its members ("68% of respondents said ...") is at most 100%.

A share within its group stays quiet; one past it alarms.

Every sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

WARN = ("fail", "warning")
ERR = ("fail", "error")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text, only=["shares"]).findings
        if "of one group (" in f.message
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 86% of those surveyed by Kestrel Research said they would fly again this winter.", []),
        ("About 126% of those surveyed by Kestrel Research said they would fly again this winter.", [WARN]),
        ("Around 71 per cent of the Greenway party's members backed the merger in a May ballot.", []),
        ("Around 107 per cent of the Greenway party's members backed the merger in a May ballot.", [WARN]),
        ("The chamber said 92 percent of small Marsh County firms expect to hire in the spring.", []),
        ("The chamber said 138 percent of small Marsh County firms expect to hire in the spring.", [WARN]),
        ("In the Tallow poll, 64% of likely voters backed the bridge levy.", []),
        ("Amberly won 62% of the vote in the Tallow primary, her best result yet.", []),
        ("Amberly won 112% of the vote in the Tallow primary, her best result yet.", [WARN]),
        ("Quist took 54 per cent of the votes cast in the second round.", []),
        ("Quist took 124 per cent of the votes cast in the second round.", [WARN]),
        ("In the Tallow poll, 164% of likely voters backed the bridge levy.", [ERR]),
    ],
)  # fmt: skip
def test_a_share_of_a_group_fits_in_the_group(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # amounts, possessives and ratios to a group's amount: not a count of members
        "Public debt in Orlen reached 128% of GDP last year.",
        "The Pellham scheme pays 130% of workers' average weekly wage.",
        "Vanta's revenue is about 140% of the next three companies combined.",
        "Women at the Dunmore plant were paid 112% of what men were paid.",
        # counts set against a roll or an estimate, which can outrun it as printed
        "Turnout in two wards reached 104% of registered voters, officials said.",
        "The district has given first doses to 103% of adults, by the old census estimate.",
        "Gross enrolment stood at 108% of children of primary age.",
        # a group set as a need, or the group of another time
        "The Orlen ward has 106% of the nurses it needs this winter.",
        "Pellham now employs 104% of the workers it had before the flood.",
        # the vote as one word of a longer name, or a count set against what was expected
        "Amberly's lead grew to 112% of the vote share she held in May.",
        "The count in Orlen reached 101.2% of the votes expected.",
        # a move, not a share
        "The number of members rose 120% of ... last year, to 4,400.",
    ],
)
def test_other_readings_are_not_a_share_of_members(text: str) -> None:
    assert verdicts(text) == []
