"""Comparisons in words that reach past one clause, end to end on made-up sentences: a record against every later
level in one relation; consistent cases pass, contradicted ones fail, look-alikes do not pair or stay uncertain."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import run_checks
from tests.engine.test_checks_changes import PASS, WARN, verdicts


def _comparisons(text: str) -> list[list[str]]:
    """The members of each comparison relation, as the figures' surfaces."""
    claims = extract_claims(text)
    surface = {c.id: text[c.span[0] : c.span[1]] for c in claims}
    report = run_checks(text, claims)
    return [[surface[m.claim] for m in r.members] for r in report.relations if r.kind.value == "comparison"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record named after the later levels: one relation, the record above both
        (
            "Ticket sales fell to 3.1 million in 2023, down from 3.4 million in 2022. The record high in ticket "
            "sales was 3.9 million in 2019.",
            {PASS},
        ),
        (
            "Ticket sales fell to 3.1 million in 2023, down from 4.4 million in 2022. The record high in ticket "
            "sales was 3.9 million in 2019.",
            {WARN},
        ),
        (
            "The median sale price dropped from $412,500 in May to $409,800 in June, now 3.2 percent below the "
            "record $423,300 median sale price set in March.",
            {PASS},
        ),
        (
            "The median sale price dropped from $432,500 in May to $409,800 in June, now 3.2 percent below the "
            "record $423,300 median sale price set in March.",
            {WARN},
        ),
        # another operator's figure is no level the record has to top
        (
            "Harbour Lines sold 2.2 million tickets in 2023. Westferry's record high in ticket sales was 1.8 million.",
            set(),
        ),
    ],
)
def test_a_record_against_every_later_level(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_a_record_and_its_later_levels_are_one_relation() -> None:
    text = (
        "Ticket sales fell to 3.1 million in 2023, down from 3.4 million in 2022. The record high in ticket "
        "sales was 3.9 million in 2019."
    )
    assert ["3.9 million", "3.1 million", "3.4 million"] in _comparisons(text)
