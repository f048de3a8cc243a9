""" "A 6.2% improvement in the cost ratio to 88.0% (2022: 94.2%)": "improvement" says the measure got better, and a
ratio of costs or claims gets better as it falls, so the word gives the change no sign to hold against its ends:
the direction and the percentage change are indeterminate. A verb of up or down still signs the move."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str, check: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


UNSURE = {("indeterminate", "info")}
PASS = {("pass", "info")}
FAIL = {("fail", "error")}
_RATIO = (
    "Helped by firmer rates, Pellow's underwriting delivered a 6.2% improvement in the combined ratio to 88.0% "
    "(2022: 94.2%), its best in a decade."
)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        (_RATIO, "direction", UNSURE),
        (_RATIO, "percent_change", UNSURE),
        ("The bureau reported a 3.5% improvement in its cost-income ratio to 51.5% (2023: 55.0%).", "direction",
         UNSURE),
        # a verb of up or down signs the move: a rise that is a fall is still a slip
        ("The insurer's combined ratio rose 6.2% to 88.0% (2022: 94.2%).", "direction", FAIL),
        ("The group's cost ratio fell 6.2% to 88.0% (2022: 94.2%).", "direction", PASS),
        # money that improves by a stated percentage still checks when it fits
        ("The bank posted a 12% improvement in profit to $56 million from $50 million.", "percent_change", PASS),
    ],
)  # fmt: skip
def test_improvement_word(text, check, expected):
    assert outcome(text, check) == expected
