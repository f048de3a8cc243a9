"""A figure put right behind a rival's ("9 titles, second only to Rook's 12"): the rival's figure is the larger.

Every sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
CUES = ("second only to", "behind only", "surpassed only by")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text, only=["rank_order"]).findings
        if any(c in f.message for c in CUES)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Marlow has won 9 league titles, second only to Fenwick Rovers' 11.", [PASS]),
        ("Marlow has won 14 league titles, second only to Fenwick Rovers' 11.", [WARN]),
        ("Tarn shipped 3.2 million tonnes of barley, second only to Velland's 4.1 million tonnes.", [PASS]),
        ("Tarn shipped 5.2 million tonnes of barley, second only to Velland's 4.1 million tonnes.", [WARN]),
        ("Her 21 goals were the third most in 2019, behind only Ana Ruiz (25) and Mia Holt (23).", [PASS]),
        ("Her 27 goals were the third most in 2019, behind only Ana Ruiz (25) and Mia Holt (23).", [WARN]),
        ("Orlen's 46,000 subscribers were surpassed only by Quill, with 49,000.", [PASS]),
        ("Orlen's 56,000 subscribers were surpassed only by Quill, with 49,000.", [WARN]),
    ],
)  # fmt: skip
def test_the_rival_ahead_has_the_larger_figure(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a ranking by how little, or a rate whose sentence does not say which way it ranks
        "Tarn's jobless rate of 3.4% is the lowest in the region, second only to Velland's 2.9%.",
        "Tarn's jobless rate of 3.4% is second only to Velland's 2.9%.",
        "Dunmore recorded 41 deaths, the fewest of any county, behind only Orlen's 35.",
        # the rival's figure is of another time, or no rival's figure follows its name
        "Her 27 goals were the most in the league, behind only Ana Ruiz in 2017, when she scored 25.",
        "The firm earned $4.2 billion last year, second only to coal and iron ore exports.",
        "She finished behind only 3 riders in the 40-kilometre stage.",
        # another figure or a clause break between the player's figure and the words; a figure in words is
        # not read, and the one before it is not taken in its place
        "With 12 starts this season, Ames has two cup titles, second only to Ed Pike's 5.",
        "Pell sold 12,000 cars; its wide dealer network made it second only to Rook's 9,000.",
    ],
)
def test_other_readings_are_not_read(text: str) -> None:
    assert verdicts(text) == []


def order_verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.status.value, f.severity.value) for f in check_text(text, only=["rank_order"]).findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the passive names the one behind first: not read as an overtaking by it
        ("Orlen, with 46% of the market, was surpassed by Quill, with 49%, in 2023.", []),
        ("Orlen, with 36% of the market, had been overtaken by Quill, with 49%, by May.", []),
        # the active overtaking is read as before
        ("Quill, with 49% of the market, surpassed Orlen, with 46%, in 2023.", [PASS]),
        ("Quill, with 43% of the market, surpassed Orlen, with 46%, in 2023.", [WARN]),
    ],
)
def test_a_passive_overtaking_is_not_read_the_other_way(text: str, expected: list) -> None:
    assert order_verdicts(text) == expected
