"""Moves whose figures stand a little apart: a level's apposed move whatever measure the sentence lends each
figure, an index's loss in points, a noun move's end set off by a dash, a start told two sentences after its
end, a months' supply whose stock is told the sentence before, a change against a moment named by what happened
in a year with its figure in brackets, and a fiscal year written with a slash. Made-up sentences only."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a level, then ", up X%", then its start: the sentence's "sales" lends the percentage another measure
        (
            "Orvane Motors' domestic sales for 2022 stood at 52,400 units, up 12 per cent, over 46,800 vehicles "
            "sold in 2021.",
            "percent_change",
            {PASS},
        ),
        (
            "Orvane Motors' domestic sales for 2022 stood at 52,400 units, up 19 per cent, against 46,800 vehicles "
            "sold in 2021.",
            "percent_change",
            {WARN},
        ),
        # an index's loss in points, restated in percent
        (
            "The Kestrel Volatility Index was lower at 41.20 for a loss of 3.10 points or -7.00%.",
            "percent_change",
            {PASS},
        ),
        (
            "The Kestrel Volatility Index was lower at 41.20 for a loss of 3.10 points or -9.00%.",
            "percent_change",
            {WARN},
        ),
        # a noun move, what moved, then a dash before its end and start
        (
            "Data out on Monday point to a 20% increase in cargo handled at the Norvale docks over the winter months "
            "– to 684 from 570.",
            "percent_change",
            {PASS},
        ),
        (
            "Data out on Monday point to a 30% increase in cargo handled at the Norvale docks over the winter months "
            "– to 684 from 570.",
            "percent_change",
            {WARN},
        ),
        # a start told two sentences after the move's end, nothing else between
        (
            "Tallin Air saw passengers rise by 5% in May to 4.2 million. It was a record month for the carrier. "
            "Passenger numbers rose from 4.0 million flown in May last year.",
            "growth_prior",
            {PASS},
        ),
        (
            "Tallin Air saw passengers rise by 5% in May to 4.2 million. It was a record month for the carrier. "
            "Passenger numbers rose from 3.0 million flown in May last year.",
            "growth_prior",
            {WARN},
        ),
        # months' supply: the stock in the sentence before, the annual pace earlier
        (
            "Home sales slipped 1.1 percent in March to an annual rate of 4.80 million, adjusted for the season. "
            "Listings rose 3 percent to 1.20 million homes and were 5 percent down on a year before (1.26 "
            "million). That inventory amounts to a 3.0-month supply at this sales rate.",
            "per_unit",
            {PASS},
        ),
        (
            "Home sales slipped 1.1 percent in March to an annual rate of 4.80 million, adjusted for the season. "
            "Listings rose 3 percent to 1.20 million homes and were 5 percent down on a year before (1.26 "
            "million). That inventory amounts to a 4.0-month supply at this sales rate.",
            "per_unit",
            {WARN},
        ),
        # a change against a moment named by what happened then, its figure in brackets; "This" points back
        (
            "Ferry crossings climbed to 18,400 in the season to June, up from 17,900. That was 40 per cent higher "
            "than when the new pier opened in 2012/13 (13,140).",
            "growth_prior",
            {PASS},
        ),
        (
            "Ferry crossings climbed to 18,400 in the season to June, up from 17,900. That was 60 per cent higher "
            "than when the new pier opened in 2012/13 (13,140).",
            "growth_prior",
            {WARN},
        ),
    ],
)
def test_moves_told_apart(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "check"),
    [
        # the move names a measure of its own after it: not the level's move
        (
            "Orvane Motors' domestic sales for 2022 stood at 52,400 units, up 19 per cent in value, over 46,800 "
            "vehicles sold in 2021.",
            "percent_change",
        ),
        # "a loss of" money is a result, not a move
        ("Kestrel posted a loss of 3.10 million or 9.00% of sales.", "percent_change"),
        # a move named by a clause that opens another ("which ...") before the dash
        (
            "Data point to a 30% increase in cargo, which the Norvale docks had planned – to 684 from 570.",
            "percent_change",
        ),
        # another move stands between: the start may be its
        (
            "Tallin Air saw passengers rise by 5% in May to 4.2 million. Rival Borra's passengers fell 2%. "
            "Passenger numbers rose from 3.0 million flown in May last year.",
            "growth_prior",
        ),
        (
            "Tallin Air saw passengers rise by 5% in May to 4.2 million. Rival Borra carried 3.9 million. "
            "Passenger numbers rose from 3.0 million flown in May last year.",
            "growth_prior",
        ),
        # the later sentence gives its own end: not a start looked back on
        (
            "Tallin Air saw passengers rise by 5% in May to 4.2 million. It was a record month for the carrier. "
            "Numbers rose from 2.0 million to 2.5 million on its new routes.",
            "growth_prior",
        ),
        # the supply's own clause names no inventory: the stock of the sentence before is not taken
        (
            "Home sales slipped 1.1 percent in March to an annual rate of 4.80 million, adjusted for the season. "
            "Listings rose 3 percent to 1.20 million homes. Builders hold a 4.0-month supply of lots.",
            "per_unit",
        ),
        # no pointer back: the current level of another sentence is not taken
        (
            "Ferry crossings climbed to 18,400 in the season to June. Bus trips were 60 per cent higher "
            "than when the new pier opened in 2012/13 (13,140).",
            "growth_prior",
        ),
    ],
)
def test_look_alikes_give_no_warning(text: str, check: str) -> None:
    assert WARN not in verdicts(text, check)


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("Crossings were 300 in 2010/11 and 200 in FY2012/13.", ["300", "200"]),
        ("The 2022/23 season drew 4,100 fans.", ["4,100 fans"]),
        ("It was 1999/00 when 80 stores opened.", ["80 stores"]),
        # not the next year: a ratio or another span, left as before
        ("The ratio was 2010/15 by then.", ["15"]),
    ],
)
def test_a_fiscal_year_with_a_slash_is_no_figure(text: str, figures: list[str]) -> None:
    assert [c.quantity.text for c in extract_claims(text)] == figures
