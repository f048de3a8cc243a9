"""A level, then its move "on" an earlier period's figure: "14,200 units, up on last year's 13,100"."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS

BROKEN = ("fail", "error")


def _verdicts(text: str) -> list[tuple[str, str]]:
    report = check_text(text)
    ours = {r.id for r in report.relations if "the earlier figure" in r.reason}
    return sorted(
        (f.status.value, f.severity.value) for f in report.findings if f.check == "direction" and f.relation in ours
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sales at Brundle reached 14,200 units in May, up on last year's 13,100.", [PASS]),
        ("Sales at Brundle reached 14,200 units in May, a rise on the previous year's total of 13,100.", [PASS]),
        ("Sales at Brundle reached 14,200 units in May, down on 2020's 15,100.", [PASS]),
        ("In 2021, private buyers took 41.3% of all new vans sold, a slight dip on 2020's figure of 42.8%.", [PASS]),
        ("Fenwick's pre-tax profit was £3.4m, sharply up on the previous year's £2.9m.", [PASS]),
        # the words and the figures disagree
        ("Sales at Brundle reached 14,200 units in May, down on last year's 13,100.", [BROKEN]),
        ("In 2021, private buyers took 43.3% of all new vans sold, a slight dip on 2020's figure of 42.8%.", [BROKEN]),
    ],
)
def test_a_move_on_an_earlier_periods_figure(text: str, expected: list) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # another place, not an earlier period
        "Sales at Brundle reached 14,200 units in May, up on Leeds's 13,100.",
        # another subject steps in between
        "Revenue at Calder was £40m, with profit up on last year's £2m.",
        # the end has a start of its own
        "Sales fell to 14,200 units from 14,900, down on last year's 15,100.",
        # a forecast against an outturn
        "Analysts expect sales of 14,200 units, up on last year's 13,100.",
        # the units differ
        "Sales at Brundle rose 4% in May, up on last year's 13,100 units.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _verdicts(text) == []
