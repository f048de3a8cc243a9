"""Trade copy names its currency once, then prints bare scaled flows and their gap: exports less imports is the
surplus all the same."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts

_TEXT = (
    "In US dollar terms, Vardenia's exports came to {exports} over the first four months, while imports were "
    "512.40 billion. The trade surplus was {gap} billion."
)


@pytest.mark.parametrize(
    ("exports", "gap", "expected"),
    [
        ("706.10 billion", "193.70", {PASS}),
        ("706.10 billion", "141.68", {WARN}),
        # look-alike: the exports in tonnes are no amount of money, so no gap is read between the flows
        ("706.10 million tonnes", "141.68", set()),
    ],
)
def test_bare_trade_flows_and_their_surplus(exports: str, gap: str, expected: set) -> None:
    assert verdicts(_TEXT.format(exports=exports, gap=gap), "part_whole", "surplus") == expected
