"""growth: a change told as a noun that names no measure ("its 18 percent decline"), and the pair of levels the next
sentence gives for the same named subject. The words do not say which measure fell, so the pairing is found but
never certain.

All sentences are made up (made-up firms and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, verdicts


def growth_members(text: str) -> list[list[str]]:
    report = check_text(text)
    return [sorted(m.role for m in r.members) for r in report.relations if r.kind.value == "growth_prior"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvard took a heavy blow from its 18 percent decline in the quarter. Halvard's deliveries fell from 5.1 "
         "million to 4.2 million.", {PASS}),
        # a wrong figure stays indeterminate: the change may measure another thing
        ("Halvard took a heavy blow from its 28 percent decline in the quarter. Halvard's deliveries fell from 5.1 "
         "million to 4.2 million.", {QUIET}),
        ("Orbis posted a 12% drop. Its revenue fell to $4.4 billion from $5.0 billion.", {PASS}),
        ("Orbis posted a 32% drop. Its revenue fell to $4.4 billion from $5.0 billion.", {QUIET}),
        ("Velde Foods reported a 20% rise for the year. Velde Foods' sales climbed to $6.0 billion from $5.0 billion.",
         {PASS}),
    ],
)  # fmt: skip
def test_a_noun_change_and_the_next_pair(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected
    assert growth_members(text) == [["change", "current", "prior"]]


@pytest.mark.parametrize(
    "text",
    [
        # a verb's change: its subject is the shares, not the profit of the next sentence
        "Shares of Orbis gained 9% late on Tuesday. Orbis's profit rose to $1.4 billion from $0.9 billion.",
        # the pair belongs to another subject
        "Orbis posted a 12% drop. Kestrel's revenue fell to $4.4 billion from $5.0 billion.",
        # the pair stands two sentences away
        "Orbis posted a 12% drop. Analysts were surprised. Its revenue fell to $4.4 billion from $5.0 billion.",
        # no subject named with the change
        "There was a 12% drop. Orbis's revenue fell to $4.4 billion from $5.0 billion.",
    ],
)
def test_no_pair_for_the_noun_change(text: str) -> None:
    assert growth_members(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # neither the change nor the next sentence's pair names a measure or a subject: the thing both speak of
        # ties them, never for certain
        ("Thefts of bikes have gone up 6 per cent, data show. The tally of bike thefts climbed to 4,240 in the year "
         "to June, from 4,000 a year earlier.", {PASS}),
        ("Thefts of bikes have gone up 16 per cent, data show. The tally of bike thefts climbed to 4,240 in the year "
         "to June, from 4,000 a year earlier.", {QUIET}),
        # another thing in the next sentence: no pairing
        ("Thefts of bikes have gone up 6 per cent, data show. The tally of car crashes climbed to 4,240 in the year to "
         "June, from 4,000 a year earlier.", set()),
        # the pair two sentences on is too far
        ("Thefts of bikes have gone up 6 per cent, data show. The police gave no reason. The tally of bike thefts "
         "climbed to 4,240 in the year to June, from 4,000 a year earlier.", set()),
    ],
)  # fmt: skip
def test_an_unnamed_change_and_the_next_pair_of_the_same_thing(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected
