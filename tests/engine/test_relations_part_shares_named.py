"""part_shares_named: a part stated as a share of a whole its clause names, the whole's figure in another sentence.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a results story: the segment and its share of revenue, the revenue two sentences before
        (
            "Brindle Foods said quarterly revenue climbed to $820 million. Margins held steady. Its frozen-meals unit "
            "brought in $205 million and made up 25% of total revenue.",
            {PASS},
        ),
        (
            "Brindle Foods said quarterly revenue climbed to $820 million. Margins held steady. Its frozen-meals unit "
            "brought in $205 million and made up 35% of total revenue.",
            {WARN},
        ),
        # a deficit named with its qualifier, the share as a word fraction
        (
            "The provincial budget deficit widened to C$12 billion in the year to March, officials said. "
            "Hospital overruns of C$3 billion accounted for about a quarter of the budget deficit.",
            {PASS},
        ),
        (
            "The provincial budget deficit widened to C$12 billion in the year to March, officials said. "
            "Hospital overruns of C$3 billion accounted for about a half of the budget deficit.",
            {WARN},
        ),
        # another verb, a count in tonnes, the whole stated after the part
        (
            "Cargo bound for Norland reached 4.2 million tonnes, which represented 35% of total shipments. Total "
            "shipments from the port came to 12 million tonnes in the year.",
            {PASS},
        ),
        # a category's own figure beside the total is no rival whole
        (
            "Imports rose to $100 billion in the month. Imports of Zarnian Machinery reached $30 billion. Fuel "
            "imports of $13 billion accounted for just 13% of total imports.",
            {PASS},
        ),
    ],
)
def test_a_share_of_a_named_whole(text: str, expected: set) -> None:
    assert outcome(text) == expected


def test_two_figures_of_the_whole_leave_the_share_uncertain() -> None:
    text = (
        "Imports rose to $90 billion in the first half. Imports climbed to $95 billion in the second half. Fuel "
        "imports of $13 billion accounted for 20% of total imports."
    )
    assert outcome(text) == {UNSURE}


@pytest.mark.parametrize(
    "text",
    [
        # a move restated in percent is no share
        "Revenue reached $600 million in the year. Sales in Vell rose $30 million, or 25% of total revenue.",
        # a whole in other units is another figure
        "Revenue reached 600 million euros in the year. The toy unit earned $150 million, or 25% of total revenue.",
        # a ratio to something the article gives no figure of
        "Tarrow spent $40 million on research last year. Its public debt of $80 billion was 70% of GDP.",
        # the noun of the whole is nowhere near a figure
        "Orvel Mining sold $300 million of copper. Its zinc arm made $60 million, or 10% of group profit.",
    ],
)
def test_no_whole_named_no_relation(text: str) -> None:
    assert outcome(text) == set()


def test_the_reason_names_the_whole() -> None:
    text = (
        "Brindle Foods said quarterly revenue climbed to $820 million. Its frozen-meals unit brought in $205 million "
        "and made up 25% of total revenue."
    )
    report = check_text(text, only=["part_share"])
    reasons = [r.reason for r in report.relations if r.kind.value == "part_share"]
    assert reasons and "of total revenue" in reasons[0] and "$820 million" in reasons[0]
