"""run_checks' workers take articles as they free up, so no process holds every article at once."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claims.workers import id_batches, map_outcomes


class Counted:
    """Items 1..n that count how many have been taken."""

    def __init__(self, n: int) -> None:
        self.n, self.taken = n, 0

    def __iter__(self) -> Iterator[int]:
        for item in range(1, self.n + 1):
            self.taken += 1
            yield item


@pytest.mark.parametrize(("workers", "ahead", "most"), [(0, 4, 1), (1, 2, 3), (2, 1, 3), (2, 3, 7)])
def test_items_are_taken_only_as_results_are_given(workers, ahead, most):
    items = Counted(40)
    outcomes = map_outcomes(abs, items, workers, ahead=ahead)
    held = []
    for given, (item, result) in enumerate(outcomes):
        assert result == item
        held.append(items.taken - given)  # taken but not yet given back, this one included
    # At most `workers * ahead` waiting or running, plus the one just given back.
    assert max(held) <= most
    assert len(held) == 40 and items.taken == 40


def test_an_item_that_fails_is_given_back_with_its_error_and_the_rest_go_on():
    outcomes = list(map_outcomes(int, ["1", "two", "3"], 0))
    assert [item for item, _ in outcomes] == ["1", "two", "3"]
    assert outcomes[0][1] == 1 and isinstance(outcomes[1][1], ValueError) and outcomes[2][1] == 3


@pytest.mark.parametrize(
    ("total", "workers", "most", "sizes"),
    [
        (0, 2, 20, []),
        (1, 4, 20, [1]),
        (7, 2, 20, [2, 2, 1, 1, 1]),
        (100, 1, 20, [20, 20, 20, 20, 10, 5, 3, 1, 1]),
        # Full batches while there are plenty; smaller ones once about two rounds of them are left.
        (200, 2, 20, [20] * 6 + [20, 15, 12, 9, 6, 5, 4, 3, 2, 1, 1, 1, 1]),
    ],
)
def test_batches_are_full_until_the_end_and_then_shrink(total, workers, most, sizes):
    batches = list(id_batches(list(range(total)), workers, most))
    assert [len(batch) for batch in batches] == sizes
    assert [item for batch in batches for item in batch] == list(range(total))  # each once, in order
