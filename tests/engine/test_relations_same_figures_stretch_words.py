"""Two tellings in like words, one of which names the stretch its figure covers ("Its quarterly profit hit $310
million") and the other not ("Profit hit $1.2 billion", under a paragraph on the year): results copy gives the
quarter and then the year in one template, so the pairing stays indeterminate. Tellings that both name the same
stretch, or neither, still pair, and a changed figure still warns."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN
from tests.engine.test_relations_same_figures_echoed import _verdicts

_RESULTS = (
    "Tamber, the truck maker, published its accounts on Tuesday.\n\n"
    "{first} hit {a}, up {p} percent from the prior year, as fleet buyers came back.\n\n"
    "Its order book, the report showed, had grown through the spring and summer.\n\n"
    "{second} hit {b}, up {q} percent from the prior year, as fleet buyers came back."
)


@pytest.mark.parametrize(
    ("first", "second", "alarm"),
    [
        # one telling names its stretch, the other does not: may be the quarter and the year
        ("Its quarterly profit", "Profit", False),
        ("Its full-year profit", "Its profit", False),
        ("Profit", "Its second-half profit", False),
        # both name the same stretch, or neither: one figure told twice
        ("Its quarterly profit", "Its quarterly profit", True),
        ("Its profit", "Its profit", True),
    ],
)
def test_a_stretch_named_in_one_telling_only_leaves_the_pairing_uncertain(first: str, second: str, alarm: bool) -> None:
    told = {"first": first, "second": second}
    changed = _verdicts(_RESULTS.format(**told, a="$310 million", b="$1.2 billion", p="22", q="12"))
    assert (WARN in changed) is alarm
    assert changed <= {QUIET, WARN}
    if alarm:
        assert _verdicts(_RESULTS.format(**told, a="$310 million", b="$310 million", p="22", q="22")) == {PASS}
