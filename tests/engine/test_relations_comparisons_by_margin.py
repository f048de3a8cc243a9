"""A comparative whose mark is followed by "by": "topping the norm by 1.4°C", "ahead of Dunmore by 20 points". The
figure after "by" is the margin between the two, not the mark, so the comparative must not set the first figure
against it; the same words with "of" before the mark still compare, and a contradiction still warns."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the margin after "by", smaller or larger than the figure: nothing to compare
        ("The March average at Holloway Farm was 0.4°C, the mildest on record, beating the mean by 1.3°C.", set()),
        ("The March average at Holloway Farm was 7.9°C, beating the long-term mean by 1.3°C.", set()),
        ("Kestrel Athletic had 12 points, ahead of Dunmore by 20 points.", set()),
        ("Ticket sales at the Orpen Hall reached 4,100, above last season's average by 900.", set()),
        ("Bridgeford shipped 40,000 units, higher than a year earlier by 3,000.", set()),
        # the mark itself after "of": compared, and a contradiction warns
        ("The May mean at Holloway Farm was 12.6°C, beating the long-run norm of 12.0°C.", {PASS}),
        ("The May mean at Holloway Farm was 11.2°C, beating the long-run norm of 12.0°C.", {WARN}),
        ("Ticket sales at the Orpen Hall reached 4,100, above last season's average of 4,900.", {WARN}),
        ("Ticket sales at the Orpen Hall reached 5,300, above last season's average of 4,900.", {PASS}),
    ],
)
def test_a_margin_after_by_is_not_the_mark(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
