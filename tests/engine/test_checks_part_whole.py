"""part_whole: components vs total, segment lists, one implied whole, a total rate between its parts."""

from __future__ import annotations

import pytest

from factcheck.claim import ChangeKind
from tests.engine.claim_factory import outcome, quick, up

PASS = ("pass", "info")
WARN = ("fail", "warning")
STORES = {"unit": "stores", "noun": "stores"}


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Out of 120 stores, 70 were open and 50 were closed.",
            [("120 stores", 120, "count", STORES), ("70", 70, "count", STORES), ("50", 50, "count", STORES)],
            {PASS},
        ),
        (
            "Out of 120 stores, 70 were open and 80 were closed.",
            [("120 stores", 120, "count", STORES), ("70", 70, "count", STORES), ("80", 80, "count", STORES)],
            {WARN},
        ),
        (
            "Sales reached $9.0 billion. The firm broke its sales down into segments: retail ($5.0 billion) and "
            "online ($4.0 billion).",
            [("$9.0 billion", 9e9, "money"), ("$5.0 billion", 5e9, "money"), ("$4.0 billion", 4e9, "money")],
            {PASS},
        ),
        (
            "Acme shipped 40 million units, taking 20% of the market. Beta shipped 30 million units, taking 15% of "
            "the market.",
            [
                ("40 million units", 40e6, "count", {"unit": "units", "noun": "units"}),
                ("20%", 20, "percent"),
                ("30 million units", 30e6, "count", {"unit": "units", "noun": "units"}),
                ("15%", 15, "percent"),
            ],
            {PASS},
        ),
        (
            "Acme shipped 40 million units, taking 20% of the market. Beta shipped 60 million units, taking 15% of "
            "the market.",
            [
                ("40 million units", 40e6, "count", {"unit": "units", "noun": "units"}),
                ("20%", 20, "percent"),
                ("60 million units", 60e6, "count", {"unit": "units", "noun": "units"}),
                ("15%", 15, "percent"),
            ],
            {WARN},
        ),
    ],
)
def test_part_whole(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "part_whole") == expected


@pytest.mark.parametrize(("total", "expected"), [(5.0, PASS), (8.0, WARN)])
def test_total_rate_between_parts(total: float, expected: tuple) -> None:
    text = f"Global traffic rose {total}% in May. International traffic rose 6.0% while domestic traffic rose 3.0%."
    art = quick(
        text,
        (f"{total}%", total, "percent", {"change": up()}),
        ("6.0%", 6.0, "percent", {"change": up()}),
        ("3.0%", 3.0, "percent", {"change": up(ChangeKind.RELATIVE)}),
    )
    assert outcome(art, "part_whole") == {expected}


@pytest.mark.parametrize(("item", "expected"), [("£10.0m", {PASS}), ("£20.0m", {WARN})])
def test_before_and_after_exceptional_items(item: str, expected: set) -> None:
    text = (
        "Profit before tax, before exceptional items, of £4.0m\n"
        f"Impairment charge of {item}\n"
        "Reported loss before tax, after exceptional items, of £6.0m\n"
    )
    art = quick(
        text,
        ("£4.0m", 4e6, "money", {"unit": "GBP"}),
        (item, float(item[1:-1]) * 1e6, "money", {"unit": "GBP"}),
        ("£6.0m", 6e6, "money", {"unit": "GBP"}),
    )
    assert outcome(art, "part_whole") == expected


@pytest.mark.parametrize(("retail", "expected"), [("£60m", {PASS}), ("£90m", {WARN})])
def test_divisions_within_group_total(retail: str, expected: set) -> None:
    text = (
        "Group total sales were £100m for the year. "
        f"The retail division lifted sales by 5% to {retail}. "
        "The wholesale division saw sales fall 2% to £38m."
    )
    art = quick(
        text,
        ("£100m", 100e6, "money", {"unit": "GBP"}),
        (retail, float(retail[1:-1]) * 1e6, "money", {"unit": "GBP"}),
        ("£38m", 38e6, "money", {"unit": "GBP"}),
    )
    assert outcome(art, "part_whole") == expected
