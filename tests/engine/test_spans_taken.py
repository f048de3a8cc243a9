"""``Taken`` answers "does this span overlap one already taken?" exactly as the scan of every taken span did.

The whole-article readings (multiple words, record words) ask it once per match; it bisects where the taken
spans are disjoint and falls back to the scan where a span was added over another.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.spans import Taken

_SPAN = st.tuples(st.integers(0, 60), st.integers(0, 9)).map(lambda p: (p[0], p[0] + p[1]))


def _scan(spans: list[tuple[int, int]], span: tuple[int, int]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_SPAN, st.booleans()), max_size=30))
def test_overlap_answers_as_the_scan_of_every_taken_span(steps: list[tuple[tuple[int, int], bool]]) -> None:
    taken, spans = Taken(), []
    for span, force in steps:
        assert taken.overlaps(span) == _scan(spans, span)
        if force or not _scan(spans, span):  # ``force``: a span added over another, which the readings never do
            taken.add(span)
            spans.append(span)


def test_disjoint_spans_in_any_order() -> None:
    taken = Taken()
    for span in [(40, 45), (10, 12), (20, 30), (0, 3)]:
        taken.add(span)
    assert taken.overlaps((29, 31))
    assert taken.overlaps((11, 11 + 1))
    assert not taken.overlaps((12, 20))
    assert not taken.overlaps((30, 40))
    assert not taken.overlaps((3, 10))
    assert taken.overlaps((2, 41))


def test_an_empty_span_overlaps_only_what_strictly_holds_it() -> None:
    taken = Taken()
    taken.add((10, 20))
    assert taken.overlaps((15, 15))
    assert not taken.overlaps((10, 10))
    assert not taken.overlaps((20, 20))
