"""An efficacy as a level ("its efficacy stood at 93%") is a share of the expected cases: at most 100%.

A level within 100% stays quiet; one past it alarms; moves, comparisons and look-alike words stay quiet.

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
        if "of one set of expected cases" in f.message
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Lumora jab's efficacy stood at 93.1% after the second dose, trial results show.", []),
        ("The Lumora jab's efficacy stood at 139.3% after the second dose, trial results show.", [WARN]),
        ("Trial data put its efficacy against severe illness at 97%, the Pelton lab said.", []),
        ("Trial data put its efficacy against severe illness at 117%, the Pelton lab said.", [WARN]),
        ("For volunteers aged over 65, efficacy reached 88 percent by the third month.", []),
        ("For volunteers aged over 65, efficacy reached 108 percent by the third month.", [WARN]),
        ("The Brightwell pill posted an 81% efficacy rate across 3,400 patients.", []),
        ("The Brightwell pill posted a 121% efficacy rate across 3,400 patients.", [WARN]),
        ("Regulators said the two-dose course was 76% effective against hospital stays.", []),
        ("Regulators said the two-dose course was 106% effective against hospital stays.", [WARN]),
        ("The spray proved 64 per cent effective at preventing infection in care homes.", []),
        ("The spray proved 164 per cent effective at preventing infection in care homes.", [ERR]),
    ],
)  # fmt: skip
def test_an_efficacy_is_at_most_all_the_cases(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # moves and comparisons of efficacy, not a level
        "The booster made the Lumora jab 130% more effective than a single dose.",
        "Efficacy rose 120% after the third dose, the Pelton lab said.",
        "The new strain cut efficacy by 45%, while a 140% gain in efficacy followed the update.",
        "Its efficacy was 125% higher than that of the older Tarvo shot.",
        "The Brightwell pill reached 150% of the efficacy of the standard drug.",
        "The study found a relative efficacy of 160% for the nasal spray.",
        # effective before a noun, efficiency, and a boast about effort
        "Dunmore Ltd paid an effective tax rate of 105% after the write-off.",
        "Its heat pumps run at 310% efficiency, the Harwick maker says.",
        "The coach said his back line had been 110% effective all season.",
        # a range
        "Efficacy estimates ranged from 70% to 105% across the Tallow sites.",
    ],
)
def test_other_readings_are_not_an_efficacy_level(text: str) -> None:
    assert verdicts(text) == []
