"""Trade and statistics copy's "a negative growth of 4%" and "minus growth": a fall told with a rise-word. The
move is checked as a fall; "negative" elsewhere in the clause, or the plain word, keep their readings."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str, check: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == check}


PASS = {("pass", "info")}
SAME = (
    "Saffron exports from Korvel Province stood at $812 million in the half, against $870 million in the same half "
    "last year"
)
BASE = "Saffron exports from Korvel Province stood at $812 million in the half, against $870 million a year earlier"


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # the negated rise-word is a fall, with its figure checked as one
        (SAME + ", showing a negative growth of 6.67 per cent.", "direction", PASS),
        (SAME + ", showing a negative growth of 6.67 per cent.", "percent_change", PASS),
        # "a year earlier" is the start's own time: the change is read with both ends in the clause
        (BASE + ", showing a negative growth of 6.67 per cent.", "percent_change", PASS),
        (BASE + ", a minus growth of 6.7%.", "percent_change", PASS),
        # a rise told with it, or a wrong size, is caught
        ("Saffron exports from Korvel Province stood at $928 million in the half, against $870 million in the "
         "same half last year, showing a negative growth of 6.67 per cent.", "direction", {("fail", "error")}),
        (BASE + ", showing a negative growth of 16.7 per cent.", "percent_change", {("fail", "warning")}),
        # the plain word stays a rise, so a fall told with it still alarms
        (BASE + ", showing a growth of 6.67 per cent.", "percent_change", {("fail", "error")}),
        # "negative" that does not qualify the rise-word changes nothing
        ("Despite negative reviews, ticket sales at the Amberley Playhouse grew 5% to 4,200 from 4,000.",
         "percent_change", PASS),
    ],
)  # fmt: skip
def test_negative_growth_is_a_fall(text, check, expected):
    assert outcome(text, check) == expected
