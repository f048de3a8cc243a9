"""part_shares: a player's market share stated a sentence or two after its own figure, the market's total between.

"Quill shipped 12.4 million phones. In all, 80 million were sold worldwide. Quill's market share is 15.5%": the
sentence with the figure names the player (or calls it by what it is right after a sentence that names it). A
share whose sentence gives it another time, a forecast, another measure, a place or a product is not paired.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")

_PART = "Nordvik shipped 12.4 million phones in the second quarter. "
_WHOLE = "Across the industry, 80 million smartphones were sold worldwide. "


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PART + _WHOLE + "Nordvik's market share now stands at 15.5%.", {PASS}),
        (_PART + _WHOLE + "Nordvik's market share now stands at 21%.", {WARN}),
        # the player called by what it is, right after a sentence that names it; the whole in the same sentence
        (
            "Analysts say Nordvik had a strong summer. The Finnish maker shipped 12.4 million phones, while 80 million "
            "smartphones were sold globally. Nordvik's market share rose to 15.5%.",
            {PASS},
        ),
        (
            "Analysts say Nordvik had a strong summer. The Finnish maker shipped 12.4 million phones, while 80 million "
            "smartphones were sold globally. Nordvik's market share rose to 25.5%.",
            {WARN},
        ),
        (
            "Tollan Motors delivered 46,000 trucks in 2025. Nationwide, 230,000 trucks were delivered. So "
            "Tollan Motors now holds a 20% share of the market.",
            {PASS},
        ),
        (
            "Tollan Motors delivered 46,000 trucks in 2025. Nationwide, 230,000 trucks were delivered. So "
            "Tollan Motors now holds a 26% share of the market.",
            {WARN},
        ),
    ],
)
def test_a_market_share_after_its_players_figure(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "share",
    [
        "Nordvik's market share for the year was 11%.",  # another period
        "Nordvik's market share a year earlier was 11%.",  # an earlier share
        "Nordvik expects its market share to reach 20% next year.",  # a forecast
        "By revenue, Nordvik's market share was 25%.",  # another measure
        "In Germany, Nordvik's market share was 25%.",  # another place
        "Nordvik's smartwatch market share was 25%.",  # another product
        "Nordvik's share of the tablet market was 25%.",
        "Velma's market share now stands at 21%.",  # another player
    ],
)
def test_a_share_the_words_narrow_is_not_paired(share: str) -> None:
    assert WARN not in outcome(_PART + _WHOLE + share)


def test_two_figures_of_the_player_leave_it_unpaired() -> None:
    text = "Nordvik shipped 12.4 million phones and 3 million tablets in the quarter. " + _WHOLE
    assert WARN not in outcome(text + "Nordvik's market share now stands at 21%.")
