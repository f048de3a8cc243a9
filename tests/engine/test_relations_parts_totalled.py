"""parts_subsets: a total the verb marks ("Revenue for the quarter ... totalled N"), its parts named by qualifiers
of the same noun, one qualifier of two words ("Home care revenue"). Every sentence is made up.

Consistent sums pass, a part too large warns, and look-alikes (revenue from one unit, a qualified total, another
measure) must not warn.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")

_SEGMENTS = (
    "Revenue for the second quarter of the company's fiscal year totalled $2.04 billion, up from $1.70 billion a "
    "year earlier. Retail revenue rose to $1.10 billion compared with $0.90 billion a year ago, while wholesale "
    "revenue totalled {wholesale}, up from $0.70 billion. Home care revenue was $0.10 billion, up from $0.10 billion."
)


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_SEGMENTS.format(wholesale="$0.84 billion"), {PASS}),
        (_SEGMENTS.format(wholesale="$0.99 billion"), {PASS, WARN}),  # this year's parts too large, last year's fit
        (
            "Sales over the twelve months to the end of June at Penrose Foods totalled £412m. Bakery sales were £250m "
            "and frozen food sales were £162m.",
            {PASS},
        ),
        (
            "Sales over the twelve months to the end of June at Penrose Foods totalled £412m. Bakery sales were £290m "
            "and frozen food sales were £162m.",
            {WARN},
        ),
    ],
)
def test_a_total_the_verb_marks_and_its_named_parts(text: str, expected: set) -> None:
    assert outcome(text) == expected


def test_the_part_of_a_two_word_qualifier_is_counted() -> None:
    report = check_text(_SEGMENTS.format(wholesale="$0.84 billion"), only=["part_whole"])
    assert any("$0.10 billion" in f.message and "$2.04 billion" in f.message for f in report.findings)


@pytest.mark.parametrize(
    "text",
    [
        # revenue from one unit is a part, not the total
        "Revenue from the company's cloud unit in the second quarter of its fiscal year totalled $2.04 billion. "
        "Retail revenue rose to $1.10 billion, while wholesale revenue totalled $1.84 billion.",
        # a qualified figure that totals is a part of its own
        "Online revenue in the second quarter of the company's fiscal year totalled $0.5 billion. Retail revenue "
        "rose to $1.10 billion, while wholesale revenue totalled $1.84 billion.",
        # a rate per quarter is no part of a twelve-month total
        "Online storage spending is nearing $130 billion spent per quarter. Total spending in the market over the "
        "last twelve months totalled $100 billion.",
        # another measure totalled
        "Costs for the second quarter of the company's fiscal year totalled $0.9 billion. Retail revenue rose to "
        "$1.10 billion, while wholesale revenue totalled $1.84 billion.",
    ],
)
def test_totalled_look_alikes_do_not_warn(text: str) -> None:
    assert WARN not in outcome(text)


def test_a_rate_per_quarter_is_not_paired() -> None:
    text = (
        "Online storage spending is nearing $30 billion spent per quarter. Total spending in the market over the "
        "last twelve months totalled $100 billion."
    )
    assert outcome(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a month before the noun dates the measure, and a figure "less/lower than" another is a gap: no part, no
        # alarm (release text often wraps its lines mid-sentence)
        ("Total March exports came to $48.3 billion, the office said.\nMarch exports were $2.9 billion less\n"
         "than February exports of $51.2 billion.", set()),
        ("Total October sales at Brisco Motors came to $214 million, the dealer group said.\nOctober sales were $16 "
         "million lower\nthan September sales of $230 million.", set()),
        # qualifiers that name parts still add up against the total, and too large a part still warns
        ("Total March exports came to $48.3 billion, the office said.\nMachinery exports were $29.8 billion\nand "
         "farm exports were $21.6 billion.", {WARN}),
    ],
)  # fmt: skip
def test_a_dated_qualifier_or_a_gap_is_no_part(text: str, expected: set) -> None:
    assert {o for o in outcome(text) if o != PASS} == expected
