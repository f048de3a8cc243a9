"""A target band: a centre and its margin against the band's stated ends, and readings said to lie within it or
beyond one of its ends. Pairings across sentences stay uncertain; ranges not named as a band and forecasts do not
pair."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN

_TARGET = (
    "The Bank of Halden is required to keep inflation at 3 per cent with a margin of 1.5 per cent on either side. "
    "Prices of fuel fell in May. Inflation has stayed inside the bank's tolerance band of {band} per cent all year."
)


def _verdicts(text: str, marker: str) -> set[tuple[str, str]]:
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check in ("part_whole", "comparison") and marker in (f.pairing or "")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the centre and margin against the band stated in another sentence
        (_TARGET.format(band="1.5-4.5"), {PASS}),
        (_TARGET.format(band="1.5-5"), {QUIET}),
        # against the upper end alone, in the same sentence
        (
            "The bank must hold inflation at 3 per cent, plus or minus 1.5 per cent, so its upper tolerance limit of "
            "4.5 per cent is the line to watch.",
            {PASS},
        ),
        (
            "The bank must hold inflation at 3 per cent, plus or minus 1.5 per cent, so its upper tolerance limit of "
            "5.5 per cent is the line to watch.",
            {WARN},
        ),
    ],
)
def test_a_centre_and_margin_against_the_band(text: str, expected: set) -> None:
    assert _verdicts(text, "either side is a band") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reading in the sentence before, within a band the cue's words give
        (
            "Inflation in Halden eased to 4.1 per cent in May. It came back within the central bank's tolerance band "
            "of 1.5-4.5 per cent for the first time since March.",
            {PASS},
        ),
        (
            "Inflation in Halden eased to 4.8 per cent in May. It came back within the central bank's tolerance band "
            "of 1.5-4.5 per cent for the first time since March.",
            {QUIET},
        ),
        # a reading beyond the upper end, the end stated in a later sentence
        (
            "Inflation in Halden breached the central bank's upper tolerance limit, climbing to 4.9 per cent in June. "
            "Food prices led the rise. The bank's upper tolerance limit of 4.5 per cent was last crossed in 2019.",
            {PASS},
        ),
        (
            "Inflation in Halden breached the central bank's upper tolerance limit, climbing to 4.3 per cent in June. "
            "Food prices led the rise. The bank's upper tolerance limit of 4.5 per cent was last crossed in 2019.",
            {QUIET},
        ),
        # readings of the sentence before under the upper end the cue's words give
        (
            "Inflation was 3.9 per cent in April and 4.2 per cent in May. It has stayed below the bank's upper "
            "tolerance limit of 4.5 per cent since January.",
            {PASS},
        ),
        (
            "Inflation was 3.9 per cent in April and 4.7 per cent in May. It has stayed below the bank's upper "
            "tolerance limit of 4.5 per cent since January.",
            {QUIET},
        ),
    ],
)
def test_readings_against_the_band(text: str, expected: set) -> None:
    found = {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "comparison" and ("tolerance" in (f.pairing or ""))
    }
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # a range not named as a band
        "Analysts see growth in a range of 2-6 per cent. Growth came in at 6.5 per cent, within the range.",
        # the upper house, not a band's end
        "The upper house passed the bill with 61 per cent of the vote, above the 55 per cent it needed.",
        # a forecast is no reading
        "The bank expects inflation to rise to 4.8 per cent next year. It sees prices staying within its tolerance "
        "band of 1.5-4.5 per cent for now.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert not [f for f in check_text(text).findings if "tolerance" in (f.pairing or "") or "band" in (f.pairing or "")]
