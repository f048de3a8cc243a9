"""part_shares: a share that belongs to one named member of a counted group, and a whole with rivals.

"Top-rated in 14 countries, including Estoria at 30 percent share": the share after "including" (or "such
as", "led by") is one member's, not the counted group's, so the count and the share are not paired. A whole taken
from another sentence ("the 40 lenders ... combined") is uncertain when a figure counting the same thing stands as
near ("the 30 lenders that report it"): either may be the total the share is "of".

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")

_OTHER = " Brisa sold 6 million handsets, taking 5% of the market."
_LENDERS = "In 2025 the 40 regional lenders reviewed earned combined profits of $9 billion. Most grew deposits. "


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two players' figures with their shares: one market implied twice
        ("Korvo sold 12 million handsets in the quarter, a 20% market share." + _OTHER, {WARN}),
        ("Korvo sold 24 million handsets in the quarter, a 20% market share." + _OTHER, {PASS}),
        # the share after "including" / "such as" / "led by" is one member's: no pairing with the count
        ("Korvo's app was top-rated in 14 countries, including Estoria at 30 percent share." + _OTHER, set()),
        ("Korvo's app was top-rated in 14 countries, such as Estoria at 30 percent share." + _OTHER, set()),
        ("The app led in 9 markets, led by Vellin with a 44% share." + _OTHER, set()),
    ],
)
def test_a_share_of_a_named_member_is_not_the_groups(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_LENDERS + "Some 9 lenders, or about 22.5% of the total, lifted profits by more than a tenth.", {PASS}),
        (_LENDERS + "Some 9 lenders, or about 30% of the total, lifted profits by more than a tenth.", {WARN}),
        # another count of lenders, as near: the total the share is of is not certain
        (
            _LENDERS + "Some 9 lenders, or about 30% of the total, lifted profits by more than a tenth. The cost "
            "ratio averaged 52% for the 30 regional lenders that report it.",
            {UNSURE},
        ),
        # a near figure counting something else is no rival
        (
            _LENDERS + "Some 9 lenders, or about 30% of the total, lifted profits by more than a tenth. The cost "
            "ratio averaged 52% for the 30 branches that report it.",
            {WARN},
        ),
    ],
)
def test_a_whole_from_another_sentence_with_a_rival(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the market's total: a player's figure and its market share are checked against it
        ("Tollan Health covers 6.1 million members, a 24% market share. The market counted about 25.4 million "
         "members in total.", {PASS}),
        ("Tollan Health covers 6.1 million members, a 34% market share. The market counted about 25.4 million "
         "members in total.", {WARN}),
        # a total held by a group of leading players is a part of the market, not the whole of the share
        ("Tollan Health covers 6.1 million members, a 24% market share. The top four insurers count about 17.9 "
         "million members in total.", {UNSURE}),
        ("Tollan Health covers 6.1 million members, a 24% market share. The three largest insurers together hold "
         "15.2 million members in total.", {UNSURE}),
    ],
)  # fmt: skip
def test_a_leading_groups_total_is_not_the_market(text: str, expected: set) -> None:
    assert outcome(text) == expected
