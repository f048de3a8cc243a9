"""A segment's change and the whole's pair in one sentence: "put the 3.1 per cent rise in voice revenue, close to
two-thirds of a service revenue of N512 billion versus N463 billion, down to ...". Both measure words read as 'revenue',
but two different narrowing words in one sentence name two measures, so the change is not set against the whole's
pair (growth), and the change's own noun ("rise") does not govern the whole's move (direction). Across sentences
the same thing is often named in other words, so there a pair still fits.

All sentences are made up (made-up firms and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import ERROR, PASS, WARN, verdicts


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Telecom put the 3.1 per cent rise in voice revenue, close to two-thirds of a service revenue of "
        "N512.4 billion versus N463.0 billion last year, down to new subscribers.",
        "Ostrava Mobile credited the 4.5 per cent rise in the roaming revenue, a tenth of the airtime revenue of "
        "N612.0 billion versus N540.0 billion a year earlier, to summer travel.",
    ],
)
def test_the_whole_pair_is_not_the_segment_change(text: str) -> None:
    assert verdicts(text, "growth_prior") == set()
    assert not [f for f in check_text(text).findings if f.severity.value != "info"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no narrowing word on one side: the pair is the change's
        ("Ostrava Mobile credited the 4.5 per cent rise in revenue, with revenue of N612.0 billion versus N540.0 "
         "billion a year earlier, to summer travel.", {WARN}),
        ("Ostrava Mobile credited the 13.3 per cent rise in revenue, with revenue of N612.0 billion versus N540.0 "
         "billion a year earlier, to summer travel.", {PASS}),
        # the same narrowing word on both sides
        ("Ostrava Mobile credited the 4.5 per cent rise in roaming revenue to summer travel, as roaming revenue "
         "reached N612.0 billion versus N540.0 billion a year earlier.", {WARN}),
        ("Ostrava Mobile credited the 13.3 per cent rise in roaming revenue to summer travel, as roaming revenue "
         "reached N612.0 billion versus N540.0 billion a year earlier.", {PASS}),
        # other words for one thing in the next sentence: still paired
        ("Global car sales declined 14% in 2021, a consultancy said. It said vehicle sales fell to 80.5 million in "
         "2021, down from 83.9 million in 2020.", {WARN}),
        ("Global car sales declined 4% in 2021, a consultancy said. It said vehicle sales fell to 80.5 million in "
         "2021, down from 83.9 million in 2020.", {PASS}),
    ],
)  # fmt: skip
def test_a_pair_of_the_same_measure_still_fits(text: str, expected: set) -> None:
    assert verdicts(text, "growth_prior") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the change's own noun names the segment's move: it says nothing of the whole's fall
        ("Ostrava Mobile credited the 4.5 per cent rise in the roaming revenue, a tenth of the airtime revenue of "
         "N540.0 billion versus N612.0 billion a year earlier, to summer travel.", set()),
        # the verb of the pair's own clause still governs it
        ("Ostrava Mobile said airtime revenue rose to N540.0 billion from N612.0 billion a year earlier.", {ERROR}),
        ("Ostrava Mobile said airtime revenue rose to N612.0 billion from N540.0 billion a year earlier.", {PASS}),
        # the change told with its pair: its verb governs the pair
        ("Revenue fell 8 percent, to $16.2 billion, from $12.9 billion.", {ERROR}),
    ],
)  # fmt: skip
def test_a_change_noun_governs_only_its_own_move(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected
