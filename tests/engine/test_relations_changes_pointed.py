"""changes_pointed: a move's size named in the next sentence by a pointer back to it.

All sentences are made up (made-up firms, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import ERROR, PASS, WARN

MOVES = ["absolute_change", "percent_change"]


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=MOVES)
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Output at Brenna rose from 4,100 tonnes in 2019 to 4,650 tonnes in 2024. This overall increase of "
         "550 tonnes came despite a weak summer.", {PASS}),
        ("Output at Brenna rose from 4,100 tonnes in 2019 to 4,650 tonnes in 2024. This overall increase of "
         "650 tonnes came despite a weak summer.", {WARN}),
        ("Kestrel's debt fell from $9.0 billion to $7.5 billion. That $1.5 billion reduction freed cash.", {PASS}),
        ("Kestrel's debt fell from $9.0 billion to $7.5 billion. That $2.5 billion reduction freed cash.", {WARN}),
        # the noun gives the sign: a rise named for a fall is a flipped sign
        ("Kestrel's debt fell from $9.0 billion to $7.5 billion. That $1.5 billion increase worried analysts.",
         {ERROR}),
        # a relative size
        ("Visits to Dunmore Park climbed from 2.0 million to 2.5 million. The 25% rise surprised the board.", {PASS}),
        ("Visits to Dunmore Park climbed from 2.0 million to 2.5 million. The 35% rise surprised the board.", {WARN}),
    ],
)  # fmt: skip
def test_a_size_pointing_back(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the size of another thing's move
        "Revenue at Orlo rose from $4m to $6m. The increase of $1m in marketing costs hurt margins.",
        "Visits to Dunmore Park climbed from 2.0 million to 2.5 million. The 8% rise in ticket prices hurt.",
        # a pointer that does not open the sentence
        "Revenue at Orlo rose from $4m to $6m. Analysts had forecast an increase of $1m.",
        # a move two sentences back
        "Revenue at Orlo rose from $4 million to $6 million. Costs were flat. This increase of $1 million pleased "
        "investors.",
        # a rate's move sized in percent may be points or percent
        "Orlo's margin rose from 10% to 12%. This 20% increase pleased investors.",
    ],
)
def test_no_pointer_to_the_move(text: str) -> None:
    assert outcome(text) == set()


def test_a_size_of_another_period_stays_indeterminate() -> None:
    text = "Fares at Velport fell from $9.00 to $7.50 last year. The $2.50 increase this year angered riders."
    assert WARN not in outcome(text) and ERROR not in outcome(text)
