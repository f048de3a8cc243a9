"""A move in units with an adverb before "by" ("climbed steadily by 40 tonnes") is read as a move, and a figure of the
same unit set against such a move by "against" or "compared with" (not "from") may be the earlier period's move: the
percentage is then not checked on it as a base. A base named by "from", or an end named by "to", still is."""

from __future__ import annotations

import pytest

from factcheck.claim import ChangeKind
from factcheck.extraction import extract_claims
from factcheck.runner import check_text


def outcome(text: str, check: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


PASS = {("pass", "info")}
UNSURE = {("indeterminate", "info")}


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # set against a move in units: the other figure may be last year's move, so nothing is flagged
        ("Over 2025 Merrow Sound's tidal output grew steadily by 64 GWh (+18%) against 3 GWh in 2024.",
         "percent_change", UNSURE),
        ("Ridership on the Oakhill line climbed by 4,000 passengers, or 8%, compared with 1,200 passengers in the "
         "prior year.", "percent_change", UNSURE),
        ("Compost collected in Drayfield rose by 950 tonnes (12%) versus 300 tonnes a year earlier.",
         "percent_change", UNSURE),
        # "from" names the base: checked, and a slip is caught
        ("Tidal output at Merrow Sound grew steadily by 64 GWh (+18%) from 355 GWh a year before.",
         "percent_change", PASS),
        ("Tidal output at Merrow Sound grew steadily by 64 GWh (+18%) from 3 GWh a year before.",
         "percent_change", {("fail", "error")}),
        # "to" names the end: still checked
        ("Compost collected in Drayfield rose sharply by 950 tonnes (12%) to 8,850 tonnes.", "percent_change", PASS),
        ("Compost collected in Drayfield rose sharply by 950 tonnes (20%) to 8,850 tonnes.", "percent_change",
         {("fail", "warning")}),
    ],
)  # fmt: skip
def test_move_set_against_a_figure_of_its_unit(text, check, expected):
    assert outcome(text, check) == expected


@pytest.mark.parametrize(
    ("text", "figure", "is_move"),
    [
        ("Rainfall at the Kestle gauge increased strongly by 41 mm over the week.", "41 mm", True),
        ("The reservoir dropped markedly by 3.2 metres during the drought.", "3.2 metres", True),
        ("Sales fell mainly by volume, to 45 tonnes.", "45 tonnes", False),
        # an adverb with no "by" leaves a level a level
        ("Output rose strongly to 90 tonnes in May.", "90 tonnes", False),
    ],
)
def test_adverb_before_by_reads_a_move(text, figure, is_move):
    claim = next(c for c in extract_claims(text) if c.quantity.text == figure)
    assert (claim.change is not None and claim.change.kind == ChangeKind.ABSOLUTE) is is_move
