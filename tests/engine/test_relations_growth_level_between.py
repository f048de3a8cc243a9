"""growth_prior: a change told after a pair, with another level of the measure between them.

"48,200 vans in May against 46,900 in April, for a total of 301,400 vans this year, a fall of 12.5% on the same
months of 2024": the fall may be the year-to-date total's, which stands nearer, not the month pair's; the pairing
is left indeterminate and names the level between. A change right after its pair is still checked.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
QUIET = ("indeterminate", "info")
ERROR = ("fail", "error")
_PAIR = "Dealers in Ostrava sold 48,200 vans in May against 46,900 in April"


def verdicts(text: str) -> set[tuple[str, str]]:
    checks = ("growth_prior", "percent_change", "direction")
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check in checks}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_PAIR + ", a rise of 2.8%.", {PASS}),
        (_PAIR + ", a fall of 12.5%.", {ERROR}),
        # another level of the measure stands between the pair and the change
        (_PAIR + ", for a total of 301,400 vans this year, a fall of 12.5%.", {QUIET}),
        # the change names a base of its own, dated apart from the pair's start: not the pair's change at all
        (
            _PAIR + ", for a total of 301,400 vans this year, a fall of 12.5% on the same months of 2024, when "
            "344,500 vans were sold.",
            set(),
        ),
    ],
)
def test_a_level_between_the_pair_and_the_change(text: str, expected: set) -> None:
    assert verdicts(text) == expected
