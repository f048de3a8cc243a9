"""A time window counted to "now" shows which date was taken as now. Every text here is made up."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


@pytest.mark.parametrize(
    ("text", "now"),
    [
        # the date the page prints at its top
        (
            "Mar 3, 2023 09:10AM ET\nCopper hit its highest level in more than five years on Friday. The metal "
            "touched $5.12 a pound, the highest since June 2017.",
            "Mar 3, 2023",
        ),
        # the one year the first sentence reports
        (
            "Bicycle sales fell 2 percent in 2021. Sales topped 9 million for a fourth consecutive year. Before 2018, "
            "sales had never passed 9 million.",
            "2021",
        ),
    ],
)
def test_the_date_taken_as_now_is_part_of_the_relation(text: str, now: str) -> None:
    report = check_text(text)
    windows = [r for r in report.relations if r.kind.value == "time_window"]
    assert windows
    for relation in windows:
        assert now in {text[s:e] for s, e in relation.spans}
