"""Character spans: half-open ``(start, end)`` offsets into the text as given (code points)."""

from __future__ import annotations

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
