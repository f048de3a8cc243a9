"""Days and weeks named by number are not counts: "for the period 3 to 9 May", "week 21 of 2016", "Week 22/2019",
"epidemiological week 34". A count of weeks ("15 weeks") and a count after the word week ("in the past week 3
people") stay figures. Made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims


def _figures(text: str) -> list[str]:
    return [text[c.span[0] : c.span[1]] for c in extract_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first day of a span of days
        ("For the period 3 to 9 May, Harlow clinics logged 214 cases.", ["214 cases"]),
        ("Between 4 and 10 June, Arlo sold 2,000 tickets.", ["2,000 tickets"]),
        ("From 12-18 March 2024 there were 55 arrests in Tamsin.", ["55 arrests"]),
        # a numbered week of a year
        ("In week 21 of 2016 the Orvale board saw 312 cases.", ["312 cases"]),
        ("Week 22/2019 (27 May - 2 June): 87 cases in Brenn.", ["87 cases"]),
        ("Pelmar declared an outbreak in epi week 34, with 9 cases.", ["9 cases"]),
        ("In epidemiological week 19 Tarn logged 2,204 cases.", ["2,204 cases"]),
        # look-alikes: counts stay
        ("In the past week 3 people died in Colby and 15 weeks later 40 more.", ["3 people", "15 weeks", "40"]),
        ("Harlow clinics logged 3 to 9 cases a day in May.", ["3 to 9 cases"]),
    ],
)
def test_day_spans_and_numbered_weeks_are_not_counts(text: str, expected: list[str]) -> None:
    assert _figures(text) == expected
