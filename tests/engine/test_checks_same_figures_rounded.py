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
