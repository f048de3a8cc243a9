"""A place word used without an object: "with Quill close behind holding 9.8%", "Quill just behind at 9.8%". The
figure after it is the second subject's own, not a mark the first figure is set against, so no comparison may be
read; the same word with its object named ("behind Quill at 9.8%", "behind the 9.8% held by Quill") still compares,
and a contradiction there still warns."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second subject brought in by "with" or standing alone before the word: its own figure, not compared
        ("Rook's share of the parcel market reached 14.2% with Quill close behind holding 13.9%.", set()),
        ("Rook's share of the parcel market reached 14.2%, with Quill just behind on 15.6%.", set()),
        ("Rook's share of the parcel market reached 14.2%, Quill close behind at 13.9%.", set()),
        ("Brenmoor had 3,400 members in June, Halloway not far behind with 3,150.", set()),
        ("Orsa took 31% of the vote, with Delane a distant second at 22%.", set()),
        # the word's object named: compared, and a contradiction warns
        ("Rook's share of the parcel market reached 14.2%, behind Quill at 15.1%.", {PASS}),
        ("Rook's share of the parcel market reached 14.2%, behind Quill at 13.1%.", {WARN}),
        ("Rook's share of the parcel market rose to 14.2%, behind the 15.6% held by Quill.", {PASS}),
        ("Rook's share of the parcel market rose to 14.2%, below the 13.6% held by Quill.", {WARN}),
    ],
)
def test_a_place_word_without_object_compares_nothing(text: str, expected: set) -> None:
    assert verdicts(text, "comparison") == expected
