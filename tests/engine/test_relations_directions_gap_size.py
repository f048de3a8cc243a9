"""A figure with a comparative right after it is the size of a gap, not a level: "which was $6 million higher than
the $150 million of a year before" sets no move from $150 million to $6 million. With a comma between the figure
and the comparative ("$156 million, higher than ..."), the figure is the level and its move is still read.

All sentences are made up (made-up companies and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, WARN, verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Brenmoor Gas earned $156 million ($0.61 a share) on a core basis in the quarter, $6 million ($0.03 a share) "
        "higher compared to the $150 million ($0.58 a share) of a year before.",
        "Ticket sales at the Oskarby arena came to 48,200, some 3,100 lower compared with 51,300 last season.",
        "The Harwick fund returned 7.4 per cent, which was 1.2 per cent more compared to 6.2 per cent in 2021.",
        "Deliveries at Lunde Freight reached 9,800, which is 600 fewer than the 10,400 moved a year earlier.",
    ],
)
def test_a_gap_before_a_comparative_is_no_end_of_a_move(text: str) -> None:
    assert not {ERROR, WARN} & verdicts(text, "direction")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the comma keeps the figure a level: its move against the earlier one is still checked
        ("Core earnings at Brenmoor Gas were $156 million, higher compared to $150 million a year before.", PASS),
        ("Core earnings at Brenmoor Gas were $146 million, higher compared to $150 million a year before.", ERROR),
        ("Quarterly revenue at Vasska Oy was €84 million, up from €79 million.", PASS),
        ("Quarterly revenue at Vasska Oy was €74 million, up from €79 million.", ERROR),
    ],
)
def test_a_level_still_has_its_move_checked(text: str, expected: tuple[str, str]) -> None:
    assert expected in verdicts(text, "direction")
