"""part_shares: two "units at P% of the market" pairs imply one market only when nothing dates them apart.

"Tabletcorp led again in the second quarter: 8.2 million units, a 25.0% market share. In Q2 2021 it
shipped 8 million, good enough for 33% market share.": the second pair is dated to a year of its own, the first is
not, so the two may be two periods' markets (a year-on-year comparison told in two sentences); the implied sizes are
left indeterminate. Two undated pairs, or a pair dated only by a bare quarter, are still one market's.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_LEAD = "Tabletcorp led again in the second quarter: 8.2 million units, a 25.0% market share. "
_RIVAL = "Tabletcorp shipped 8.2 million slates and took 25.0% of the market in the second quarter. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pair dated to a year of its own, beside an undated one: maybe another period's market
        (_LEAD + "In Q2 2021 it shipped 8 million, good enough for 33% market share.", {QUIET}),
        (
            "With 8.2 million slates sold, Tabletcorp keeps first place and a 25.0% share, though its lead shrank. "
            "Back in Q2 2021 its 8 million slates earned it 33% of the market.",
            {QUIET},
        ),
        # the next player of the same quarter: still one market, both ways
        (_RIVAL + "Norsk Devices shipped 4.1 million, for a 12.5% market share.", {PASS}),
        (_RIVAL + "Norsk Devices shipped 4.1 million, for a 17.5% market share.", {WARN}),
    ],
)
def test_a_pair_dated_apart_implies_no_sure_market(text: str, expected: set) -> None:
    assert verdicts(text, "part_share", "implies the same market size") == expected
