"""A part and its share joined by a verb of equivalence ("translating to", "equates to", "equivalent to", "amounting
to"), its whole in the clause: fronted ("Of the W, ... P, translating to S% of the total") or after the share, named
with its holder ("S% of the region's W"). Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [(f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"]


PASS = ("part_share", "pass", "info")
WARN = ("part_share", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Of the region's total output of $2.4 trillion, Norland alone produced $610 billion, translating to some "
         "25% of the sum.", [PASS]),
        ("Of the region's total output of $2.4 trillion, Norland alone produced $610 billion, translating to some "
         "45% of the sum.", [WARN]),
        ("The two clubs' combined haul of 96 goals equates to 12.5 percent of the league's 768 goals.", [PASS]),
        ("The two clubs' combined haul of 96 goals equates to 21.5 percent of the league's 768 goals.", [WARN]),
        ("Norland produced $610 billion, equivalent to 25% of the region's $2.4 trillion output.", [PASS]),
        ("Norland produced $610 billion, equivalent to 35% of the region's $2.4 trillion output.", [WARN]),
        ("The fund lost 1,840 members, amounting to 8% of its 23,000 members.", [PASS]),
        ("The fund lost 1,840 members, amounting to 18% of its 23,000 members.", [WARN]),
        ("The mill cut 336 jobs, or 8 percent of the plant's entire 4,200 staff.", [PASS]),
    ],
)  # fmt: skip
def test_a_part_equivalent_to_a_share_of_its_whole(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a move in two units, not a part and its share
        "Sales rose by $40 million, translating to a 4% gain on the year.",
        "The firm added $12 million, equivalent to 3% growth, in the quarter.",
    ],
)  # fmt: skip
def test_no_share_where_the_pair_is_one_move(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.kind.value == "part_share"]
