"""Parts listed after their whole in one sentence: every item after "including", parts that point back with "of
them", and a sentence that opens on "Of the <total>". Made-up sentences; consistent variants must stay quiet."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "including" opens a list: all its items count, not only the first
        (
            "The ministry will spend $4.2 billion on roads, including $1.1 billion on bridge repairs and $600 "
            "million on resurfacing.",
            {PASS},
        ),
        (
            "The ministry will spend $4.2 billion on roads, including $3.1 billion on bridge repairs and $1.6 "
            "billion on resurfacing.",
            {WARN},
        ),
        (
            "The fund raised £48 million, including £20 million from pension schemes, £9 million from insurers "
            "and £6 million from family offices.",
            {PASS},
        ),
        (
            "The fund raised £48 million, including £30 million from pension schemes, £19 million from insurers "
            "and £6 million from family offices.",
            {WARN},
        ),
        # "N of them", "N of whom": the part points back at the total before it
        (
            "The airline carried 8.2 million passengers, 5.1 million of them on domestic routes and 3.1 million "
            "on international flights.",
            {PASS},
        ),
        (
            "The airline carried 8.2 million passengers, 6.1 million of them on domestic routes and 3.1 million "
            "on international flights.",
            {WARN},
        ),
        ("Some 640 people applied, 410 of whom were invited to an interview.", {PASS}),
        ("Some 640 people applied, 710 of whom were invited to an interview.", {WARN}),
        # a second figure after "N of whom ... and" is a sibling part of the total, not a part of N
        ("The trial enrolled 21,400 adults, 10,650 of whom took the pill and 10,750 a dummy.", {PASS}),
        ("The trial enrolled 21,400 adults, 10,650 of whom took the pill and 11,750 a dummy.", {WARN}),
        ("The league has 48 clubs, 30 of which play in the north and 18 in the south.", {PASS}),
        ("The league has 48 clubs, 30 of which play in the north and 28 in the south.", {WARN}),
        ("Nalder runs 64 depots, of which 41 are leased and 23 owned.", {PASS}),
        # "Of the <total>, ..." opens the sentence; "the remaining" closes the list
        ("Of the 2,300 patients enrolled, 1,150 received the drug and the remaining 1,150 a placebo.", {PASS}),
        ("Of the 2,300 patients enrolled, 1,150 received the drug and the remaining 1,250 a placebo.", {WARN}),
        ("Of the 48 branches it ran in 2022, 17 have since shut.", {PASS}),
    ],
)
def test_parts_listed_after_their_whole(text: str, expected: set) -> None:
    assert verdicts(text, "part_whole") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another measure's clause after the first item is not in the list
        "Revenue reached $9 billion, including $2 billion from cloud services, while costs rose to $8 billion.",
        "Revenue reached $9 billion, including $2 billion from cloud services, and profit was $3 billion.",
        # a share is no count of the whole
        "Of the 300 members polled, 41% backed the plan.",
        # a figure after "and" with a clause of its own is no sibling part
        "The group owns 900 homes, 600 of which are rented and 1,200 more are planned.",
        "The group owns 900 homes, 600 of which are rented, and 1,400 will be built by 2031.",
        # the pointer needs its total in the same sentence
        "The port handled 900 ships. Some 420 of them were tankers, and the harbour master counted 610 barges.",
    ],
)
def test_items_of_another_clause_are_not_parts(text: str) -> None:
    for finding in check_text(text).findings:
        if finding.check == "part_whole":
            assert finding.status.value == "pass", finding.message


def test_the_reason_quotes_the_list() -> None:
    text = "Some 640 people applied, 410 of whom were invited to an interview."
    [relation] = [r for r in check_text(text).relations if r.kind.value == "part_whole"]
    assert "of whom" in relation.reason and relation.params["rule"] == "within"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "P of (its|the|X's) W" in one clause
        ("Kellan Print will cut 32 of its 136 employees.", {PASS}),
        ("Kellan Print will cut 142 of its 136 employees.", {WARN}),
        ("Services accounted for $4.1 billion of Brava's $9.8 billion in revenue.", {PASS}),
        ("Services accounted for $10.1 billion of Brava's $9.8 billion in revenue.", {WARN}),
        ("Farmers planted 2.1 million of the state's 3.4 million acres.", {PASS}),
        ("Farmers planted 4.1 million of the state's 3.4 million acres.", {WARN}),
        # "of that", "of the total" pointing back at the sentence before
        ("Brava's revenue came to $9.8 billion. Services accounted for $4.1 billion of that.", {PASS}),
        ("Brava's revenue came to $9.8 billion. Services accounted for $11.1 billion of that total.", {WARN}),
    ],
)
def test_a_part_said_to_be_of_its_whole(text: str, expected: set) -> None:
    assert verdicts(text, "part_whole") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a number that is a name, not a count
        "Boeing delivered 800 of its 737 jets in the decade.",
        "Some 420 of the S&P 500 companies have reported.",
        # a share of the whole is part_share's, not a count
        "About 30% of its 4,100 staff work from home.",
        # two figures before "of that": the pairing is not certain, so a mismatch is only noted
        "Revenue was $9.8 billion and costs were $7.2 billion. Services accounted for $8.1 billion of that.",
    ],
)
def test_no_alarm_where_the_whole_is_not_certain(text: str) -> None:
    for finding in check_text(text).findings:
        if finding.check == "part_whole":
            assert finding.severity.value == "info", finding.message


@pytest.mark.parametrize(
    "text",
    [
        "The trial enrolled 21,400 adults, 10,650 of whom took the pill and 10,750 a dummy.",
        "The depot had 380 vans, 120 of which were electric and 260 diesel.",
    ],
)
def test_a_figure_that_points_back_is_never_the_whole_of_the_next(text: str) -> None:
    """ "N of whom took ..." makes N a part of the total before it; the figure after "and" is not a part of N."""
    for relation in check_text(text).relations:
        if relation.kind.value == "part_whole":
            wholes = [m.claim for m in relation.members if m.role == "whole"]
            assert wholes == ["c0"], relation.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first figure after "including" is the list's first item, so a wrong one still alarms
        ("Harlow Dairies owned 61 farms, including 27 farms in the uplands.", {PASS}),
        ("Harlow Dairies owned 61 farms, including 78 farms in the uplands.", {WARN}),
        ("The region runs 40 bus lines, including roughly 12 night lines and 9 express lines.", {PASS}),
        ("The region runs 40 bus lines, including roughly 35 night lines and 9 express lines.", {WARN}),
        # a short lead-in before the item keeps it the first item
        ("The scheme covers 2.4 million people, including, in its northern counties, 3.1 million people.", {WARN}),
        # the first item is another figure, or is named in words: a figure further on is no item of the list
        (
            "Fenwick Growers has 61 farms of its own, including 27 dairies that tenants work, and it rents a "
            "further 148 farms from the county.",
            set(),
        ),
        (
            "Ostrava Freight keeps 14 depots, including its biggest, Marsh Lane (listed in the Top 40 Depots guide).",
            set(),
        ),
        ("Quell Pharma sells 9 medicines, among them its oldest, Vantrex (see the 25 Brands chart on p. 3).", set()),
    ],
)
def test_a_subset_cue_opens_on_its_first_item(text: str, expected: set) -> None:
    assert verdicts(text, "part_whole") == expected
