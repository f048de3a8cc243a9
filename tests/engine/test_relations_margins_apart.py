"""A lead or gap in points named in one sentence, its two shares in the next or the one before: "Ortiz holds a
six-point lead over Whitfield. Forty-eight percent back Ortiz, while 42 percent prefer Whitfield." The gap is the
size of the difference of the two shares. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "absolute_change"
    ]


PASS = ("absolute_change", "pass", "info")
WARN = ("absolute_change", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead over a named side first, the two shares in the next sentence
        ("Mayor Ortiz holds a six percentage point lead over Dana Whitfield in the race, a survey released Tuesday "
         "found. Forty-eight percent of those asked favour Ortiz, while 42 percent prefer Whitfield.", [PASS]),
        ("Mayor Ortiz holds a nine percentage point lead over Dana Whitfield in the race, a survey released Tuesday "
         "found. Forty-eight percent of those asked favour Ortiz, while 42 percent prefer Whitfield.", [WARN]),
        ("Ortiz holds a lead of six points over Whitfield. In the poll, Ortiz had 48% and Whitfield 42%.", [PASS]),
        ("Ortiz holds a lead of three points over Whitfield. In the poll, Ortiz had 48% and Whitfield 42%.", [WARN]),
        ("Ortiz leads Whitfield by 5 points in the new survey. Ortiz has 47 percent and Whitfield 42 percent.", [PASS]),
        ("Ortiz leads Whitfield by 8 points in the new survey. Ortiz has 47 percent and Whitfield 42 percent.", [WARN]),
        # the two shares first, the gap pointed back at
        ("Among 900 tenants, 45 percent back Ortiz and 41 percent back Whitfield. The four-point gap matches the "
         "survey's 4 percentage point error band.", [PASS]),
        ("Among 900 tenants, 45 percent back Ortiz and 41 percent back Whitfield. The two-point gap is "
         "small, aides said.", [WARN]),
        ("Some 38% of members backed the merger and 55% opposed it. That 17-point margin ends the talks.", [PASS]),
        ("Some 38% of members backed the merger and 55% opposed it. That 7-point margin ends the talks.", [WARN]),
        ("Of the 1,200 adults asked, 52 percent favour the plan and 47 percent oppose it. "
         "The 5 percentage point difference is small.", [PASS]),
    ],
)  # fmt: skip
def test_the_gap_is_the_difference_of_the_shares_next_to_it(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the next sentence's shares are of two wholes, or of two times
        "Ortiz holds a six-point lead over Whitfield. Whitfield has 48 percent of donors and 52 percent of pledges.",
        "Ortiz holds a six-point lead over Whitfield. Ortiz had 48 percent in May and Whitfield 42 percent in June.",
        # the next sentence does not name the trailing side
        "Ortiz holds a six-point lead over Whitfield. Turnout was 48 percent and the levy won 52 percent.",
        # a third share, or a move
        "Ortiz holds a six-point lead over Whitfield. Ortiz has 44%, Whitfield 38% and Lam 9%.",
        "Ortiz holds a six-point lead over Whitfield. Whitfield's support rose 4% to 42%.",
        # a gap between other groups, a margin of error, a move told back
        "Among voters, 45 percent back Ortiz and 41 percent back Whitfield. The four-point gap between men and women "
        "is wide.",
        "Among voters, 45 percent back Ortiz and 41 percent back Whitfield. The four-point margin of error applies.",
        "Among voters, 45 percent back Ortiz and 41 percent back Whitfield. The four-point rise surprised aides.",
        # the gap not opening its sentence, or in another paragraph
        "Among voters, 45 percent back Ortiz and 41 percent back Whitfield. Aides said a two-point gap is normal.",
        "Among voters, 45 percent back Ortiz and 41 percent back Whitfield.\n\nThe two-point gap is normal.",
    ],
)  # fmt: skip
def test_no_gap_without_the_two_shares_it_lies_between(text: str) -> None:
    assert not [r for r in check_text(text).relations if "is named as a gap" in r.reason]
