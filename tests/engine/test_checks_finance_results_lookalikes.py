"""Look-alikes from bank, insurer and fund-manager results copy that once raised alarms, and the genuine
errors next to them that must still raise one. Every sentence is made up.

* "improved" / "deteriorated" say better or worse, not up or down: a bad-loan ratio improves as it falls.
* A comparative denied further back in its clause ("meaning no loan may be priced above 12%") bounds an unstated
  level, not the figure before it.
* A "total" a thousand times smaller than one of its parts is a misread list (a page number, a stock code).
* A sentence told twice that opens on "The figure" points at two different sentences before it.
* A growth rate paired with a level while another level of the unit, dated only "during the same period",
  stands between them and the change.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
QUIET = ("indeterminate", "info")


def verdicts(text: str, check: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plain verb of direction against the move still fails
        (
            "Harbourline's asset quality rose with the bad-loan ratio dipping to 3.2% at the end of June against "
            "4.7% three months earlier.",
            {("fail", "error")},
        ),
        # better or worse: the ratio of bad loans gets better as it falls
        (
            "Harbourline's asset quality improved with the bad-loan ratio dipping to 3.2% at the end of June "
            "against 4.7% three months earlier.",
            {QUIET},
        ),
        # two growth rates get better as they rise
        (
            "Premium income at Saldon grew 3.1 per cent in May, which was an improvement on the 4.6 per cent rise "
            "recorded in April.",
            {("fail", "error")},
        ),
        (
            "Premium income at Saldon grew 5.1 per cent in May, which was an improvement on the 4.6 per cent rise "
            "recorded in April.",
            {PASS},
        ),
        ("Pellworth Mutual's combined ratio climbed to 103.5 percent in 2023 from 98.1 percent in 2022.", {PASS}),
        ("Pellworth Mutual's combined ratio deteriorated to 103.5 percent in 2023 from 98.1 percent in 2022.", set()),
    ],
)
def test_words_of_better_or_worse_give_no_direction(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regulator kept its policy rate at 7.5 percent, above the 9 percent of a year ago.",
            {("fail", "warning")},
        ),
        ("The regulator kept its policy rate at 7.5 percent, above the 6 percent of a year ago.", {PASS}),
        # the comparative is denied: it caps a rate the text does not give
        (
            "The regulator kept its policy rate at 7.5 percent, so that no lender may charge more than 12 percent.",
            set(),
        ),
        (
            "The central bank held its rate at eight percent, meaning no consumer loan could be priced higher than "
            "14 percent.",
            set(),
        ),
    ],
)
def test_a_denied_comparative_compares_nothing(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deposits reached $9.0 billion: $5.5 billion and $2.5 billion.", {("fail", "warning")}),
        ("Deposits reached $8.0 billion: $5.5 billion and $2.5 billion.", {PASS}),
        # a page number read as a total and a listing code read as a part
        ("Page 1 Results release: March 4, 2024 Listing Code: 731244 Embedded value up 12% to ` 41.6 billion", {QUIET}),
    ],
)
def test_a_total_far_smaller_than_a_part_is_no_total(text: str, expected: set) -> None:
    assert verdicts(text, "part_whole") == expected


_POINTED = (
    "Profit after tax at the four co-operative lenders reached $14.2 billion in the nine months to September, "
    "up from $11.8 billion a year before.\nThe figure represented a 20 per cent increase from the profit recorded "
    "a year earlier.\nMost of the lenders also reported higher fee income.\nPre-tax profit over the same nine "
    "months came to $18.1 billion, against $17.7 billion a year earlier.\nThe figure represented a 2 per cent "
    "increase from the profit recorded a year earlier."
)


_ECHOED = (
    "Marrowby Bank's net profit rose 14 per cent in the first half of the year, the lender said on Tuesday in a "
    "filing.\nDeposits at the lender grew to $44 billion, while loans grew to $30 billion over the period under "
    "review.\nMarrowby Bank's net profit rose 41 per cent in the first half of the year, the lender said on Tuesday "
    "in a filing."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told again in the same words: the two figures differ
        (_ECHOED, {("fail", "warning")}),
        # the pointer opens both tellings, and the sentences before name different measures
        (_POINTED, set()),
    ],
)
def test_a_pointer_subject_told_twice_points_at_two_things(text: str, expected: set) -> None:
    assert {v for v in verdicts(text, "same_figure") if v != PASS} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level right before the change is dated only "during the same period": it may be what rose
        (
            "Northern insurers earned $2.3 billion in the first half, a growth of 12 per cent from 2.05 billion, "
            "during the same period last year, while southern ones took in $3.10 billion in profit during the same "
            "period, an increase of 5.2 per cent from $2.95 billion in 2022.",
            {QUIET},
        ),
        # a level dated the year before is no rival: the change's own level is paired and checked
        (
            "Tollam Bank's profit rose to $900 million in the quarter from $450 million a year earlier. "
            "Sequentially, profit rose 38 per cent from $720 million in the previous quarter.",
            {("fail", "warning")},
        ),
        # nor is an analysts' estimate
        (
            "Kestrel Foods earned 21 pence a share in the quarter, short of the 24 pence analysts had pencilled in."
            "\nEarnings per share were up 90% on the year from 14 pence.",
            {("fail", "warning")},
        ),
    ],
)
def test_a_level_passed_over_makes_the_pairing_uncertain(text: str, expected: set) -> None:
    assert {v for v in verdicts(text, "growth_prior") if v != PASS} == expected
