"""A comparison with expectations that names its own measure speaks of that measure only.

"a better than expected profit of $64 million" says the profit beat its forecasts; a dividend forecast a sentence
later is not what "better than" compared, so the dividend and its forecast are not paired through that word. The
same word still pairs an estimate of the measure it names, or one where it names none."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts

_DIVIDEND = (
    "Harlow Mining has resumed paying dividends after reporting a slightly better than expected underlying profit "
    "of $64.2 million. Investors in the miner, which runs a smelter with a Canadian partner, have waited since "
    "2019, but were today offered a 2.1 cent dividend per share. The dividend was below the 3 cent dividend that "
    "analysts polled by Reuters had expected, and well below the 5 cent dividend predicted by Ridley Securities."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the word names the profit: the dividend's forecasts are set against it by their own words only
        (_DIVIDEND, {PASS}),
        ("Kestrel Systems posted a better than expected net profit of $310 million on Tuesday. Revenue was "
         "$2.2 billion, while analysts had forecast revenue of $2.5 billion.", set()),
        ("Ardent Foods booked a bigger-than-expected $40 million loss in the quarter. Sales came to $900 million; "
         "analysts had expected sales of $850 million.", set()),
        # the word names no measure, or the estimate's own: still paired
        ("Kestrel Systems reported better than expected results on Tuesday. Revenue was $2.2 billion. Analysts "
         "had forecast revenue of $2.5 billion.", {WARN}),
        ("Kestrel Systems reported better than expected results on Tuesday. Revenue was $2.7 billion. Analysts "
         "had forecast revenue of $2.5 billion.", {PASS}),
    ],
)  # fmt: skip
def test_expected_names_its_own_measure(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
