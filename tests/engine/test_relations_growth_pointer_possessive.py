"""A pointer that opens a sentence ("It rose 9% to ...") points back to the level told just before; "It's" spelt
for the possessive and followed by a noun set off by a name ("It's chief rival, Norbeck Corp., said ...") names
another company as the sentence's subject, so nothing is pointed back to."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def growth_prior(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "growth_prior"}


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Stores saw sales rise 2.2 percent to $40.8 billion in December. It's chief rival, Norbeck Corp., "
        "said its sales increased 11.6 percent to $8.42 billion.",
        "Halvard's revenue was $12.5 billion in 2023. It's nearest competitor, Ostrava Group, reported revenue up "
        "9 percent to $6.1 billion.",
        "Tamsin Air flew 3.2 million passengers in May. It’s regional arm, Tamsin Link, said traffic grew 14% to "
        "410,000 passengers.",
    ],
)
def test_a_possessive_naming_another_company_points_back_to_nothing(text: str) -> None:
    assert growth_prior(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halvard Stores had sales of $40.8 billion in November. It rose 11.6 percent to $45.5 billion in December.",
            {("pass", "info")},
        ),
        (
            "Halvard Stores had sales of $40.8 billion in November. It rose 11.6 percent to $48.2 billion in December.",
            {("fail", "warning")},
        ),
        (
            "Halvard Stores had sales of $40.8 billion in November. It's up 11.6 percent to $45.5 billion in December.",
            {("pass", "info")},
        ),
    ],
)
def test_a_pointer_that_is_the_subject_still_points_back(text: str, expected: set[tuple[str, str]]) -> None:
    assert growth_prior(text) == expected
