"""A figure called larger or smaller than expected, against the estimate the next sentences give."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the phrase qualifies the figure right after it
        ("Consumer prices in Norland rose a higher-than-expected 3.4% in June. Economists had forecast 3.1%.", {PASS}),
        ("Consumer prices in Norland rose a higher-than-expected 2.4% in June. Economists had forecast 3.1%.", {WARN}),
        (
            "Brantix posted a bigger than expected loss of $61 million. Analysts had predicted a loss of $40 million.",
            {PASS},
        ),
        (
            "Brantix posted a bigger than expected loss of $21 million. Analysts had predicted a loss of $40 million.",
            {WARN},
        ),
        # the phrase restates the figure just before it
        (
            "Norland's economy grew 2.9% in the third quarter, a faster than expected pace. Analysts forecast 2.4%.",
            {PASS},
        ),
        (
            "Norland's economy grew 1.9% in the third quarter, a faster than expected pace. Analysts forecast 2.4%.",
            {WARN},
        ),
        # the phrase opens its sentence and points back at the figure that ended the sentence before
        (
            "Veltra posted revenue of $812 million for the quarter. The weaker-than-expected result sent its shares "
            "down. Analysts had expected $845 million.",
            {PASS},
        ),
        (
            "Veltra posted revenue of $912 million for the quarter. The weaker-than-expected result sent its shares "
            "down. Analysts had expected $845 million.",
            {WARN},
        ),
        # a move is compared by its size
        ("Factory orders fell a smaller-than-expected 1.2% in May. Economists had forecast a drop of 2%.", {PASS}),
        # an estimate for another period: never loud
        (
            "Norland's economy grew 1.9% in the third quarter, a faster than expected pace. Analysts had forecast "
            "full-year growth of 2.4%.",
            {QUIET},
        ),
    ],
)
def test_than_expected(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected


@pytest.mark.parametrize(
    "text",
    [
        # praise words depend on the measure: a better loss is a smaller one
        "Brantix posted a better than expected loss of $61 million. Analysts had predicted a loss of $40 million.",
        # the phrase is about the shares' fall, and no estimate of that follows
        "Veltra posted revenue of $812 million, and its shares fell a bigger-than-expected 9%. Analysts had "
        "expected revenue of $845 million.",
    ],
)
def test_nothing_to_compare(text: str) -> None:
    assert verdicts(text, "comparison") == set()
