"""Comparisons in words against the figures they compare; moves whose end was stated a sentence before."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # against an estimate, in one clause
        ("Pellworth's turnover grew 6 percent to $41.3 million, but fell short of estimates of $43.9 million.", {PASS}),
        ("Pellworth's turnover grew 6 percent to $46.2 million, but fell short of estimates of $43.9 million.", {WARN}),
        ("Dunmore's sales landed at $2.58 billion, ahead of the consensus forecast of $2.51 billion.", {PASS}),
        ("Dunmore's sales landed at $2.38 billion, ahead of the consensus forecast of $2.51 billion.", {WARN}),
        ("Adjusted earnings were $1.33 per share, trailing the $1.42 average estimate.", {PASS}),
        # the compared figure is where the move ended, not where it started
        (
            "Bookings declined 3% to $612.5 million from $631.4 million, also missing the consensus of $648 million.",
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
        ("The trade gap was US$87.9 billion, wider than the third quarter's US$81.2 billion.", {PASS}),
        # one figure, two predicates joined by "but": the second compares the same figure
        ("Stock on hand covers 4.4 months, a shade under May's level but higher than the 4.1 months of 2023.", {PASS}),
        ("Stock on hand covers 3.4 months, a shade under May's level but higher than the 4.1 months of 2023.", {WARN}),
        ("The jobless rate was 4.1%, up from 3.9% in May but below the 4.3% of a year ago.", {PASS}),
        ("The jobless rate was 4.1%, up from 3.9% in May but below the 3.3% of a year ago.", {WARN}),
        # a record against the other figures of the same measure and subject
        (
            "Acme delivered a record 241,300 vehicles in the quarter. Last quarter, Acme delivered 201,250 vehicles.",
            {PASS},
        ),
    ],
)
def test_comparisons(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # "better" or "worse" of something of which less is good: the order is the other way round
        "The jobless rate was revised to 4.6 percent, 0.3 point better than the initial 4.9 percent estimate.",
        "Output contracted at a 5.2% annual pace, better than the 6.0% first reported.",
        "The quarterly loss was $12 million, worse than the $9 million analysts expected.",
        "Harlow's inflation came in at 2.1%, better than the 2.6% economists had pencilled in.",
        "Delays averaged 14 minutes, better than the 19 minutes the operator had forecast.",
    ],
)
def test_better_or_worse_of_a_cost_gives_no_order(text: str) -> None:
    assert WARN not in verdicts(text, "comparison")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of something of which more is good, "better" is higher and "worse" lower
        ("Sales were $41 million, better than the $38 million analysts expected.", {PASS}),
        ("Sales were $41 million, worse than the $38 million analysts expected.", {WARN}),
    ],
)
def test_better_or_worse_of_a_gain_keeps_its_order(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


def test_an_estimate_with_no_comparison_word_is_not_checked() -> None:
    assert verdicts("Acme earned 62 cents per share. Analysts had expected 70 cents per share.", "comparison") == set()


def test_a_comparison_word_with_its_own_estimate_says_nothing_of_another() -> None:
    text = (
        "Excluding items, Acme earned 20 cents a share. Analysts' view was 19 cents a share. "
        "Pellworth's turnover grew 6 percent to $41.3 million, but fell short of estimates of $43.9 million."
    )
    assert verdicts(text, "comparison") == {PASS}  # the revenue only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canadian inflation climbed to 4 percent in March. Consumer prices edged higher, up from 3.7 percent in "
            "February.",
            {PASS},
        ),
        (
            "Canadian inflation climbed to 4 percent in March. Consumer prices edged higher, up from 4.6 percent in "
            "February.",
            {ERROR},
        ),
        (
            "Ridership grew 4.8 percent on the year. Although this was down from 5.6 percent in August, it held.",
            {PASS},
        ),
        (
            "Ridership grew 4.8 percent on the year. Although this was down from 3.9 percent in August, it held.",
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
        ("The $24 listing price was higher than the range of $19 to $22 announced in May.", "comparison", {PASS}),
        ("The $21 listing price was higher than the range of $19 to $22 announced in May.", "comparison", {WARN}),
        (
            "Tax receipts were 19.6 percent of GDP, greater than the mean for the last four decades (18.1 percent).",
            "comparison",
            {PASS},
        ),
        (
            "The gauge finished at 18,642.35. It broke its previous record closing of 18,577.90 set in February.",
            "comparison",
            {PASS},
        ),
        (
            "The gauge finished at 18,512.35. It broke its previous record closing of 18,577.90 set in February.",
            "comparison",
            {WARN},
        ),
        # growth rates set against each other, a projected move, a bracketed figure and a rate's denominator
        ("Orders rose 4.9% y/y, a slowdown from 9.3% growth the prior year.", "direction", {PASS}),
        ("Orders rose 12.4% y/y, a slowdown from 9.3% growth the prior year.", "direction", {ERROR}),
        ("Debt service was 5.2% of GDP in 2020 and is forecast to decline to 3.9% in 2021.", "direction", {PASS}),
        ("The count of hospital admissions (38,915) increased from 31,207 the year before.", "direction", {PASS}),
        (
            "The incidence declined from 14.8 cases per 10,000 residents in 2016 to 12.5 per 10,000 in 2018.",
            "direction",
            {PASS},
        ),
    ],
)
def test_more_shapes(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # records stated before or after their figure, against the other figures of the measure
        (
            "Tablet shipments dropped to 41.6 million in 2021, down from 45.2 million in 2020. Tablet shipments "
            "hit their record high in 2018, at 47.9 million.",
            "comparison",
            {PASS},
        ),
        (
            "Tablet shipments dropped to 41.6 million in 2021, down from 45.2 million in 2020. Tablet shipments "
            "hit their record high in 2018, at 43.9 million.",
            "comparison",
            {WARN},  # one relation holds the record and both later levels: 45.2 million breaks it
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
            "Footfall increased 5.4 per cent versus May last year, which was an improvement on the 4.1 per cent "
            "gain in April.",
            "direction",
            {PASS},
        ),
        (
            "Footfall increased 3.2 per cent versus May last year, which was an improvement on the 4.1 per cent "
            "gain in April.",
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
        ("Inflation dropped to 3.6 percent in 2009 and to 3.1 percent in 2010.", "direction", {PASS}),
        ("Inflation dropped to 3.6 percent in 2009 and to 4.1 percent in 2010.", "direction", {ERROR}),
        ("Outlays grew just 2.8% last year, a slowdown from 7.4% the year before.", "direction", {PASS}),
        (
            "The median price remains 5.8 percent higher on the year, down from 6.1 percent higher a month earlier.",
            "direction",
            {PASS},
        ),
        (
            "The gauge touched a session high of 18,701.44 before settling at 18,642.35. It also surpassed its "
            "earlier intra-day peak of 18,590.10.",
            "comparison",
            {PASS},
        ),
    ],
)
def test_named_rivals_lines_and_chains(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected
