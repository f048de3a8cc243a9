"""A move or comparison told in words between two printed figures, with other material standing between them: a
conversion in brackets ("rose to $520m (€430m) from $380m (€314m)"), a word of degree ("down slightly from"), a
source ("according to the tracker"), a bracketed earlier print ("revised up to 41,000 (previously 37,500)"), a ratio's
whole ("of the GDP"), a dash before the earlier rate ("—an increase from May's 5.8%"), a growth rate printed as a
level ("puts growth at 2.4%, below a 2.9% growth"), or an expectation named after its figure ("more than the 0.4%
expected"). Every sentence is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

CHECKS = ("direction", "comparison", "percent_change")


def verdicts(text: str) -> list[tuple[str, str, str]]:
    return sorted((f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check in CHECKS)


DIR_PASS = ("direction", "pass", "info")
DIR_WARN = ("direction", "fail", "error")
CMP_PASS = ("comparison", "pass", "info")
CMP_WARN = ("comparison", "fail", "warning")
PCT_PASS = ("percent_change", "pass", "info")
PCT_WARN = ("percent_change", "fail", "warning")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an amount converted in brackets is the same figure again: the move reads across it
        ("Profit rose to $520m (€430m) from $380m (€314m) a year earlier.", [DIR_PASS]),
        ("Profit rose to $320m (€265m) from $380m (€314m) a year earlier.", [DIR_WARN]),
        ("Brisk's sales grew 20% on the year, hitting $7.44bn (£5.86bn), up from $6.2bn (£4.88bn).",
         [DIR_PASS, PCT_PASS]),
        ("Brisk's sales grew 30% on the year, hitting $7.44bn (£5.86bn), up from $6.2bn (£4.88bn).",
         [DIR_PASS, PCT_WARN]),
        # a word of degree between the move's word and its start
        ("Bookings totalled 7,940 units, down marginally from 8,060 in the prior year.", [DIR_PASS]),
        ("Bookings totalled 7,940 units, down marginally from 7,860 in the prior year.", [DIR_WARN]),
        ("Orders came to 7,310, up sharply from 5,900 in the prior quarter.", [DIR_PASS]),
        # where the figure comes from, said between the level and its start
        ("Market value fell to $2.7 trillion, according to the tracker, from over $3 trillion.", [DIR_PASS]),
        ("Market value fell to $3.7 trillion, according to the tracker, from about $3 trillion.", [DIR_WARN]),
        ("Deposits climbed to $41.2 billion as per the lender's filing from $38.9 billion.", [DIR_PASS]),
        # the revised figure's own earlier print in brackets right after it
        ("The June figure was revised up to 41,000 (previously 37,500).", [DIR_PASS]),
        ("The June figure was revised down to 41,000 (previously 37,500).", [DIR_WARN]),
        ("April payrolls were revised up to show an addition of 41,000 jobs (previously showed a gain of 37,500).",
         [DIR_PASS]),
        # a ratio's whole said with "the" between the start and its date
        ("The shortfall narrowed from 6.2% of the GDP at end-2018 to 4.7% of the GDP last year.",
         [DIR_PASS]),
        ("The shortfall narrowed from 3.2% of the GDP at end-2018 to 4.7% of the GDP last year.",
         [DIR_WARN]),
        # "sliding", "downward"
        ("The lender's share has been sliding downward from 48.2% in March, 2021 to 40.5%.", [DIR_PASS]),
        ("The lender's share has been sliding downward from 38.2% in March, 2021 to 40.5%.", [DIR_WARN]),
        # the earlier rate after a dash, named by its month's possessive
        ("Bus fares rose 6.4% in June from a year earlier—an increase from May's 5.8% pace.", [DIR_PASS]),
        ("Bus fares rose 6.4% in June from a year earlier—an increase from May's 6.8% pace.", [DIR_WARN]),
        ("Rents rose 6.4% in June from a year earlier, a slowdown from May's 7.1% pace.", [DIR_PASS]),
        # a growth rate printed as a level, or named a rise by a noun after it, against a rise
        ("Its new outlook puts output growth at 2.4% for the year, lower than a 2.9% growth it had pencilled in.",
         [CMP_PASS]),
        ("Its new outlook puts output growth at 2.4% for the year, higher than a 2.9% growth it had pencilled in.",
         [CMP_WARN]),
        ("The index climbed 4.1% before adjustment, surpassing the 3.6% annual increase for June.", [CMP_PASS]),
        ("The index climbed 3.1% before adjustment, surpassing the 3.6% annual increase for June.", [CMP_WARN]),
        # the expectation named after its figure
        ("Prices rose 0.6%, more than the 0.4% expected.", [CMP_PASS]),
        ("Prices rose 0.3%, more than the 0.4% expected.", [CMP_WARN]),
        ("Prices rose 0.6% in May, above the 0.4% economists had forecast.", [CMP_PASS]),
        ("Prices rose 0.6% in May, below the 0.4% forecast.", [CMP_WARN]),
        # the rupee's abbreviation glued to the figure
        ("Subsidies were raised to Rs.2,40,150 crore from Rs.1,96,300 crore.", [DIR_PASS]),
        ("Subsidies were raised to Rs.1,40,150 crore from Rs.1,96,300 crore.", [DIR_WARN]),
    ],
)  # fmt: skip
def test_a_move_between_two_figures_reads_across_what_stands_between(text: str, expected: list) -> None:
    assert verdicts(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # a move of its own, not a revision: the bracket's figure is no start of it
        "Payrolls rose by 41,000 in June (previously 37,500).",
        # the source's own figure after a clause of its own
        "Market value fell to $2.7 trillion, according to the tracker, which put it at $3.1 trillion a week ago.",
        # a deficit is no growth rate; a fall is no rise
        "Its new outlook puts the deficit at 2.4% for the year, lower than a 2.9% growth a year ago.",
        "The price index climbed 4.1%, below the 4.6% annual decline reported for June.",
        # a dated earlier level after a dash that opens another clause
        "Rents rose 6.4% in June—landlords raised 5.8% of leases.",
    ],
)  # fmt: skip
def test_no_move_or_comparison_without_the_words(text: str) -> None:
    assert not [f for f in check_text(text).findings if f.check in ("direction", "comparison")]
