"""A participle of direction after a comma governs the figures that follow it, even when its object is a bare noun
("prices weakened, lifting benchmark yields to 4.38% from 4.31%"): the first verb moves its own subject. Every
sentence is made up."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import ERROR, PASS, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle's own direction word, nearer to the figures, governs them
        ("Gilt prices weakened on Thursday, lifting benchmark yields to 4.38% from 4.31%.", {PASS}),
        ("Gilt prices weakened on Thursday, lifting benchmark yields to 4.28% from 4.31%.", {ERROR}),
        ("Copper output recovered at the Orvel mine, cutting import needs to 210,000 tonnes from 245,000 tonnes.",
         {PASS}),
        ("Copper output recovered at the Orvel mine, cutting import needs to 265,000 tonnes from 245,000 tonnes.",
         {ERROR}),
        # the move told by its own verb, with no participle between
        ("Benchmark yields advanced to 4.38% from 4.31% even as gilt prices weakened.", {PASS}),
        ("Benchmark yields advanced to 4.28% from 4.31% even as gilt prices weakened.", {ERROR}),
        # a participle that moves its bare object in no stated direction leaves the move without one
        ("Gilt prices weakened on Thursday, sending benchmark yields to 4.38% from 4.31%.", set()),
    ],
)  # fmt: skip
def test_a_participle_with_a_bare_object_governs_its_move(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected
