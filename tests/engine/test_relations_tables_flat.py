"""A table flattened into the text: the rows above a "Total" row add up to it, column by column.

Made-up tables in the three shapes copy keeps them in (cells parted by spaces on one line, a row a line with
tabs, a cell a line), broken by one figure, and look-alikes that are no table or whose columns do not add up.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")

ONE_LINE = (
    "Orla Motors gave its quarterly figures by model line:\n\n"
    "Built Sold Leased Vans 1,204 1,150 4% Trucks 1,860 1,912 6% Total 3,064 3,062 5%\n\n"
    "The company said demand held up."
)
TABS = (
    "Harbour District results by ward:\n"
    "Ward\tVotes 2021\tVotes 2025\n"
    "North\t4,410\t4,980\n"
    "Central\t3,120\t2,875\n"
    "South\t2,905\t3,310\n"
    "Total\t10,435\t11,165\n"
)
CELL_A_LINE = (
    "The county's count, as published:\n\n"
    "Ballots\n2021\n2025\n"
    "In person\n18,400\n17,950\n"
    "By mail\n6,210\n8,035\n"
    "Total\n24,610\n25,985\n"
)

# A stock count: the damaged items' own table (its small counts withheld as "x") ends in its total row, then
# single lines follow.
STOCK = (
    "Depot stock check\n"
    "Item | Units |\n|---|---|\nChairs | 812 |\nDesks | 305 |\n"
    "Damaged items\nFault | Units |\n|---|---|\nBroken leg | x |\nWater damage | x |\n"
    "Total damaged | 4 |\n"
    "Stored offsite: 9120\n"
    "Total units counted: 1121\n"
    "Share damaged: 0.4%\n"
)


def outcome(text: str) -> list[tuple[str, str]]:
    report = check_text(text, only=["table_total"])
    return sorted((f.status.value, f.severity.value) for f in report.findings)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # percentages do not add up down a column: two columns only
        (ONE_LINE, [PASS, PASS]),
        (ONE_LINE.replace("1,912", "1,921"), [PASS, WARN]),
        (TABS, [PASS, PASS]),
        (TABS.replace("2,875", "2,785"), [PASS, WARN]),
        (CELL_A_LINE, [PASS, PASS]),
        (CELL_A_LINE.replace("17,950", "17,590"), [PASS, WARN]),
        # a one-column list, a row a line
        ("Staff by site:\nLeeds: 120\nYork: 85\nHull: 40\nTotal: 245\n", [PASS]),
        ("Staff by site:\nLeeds: 120\nYork: 85\nHull: 40\nTotal: 254\n", [WARN]),
        # a total row opening its own line closes the table above it: the rows below it are summed alone
        (STOCK.replace("Stored offsite: 9120\n", "On the floor: 700\nIn the loft: 421\n"), [PASS]),
        (STOCK.replace("Stored offsite: 9120\n", "On the floor: 700\nIn the loft: 412\n"), [WARN]),
    ],
)
def test_rows_add_up_to_the_total_row(text: str, expected: list) -> None:
    assert outcome(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # prose: a total said after a sentence is no row of a table
        "Orla sold 120 vans in May and 85 in June. Total 254 for the two months, it said.",
        "The plant built 40 trucks, 30 buses and 12 vans in May. Total output was 95 vehicles.",
        # a subtotal closes the rows above it: the total sums the subtotal and what follows, not every row
        "Costs:\nStaff 40\nRent 12\nSubtotal 52\nTravel 8\nTotal 60\n",
        # a row that is part of the row above it is left out of the sum
        "Sales:\nEurope 500\nof which France 120\nAsia 300\nTotal 800\n",
        # a single column of cells on one line could be prose
        "Results: North 40 South 30 Total 90 were the figures quoted.",
        # the row above the single lines is the damaged items' total: the offsite store alone is no table
        STOCK,
    ],
)
def test_look_alikes_are_not_flagged(text: str) -> None:
    assert WARN not in outcome(text)


def test_a_header_naming_a_column_that_does_not_add_up_is_uncertain() -> None:
    text = "Sales by region:\n\nRegion Units Average price North 1,200 $310 South 1,800 $290 Total 3,000 $302\n"
    # the units add up and pass; the prices do not, but nothing says which column the average names
    assert outcome(text) == [UNSURE, PASS]


def test_two_tables_one_after_the_other_are_summed_apart() -> None:
    text = (
        "Fleet by depot:\n\n"
        "Depot Buses Trams\nEast 40 12\nWest 35 9\nTotal 75 21\n"
        "Harbour 20 4\nAirport 15 6\nTotal 35 10\n"
    )
    assert outcome(text) == [PASS, PASS, PASS, PASS]
