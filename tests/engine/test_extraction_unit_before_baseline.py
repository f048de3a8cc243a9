"""A unit followed by a baseline ("7,450 tonnes a year earlier") is a figure, not a rate "per year" swallowed by the
baseline and lost. Made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims


@pytest.mark.parametrize(
    ("text", "surface", "unit"),
    [
        ("Copper stocks stood at 7,450 tonnes a year earlier.", "7,450 tonnes", "metric_ton"),
        ("The plant shipped 312 litres a month ago.", "312 litres", "liter"),
        # a rate stays a rate when no baseline follows
        ("The smelter turns out 7,450 tonnes a year.", "7,450 tonnes a year", "metric_ton / year"),
    ],
)
def test_a_unit_before_a_baseline_is_kept(text: str, surface: str, unit: str) -> None:
    found = {c.quantity.text: c.quantity.unit for c in extract_claims(text)}
    assert found.get(surface) == unit, found


def test_the_prior_in_tonnes_pairs_with_its_change() -> None:
    from factcheck.runner import check_text

    text = "Barley exports rose 9 percent to 5,560 tonnes, against 5,100 tonnes a year earlier."
    findings = [f for f in check_text(text).findings if f.check == "percent_change"]
    assert [(f.status.value, f.severity.value) for f in findings] == [("pass", "info")]
    text = "Barley exports rose 19 percent to 5,560 tonnes, against 5,100 tonnes a year earlier."
    findings = [f for f in check_text(text).findings if f.check == "percent_change"]
    assert [(f.status.value, f.severity.value) for f in findings] == [("fail", "warning")]
