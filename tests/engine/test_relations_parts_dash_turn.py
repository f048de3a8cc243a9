"""A dash after a total opens its breakdown ("48 GW — 30 GW of solar, ..."), unless the words after the dash turn to
other things ("— whereas tidal and biogas added ..."): those figures are set against the total, not parts of it."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash breakdown: the parts are all of it
        ("Grid operators connected 48 GW of new plant — 30 GW of solar, 12 GW of wind and 6 GW of hydro.", {PASS}),
        ("Grid operators connected 48 GW of new plant — 30 GW of solar, 12 GW of wind and 9 GW of hydro.", {WARN}),
        ("The Marlow council will spend $12 million -- $7 million on pipes and $5 million on pumps.", {PASS}),
        ("The Marlow council will spend $12 million -- $7 million on pipes and $8 million on pumps.", {WARN}),
        # look-alikes: the dash turns to other things, whose figures are no parts of the first
        (
            "Offshore wind grew by 48 GW in 2022 — whereas tidal, geothermal and biogas grew by 1.5 GW, 0.3 GW and "
            "0.9 GW respectively.",
            set(),
        ),
        (
            "Rooftop solar took the biggest slice (21 GW) of the year's additions — while batteries and pumped storage "
            "trailed well behind at 4 GW and 2 GW.",
            set(),
        ),
        (
            "The Marlow council will spend $12 million on pipes -- but its neighbours set aside $2 million and "
            "$3 million.",
            set(),
        ),
        # ... or measures the total against others
        (
            "Grid operators connected 48 GW of new plant – easily outpacing the 31 GW and 29 GW of the two years "
            "before.",
            set(),
        ),
        (
            "The Marlow council will spend $12 million — well ahead of the $8 million and $7 million its neighbours "
            "budgeted.",
            set(),
        ),
    ],
)
def test_dash_breakdowns(text: str, expected: set) -> None:
    assert outcome(text) == expected
