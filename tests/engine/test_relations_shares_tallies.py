"""A race's tallies whose shares make 100%: each share is its tally over the sum of the tallies, a remainder
("write-in candidates", "other candidates") told in a later sentence included. Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def verdicts(text: str) -> list[tuple[str, str]]:
    return [
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "part_share" and "tallies add up to" in f.message
    ]


PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sentence, two candidates making the whole
        ("Okonjo drew 1,310 votes for 62.4%, while Brandt took 790 votes, or 37.6%.", [PASS, PASS]),
        ("Okonjo drew 1,310 votes for 65.4%, while Brandt took 790 votes, or 34.6%.", [WARN, WARN]),
        # a remainder of write-ins in the same sentence, hedged
        (
            "Sheriff Dale Ambrose won 2,041 votes for 97%, and 63 ballots marked for write-in names, or about 3%.",
            [PASS, PASS],
        ),
        # a remainder told in a later sentence makes up the difference
        (
            "Pereira received 905 votes for 54.2% of the ballots, while Lindahl won 702 votes for 42.1%.\n"
            "The shares leave out 62 ballots marked for write-in names, which accounted for 3.7%.",
            [PASS, PASS, PASS],
        ),
        (
            "Pereira received 905 votes for 54.2% of the ballots, while Lindahl won 702 votes for 42.1%.\n"
            "The shares leave out 92 ballots marked for write-in names, which accounted for 3.7%.",
            [WARN, WARN, WARN],
        ),
    ],
)  # fmt: skip
def test_each_share_is_its_tally_over_the_sum(text: str, expected: list) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # shares short of 100% with no remainder told: blank ballots or another candidate may make up the rest
        "Okonjo drew 1,310 votes for 60.1%, while Brandt took 790 votes, or 36.2%.",
        # the later sentence's tally is a candidate of another race, not a remainder
        "Pereira received 905 votes for 54.2%, while Lindahl won 702 votes for 42.1%.\n"
        "In the school board race, Tanaka collected 300 votes, or 3.7%.",
        # two places named: two races whose shares happen to add up
        "Ruiz took 880 votes for 55% in Ward 1, and Chen took 500 votes for 45% in Ward 2.",
    ],
)  # fmt: skip
def test_no_sum_without_the_whole_race(text: str) -> None:
    assert verdicts(text) == []
