"""A price band printed with its currency once and a tight hyphen ("$410-460 a tonne", "$3-4 billion") is one range;
a spaced dash, a second end with a unit of its own, and a lone price stay as they were."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_quantities
from factcheck.runner import check_text

# (made-up sentence, [(surface, ends or None for a single figure, unit)])
BANDS = [
    ("Ore from the Tarn pit fetched $410-460 a tonne.", [("$410-460 a tonne", (410, 460), "USD / tonne")]),
    ("Brokers quote the grade at US$92.5-97 per tonne.", [("US$92.5-97 per tonne", (92.5, 97), "USD / tonne")]),
    ("Repairs will cost the utility $3-4 billion.", [("$3-4 billion", (3e9, 4e9), "USD")]),
    (
        "Contract rates settled at €55–60 per megawatt-hour.",
        [("€55–60 per megawatt-hour", (55, 60), "EUR / megawatt-hour")],
    ),
    # look-alikes: a spaced dash joins two figures; a second end with its own unit is a figure of its own
    ("Cash rose to $410 - 460 staff were hired.", [("$410", None, "USD"), ("460 staff", None, "staff")]),
    ("The barge cost $410-460 tonnes of ballast.", [("$410", None, "USD"), ("460 tonnes", None, "metric_ton")]),
    ("Ore fetched $410 a tonne.", [("$410 a tonne", None, "USD / tonne")]),
]


@pytest.mark.parametrize(("text", "expected"), BANDS)
def test_a_band_printed_with_one_currency_is_one_range(text: str, expected: list) -> None:
    got = [(q.text, q.ends, q.unit) for q in extract_quantities(text)]
    assert [(t, pytest.approx(e) if e else e, u) for t, e, u in expected] == got


def _loud(text: str) -> list[str]:
    return [f.check for f in check_text(text).findings if f.severity.value != "info"]


@pytest.mark.parametrize(
    ("text", "alarms"),
    [
        # the bands' midpoints fell 5%; their low ends only 4%: read as two bands, the move holds
        ("Spot ore slid 5% to $570-650 a tonne in June from $600-680 a tonne in May.", []),
        # a move no reading of the bands allows still alarms
        ("Spot ore slid 35% to $570-650 a tonne in June from $600-680 a tonne in May.", ["percent_change"]),
    ],
)
def test_a_move_between_two_bands(text: str, alarms: list[str]) -> None:
    assert _loud(text) == alarms
