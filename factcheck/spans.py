"""Character spans: half-open ``(start, end)`` offsets into the text as given (code points)."""

from __future__ import annotations

import bisect
from typing import Annotated

from pydantic import AfterValidator


def _ordered(span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    if start < 0 or end < start:
        raise ValueError(f"bad span {span!r}: need 0 <= start <= end")
    return span


Span = Annotated[tuple[int, int], AfterValidator(_ordered)]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and a[1] > b[0]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``, as linters print them."""
    line = text.count("\n", 0, offset) + 1
    last_newline = text.rfind("\n", 0, offset)
    return line, offset - last_newline


class Taken:
    """Spans already claimed by an earlier reading, asked "does this span overlap one of them?".

    Readings of the whole article (multiple words, record words) add spans that overlap none before them, so
    ordered by start their ends ascend too, and the one span to compare is the last starting before the new
    span's end: a bisection instead of a scan of every span taken (quadratic in a long article). Where the ends
    stop ascending (a span added over another), the answer falls back to the scan, so it is the scan's always.
    """

    __slots__ = ("_ascending", "_ends", "_spans", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._spans: list[tuple[int, int]] = []
        self._ascending = True

    def overlaps(self, span: tuple[int, int]) -> bool:
        start, end = span
        if not self._ascending:
            return any(s < end and start < e for s, e in self._spans)
        i = bisect.bisect_left(self._starts, end)  # the spans starting before ``end``: the first i
        return i > 0 and start < self._ends[i - 1]

    def add(self, span: tuple[int, int]) -> None:
        start, end = span
        i = bisect.bisect_right(self._starts, start)
        if (i > 0 and self._ends[i - 1] > end) or (i < len(self._ends) and self._ends[i] < end):
            self._ascending = False
        self._starts.insert(i, start)
        self._ends.insert(i, end)
        self._spans.append((start, end))
