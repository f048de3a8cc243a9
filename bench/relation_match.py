"""How a relation the engine found is matched against labelled members, by character spans.

Shared by the development set's ``role_spans`` scoring and the real-news labels, so both
benchmarks call a relation found under the same rule.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

Spans = Sequence[tuple[int, int] | list[int]]


def overlaps(a: tuple[int, int] | list[int], b: tuple[int, int] | list[int]) -> bool:
    return a[0] < b[1] and a[1] > b[0]


def member_spans(relation: Any, claim_spans: dict[str, tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans a found relation rests on: its claims' spans.

    A time window's members are dates and spans of years, which are often not claims: its cue
    spans stand for them.
    """
    spans = [claim_spans[c] for c in relation.claims() if c in claim_spans]
    if relation.kind.value == "time_window":
        spans += [(x[0], x[1]) for x in relation.spans]
    return spans


def lies_on(members: Spans, roles: Spans) -> bool:
    """Every member of a found relation lies on one of the labelled roles."""
    return bool(members) and all(any(overlaps(m, r) for r in roles) for m in members)


def covered(members: Spans, roles: Spans) -> int:
    """How many labelled roles some member of the found relation overlaps."""
    return sum(1 for r in roles if any(overlaps(m, r) for m in members))
