"""A line said to be crossed in shapes told without a figure right after the mark: a bare line ("slid below
$3,000 to a session low of $2,874"), a mark told after the level that crossed it ("rose 6% to $1.52bn, marking the
first time it has passed the $1.5bn mark"), and a mark with the high reached past it in brackets. Every sentence is
made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str]]:
    return [(f.check, f.status.value) for f in check_text(text).findings if f.check == "comparison"]


PASS = ("comparison", "pass")
WARN = ("comparison", "fail")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare line after a verb of crossing, then where the move ended
        ("The price of ether slid below $3,000 to a session low of $2,874 on Tuesday.", [PASS]),
        ("The price of ether slid below $3,000 to a session low of $3,074 on Tuesday.", [WARN]),
        ("The Brenton index climbed above 7,000 to close at 7,032.5 on Friday.", [PASS]),
        ("The Brenton index climbed above 7,000 to close at 6,932.5 on Friday.", [WARN]),
        ("Copper dropped under $9,000 a tonne before settling at $8,940.", [PASS]),
        # the mark told after the level, in a clause hung on it
        ("Turnover rose 6% to $1.52bn, marking the first time it has passed the $1.5bn mark.", [PASS]),
        ("Turnover rose 6% to $1.46bn, marking the first time it has passed the $1.5bn mark.", [WARN]),
        ("Annual fees climbed 11% to $820m, the first time they have topped the $800m mark.", [PASS]),
        # the high reached past the mark, in brackets
        ("Median rents had passed the $2,000 mark (reaching a high of $2,085 in May).", [PASS]),
        ("Median rents had passed the $2,000 mark (reaching a high of $1,985 in May).", [WARN]),
        ("Wheat futures sank below the $6 line (touching a low of $5.82 a bushel).", [PASS]),
    ],
)  # fmt: skip
def test_the_figure_lies_on_the_verbs_side_of_the_line(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the figure after the line is where the move began, or another thing's
        "The price of ether slid below $3,000 from $3,120 on Tuesday.",
        "Output fell below 40,000 tonnes, compared with 43,000 tonnes a year earlier.",
        "Turnover rose 6% to $1.52bn, the first time since 2015 that costs have topped the $1.5bn mark.",
        "Turnover rose to $1.52bn, while rivals passed the $1.5bn mark last year.",
        "Turnover rose 6% to $1.52bn; the group first passed the $1.5bn mark in 2019.",
        # a currency's quote rises as the currency falls
        "The yen slid past 150 to 151.2 per dollar.",
        # brackets that give where the climb started
        "Median rents had passed the $2,000 mark (from a low of $1,700 in 2019).",
    ],
)  # fmt: skip
def test_no_line_without_the_crossing_words(text: str) -> None:
    assert not [r for r in check_text(text).relations if r.params.get("threshold")]
