"""Comparisons in words against the figures they compare; moves whose end was stated a sentence before."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # against an estimate, in one clause
        ("Revenue rose 4 percent to $27.8 million, but fell short of estimates of $29.4 million.", {PASS}),
        ("Revenue rose 4 percent to $31.8 million, but fell short of estimates of $29.4 million.", {WARN}),
        ("Revenue came in at $4.07 billion, ahead of the consensus forecast of $4.06 billion.", {PASS}),
        ("Revenue came in at $3.07 billion, ahead of the consensus forecast of $4.06 billion.", {WARN}),
        ("Adjusted earnings were $1.33 per share, trailing the $1.42 average estimate.", {PASS}),
        # the compared figure is where the move ended, not where it started
        (
            "Sales declined 2% to $496.2 million from $506.3 million, also missing the consensus of $531 million.",
            {PASS},
        ),
        # across sentences: each estimate against the actual of its own measure
        (
            "Acme earned 62 cents per share on revenue of $16.2 billion. Acme beat expectations on both "
            "counts. Analysts had forecast earnings of 55 cents per share and revenue of $15.8 billion.",
            {PASS},
        ),
        (
            "Acme earned 62 cents per share on revenue of $16.2 billion. Acme beat expectations on both "
            "counts. Analysts had forecast earnings of 75 cents per share and revenue of $15.8 billion.",
            {PASS, WARN},
        ),
        # a line the figure is said to cross
        ("Before rounding, prices were up 0.244 percent and had risen above two percent.", {WARN}),
        ("The unemployment rate fell to 5.9% from 6.1%, below 6% for the first time in six years.", {PASS}),
        # a comparative joining two figures of one unit in one clause
        ("Employers added 176,000 jobs a month, slightly below the 180,000 average of last year.", {PASS}),
        ("Employers added 196,000 jobs a month, slightly below the 180,000 average of last year.", {WARN}),
        ("The deficit was US$150.3 billion, wider than the first quarter's US$138.6 billion.", {PASS}),
        # a record against the other figures of the same measure and subject
        (
            "Acme delivered a record 241,300 vehicles in the quarter. Last quarter, Acme delivered 201,250 vehicles.",
            {PASS},
        ),
    ],
)
def test_comparisons(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_an_estimate_with_no_comparison_word_is_not_checked() -> None:
    assert verdicts("Acme earned 62 cents per share. Analysts had expected 70 cents per share.", "comparison") == set()


def test_a_comparison_word_with_its_own_estimate_says_nothing_of_another() -> None:
    text = (
        "Excluding items, Acme earned 20 cents a share. Analysts' view was 19 cents a share. "
        "Revenue rose 4 percent to $27.8 million, but fell short of estimates of $29.4 million."
    )
    assert verdicts(text, "comparison") == {PASS}  # the revenue only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "U.S. inflation rose to 3 percent in January. Consumer prices ticked higher, up from 2.9 percent in "
            "December.",
            {PASS},
        ),
        (
            "U.S. inflation rose to 3 percent in January. Consumer prices ticked higher, up from 3.9 percent in "
            "December.",
            {ERROR},
        ),
        (
            "Traffic climbed 6.2 percent on the year. While this was down from 8.1 percent in June, it was strong.",
            {PASS},
        ),
        (
            "Traffic climbed 6.2 percent on the year. While this was down from 4.1 percent in June, it was strong.",
            {ERROR},
        ),
        # no anaphor and no common measure word: nothing ties the two
        ("Acme shipped 3 million phones in January. Rents were up from 2.9 million in December.", set()),
    ],
)
def test_moves_whose_end_was_stated_before(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


def test_an_unknown_subject_stays_quiet() -> None:
    # Two different trackers: nothing says the second figure is the first one's start.
    text = "Gartner counted 71.7 million units. IDC said shipments fell, down from 75.7 million."
    assert verdicts(text, "direction") <= {QUIET, PASS}


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a range's top, a bracketed reference, a record broken the sentence before
        ("The $16 offer price is higher than the range of $13 to $15 set last month.", "comparison", {PASS}),
        ("The $14 offer price is higher than the range of $13 to $15 set last month.", "comparison", {WARN}),
        (
            "Revenue was 18.2 percent of output, greater than the average over the past 50 years (17.4 percent).",
            "comparison",
            {PASS},
        ),
        (
            "The index ended at 30,248.17. It broke its previous record closing of 30,133.35 set in April.",
            "comparison",
            {PASS},
        ),
        (
            "The index ended at 30,048.17. It broke its previous record closing of 30,133.35 set in April.",
            "comparison",
            {WARN},
        ),
        # growth rates set against each other, a projected move, a bracketed figure and a rate's denominator
        ("Receipts grew 6.7% y/y, quite a slowdown from 11.8% growth a year before.", "direction", {PASS}),
        ("Receipts grew 13.7% y/y, quite a slowdown from 11.8% growth a year before.", "direction", {ERROR}),
        ("The deficit was 6.5% of output in 2022 and is projected to fall to 4.4% in 2023.", "direction", {PASS}),
        ("The number of deaths (64,472) increased from 48,140 in the previous year.", "direction", {PASS}),
        ("The rate declined from 26.1 cases per 1,000 people in 2012 to 23.2 per 1,000 in 2013.", "direction", {PASS}),
    ],
)
def test_more_shapes(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # records stated before or after their figure, against the other figures of the measure
        (
            "Vehicle sales fell to 90.3 million in 2019, down from 94.4 million in 2018. The record high in vehicle "
            "sales in 2017 was 95.2 million.",
            "comparison",
            {PASS},
        ),
        (
            "Vehicle sales fell to 90.3 million in 2019, down from 94.4 million in 2018. The record high in vehicle "
            "sales in 2017 was 92.2 million.",
            "comparison",
            {PASS, WARN},
        ),
        (
            "Approval had reached 47 percent — its all-time high in this poll. In March, 44 percent approved.",
            "comparison",
            {PASS},
        ),
        # a wider or smaller move than the one stated before
        (
            "Gartner said PC shipments fell 5.2 percent. IDC reported a wider decline, a 6.7 percent drop in "
            "shipments.",
            "comparison",
            {PASS},
        ),
        (
            "Gartner said PC shipments fell 5.2 percent. IDC reported a wider decline, a 4.7 percent drop in "
            "shipments.",
            "comparison",
            {WARN},
        ),
        # a growth rate compared with the one before it
        (
            "Demand rose 7.3 per cent compared to October last year, which was an improvement compared to the 6.6 "
            "per cent rise in September.",
            "direction",
            {PASS},
        ),
        (
            "Demand rose 5.3 per cent compared to October last year, which was an improvement compared to the 6.6 "
            "per cent rise in September.",
            "direction",
            {ERROR},
        ),
    ],
)
def test_records_and_compared_moves(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        (
            "Rook closed at $3.004 trillion. Quill's market value surpassed Rook's at $3.005 trillion on Tuesday.",
            "comparison",
            {PASS},
        ),
        (
            "Rook closed at $3.104 trillion. Quill's market value surpassed Rook's at $3.005 trillion on Tuesday.",
            "comparison",
            {WARN},
        ),
        ("The deficit fell below 3.0 percent of output to 2.8 percent last year.", "comparison", {PASS}),
        ("The deficit fell below 3.0 percent of output to 3.8 percent last year.", "comparison", {WARN}),
        ("The rate fell to 2.8 percent in 2014 and to 2.5 percent in 2015.", "direction", {PASS}),
        ("The rate fell to 2.8 percent in 2014 and to 3.5 percent in 2015.", "direction", {ERROR}),
        ("Outlays grew just 2.8% last year, a slowdown from 7.4% the year before.", "direction", {PASS}),
        (
            "The median price remains 5.8 percent higher on the year, down from 6.1 percent higher a month earlier.",
            "direction",
            {PASS},
        ),
        (
            "It hit an intra-day high of 30,271.60 before ending at 30,248.17. It also surpassed its intra-day peak of "
            "30,184.22.",
            "comparison",
            {PASS},
        ),
    ],
)
def test_named_rivals_lines_and_chains(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected
