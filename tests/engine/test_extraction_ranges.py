"""Ranges as quantities: both ends, a scale and a unit written once and shared."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_quantities

# (made-up sentence, [(surface, ends or None for a single figure, unit)])
RANGES = [
    # A scale written once belongs to both ends ...
    ("Bids came in at US $40 to $45 billion.", [("US $40 to $45 billion", (40e9, 45e9), "USD")]),
    ("Analysts see 3 to 4 million units.", [("3 to 4 million units", (3e6, 4e6), "units")]),
    # ... but a figure printed in full has none to borrow.
    ("Homes there sell for $250,000 to $3 million.", [("$250,000 to $3 million", (250e3, 3e6), "USD")]),
    ("Prices run between $80,000 and $1.2 million.", [("$80,000 and $1.2 million", (80e3, 1.2e6), "USD")]),
    # A year-like end beside an end that cannot be a year is a figure too.
    (
        "Most adults need 2000 - 2600 calories a day.",
        [("2000 - 2600 calories a day", (2000, 2600), "kilocalorie / day")],
    ),
    ("The firm plans from 1000 to 2000 hires.", [("1000 to 2000 hires", (1000, 2000), "hires")]),
    ("Between 2000 and 4000 people marched.", [("2000 and 4000 people", (2000, 4000), "people")]),
    ("The hum sits between 11kHz and 13kHz.", [("11kHz and 13kHz", (11, 13), "kilohertz")]),
    # Each end of a move may be a range of its own.
    (
        "Margins shrank from 6 to 8 per cent to 3 to 4 per cent.",
        [("6 to 8 per cent", (6, 8), "percent"), ("3 to 4 per cent", (3, 4), "percent")],
    ),
    (
        "Yields may climb to 5 to 6 per cent from 2 to 3 per cent.",
        [("5 to 6 per cent", (5, 6), "percent"), ("2 to 3 per cent", (2, 3), "percent")],
    ),
    # A move between two plain figures stays two figures, and years stay years.
    ("Prices rose from 5 to 7 per cent.", [("5", None, "percent"), ("7 per cent", None, "percent")]),
    ("Output grew from 2000 to 2010.", []),
]


@pytest.mark.parametrize(("text", "expected"), RANGES)
def test_ranges_share_their_scale_and_unit(text: str, expected: list) -> None:
    got = [(q.text, q.ends, q.unit) for q in extract_quantities(text)]
    assert [(t, pytest.approx(e) if e else e, u) for t, e, u in expected] == got


def test_a_range_is_one_quantity_whose_value_is_the_midpoint_and_bounds_cover_both_ends() -> None:
    (quantity,) = extract_quantities("Sales will be $12 to $15 billion.")
    assert quantity.is_range and quantity.ends == (12e9, 15e9)
    assert quantity.value == pytest.approx(13.5e9)
    assert quantity.lower <= 12e9 and quantity.upper >= 15e9


# (made-up sentence, printed ends, shared scale)
END_SPANS = [
    ("Bids came in at US $40 to $45 billion.", ["US $40", "$45 billion"], 1e9),
    ("Prices run between $80,000 and $1.2 million.", ["$80,000", "$1.2 million"], None),
    ("Inflation may settle at 3 to 4 per cent.", ["3", "4 per cent"], None),
    ("Crowds of 2 to 3 million are expected.", ["2", "3 million"], 1e6),
]


@pytest.mark.parametrize(("text", "ends", "scale"), END_SPANS)
def test_a_written_range_keeps_where_each_end_stands_and_the_scale_it_shares(
    text: str, ends: list[str], scale: float | None
) -> None:
    (quantity,) = [q for q in extract_quantities(text) if q.is_range]
    assert quantity.end_spans is not None
    assert [text[a:b] for a, b in quantity.end_spans] == ends
    assert quantity.shared_scale == scale


def test_a_single_figure_has_no_ends() -> None:
    (quantity,) = extract_quantities("Sales were $4 billion.")
    assert quantity.end_spans is None and quantity.shared_scale is None and quantity.ends is None
