"""A net balance is one side's share less the other's: "41% approve and 27% disapprove, a net rating of +14".
Every sentence is made up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
QUIET = ("indeterminate", "info")


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "absolute_change"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sentence: the answer words name the sides, the net figure is named as such
        ("In the March survey, 41% of voters approved of the mayor and 27% disapproved, giving her a net approval "
         "rating of +14.", [PASS]),
        ("In the March survey, 41% of voters approved of the mayor and 27% disapproved, giving her a net approval "
         "rating of +24.", [WARN]),
        ("Some 37% of firms expected higher prices and 12% expected lower prices, a net balance of +25.", [PASS]),
        ("Some 37% of firms expected higher prices and 12% expected lower prices, a net balance of +15.", [WARN]),
        ("The survey found 31% trust the council while 52% distrust it, a net score of -21.", [PASS]),
        ("The survey found 31% trust the council while 52% distrust it, a net score of -12.", [WARN]),
        # printed without a sign: compared by its size
        ("The survey found 31% trust the council while 52% distrust it, a net score of 21.", [PASS]),
        ("The survey found 31% trust the council while 52% distrust it, a net score of 12.", [WARN]),
        # a series: two shares of each side, then the two net figures, read in order
        ("Strong approval fell from 53% in May to 45% in June. Over the same weeks strong disapproval rose from "
         "31% to 41%. Those figures put the net approval index at +22 in May and +4 in June.", [PASS, PASS]),
        ("Strong approval fell from 53% in May to 45% in June. Over the same weeks strong disapproval rose from "
         "31% to 41%. Those figures put the net approval index at +22 in May and +14 in June.", [PASS, WARN]),
        # the same series without words that tie the net figures to the shares: not certain (a fit still passes)
        ("Strong approval fell from 53% in May to 45% in June. Over the same weeks strong disapproval rose from "
         "31% to 41%. The net approval index went from +22 in May to +14 in June.", [PASS, QUIET]),
    ],
)  # fmt: skip
def test_a_net_balance_is_one_side_less_the_other(text: str, expected: list) -> None:
    assert sorted(verdicts(text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # two groups of people
        "Among men 52% approve, while among women 40% disapprove; his net approval is +5.",
        "Some 52% of men approve and 40% of women disapprove, a net approval of +5.",
        # two strengths
        "Some 48% strongly approve and 31% disapprove, a net approval of +5.",
        # a forecast, another date, another poll
        "Some 41% approve of the mayor and 27% disapprove; analysts expect a net approval of +20 by June.",
        "Some 41% approve of the mayor and 27% disapprove; a year ago her net approval was +20.",
        "Some 41% approve of the mayor and 27% disapprove, though her net approval rating was +20 in the spring poll.",
        # two shares of one side
        "Some 41% approve of the mayor and 27% approve of her deputy, a net approval of +5.",
        # no net figure named
        "Some 41% approve of the mayor and 27% disapprove, and 12 councillors back her.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert verdicts(text) == []
