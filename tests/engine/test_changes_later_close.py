"""A move whose sentence gives an open or intraday level and then a close ("jumped 40% in its debut, opening
at $20.50 ... and closing at $22.40") may be reckoned on either: read to the earlier level, a miss is
indeterminate. A change tied to its end by a plain "to", a sentence with no later close, a later figure of another
series and a "previous close" (the start, not a later level) keep the pairing certain.

All sentences are made up (made-up companies, indexes and figures).
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # the percentage is the close's; the clause reads it to the open
        (
            "Shares of Quillon Health jumped 40% in their Nasdaq debut on Thursday, opening at $20.50 against an offer "
            "price of $16 and closing at $22.40.",
            "percent_change",
            {QUIET},
        ),
        (
            "Ardent Labs stock rose 21% on its first trading day, hitting $29 at the open versus its $25 IPO price, "
            "and finished the session at $30.25.",
            "growth_prior",
            {QUIET},
        ),
        (
            "The Sarn index gained 1.4%, touching 5,702 at midday from Friday's 5,611, before ending the day at 5,690.",
            "growth_prior",
            {QUIET},
        ),
        # no later close: the open is the only end the sentence gives, and it is far off
        (
            "Shares of Quillon Health jumped 58% in their Nasdaq debut on Thursday, opening at $20.50 against an offer "
            "price of $16.",
            "percent_change",
            {WARN},
        ),
        (
            "Ardent Labs stock rose 21% on its first trading day, hitting $29 at the open versus its $25 IPO price.",
            "growth_prior",
            {WARN},
        ),
        # "to" names the end: a later settlement does not excuse the percentage
        (
            "Brent climbed 3% to $84.10 from $80.00 in early trade before settling at $83.20.",
            "percent_change",
            {WARN},
        ),
        # the later figure is another series (a count of shares), not a close of the price
        (
            "Quillon jumped 40% in its debut, opening at $20.50 against an offer price of $16 and closing with "
            "14 million shares traded.",
            "percent_change",
            {WARN},
        ),
        # the close is the end and the "previous close" the start: a certain pairing either way
        (
            "The Orrin index, which opened at 2,301.40 points, closed at 2,356.10 points, up 61.20 points or 2.67% on "
            "the previous close of 2,294.90 points.",
            "percent_change",
            {PASS},
        ),
        (
            "The Orrin index, which opened at 2,301.40 points, closed at 2,356.10 points, up 61.20 points or 3.67% on "
            "the previous close of 2,294.90 points.",
            "percent_change",
            {WARN},
        ),
    ],
)
def test_a_move_with_a_later_close(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected
