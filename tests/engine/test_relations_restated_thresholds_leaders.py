"""A figure told again more exactly ("to two decimal places, ..."), a line crossed on the way to a level ("fell below
$50 to a low of $46"), and the top of a set ("the week's biggest faller", "..., the highest among the areas"). Every
sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_LIST = (
    "Traffic by region:\n"
    "• Coastal, 4.1%. Load factor rose 1.2 points to 71.4%.\n"
    "• Upland, 2.2%. Load factor slipped to 68.0%.\n"
    "• Lakes, 3.0%. Load factor climbed to 79.5%, the highest of all four areas.\n"
    "• Capital, 1.9%. Load factor fell to {last}."
)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a sentence told again to more decimals: its figures pair in order
        ("Tarvia's savings ratio slipped from 5.6% to 5.4% in May. To two decimal places, it slipped "
         "from 5.63% to 5.41%.", "same_figure", {PASS}),
        ("Tarvia's savings ratio slipped from 5.6% to 5.4% in May. To two decimal places, it slipped "
         "from 5.63% to 5.48%.", "same_figure", {PASS, WARN}),
        ("Prices in Ardmore rose 2.3% in June. To two decimal places, they rose 2.37%.", "same_figure", {WARN}),
        # a line crossed, then the level reached: "to a low of", a price a unit
        ("Vantcoin slid below $70,000 on Sunday to a low of $66,850.", "comparison", {PASS}),
        ("Vantcoin slid below $70,000 on Sunday to a low of $71,850.", "comparison", {WARN}),
        ("Shares of Corvane were falling below $40 to $38.20 a share.", "comparison", {PASS}),
        ("Shares of Corvane were falling below $40 to $41.20 a share.", "comparison", {WARN}),
        # the week's biggest faller or the session's top gainer among the moves told with it
        ("Marlow Tools was the week's biggest faller, down 4.6%, while Brandt Oil lost 2.1%.", "rank_order", {PASS}),
        ("Marlow Tools was the session's top gainer, up 4.6%, while Brandt Oil rose 5.1%.", "rank_order", {WARN}),
        ("Kessel was Friday's worst performer, down 6.2%, while Ostra shed 1.4%.", "rank_order", {PASS}),
        # a level named the highest of a bulleted list's items
        (_LIST.format(last="74.2%"), "rank_order", {PASS}),
        (_LIST.format(last="81.2%"), "rank_order", {WARN}),
        # in a paragraph with no list the set may be larger than told: not flagged
        ("The jobless rate in the north was 7.4% and in the south 9.0%. In the west the jobless rate was 8.5%, "
         "the highest among the regions.", "rank_order", {QUIET}),
    ],
)  # fmt: skip
def test_restated_crossed_and_top(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "check"),
    [
        # one player's own extreme, or one over time: not a ranking of the moves around it
        ("Marlow posted the year's biggest drop, 4.6%, while Brandt Oil lost 2.1%.", "rank_order"),
        ("Marlow Tools had Vela's biggest faller, down 4.6%, while Brandt Oil lost 2.1%.", "rank_order"),
        # the decimals told of another sentence's subject, not as its opening words
        ("Tarvia's savings ratio slipped from 5.6% to 5.4% in May. Wages rose from 3.12 per cent to "
         "3.41 per cent, measured to two decimal places.", "same_figure"),
        # a whole's line in the list is no rival of its items
        ("Sales by region:\n• North, revenue of $4.1 million.\n• West, revenue of $5.3 million, the largest among "
         "regions.\n• South, revenue of $2.2 million.\n• Total revenue of $11.6 million.", "rank_order:fail"),
    ],
)  # fmt: skip
def test_no_pairing_without_the_words(text: str, check: str) -> None:
    name, _, status = check.partition(":")
    findings = [f for f in check_text(text).findings if f.check == name and (not status or f.status.value == status)]
    assert not findings
