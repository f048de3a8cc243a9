"""An estimate told after its result with no comparison word: paired, never judged."""

from __future__ import annotations

import pytest

from factcheck.relations.comparisons_estimates_after import find
from tests.engine.test_checks_changes import QUIET, figure_pairs, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the result, then the analysts' estimate of the same measure
        (
            "Brightwell earned $2.14 a share in the quarter. Analysts had forecast earnings of $2.31 a share.",
            {("$2.14 a share", "$2.31 a share")},
        ),
        # two estimates of one result, the second with no measure of its own
        (
            "Quarterly losses at Halden Mills narrowed to $212 million. Treasury economists had projected a loss of "
            "$205 million and bank analysts $230 million.",
            {("$212 million", "$205 million")},
        ),
        # an earlier year's level told for contrast is not the result
        (
            "The loss at Halden Mills came to $212 million in 2025. In 2024 the loss had reached $260 million. "
            "Treasury economists had projected a loss of $205 million.",
            {("$212 million", "$205 million")},
        ),
        # a sentence between them, and each estimate finds the result of its own measure
        (
            "Kestrel Foods reported revenue of $4.1 billion and earnings of 88 cents a share. The shares rose in "
            "late trading. Economists polled by a data firm had expected revenue of $3.9 billion and earnings of "
            "81 cents a share.",
            {("$4.1 billion", "$3.9 billion"), ("88 cents a share", "81 cents a share")},
        ),
    ],
)
def test_estimate_after_its_result(text: str, expected: set) -> None:
    assert figure_pairs(find, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a comparison word beside the estimate: the comparisons module pairs it
        "Brightwell earned $2.14 a share in the quarter, missing forecasts. Analysts had forecast earnings of "
        "$2.31 a share.",
        # two results of the measure in reach: which one was forecast is not said
        "Brightwell earned $2.14 a share in the quarter and $2.02 a share a quarter before that. Analysts had "
        "forecast earnings of $2.31 a share.",
        # the result comes after the estimate: another structure
        "Analysts had forecast earnings of $2.31 a share. Brightwell earned $2.14 a share in the quarter.",
        # another measure, another unit
        "Brightwell sold 41,000 heaters in the quarter. Analysts had forecast revenue of $2.3 billion.",
        # a than-expected phrase near: comparisons_expected reads which figure it qualifies
        "Veltra posted revenue of $812 million, and its shares fell a bigger-than-expected 9%. Analysts had "
        "expected revenue of $845 million.",
        # no forecaster's words at all
        "Brightwell earned $2.14 a share in the quarter. Its rival Corvan earned $2.31 a share.",
    ],
)
def test_no_estimate_pairing(text: str) -> None:
    assert figure_pairs(find, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Brightwell earned $2.14 a share in the quarter. Analysts had forecast earnings of $2.31 a share.",
        # far off the estimate, and still nothing says which way it should be
        "Brightwell earned $0.14 a share in the quarter. Analysts had forecast earnings of $2.31 a share.",
    ],
)
def test_never_judged(text: str) -> None:
    assert verdicts(text, "comparison") == {QUIET}
