"""'rose 4 per cent to 8,210 as compared to 7,890 in the same month last year': the compared figure is the start;
a compared forecast ('compared to an estimate of $48 million') is no start and raises no alarm. Made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ferry trips rose 4 per cent to 8,210 in May as compared to 7,890 in the same month last year.", {PASS}),
        ("Ferry trips rose 9 per cent to 8,210 in May as compared to 7,890 in the same month last year.", {WARN}),
        ("Parcel volumes slipped 3% to 1.94 million, as compared with 2.01 million a year earlier.", {PASS}),
        ("Parcel volumes slipped 8% to 1.94 million, as compared with 2.01 million a year earlier.", {WARN}),
    ],
)
def test_the_compared_figure_is_the_start(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Revenue rose 10% to $50 million compared to an estimate of $48 million.",
        "Revenue rose 10% to $50 million as compared to the $48 million analysts had forecast.",
        "Bookings climbed 12 percent to 3,400 rooms, against a consensus of 3,150 rooms.",
    ],
)
def test_a_compared_forecast_is_no_start(text: str) -> None:
    report = check_text(text)
    assert not report.problems(), [f.message for f in report.problems()]
    starts = [r for r in report.relations if r.kind.value in ("percent_change", "growth_prior")]
    assert not starts, [r.reason for r in starts]
