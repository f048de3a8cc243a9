"""Market reports that list players with a share and a bracketed count, and moves told beside such lists.

- "Corvan led with 15 per cent market share (1,334 units) followed by Pella with 10 per cent (841 units)": every
  bracketed count is its player's part, never the whole another player's share is of.
- Two sentences whose pairs each imply one market size between them, but not the same one, tell two markets (a
  segment each): a misprint breaks one pair, not two that agree.
- "edging past the old record by 37 units": an amount by which two figures differ is no level a move ends at.
- A move said of the whole ("the market overall is down 3.5% (4,905 units)") is not paired for certain with a level
  told before without that word (electric cars only).
- "grew its profit for the half by $2.2 billion from $1.4 billion to $3.6 billion": "by" after the verb's object
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
        "Corvan kept the lead among passenger cars with 15 per cent market share (1,334 units) followed by Pella "
        "with 10 per cent (841 units) and Ostby with 8 per cent market share (702 units). In the commercial sector, "
        "Corvan kept the lead with 21 per cent market share (958 units) followed by Hale with 20 per cent (908 "
        "units) and Ridd third with 9 per cent market share (407 units).",
        # the leader's bracketed count is its part, not the market
        "Corvan held the overall lead in May with 17 per cent market share (2,290 units), followed by Hale with 11 "
        "per cent (1,480 units) and Pella with 8 per cent market share (1,050 units).",
        # a margin over an old record is not the level the year's move ends at
        "Registrations hit 9,120 in June, the best June on record, edging past June 1998 by 37 units. So far this "
        "year, the market is up by 2.1 per cent (1,512 units).",
        # the whole market's move and a level told of a part before it
        "So far this year 1,210 new electric cars have been registered, against 640 in all of last year. The market "
        "overall is down 3.5% (4,905 units) in the first half.",
        # "by" after the verb's object: the move, with both ends
        "Harlow Capital reported a 154.86 per cent increase in profit after tax for the half year. The firm grew its "
        "profit for the period by $2.182 billion from $1.409 billion in the first half of 2015 to $3.591 billion in "
        "2016.",
    ],
)  # fmt: skip
def test_no_false_alarm(text: str) -> None:
    assert alarms(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one market: the pairs' sizes agree, and a broken pair still warns
        ("Corvan kept the lead with 15 per cent market share (1,334 units) followed by Pella with 10 per cent "
         "(841 units) and Ostby with 8 per cent market share (702 units).", {("part_share", "pass")}),
        ("Corvan kept the lead with 15 per cent market share (1,334 units) followed by Pella with 10 per cent "
         "(841 units). Ostby was third with 8 per cent market share (902 units).",
         {("part_share", "pass"), ("part_share", "fail")}),
        # the move by its object, checked against both ends
        ("The firm grew its profit for the period by $2.2 billion from $1.4 billion to $3.6 billion.",
         {("absolute_change", "pass"), ("direction", "pass")}),
        ("The firm grew its profit for the period by $2.9 billion from $1.4 billion to $3.6 billion.",
         {("absolute_change", "fail"), ("direction", "pass")}),
    ],
)  # fmt: skip
def test_what_is_still_checked(text: str, expected: set) -> None:
    asked = {check for check, _ in expected}
    assert {(check, status) for check, status in checks(text) if check in asked} == expected
