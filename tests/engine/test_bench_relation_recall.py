"""The development set's relation scoring: a labelled relation is recalled when one found relation holds exactly its
members, and counted on the wider line when one found relation covers all its members whatever else it holds."""

from __future__ import annotations

from collections import defaultdict
from types import SimpleNamespace

import pytest

from bench.consistency import score_relations

# Four figures of a made-up passage, by claim id.
SPANS = {"a": (0, 3), "b": (10, 13), "c": (20, 23), "d": (30, 33)}
LABEL = {"kind": "shares_sum", "role_spans": {"s1": [0, 3], "s2": [10, 13]}}


def found(*claims: str, kind: str = "shares", cues: tuple = ()) -> SimpleNamespace:
    return SimpleNamespace(kind=SimpleNamespace(value=kind), claims=lambda: list(claims), spans=list(cues))


@pytest.mark.parametrize(
    ("relations", "recalled", "covered"),
    [
        ([found("a", "b")], 1, 1),  # exactly the labelled members
        ([found("a", "b", "c")], 0, 1),  # every labelled member and one more
        ([found("a", "b", kind="time_window", cues=((40, 45),))], 0, 1),  # its cue words stand for dates
        ([found("a", "c")], 0, 0),  # one labelled member missing
        ([found("a"), found("b")], 0, 0),  # the members in two relations
        ([found("a", "b", "c"), found("a", "b")], 1, 1),
        ([], 0, 0),
    ],
)
def test_recall_lines(relations: list, recalled: int, covered: int) -> None:
    tally: dict = defaultdict(lambda: defaultdict(int))
    score_relations({"relations": [LABEL]}, SimpleNamespace(relations=relations), SPANS, tally)
    assert tally["gold"]["shares_sum"] == 1
    assert tally["recalled"]["shares_sum"] == recalled
    assert tally["covered"]["shares_sum"] == covered
