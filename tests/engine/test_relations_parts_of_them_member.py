"""parts_of_them: "Of the <total>," takes as its part only a figure that opens the clause after the comma.

"Of the five big carriers, Kelto signed up the most customers, about 52,000 mobile lines": the figure
after a name and a verb is what one member did, counted in other units than the members, so it is no part of
"five". A part that opens the clause ("Of the 640 stores, 212 closed") is still checked.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member's figure after a name and verb: no part of the count of members
        ("Of the five big carriers, Kelto signed up the most customers, about 52,000 mobile lines.", set()),
        ("Of the three main ISPs, Norra did best with some 12,400 broadband net additions.", set()),
        ("Of the six ISPs tracked, Kelto led the field, signing 9,800 broadband net additions.", set()),
        ("Out of the six regional operators, Norra added 12,400 fibre lines.", set()),
        (
            "Of the four leading chipmakers, Dunmore shipped 3,100 wafers, followed by Eska with 2,700.",
            set(),
        ),
        # the part opens the clause: still a part, both ways
        ("Of the 640 stores it ran, about 212 closed and the remaining 428 stayed open.", {PASS}),
        ("Of the 640 stores it ran, about 212 closed and the remaining 448 stayed open.", {WARN}),
    ],
)
def test_a_member_figure_is_no_part_of_the_member_count(text: str, expected: set) -> None:
    assert verdicts(text, "part_whole") == expected
