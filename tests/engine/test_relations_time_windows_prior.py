"""An extreme over a window in months ("a nine-month high of $4.10 in June 2023") against the reading the article
dates where the window starts: that reading must be at least the figure (at most, for a low). End to end on
made-up sentences: consistent cases pass, contradicted ones fail, a figure with no year stays quiet, and readings
at other dates, hedged windows and windows in years do not pair."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN


def _window_verdicts(text: str) -> set[tuple[str, str]]:
    result = check_text(text)
    mine = {r.id for r in result.relations if "months before it" in r.reason}
    return {(f.status.value, f.severity.value) for f in result.findings if f.relation in mine}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the window names its figure ("a nine-month high of"); the start stated further down
        (
            "Arabica prices climbed to a nine-month high of $4.10 a pound in June 2023. Dry weather cut the crop. "
            "In September 2022 they traded at $4.35 a pound.",
            {PASS},
        ),
        (
            "Arabica prices climbed to a nine-month high of $4.10 a pound in June 2023. Dry weather cut the crop. "
            "In September 2022 they traded at $3.95 a pound.",
            {WARN},
        ),
        # the window in apposition to the figure; a low
        (
            "Corvia's jobless rate fell to 3.1% in June 2024, its lowest in seven months. It stood at 3.0% in "
            "November 2023.",
            {PASS},
        ),
        (
            "Corvia's jobless rate fell to 3.1% in June 2024, its lowest in seven months. It stood at 3.4% in "
            "November 2023.",
            {WARN},
        ),
        # no figure in the window's sentence: the latest dated reading of the sentence before
        (
            "Inflation in Velmont eased to 2.4% in March 2024 from 2.9% in February 2024. Inflation is now at an "
            "eight-month low. It was 2.2% in July 2023.",
            {PASS},
        ),
        (
            "Inflation in Velmont eased to 2.4% in March 2024 from 2.9% in February 2024. Inflation is now at an "
            "eight-month low. It was 2.6% in July 2023.",
            {WARN},
        ),
        # the figure's year is not printed: only the month places the start, so a contradiction is not flagged
        ("Rents hit a ten-month high of 4.4% in May. In July 2022 they stood at 4.0%.", {QUIET}),
    ],
)
def test_a_window_in_months_against_its_start(text: str, expected: set) -> None:
    assert _window_verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the reading is dated eight months before, not nine
        "Arabica prices climbed to a nine-month high of $4.10 a pound in June 2023. In October 2022 they were $3.90.",
        # a hedged window fixes no start
        "Arabica prices rose to $4.10 a pound in June 2023, the highest in more than nine months. In September "
        "2022 they were $3.90 a pound.",
        # a window in years
        "Arabica prices hit a two-year high of $4.10 a pound in June 2023. In June 2021 they were $3.90 a pound.",
        # a reading in another unit at the start
        "Arabica prices climbed to a nine-month high of $4.10 a pound in June 2023. In September 2022 exports were "
        "8,200 tonnes.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _window_verdicts(text) == set()
