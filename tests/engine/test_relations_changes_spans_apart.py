"""percent_change, growth_prior: a short move and its end, then a start after "up from" dated on its own.

"Shares of Velmo rose 3% to $41.20 on Monday, up from $22.50 a year ago": the 3% is Monday's move; the year-ago
figure starts another, longer comparison. The pairing is left indeterminate. A start of the same short span, or a
move that names no short span of its own, is still checked.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def percent_change(text: str) -> set[tuple[str, str]]:
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check in ("percent_change", "growth_prior")
    }


QUIET = {("indeterminate", "info")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Velmo rose 3% to $41.20 on Monday, up from $22.50 a year ago.", QUIET),
        ("Wheat futures slid 2.4% to $5.61 a bushel on Thursday, down from $7.90 at the start of the year.", QUIET),
        ("Ostrel's benchmark index gained 1.1% to 4,380 points in early trade, up from 3,120 points in March.", QUIET),
        # the start is the same short span's
        ("Shares of Velmo rose 3% to $41.20 on Monday, up from $40.00 on Friday.", {("pass", "info")}),
        ("Shares of Velmo rose 3% to $41.20 on Monday, up from $36.00 on Friday.", {("fail", "warning")}),
        # the move names no short span: the start is its own
        ("Revenue at Dorn Mills rose 12% to $5.6 million, up from $4.1 million a year earlier.", {("fail", "warning")}),
        ("Revenue at Dorn Mills rose 12% to $5.6 million, up from $5 million a year earlier.", {("pass", "info")}),
    ],
)
def test_a_dated_start_after_a_short_move(text: str, expected: set) -> None:
    assert percent_change(text) == expected
