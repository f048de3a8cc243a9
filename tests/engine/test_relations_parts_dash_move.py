"""A dash after a figure that opens on a move ("$58.20 – a 9.1% increase and about $5 ($4.85) more than ...")
restates how far the figure moved: its figures are moves, not parts the figure is made of. A dash that opens on
figures with no move ("– $40m from broadcasting, $30m from sponsors and $20m at the gate") still lists parts."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


@pytest.mark.parametrize(
    "text",
    [
        "Tickets averaged $58.20, a new high – a 9.1% increase and about $5 ($4.85) more than in 2024.",
        "At $58.20 the average fare is a record – a 9.1% increase and close to $5 ($4.85) up on 2024.",
        "Its dearest seat went for $58.20 – up 9.1%, or $4.85, on the year before.",
        "The stadium drew a best-ever 41,000 a game — up 6% and some 2,300 more than in 2024.",
    ],
)
def test_a_dash_that_opens_on_a_move_lists_no_parts(text: str) -> None:
    assert not [f for f in check_text(text).findings if f.check == "part_whole"]


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Sales at the venue came to a record $90m this year – $40m from concerts, $30m from sport and $20m from "
         "hires.", "info"),
        ("Sales at the venue came to a record $90m this year – $40m from concerts, $30m from sport and $29m from "
         "hires.", "warning"),
    ],
)  # fmt: skip
def test_a_dash_that_opens_on_parts_is_still_checked(text: str, severity: str) -> None:
    found = [f for f in check_text(text).findings if f.check == "part_whole"]
    assert found and {f.severity.value for f in found} == {severity}
