"""A figure right before "above/short of/fewer than" a mark is often the gap, not the result: "earned $1.02 a
share, 2 cents above the $1.00 expected". Every sentence is made up.

Read as a gap it gives a check (result - mark = the gap, signed by the word); read as a result it raised a false
alarm ("2 cents is below $1.00, contrary to the words").
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")


def verdicts(text: str, check: str = "absolute_change") -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orbis earned $1.02 a share, 2 cents above the $1.00 analysts had expected.", {PASS}),
        ("Orbis earned $1.02 a share, 12 cents above the $1.00 analysts had expected.", {WARN}),
        ("Orbis earned $0.98 a share, 2 cents short of the $1.00 analysts had expected.", {PASS}),
        ("Orbis earned $0.98 a share, 12 cents short of the $1.00 analysts had expected.", {WARN}),
        ("The city had 812,000 residents, 5,000 fewer than the 817,000 counted in 2020.", {PASS}),
        ("The city had 812,000 residents, 15,000 fewer than the 817,000 counted in 2020.", {WARN}),
        # the result in the sentence before: a bare mark of the per-share result's size, in a clause about the
        # earnings, is the per-share forecast
        (
            "Orbis earned $4.44 a share in the period. But profits were six cents short of the $4.50 that "
            "forecasters had predicted.",
            {PASS},
        ),
        (
            "Orbis earned $4.44 a share in the period. But profits were 16 cents short of the $4.50 that "
            "forecasters had predicted.",
            {WARN},
        ),
        ("Orbis earned $1.02 a share in the quarter. That was 3 cents short of the $1.35 analysts expected.", {WARN}),
        # otherwise only as sure as measure and subject allow: a stock's level, a total in billions
        ("Orbis earned $1.02 a share in the quarter. The stock was 30 cents below the $1.60 level it hit in May.",
         {QUIET}),
        ("Orbis earned $1.02 a share in the quarter. That was 3 cents short of the $1.35 billion analysts expected.",
         {QUIET}),
        ("Orbis earned $1.02 a share in the quarter. That was 3 cents short of the $3.40 analysts expected.", {QUIET}),
    ],
)  # fmt: skip
def test_a_gap_to_a_mark_is_checked_against_the_result(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Orbis earned $1.02 a share, 2 cents above the $1.00 analysts had expected.",
        "Orbis sold 1.02 million cars, 20,000 more than the 1 million analysts had expected.",
    ],
)
def test_a_gap_is_never_compared_as_if_it_were_the_result(text: str) -> None:
    loud = [f for f in check_text(text).findings if f.severity.value != "info"]
    assert loud == []
    assert not [f for f in check_text(text).findings if f.check == "comparison" and "cents is below" in f.message]


@pytest.mark.parametrize(
    "text",
    [
        # no gap figure: the result itself is compared
        "Orbis earned $0.52 a share, above the $0.50 analysts had expected.",
        # as large as the mark: two results, not a gap
        "Orbis earned $1.60 a share, $1.20 above the $1.00 it earned a year earlier.",
    ],
)
def test_look_alikes_are_not_gaps(text: str) -> None:
    assert verdicts(text) == set()


def test_the_message_names_the_gap_in_the_results_units() -> None:
    (finding,) = [
        f
        for f in check_text("Orbis earned $0.98 a share, 12 cents short of the $1.00 analysts had expected.").findings
        if f.check == "absolute_change"
    ]
    assert "$0.98 a share is $0.02 below $1.00" in finding.message and "12 cents short of" in finding.message
