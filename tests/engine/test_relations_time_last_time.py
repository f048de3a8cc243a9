"""The last time a figure was matched, with the figure of that time after "when" ("The last time fares were this
high was 2011, when they averaged $412"), end to end on made-up sentences: the figure then must be at least (this
high, higher) or at most (this low, lower) the figure now; look-alikes with no single figure now stay apart."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "this high": the figure then was at least the figure now, said in the sentence before
        (
            "Diesel averaged $4.62 a gallon last week. The last time it was this high was 2008, when it hit $4.76.",
            {PASS},
        ),
        (
            "Diesel averaged $4.62 a gallon last week. The last time it was this high was 2008, when it hit $3.76.",
            {WARN},
        ),
        # "this low" after a semicolon in the same sentence
        (
            "The Pellan index closed at 6,212 on Friday; the last time it was this low was March 2009, "
            "when it ended at 6,140.",
            {PASS},
        ),
        (
            "The Pellan index closed at 6,212 on Friday; the last time it was this low was March 2009, "
            "when it ended at 6,540.",
            {WARN},
        ),
        # "lower": the figure then was at most the figure now, its date with a day and a year
        (
            "Idle rates in Tarn County fell to 3.2% in May. The last time the county's rate was lower was "
            "June 2, 2019, when it stood at 3.1%.",
            {PASS},
        ),
        (
            "Idle rates in Tarn County fell to 3.2% in May. The last time the county's rate was lower was "
            "June 2, 2019, when it stood at 4.1%.",
            {WARN},
        ),
        # "had a higher" with an aside before the date
        (
            "The mayor's rating is 44 percent. The last time she had a higher score, the pollster said, was in April, "
            "when it reached 47 percent.",
            {PASS},
        ),
        (
            "The mayor's rating is 44 percent. The last time she had a higher score, the pollster said, was in April, "
            "when it reached 41 percent.",
            {WARN},
        ),
    ],
)
def test_the_figure_then_against_the_figure_now(text: str, expected: set) -> None:
    assert verdicts(text, "time_window") == expected


@pytest.mark.parametrize(
    "text",
    [
        # two figures of the family before the phrase: which one it speaks of is not said
        "Approval stood at 41 percent and disapproval at 52 percent. The last time it was this low was in May, when "
        "it was 39 percent.",
        # no figure printed for that time
        "Diesel averaged $4.62 a gallon last week. The last time it was this high was 2008, the agency said.",
        # the sentence's own words before the phrase may name another subject
        "Diesel averaged $4.62 a gallon last week. For truckers, the last time it was this high was 2008, when "
        "it hit $3.76.",
        # the figure after "when" is of another subject
        "Mortgage rates rose to 6.9% this week. The last time they were this high was in 2002, when the central "
        "bank's rate was 1.75%.",
        # a named subject the figure's sentence does not speak of
        "Crude rose to $90 a barrel. The last time gasoline was this expensive was 2014, when it cost $3.70.",
        # a level against a move
        "Rents rose 4.1% in June. The last time they were this high was 2019, when they averaged $1,430.",
    ],
)
def test_no_pairing_with_the_last_time(text: str) -> None:
    relations = [r for r in check_text(text).relations if r.kind.value == "time_window"]
    assert not [r for r in relations if "last time" in r.reason]
