"""A change followed by a participle that moves an object ("capacity rose 2%, lifting the load factor to 84.2%
from 83.6%") ends at the object's level, not its own: the change is not checked against that move. When the
object is the changed figure's running total ("taking the total to"), the move is the change's and is checked."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "percent_change"}


PASS = {("pass", "info")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end is another measure's: nothing pairs the change with it
        ("Traffic at Orrin Air rose 7% while capacity rose 2%, lifting the load factor to 84.2% from 83.6%.",
         set()),
        ("Mallory Bank's bad loans grew 9%, pushing the ratio of bad loans to 3.8% from 3.1%.", set()),
        ("Hiring at Velt Logistics rose 3%, pushing the headcount to 12,400 from 11,100.", set()),
        # a running total is the change's own figure, checked both ways
        ("Sales at Tamsin Foods rose 12.5%, bringing the annual total to $4.5 billion from $4.0 billion.", PASS),
        ("Sales at Tamsin Foods rose 22%, taking the total to $4.5 billion from $4.0 billion.",
         {("fail", "warning")}),
        # and a plain move with no object keeps its pairing
        ("Sales at Tamsin Foods rose 22% to $4.5 billion from $4.0 billion.", {("fail", "warning")}),
    ],
)  # fmt: skip
def test_change_moving_an_object(text, expected):
    assert outcome(text) == expected
