"""comparison: a record of one segment, or a record of an earlier time, against other figures.

"Its cloud revenue rose to a record $2 billion" need not top "revenue of $5 billion": the record names a part
("cloud revenue") the other figure does not, which may be the whole company's. "Traffic had climbed to a new
record of 36 million by 2019" is a record as of then, and so is one dated to a year before the other figure's: a
later figure may top it. These pairings are left indeterminate and say why; a record against an earlier figure,
or a plain record against a larger figure of the same measure, still alarms.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_SEGMENT = (
    "Corvane reported quarterly revenue of $7.4 billion. Its storage revenue jumped 80% to a record $3.1 billion. "
)
_EARLIER = (
    "Halden Airport handled 41 million passengers in 2024. "
    "By 2019 traffic had already reached a record 36 million passengers."
)

_STANDING = (
    "In Norland, vehicle sales fell to 6.1 million in 2024 from 6.4 million in 2023. "
    "The record high in vehicle sales in 2019 was {} million."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a segment's record against the whole company's revenue: no record to top
        (_SEGMENT, QUIET),
        (
            "Brightmoor posted sales of $912 million in the period. "
            "Helped by demand for its drones, consumer sales climbed to a record $404 million.",
            QUIET,
        ),
        # no segment named: a plain record still must top the other figure
        ("Corvane's revenue rose to a record $3.1 billion. In 2019 Corvane's revenue was $3.6 billion.", WARN),
        ("Sales at Brightmoor hit a record $404 million. In 2021 Brightmoor's sales were $512 million.", WARN),
    ],
)
def test_a_segment_record_against_the_whole(text: str, expected: tuple[str, str]) -> None:
    assert verdicts(text, "comparison") == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a record told in the past perfect, as a mark of an earlier time
        (_EARLIER, QUIET),
        # a record dated before the other figure
        (
            "Halden Airport handled 41 million passengers in 2024. "
            "In 2019 traffic climbed to a new record of 36 million passengers.",
            QUIET,
        ),
        ("Corvane's revenue was $3.6 billion in 2025. Its revenue rose to a record $3.1 billion in 2024.", QUIET),
        # the record dated after the other figure, or told in the simple past with nothing dated: checked
        (
            "In 2019 Halden Airport handled 41 million passengers. "
            "In 2024 traffic climbed to a new record of 36 million passengers.",
            WARN,
        ),
        ("Corvane's revenue rose to a record $3.1 billion in 2024. In 2019 Corvane's revenue was $3.6 billion.", WARN),
        # "the record high ... was": the record still standing, which later years must not top
        (_STANDING.format("5.8"), WARN),
        (_STANDING.format("6.6"), PASS),
    ],
)
def test_a_record_of_an_earlier_time(text: str, expected: tuple[str, str]) -> None:
    assert verdicts(text, "comparison") == {expected}


def test_the_doubts_say_why() -> None:
    messages = [f.message for f in check_text(_SEGMENT).findings if f.check == "comparison"]
    assert any("narrowed by “storage”" in m for m in messages)
    messages = [f.message for f in check_text(_EARLIER).findings if f.check == "comparison"]
    assert any("before the article's time" in m for m in messages)
