"""A change said after a level and its start: "X, compared with Y the year before – a P% drop".

The start's own time may be said bare ("the year before", "a year earlier", "the previous season") and a dash may
bring in the change; the change is then checked against the two levels. A change that names what it is of ("a 12%
rise in teachers") where the sentence before speaks of something else is not the levels' change."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare time after the start, then the change
        ("Hopton's library lent 6,300 books, compared with 7,000 a year earlier, a 10% fall.", {PASS}),
        ("Hopton's library lent 6,300 books, compared with 7,000 a year earlier, a 19% fall.", {WARN}),
        ("Farm thefts dropped to 210 from 300 the previous year, a fall of 30%.", {PASS}),
        ("Farm thefts dropped to 210 from 300 the previous year, a fall of 40%.", {WARN}),
        # a dash brings in the change
        ("Ferry crossings totalled 1,150, compared with 1,000 in 2021 – a 15% rise.", {PASS}),
        ("Ferry crossings totalled 1,150, compared with 1,000 in 2021 – a 25% rise.", {WARN}),
        # the change names another thing: not the levels' change
        ("Brindle College enrolled 830 pupils, down from 910, with a 6% rise in teachers.", set()),
        ("Brindle College enrolled 830 pupils, compared with 910 last year – a 6% rise in staff eased the load.",
         set()),
    ],
)  # fmt: skip
def test_a_change_after_a_level_and_its_start(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Brindle College enrolled 830 pupils, down from 910, with a 6% rise in teachers.",
        "Brindle College enrolled 830 pupils, compared with 910 last year – a 6% rise in staff eased the load.",
    ],
)
def test_a_change_of_another_thing_gives_no_direction_alarm(text: str) -> None:
    assert not (verdicts(text, "direction") & {WARN, ERROR})
