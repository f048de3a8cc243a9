"""part_shares_counted: counts printed beside their share of one population imply one population size.

All sentences are made up (made-up regions and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    ours = {r.id for r in report.relations if "implies the same number of" in r.reason}
    return {(f.status.value, f.severity.value) for f in report.findings if f.relation in ours}


_NAMED = (
    "Rents rose in 18.5 percent of all districts (92 districts) over the five years, the survey found. "
    "Vacancies fell in {share} of all districts ({count} districts) in the same stretch."
)


@pytest.mark.parametrize(
    ("share", "count", "expected"),
    [
        ("30 percent", "149", {PASS}),
        ("30 percent", "199", {WARN}),
        ("12.1 percent", "60", {PASS}),
        ("22.1 percent", "60", {WARN}),
    ],
)
def test_shares_of_all_of_one_population_imply_one_size(share: str, count: str, expected: set) -> None:
    assert outcome(_NAMED.format(share=share, count=count)) == expected


def test_a_bracketed_share_that_names_no_whole_is_uncertain() -> None:
    text = (
        "Rents rose in 18.5 percent of all districts (92 districts) over the five years. "
        "They fell in 31 districts (16.2 percent)."
    )
    assert outcome(text) == {UNSURE}


def test_a_group_narrowed_by_its_sentence_is_uncertain() -> None:
    text = (
        "Rents rose in 18.5 percent of all districts (92 districts) over the five years. "
        "Among coastal areas, vacancies fell in 40 percent of all districts (44 districts)."
    )
    assert outcome(text) == {UNSURE}


def test_a_share_of_a_narrower_whole_is_uncertain() -> None:
    text = (
        "Rents rose in 18.5 percent of all districts (92 districts). Jobs grew in 40 percent of rural districts "
        "(30 districts)."
    )
    assert outcome(text) == {UNSURE}


@pytest.mark.parametrize(
    "text",
    [
        # one pair alone implies nothing to compare
        "Rents rose in 18.5 percent of all districts (92 districts) over the five years.",
        # counts of different things are different wholes
        "Rents rose in 18.5 percent of all districts (92 districts). Prices fell in 40 percent of all towns (80 "
        "towns).",
    ],
)
def test_no_pair_of_one_population(text: str) -> None:
    assert outcome(text) == set()
