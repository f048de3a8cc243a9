"""Market reports that list players with a share and a bracketed count, and moves told beside such lists.

- "Corvan came first on a 14 per cent share (899 units), followed by Pella on 11 per cent (706 units)": every
  bracketed count is its player's part, never the whole another player's share is of.
- Two sentences whose pairs each imply one market size between them, but not the same one, tell two markets (a
  segment each): a misprint breaks one pair, not two that agree.
- "edging past the old record by 37 units": an amount by which two figures differ is no level a move ends at.
- A move said of the whole ("sales overall fell 2.7% (3,614 units)") is not paired for certain with a level
  told before without that word (electric cars only).
- "grew its earnings for the half by $1.9 billion from $1.4 billion to $3.3 billion": "by" after the verb's object
  gives the move, not a level.

Every sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def alarms(text: str) -> list[str]:
    return [f.message for f in check_text(text).findings if f.status.value == "fail"]


def checks(text: str) -> set[tuple[str, str]]:
    return {(f.check, f.status.value) for f in check_text(text).findings}


@pytest.mark.parametrize(
    "text",
    [
        # two segments, each listed with its own leader: two markets
        "Among private buyers Corvan came first on a 14 per cent share (899 units), followed by Pella on 11 per "
        "cent (706 units) and Ostby on a 7 per cent share (452 units). For vans and trucks, Corvan again came "
        "first on a 24 per cent share (761 units), followed by Hale on 18 per cent (570 units), with Ridd next "
        "on a 6 per cent share (191 units).",
        # the leader's bracketed count is its part, not the market
        "In March Corvan stayed top overall on a 19 per cent share (1,860 units), followed by Hale on 12 per cent "
        "(1,181 units) and Pella on a 6 per cent share (590 units).",
        # a margin over an old record is not the level the year's move ends at
        "Sales reached 7,460 in March, a record for the month, beating March 2004 by 52 units. Sales for the first "
        "quarter have risen by 3.4 per cent (1,093 units).",
        # the whole market's move and a level told of a part before it
        "Buyers have taken 1,085 new electric cars since January, compared with 590 in the whole of last year. "
        "Sales overall fell 2.7% (3,614 units) over the six months.",
        # "by" after the verb's object: the move, with both ends
        "Net earnings at Harlow Capital climbed 131.23 per cent in the six months. The lender grew its earnings "
        "for the half by $1.853 billion from $1.412 billion in the first half of 2019 to $3.265 billion in 2020.",
    ],
)  # fmt: skip
def test_no_false_alarm(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one market: the pairs' sizes agree, and a broken pair still warns
        ("Corvan came first on a 14 per cent share (899 units), followed by Pella on 11 per cent (706 units) and "
         "Ostby on a 7 per cent share (452 units).", {("part_share", "pass")}),
        ("Corvan came first on a 14 per cent share (899 units), followed by Pella on 11 per cent (706 units). "
         "Ostby ranked third on a 7 per cent share (652 units).",
         {("part_share", "pass"), ("part_share", "fail")}),
        # the move by its object, checked against both ends
        ("The lender grew its earnings for the half by $1.9 billion from $1.4 billion to $3.3 billion.",
         {("absolute_change", "pass"), ("direction", "pass")}),
        ("The lender grew its earnings for the half by $2.6 billion from $1.4 billion to $3.3 billion.",
         {("absolute_change", "fail"), ("direction", "pass")}),
    ],
)  # fmt: skip
def test_what_is_still_checked(text: str, expected: set) -> None:
    asked = {check for check, _ in expected}
    assert {(check, status) for check, status in checks(text) if check in asked} == expected
