"""changes_same_base: two moves of one series from one base (a close and an intraday swing, two forecasts
against one named year) must start from the same level.

All sentences are made up (made-up indices, companies and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN


def same_base(text: str) -> set[tuple[str, str]]:
    report = check_text(text)
    ids = {r.id for r in report.relations if r.params.get("rule") == "same_base"}
    return {(f.status.value, f.severity.value) for f in report.findings if f.relation in ids}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the close and an intraday swing, both from the previous close (9,880 + 120 = 9,790 + 210)
        (
            "The Varna 40 index fell 120 points to close at 9,880 on Tuesday. "
            "During intraday trade, it dropped 210 points to 9,790.",
            {PASS},
        ),
        (
            "The Varna 40 index fell 120 points to close at 9,880 on Tuesday. "
            "During intraday trade, it dropped 310 points to 9,790.",
            {WARN},
        ),
        # the intraday move first, the close after it, in one sentence
        (
            "The Corvo index at one point slid 85.5 points to 4,410.2 before ending 40.1 points lower at 4,455.6.",
            {PASS},
        ),
        (
            "The Corvo index at one point slid 85.5 points to 4,410.2 before ending 20.1 points lower at 4,455.6.",
            {WARN},
        ),
        # an opening move and the close, in percent (10,000 before: +1% is 10,100, -2% is 9,800)
        ("The Lisca index opened 1% higher at 10,100, but it closed down 2% at 9,800.", {PASS}),
        ("The Lisca index opened 1% higher at 10,100, but it closed down 5% at 9,800.", {WARN}),
        # two forecasts against one named base year (31.9 million b/d in 2021)
        (
            "Tarn Petroleum expects its output to average 29.6 million b/d in 2024, down by 2.3 million b/d from 2021. "
            "Tarn Petroleum expects its output to average 29.8 million b/d in 2023, down by 2.1 million b/d from 2021.",
            {PASS},
        ),
        (
            "Tarn Petroleum expects its output to average 29.6 million b/d in 2024, down by 3.3 million b/d from 2021. "
            "Tarn Petroleum expects its output to average 29.8 million b/d in 2023, down by 2.1 million b/d from 2021.",
            {WARN},
        ),
        (
            "Brisco Mining expects to ship 12.4 million tonnes in 2026, up 1.4 million tonnes from 2024, "
            "and 11.9 million tonnes in 2025, up 0.9 million tonnes from 2024.",
            {PASS},
        ),
    ],
)
def test_two_moves_from_one_base(text: str, expected: set) -> None:
    assert same_base(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # different named bases: the 2024 move is from 2021, the 2023 move from 2022
        "Tarn Petroleum expects its output to average 29.6 million b/d in 2024, down by 2.3 million b/d from 2021. "
        "Tarn Petroleum expects its output to average 29.8 million b/d in 2023, down by 0.9 million b/d from 2022.",
        # relative bases: each year against its own year before
        "Brisco Mining shipped 12.4 million tonnes in 2025, up 1.4 million tonnes from a year earlier, "
        "and 11.9 million tonnes in 2024, up 0.9 million tonnes from a year earlier.",
        # two series against one base year in one period: oil and gas, not two moves of one figure
        "Tarn will pump 29.6 million b/d in 2024, down 2.3 million b/d from 2021, and Selk will pump "
        "4.1 million b/d in 2024, down 0.2 million b/d from 2021.",
        # two indices: the close of one, the intraday swing of another
        "The Varna 40 index fell 120 points to close at 9,880. "
        "Meanwhile the Osk index dropped as much as 210 points to 6,790 during the session.",
        # a week's move starts from last week's close, not yesterday's
        "The Varna 40 index fell 120 points to close at 9,880 on Friday. It has dropped 410 points to 9,880 this week.",
        # two closes: two sessions, two bases
        "The Varna 40 index fell 120 points to close at 9,880 on Tuesday. "
        "On Wednesday it rose 60 points to close at 9,940.",
        # no session words: which base the second move is from is not said
        "The Varna 40 index fell 120 points to close at 9,880. It dropped 210 points to 9,790 in March.",
    ],
)
def test_moves_from_other_bases_do_not_pair(text: str) -> None:
    assert same_base(text) == set()


def test_a_move_without_a_direction_is_left_alone() -> None:
    text = "The Varna 40 index moved 120 points to close at 9,880. At one point it swung 210 points to 9,790."
    assert same_base(text) <= {QUIET}
