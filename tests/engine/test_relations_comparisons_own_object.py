"""A comparison word that governs a figure of its own is not a comparison of two other figures.

"97% of callers were seen in under 12 minutes, against a goal of 80%": "under" takes "12 minutes" as its
object, so it says nothing of the target named later in the sentence. "The queue more than tripled in two years":
"more than" opens a multiple over a span of time, not a comparison of the count with "six months". In both the
look-alike must stay unpaired, while an estimate beaten or missed, and a plain "more than the", still compare."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word's own object is a figure: nothing to compare with the target or forecast
        ("At Mardale General, 97% of callers were seen in under 12 minutes by a nurse, while the goal is 80%.",
         set()),
        ("Some 64% of Tolver pupils scored above 50 marks in the test, while the target was 60%.", set()),
        ("In Brinmoor, 91% of calls were answered in under 8 minutes, against a target of 85%.", set()),
        # "more than" before a multiple: growth over a span of time
        ("The number of Dunmoor patients waiting over three months for a scan more than tripled in two years.",
         set()),
        ("The count of Elsby homes empty for over two years more than tripled in five years.", set()),
        # genuine comparisons still read
        ("Profit at Varn was $31 million, below expectations. Analysts had forecast $35 million.", {PASS}),
        ("Profit at Varn was $39 million, below expectations. Analysts had forecast $35 million.", {WARN}),
        ("Holt sold 5,000 homes, more than the 7,000 it sold a year earlier.", {WARN}),
        ("Holt sold 8,000 homes, more than the 7,000 it sold a year earlier.", {PASS}),
    ],
)  # fmt: skip
def test_a_word_with_its_own_object_compares_nothing_else(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
