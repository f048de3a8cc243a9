"""A move told in round words first and exactly later must agree."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares of Nuvola jumped more than 40% on Tuesday after the results. The stock rose 41.6% to $12.10.",
            {PASS},
        ),
        (
            "Shares of Nuvola jumped more than 40% on Tuesday after the results. The stock rose 31.6% to $12.10.",
            {WARN},
        ),
        ("Brantix's revenue fell nearly 5% in the quarter. Its revenue dropped 4.7% to $2.1 billion.", {PASS}),
        ("Brantix's revenue fell nearly 5% in the quarter. Its revenue dropped 7.7% to $2.1 billion.", {WARN}),
        # a round number with trailing zeros holds the precision of its last non-zero digit
        ("The Halden index closed 200 points higher on Monday. The Halden index was up 200.84 points.", {PASS}),
        ("The Halden index closed about 150 points higher on Monday. The Halden index was up 148.9 points.", {PASS}),
        ("The Halden index closed about 150 points higher on Monday. The Halden index was up 98.9 points.", {WARN}),
        # a span of time of its own: another move, never loud
        ("Shares of Nuvola fell nearly 3% on Tuesday. Nuvola's shares are down 8.4% so far this year.", {QUIET}),
    ],
)
def test_round_then_exact(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another move of the same kind comes first: the one restated is not known
        "Nuvola's shares jumped more than 40% on Tuesday. Orvik's shares rose 12% and Nuvola's shares rose 41.6%.",
        # the other way: a fall is no restatement of a rise
        "Nuvola's shares jumped more than 40% on Tuesday. Nuvola's shares fell 41.6% in March.",
        # nothing names either move's subject or measure
        "Prices jumped more than 40% in the spring. They rose 21.6% in the autumn.",
        # an exact figure first is no round form
        "Nuvola's shares jumped 41% on Tuesday. Nuvola's shares rose 41.6% by the close.",
    ],
)
def test_no_restatement_read(text: str) -> None:
    assert verdicts(text, "same_figure") == set()


def test_an_unnamed_round_move_beside_another_named_index_is_not_certain() -> None:
    # Built by hand (subject and measure as extraction reads such a market report): the round move has
    # no subject of its own, and its sentence names another index's move, so it is not the Midcap's.
    from factcheck.quantity import Hedge
    from tests.engine.claim_factory import down, outcome, quick, up

    pct = "percent"
    art = quick(
        "Tarn Infra, Tarn Retail and Tarn Steel fell by more than 3.5 per cent, while Tarn Auto rose 0.6 per cent. "
        "Smaller stocks fared worse. The Tarn Midcap index fell 51 points, or 2.25 per cent, to 2,310.",
        ("3.5 per cent", 3.5, pct, {"hedge": Hedge.OVER, "measure": "index", "change": down()}),
        ("0.6 per cent", 0.6, pct, {"subject": "Tarn Auto", "measure": "index", "change": up()}),
        ("2.25 per cent", 2.25, pct, {"subject": "Tarn Midcap", "measure": "index", "change": down()}),
    )
    assert outcome(art, "same_figure") == {("indeterminate", "info")}
    # With no other index named beside it, the unnamed move is taken as the Midcap's (and it is wrong).
    alone = quick(
        "The smaller indices fell by more than 3.5 per cent. Smaller stocks fared worse. "
        "The Tarn Midcap index fell 51 points, or 2.25 per cent, to 2,310.",
        ("3.5 per cent", 3.5, pct, {"hedge": Hedge.OVER, "measure": "index", "change": down()}),
        ("2.25 per cent", 2.25, pct, {"subject": "Tarn Midcap", "measure": "index", "change": down()}),
    )
    assert outcome(alone, "same_figure") == {("fail", "warning")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedged round figure is as coarse as its last non-zero digit: the exact one is finer
        (
            "The Halden index fell by more than 1,000 points on Monday. At the close the Halden index was down "
            "1,042 points.",
            {PASS},
        ),
        (
            "The Halden index fell by more than 1,000 points on Monday. At the close the Halden index was down "
            "942 points.",
            {WARN},
        ),
        # a move during the session is not the close: never loud
        (
            "The Halden index fell by more than 1,000 points at one point on Monday. At the close the Halden index "
            "was down 942 points.",
            {QUIET},
        ),
        # the same round figure said again is no finer form of it
        (
            "The Halden index fell by more than 1,000 points on Monday. The Halden index was down 1,000 points.",
            set(),
        ),
    ],
)
def test_a_hedged_round_figure_then_a_finer_one(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected


_LISTED = (
    "Stocks slid on Friday, with the Kelby index falling {lead} points after a weak jobs report.\n"
    "Energy and bank shares led the losses.\n\n"
    "On Friday:\n\n"
    "The Ardent 300 index slid 41.52 points, or 1.1 percent, to 3,702.40.\n"
    "The Kelby index sank {exact} points, or 1.6 percent, to 25,310.75.\n"
    "The Marlow index gave up 96.10 points, or 1.3 percent, to 7,140.30.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead's whole points, the exact move on its line below, another index's line passed over
        (_LISTED.format(lead="412", exact="412.38"), {PASS}),
        (_LISTED.format(lead="412", exact="472.38"), {WARN}),
        # a writer may cut rather than round: 412 for 412.87
        (_LISTED.format(lead="412", exact="412.87"), {PASS}),
        # only the other indexes' lines below: no exact form of the lead's move
        (
            _LISTED.replace("The Kelby index sank {exact} points, or 1.6 percent, to 25,310.75.\n", "").format(
                lead="412"
            ),
            set(),
        ),
        # the exact form under a heading of its own span: another move, never loud
        (
            "Stocks slid on Friday, with the Kelby index falling 412 points after a weak jobs report.\n\n"
            "For the week:\n\nThe Ardent 300 index is down 61.5 points.\nThe Kelby index is down 612.4 points.\n",
            {QUIET},
        ),
    ],
)
def test_lead_move_then_listed_lines(text: str, expected: set) -> None:
    assert verdicts(text, "same_figure") == expected


def test_a_whole_percentage_is_not_a_round_form_far_down() -> None:
    text = _LISTED.replace("falling {lead} points", "falling 2%").replace("or 1.6 percent", "or 2.4 percent")
    assert verdicts(text.format(exact="412.38"), "same_figure") == set()


def test_past_other_subjects_lines_an_unnamed_move_is_not_the_round_ones() -> None:
    text = (
        "Flights to the Orvane region gained most, where passenger numbers rose more than 21% to 88,000. "
        "Numbers to the Teskar coast rose 16% to 41,000.\n"
        "Overall traffic was higher by 9.4%, while capacity was 3.1% above a year earlier."
    )
    assert verdicts(text, "same_figure") <= {QUIET}
