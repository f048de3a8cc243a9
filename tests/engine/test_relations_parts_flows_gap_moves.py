"""A budget or trade gap's move against its flows' moves: "the deficit stood at $41 million, down from $65 million"
then "receipts are up $15 million, while spending is down $9 million". A deficit moves by the outlays' move less the
receipts' (a surplus the other way round). Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

_CITY = (
    "Through May, the city's budget deficit stood at $41 million, down from $65 million a year earlier. Receipts "
    "are up ${receipts} million so far this year, while spending is down $9 million."
)
_TRADE = (
    "The trade surplus widened to $12.5 billion in March from $9.0 billion in February. Exports were up $2.1 "
    "billion, while imports were {imports} $1.4 billion."
)


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "part_whole" and "flows' moves" in f.message
    ]


PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # -9 - 15 = -24 = 41 - 65
        (_CITY.format(receipts="15"), [PASS]),
        (_CITY.format(receipts="25"), [WARN]),
        # a surplus: +2.1 - (-1.4) = 3.5 = 12.5 - 9.0
        (_TRADE.format(imports="down"), [PASS]),
        (_TRADE.format(imports="up"), [WARN]),
    ],
)  # fmt: skip
def test_the_gap_moves_as_its_flows_do(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two moves of the gap before the flows (the months so far and the full year): not told which
        "Through May, the city's budget deficit stood at $41 million, down from $65 million a year earlier. The "
        "full-year deficit came to $70 million, down from $90 million. Receipts are up $15 million, while spending "
        "is down $9 million.",
        # the flows' moves with no gap moved before them
        "The city's budget deficit stood at $41 million. Receipts are up $15 million, while spending is down $9 "
        "million.",
        # one flow only
        "Through May, the city's budget deficit stood at $41 million, down from $65 million a year earlier. Receipts "
        "are up $15 million so far this year.",
    ],
)  # fmt: skip
def test_no_gap_move_unless_one_move_and_both_flows(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.params.get("rule") == "gap_moves"]
