"""A span back from now and the date it reaches, side by side: "nearly five years ago (June 3, 2019)"."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN


def _verdicts(text: str) -> list[tuple[str, str]]:
    report = check_text(text)
    ours = {r.id for r in report.relations if "counts back to" in r.reason}
    return sorted(
        (f.status.value, f.severity.value) for f in report.findings if f.check == "time_window" and f.relation in ours
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Jun 3 2024 6:44AM\nHarlan's shares hit a record, beating the mark set nearly five years ago "
            "(June 3, 2019).",
            [PASS],
        ),
        ("May 2 2024 6:44AM\nHarlan last posted a loss eight years ago, in 2016.", [PASS]),
        ("May 2 2024 6:44AM\nThe Quillon plant opened six years ago in March 2018, and now employs 400.", [PASS]),
        # the span and the date disagree, the article's date is printed
        ("May 2 2024 6:44AM\nThe Quillon plant opened eight years ago, in 2021.", [WARN]),
    ],
)
def test_a_span_back_from_now_and_its_date(text: str, expected: list) -> None:
    assert _verdicts(text) == expected


def test_without_a_date_for_now_it_stays_open() -> None:
    text = "The Quillon plant opened eight years ago, in 2021. It employs 400 people."
    assert WARN not in _verdicts(text)


@pytest.mark.parametrize(
    "text",
    [
        # a decade named, not a year
        "May 2 2024 6:44AM\nThe Quillon plant opened three decades ago, in the 1990s.",
        # the year belongs to another clause: no comma, bracket or "in" ties it to the span
        "May 2 2024 6:44AM\nThe Quillon plant opened eight years ago and expanded 2021 output.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _verdicts(text) == []
