"""A multiple word and a growth rate in two joined clauses, each opening on a stretch of its own ("grew fourfold this
summer and during the previous winter the count climbed 36.5%"), are two moves, not one. Every sentence
is made up."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the joined clause opens on its own stretch: the rate is not the word's
        ("Bookings at the resort grew more than fourfold this summer and during the previous winter the count "
         "climbed 36.5%.", {QUIET}),
        ("Over the summer, bookings at the resort grew more than fourfold and in 2021 the total climbed 36.5%.",
         {QUIET}),
        # the rate restating the word in its own clause still pairs
        ("Over the summer, bookings at the resort grew more than fourfold, rising 338%.", {PASS}),
        ("Over the summer, bookings at the resort grew more than fourfold, rising 138%.", {WARN}),
    ],
)  # fmt: skip
def test_a_joined_clause_with_its_own_stretch(text: str, expected: set) -> None:
    assert verdicts(text, "multiple") == expected
