"""An order stated between items whose figures stand in brackets under a label of their own ("The Quiet Hours came
second (mean ticket: $88), followed by Delta Row (mean ticket: $121)") may rank them by a
measure the text does not give: neither the stated order nor a stated place ("came first") is checked against
those figures. Figures given plainly with each item are still checked."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # labelled asides: left indeterminate
        ("Lena Moss had the spring's top-grossing tour. The Quiet Hours came second (mean ticket: $88), followed by "
         "Delta Row (mean ticket: $121).", {PASS, QUIET}),
        ("Among the best-attended clubs, Harbour City came first (capacity: 31,000), followed by Millbrook "
         "(capacity: 38,500).", {QUIET}),
        # the figures given plainly: checked
        ("The Quiet Hours came second with $88 million, followed by Delta Row with $121 million.",
         {PASS, WARN}),
        ("Halvard led the market with 31%, followed by Orrin at 24%.", {PASS}),
        ("Halvard led the market with 21%, followed by Orrin at 24%.", {WARN}),
    ],
)  # fmt: skip
def test_labelled_asides_do_not_rank(text: str, expected: set) -> None:
    assert verdicts(text, "rank_order") == expected
