"""Verbs of change that news copy reaches for beyond "rose" and "fell": each gives the figure its direction,
so the move is paired with its ends; their noun look-alikes ("a leap", "a tank") give none."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text


def directions(text: str) -> dict[str, int | None]:
    return {text[c.span[0] : c.span[1]]: (c.change.direction if c.change else None) for c in extract_claims(text)}


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        ("Orders at Tallow Mills skidded 6% in May.", "6%", -1),
        ("The brewer's volumes tanked 14 percent last year.", "14 percent", -1),
        ("Freight rates dived 22% over the summer.", "22%", -1),
        ("Bookings nosedived 40% after the storm.", "40%", -1),
        ("The lira sagged 1.5% against the euro.", "1.5%", -1),
        ("Fees were slashed 25% for students.", "25%", -1),
        ("Water use receded 3.2% in the drought's last month.", "3.2%", -1),
        ("The krona depreciated 2.4% in a week.", "2.4%", -1),
        ("Exports leapt 18% in the quarter.", "18%", 1),
        ("Ticket sales leaped 31 percent.", "31 percent", 1),
        ("Claims rocketed 70% in the cold snap.", "70%", 1),
        ("Deposits swelled 9% to $4.4 billion.", "9%", 1),
        ("Arrears ballooned 55% in two years.", "55%", 1),
        ("The peso appreciated 0.8% on Friday.", "0.8%", 1),
        ("The Norvik 40 descended 212.6 points on Monday.", "212.6 points", -1),
        ("Brent stumbled 3.4% as stockpiles grew.", "3.4%", -1),
        ("Tin surrendered 2.5% in late dealing.", "2.5%", -1),
        ("Shares of Quillan Air gave up 85 cents in the session.", "85 cents", -1),
        ("The small-cap gauge has given up 6% since March.", "6%", -1),
        ("Copper sputtered 1.1% in thin trade.", "1.1%", -1),
        ("The Kestrel index tacked on 96 points by the close.", "96 points", 1),
    ],
)
def test_a_verb_of_change_gives_the_figure_its_direction(text, figure, direction):
    assert directions(text)[figure] == direction


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The long jump's leap of 8 metres stood for a decade.", "8 metres"),
        ("A dive of 30 metres is allowed with a guide.", "30 metres"),
        ("The tank holds 400 litres of fuel.", "400 litres"),
        # "tacked" without its "on", and "gave" before something other than "up", move nothing.
        ("Crews tacked 40 posters along the fence.", "40 posters"),
        ("The mayor gave $300 rebates to families.", "$300"),
        ("The fund gave up to $5,000 to each farm.", "$5,000"),
    ],
)
def test_the_nouns_give_no_direction(text, figure):
    assert directions(text)[figure] is None


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Shares of Pellow Tools skidded 4.20 points, or 3.1%, to 131.40.", "pass"),
        ("Revenue at Corran Foods tanked 20% to $80 million from $100 million.", "pass"),
        ("Revenue at Corran Foods tanked 30% to $80 million from $100 million.", "fail"),
        ("Output at the Hesk smelter leapt 12% to 5.6 million tonnes from 5 million tonnes.", "pass"),
        ("The Corlay Composite descended 318.40 points, or 2.2%, to close at 14,150.25.", "pass"),
        ("The Corlay Composite descended 318.40 points, or 3.2%, to close at 14,150.25.", "fail"),
        ("Ferrow Mining stumbled $1.10, or 4.6%, to $22.80.", "pass"),
        ("The Tamsin 100 gave up 524.0 points, or 4.4%, to end at 11,476.0.", "pass"),
        ("The Tamsin 100 gave up 524.0 points, or 4.8%, to end at 11,476.0.", "fail"),
        ("Bullion surrendered $38, or 1.6%, to settle at $2,337 an ounce.", "pass"),
        ("The Lisle tech index tacked on 145.2 points, or 0.9%, finishing at 16,280.6.", "pass"),
        ("The Lisle tech index tacked on 145.2 points, or 1.9%, finishing at 16,280.6.", "fail"),
    ],
)
def test_the_move_is_checked_against_its_ends(text, status):
    statuses = {f.status.value for f in check_text(text).findings if f.check == "percent_change"}
    assert statuses == {status}
