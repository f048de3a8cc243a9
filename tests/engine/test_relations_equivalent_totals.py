"""A total counted in an equivalent unit ("silver-equivalent ounces", "gold equivalent ounces", "boe") converts
its other products at a ratio: it is never the sum of plain-unit parts, nor their like."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.figures import counted_as_equivalent, same_unit
from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_whole"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # plain ounces throughout: the breakdown is a sum, and a short one alarms
        (
            "Quarry Hill Mining poured 5.3 million ounces of silver, consisting of 1.9 million ounces at Alta "
            "and 3.4 million ounces at Baja.",
            {PASS},
        ),
        (
            "Quarry Hill Mining poured 5.3 million ounces of silver, consisting of 1.9 million ounces at Alta "
            "and 1.2 million ounces at Baja.",
            {WARN},
        ),
        # equivalent ounces on both sides add up like any other unit
        (
            "Quarry Hill Mining poured 5.3 million silver equivalent ounces, consisting of 3.2 million silver "
            "equivalent ounces at Alta and 2.1 million silver equivalent ounces at Baja.",
            {PASS},
        ),
        (
            "Quarry Hill Mining poured 5.3 million silver equivalent ounces, consisting of 2.2 million silver "
            "equivalent ounces at Alta and 2.1 million silver equivalent ounces at Baja.",
            {WARN},
        ),
        # look-alikes: an equivalent total over metals counted in their own ounces is no sum of them
        (
            "Quarry Hill Mining poured 5.3 million silver equivalent ounces, consisting of 1.9 million ounces "
            "of silver and 41,200 ounces of gold.",
            set(),
        ),
        (
            "Over the half Tolvan Gold made 812,000 gold equivalent ounces, made up of 650,000 ounces of gold "
            "and 9.3 million ounces of silver.",
            set(),
        ),
        (
            "Kessel Mines turned out 812,000 ounces of gold equivalent, consisting of 650,000 ounces of gold and "
            "140,000 ounces from its silver credits.",
            set(),
        ),
    ],
)
def test_equivalent_totals(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "equivalent"),
    [
        ("The Alta pit yielded 5.3 million silver equivalent ounces.", [True]),
        ("The Alta pit yielded 1.9 million ounces of silver.", [False]),
        ("It poured 1.2 million gold-equivalent ounces.", [True]),
        ("It poured 1.2 million ounces of gold.", [False]),
        # the product named after the unit: "ounces of gold equivalent", "barrels of oil equivalent"
        ("Kessel Mines poured 1.2 million ounces of gold equivalent in 2023.", [True]),
        ("Harlow Petroleum pumped 1.3 million barrels of oil equivalent per day.", [True]),
        ("Harlow Petroleum pumped 1.3 million barrels of crude per day.", [False]),
    ],
)
def test_counted_as_equivalent(text: str, equivalent: list[bool]) -> None:
    assert [counted_as_equivalent(c) for c in extract_claims(text)] == equivalent


def test_an_equivalent_figure_is_not_a_plain_figure_s_like() -> None:
    eq, plain, plain_too = extract_claims(
        "The Alta pit yielded 5.3 million silver equivalent ounces: 1.9 million ounces of silver and 38,000 "
        "ounces of gold."
    )
    assert not same_unit(eq, plain)
    assert same_unit(plain, plain_too)
