"""A span of years written with a dash or slash ("in 2019-2020", "the 2024–2026 plan") names a period: the second
year is no figure of the sentence. Read as one, it became the start of a move ("fell by 812 students" on a start of
2020 plus the fall). Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text


def surfaces(text: str) -> list[str]:
    return [c.quantity.text for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2021-2022, the district lost 640 pupils, or 5%.", ["640 pupils", "5%"]),
        ("The 2024–2026 capital plan costs $52 million.", ["$52 million"]),
        ("Over 2017/2018 the levy raised $3.4 million.", ["$3.4 million"]),
        ("In 2022/23 the levy raised $3.4 million.", ["$3.4 million"]),
        # not a span of years: a figure after a dash that is no later year, or too far on
        ("Attendance went from 1,940 to 2,015 people.", ["1,940", "2,015 people"]),
        ("The index traded in a 1990-2030 band.", ["2030"]),
    ],
)
def test_the_end_of_a_span_of_years_is_no_figure(text: str, expected: list[str]) -> None:
    assert surfaces(text) == expected


def test_a_move_in_a_year_span_is_not_started_from_the_year() -> None:
    text = "In 2021-2022, the district lost 640 pupils, or 24%."
    assert not [f for f in check_text(text).findings if "plus the fall" in f.message or "less the" in f.message]
