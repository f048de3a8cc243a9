"""The highest of a set against the set's average: the top figure is at least the average; an average of another
set, a superlative over time or of one player's history does not pair or stays uncertain."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN


def _verdicts(text: str) -> set[tuple[str, str]]:
    report = check_text(text)
    ours = {r.id for r in report.relations if "the set's average" in r.reason}
    return {(f.status.value, f.severity.value) for f in report.findings if f.relation in ours}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dunmore had the highest rate, 212 per 10,000, against an average of 95 per 10,000.", {PASS}),
        ("Dunmore had the highest rate, 82 per 10,000, against an average of 95 per 10,000.", {WARN}),
        ("The biggest bill came to $1,840, compared with an average of $1,120.", {PASS}),
        ("The biggest bill came to $840, compared with an average of $1,120.", {WARN}),
        # the average in the next sentence: found, but the set it is of is not stated
        (
            "The highest rate was in Dunmore, at 212 cases per 10,000 people. This compared with a national average "
            "of 95 cases per 10,000 people.",
            {PASS},
        ),
        (
            "The highest rate was in Dunmore, at 62 cases per 10,000 people. This compared with a national average "
            "of 95 cases per 10,000 people.",
            {QUIET},
        ),
        # the superlative names a set of its own, the average may be of a wider one
        (
            "The highest rate among northern towns was 40 per 10,000, against a national average of 55 per 10,000.",
            {QUIET},
        ),
        # the average names a set of its own
        ("The highest fee was $410, compared with an average of $520 for all lawyers in the city.", {QUIET}),
    ],
)
def test_the_highest_against_the_average(text: str, expected: set) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a superlative over time, one player's own high, an ordinal
        "Prices hit the highest level since 2009 at $412, against an average of $480.",
        "Kelbrook posted its highest margin, 12%, against an average of 15%.",
        "Tarrow had the second-highest rate, 41 per 10,000, against an average of 55 per 10,000.",
        # an average of another measure
        "The highest fare was $120, compared with an average hotel cost of $150.",
        # another unit
        "The highest rate was 4.1%, against an average of 12 cases.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _verdicts(text) == set()
