"""A change set against the expected change in its clause, read with the moves' signs or sizes as the word says,
end to end on made-up sentences: consistent cases pass, contradicted ones fail, unsure readings stay quiet."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare expected figure: the same move, expected
        ("Tin exports from Corvel climbed 6.2% on the year, stronger than the forecast 4.4%.", {PASS}),
        ("Tin exports from Corvel climbed 3.2% on the year, stronger than the forecast 4.4%.", {WARN}),
        # a rise against an expected fall, named before the figure: signed values
        ("Parcel volumes grew 0.8% in March, higher than the expected decline of 1.6%.", {PASS}),
        ("Parcel volumes grew 0.8% in March, lower than the expected decline of 1.6%.", {WARN}),
        # a fall against an expected rise, named after the figure
        ("Orders for lathes slid 3.4% last month, well below analysts' forecast of a 2.0% gain.", {PASS}),
        ("Orders for lathes slid 3.4% last month, well above analysts' forecast of a 2.0% gain.", {WARN}),
        # a fall against an expected fall in words of level: sizes or signed values, unsure either way
        ("Bookings at Tarn Hotels dipped 2.7% in April, lower than the expected 1.1% fall.", {PASS}),
        ("Bookings at Tarn Hotels dipped 0.7% in April, lower than the expected drop of 1.1%.", {QUIET}),
        # a growth rate printed as a pace: the verb gives its direction
        (
            "Farm output in Veland expanded at a 2.9% annual pace, faster than economists' expectation of a 2.4% rise.",
            {PASS},
        ),
        (
            "Farm output in Veland expanded at a 1.9% annual pace, faster than economists' expectation of a 2.4% rise.",
            {WARN},
        ),
    ],
)
def test_a_change_against_the_expected_change(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rise, then an expected drop printed as a change of its own: the comparisons finder, now with signs
        ("Copper imports rose 1.3% in June, higher than the forecast 2.2% drop.", {PASS}),
        ("Copper imports rose 1.3% in June, lower than the forecast 2.2% drop.", {WARN}),
        # two falls in words of size: the sizes
        ("Copper imports fell 5.3% in June, more than the forecast 2.2% drop.", {PASS}),
        ("Copper imports fell 1.3% in June, more than the forecast 2.2% drop.", {WARN}),
    ],
)
def test_two_printed_changes_compared(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another clause holds the change: the comparison is of the level it qualifies
        "Brent rose 2% on Monday, while the spread was wider than the expected 3.5%.",
        # a rate, not a change, before the comparative
        "The jobless rate was 4.6% in May, higher than the expected 4.4%.",
    ],
)
def test_look_alikes_do_not_pair_as_moves(text: str) -> None:
    assert not any("against the expected" in r.reason for r in check_text(text).relations)
