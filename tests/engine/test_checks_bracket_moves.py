"""A move in units with its percentage alone in brackets after the comparison, and a dash that sets a move's ends
off from it. Every sentence is made up.

Each shape has consistent sentences that pass, one-number breaks that fail, and look-alikes that must not pair
(other units, a bracket that says more than the percentage, a dash that opens another clause).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def verdicts(text: str, check: str = "percent_change") -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "L, D above/below ... (P)": the earlier level is L less D (or plus D below it), and P is D over it
        ("Grain silos at Tarnow held 3,150 tonnes, 150 tonnes above the June figure (5%).", {PASS}),
        ("Grain silos at Tarnow held 3,150 tonnes, 150 tonnes above the June figure (15%).", {WARN}),
        ("Orvane's crude inventory sat at 62.4 million barrels, 5.2 million barrels below a year ago (7.7%).", {PASS}),
        ("Orvane's crude inventory sat at 62.4 million barrels, 5.2 million barrels below a year ago (8.3%).", {WARN}),
        ("Membership of the Quillby guild came to 2,640 members, 240 members more than in spring (10%).", {PASS}),
        ("Membership of the Quillby guild came to 2,640 members, 240 members more than in spring (12%).", {WARN}),
        # "At L, <what> are D above ... (P)": the level leads and the clause names what stands at it
        ("At 41.6 million tonnes, stocks of wheat are 2.2 million tonnes below last year (5%).", {PASS}),
        ("At 41.6 million tonnes, stocks of wheat are 2.2 million tonnes below last year (8%).", {WARN}),
        ("At 52.4 Mbbl, Dorrin's stocks were 2.4 Mbbl above the prior week (4.8%).", {PASS}),
        ("At 52.4 Mbbl, Dorrin's stocks were 2.4 Mbbl above the prior week (9.8%).", {WARN}),
        # "L, up D (P)": the bracket restates the move just after the level, as "or P" would
        ("Deliveries at Corvex reached 9,800 vans, up 700 vans (7.7%).", {PASS}),
        ("Deliveries at Corvex reached 9,800 vans, up 700 vans (9.9%).", {WARN}),
        # the move printed bare takes the level's noun
        ("Deliveries at Corvex reached 9,800 vans, up 700 (7.7%).", {PASS}),
        ("Deliveries at Corvex reached 9,800 vans, up 700 (9.9%).", {WARN}),
    ],
)
def test_a_bracketed_percentage_restates_the_gap_to_the_earlier_level(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the gap is in other units than the level
        "Grain silos at Tarnow held 3,150 tonnes, 150 barrels above the June figure (15%).",
        # the bracket goes on: the percentage is a share of something else
        "Grain silos at Tarnow held 3,150 tonnes, 150 tonnes above the June figure (15% of capacity).",
        # the percentage comes after another figure in the comparison
        "Grain silos at Tarnow held 3,150 tonnes, 150 tonnes above the 2,100 tonnes of June (15%).",
        # a unit word the two figures do not share
        "At 52.4 Mbbl, Dorrin's stocks were 2.4 kbbl above the prior week (9.8%).",
        # no "at" before the level: the clause after it need not be about that level
        "Dorrin sold 52.4 Mbbl, and its stocks were 2.4 Mbbl above the prior week (9.8%).",
        # a clause break between the comparison and the bracket
        "Grain silos at Tarnow held 3,150 tonnes, 150 tonnes above June; rice stocks rose (15%).",
    ],
)
def test_a_bracket_that_may_hold_another_figure_is_not_paired(text: str) -> None:
    assert verdicts(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dash right before the ends sets them off from the move; it opens no other clause
        ("Bookings at Halvern Air showed a 12% rise – to 168 from 150.", {PASS}),
        ("Bookings at Halvern Air showed a 35% rise – to 168 from 150.", {WARN}),
        ("Day passes on the Pellam tram line fell 20 percent — from $5.00 to $4.00.", {PASS}),
        ("Day passes on the Pellam tram line fell 30 percent — from $5.00 to $4.00.", {WARN}),
        ("Fees climbed 8% -- to $54 from $50.", {PASS}),
        ("Fees climbed 18% -- to $54 from $50.", {WARN}),
    ],
)
def test_a_dash_before_the_ends_keeps_them_with_the_move(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the dash opens a clause with its own subject and verb
        "Bookings at Halvern Air rose 35% – fares meanwhile went to 168 from 150.",
        # the dash opens an aside, and the figure after it is another measure
        "Bookings at Halvern Air rose 35% – enough to lift the staff count to 168.",
        # words between the dash and the figure: "from" names a place, not the move's start
        "Day passes on the Pellam tram line fell 30 percent — from the city, $5.00 came to $4.00.",
    ],
)
def test_a_dash_that_opens_another_clause_does_not_pair(text: str) -> None:
    assert verdicts(text) == set()
