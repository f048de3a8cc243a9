"""A ceiling or a band on moves against the moves listed after it: "prices rise by up to 8%: bread by 5%, milk by
7%". Every sentence is made up.

Consistent lists pass, a listed move beyond the bound warns, and look-alikes (levels, shares reached, a move the
other way, a list in another clause or sentence, a bound that is no move) must not pair.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, WARN


def verdicts(text: str) -> set[tuple[str, str]]:
    return {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "comparison" and ("up to" in f.message or "as much as" in f.message or "between" in f.message)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ceiling, then percentages
        ("Tolmar will raise prices by up to 8% next month: bread by 5%, milk by 7.5% and cheese by 6%.", {PASS}),
        ("Tolmar will raise prices by up to 8% next month: bread by 5%, milk by 9.5% and cheese by 6%.", {WARN}),
        ("Quorn Rail plans fare rises of as much as 6% – day returns up 4% and season tickets up 5.8%.", {PASS}),
        ("Quorn Rail plans fare rises of as much as 6% – day returns up 4% and season tickets up 7.8%.", {WARN}),
        # a ceiling, then moves in units with the level each left
        (
            "Mining stocks slid by up to 6%, with Garrow down 90p at £15.10, Pellick off 35p at £9.40 and Strand 24p "
            "lower at £6.12.",
            {PASS},
        ),
        (
            "Mining stocks slid by up to 6%, with Garrow down £1.90 at £15.10, Pellick off 35p at £9.40 and Strand 24p "
            "lower at £6.12.",
            {WARN},
        ),
        ("Chip makers posted gains of up to 5%, with Ostra up $2 to $52 and Velt up $1.50 at $41.", {PASS}),
        ("Chip makers posted gains of up to 5%, with Ostra up $4 to $52 and Velt up $1.50 at $41.", {WARN}),
        # a band
        ("Fares will rise by between 3% and 8% in May, with peak tickets up 7% and season tickets up 4.5%.", {PASS}),
        ("Fares will rise by between 3% and 8% in May, with peak tickets up 7% and season tickets up 1.5%.", {WARN}),
        ("Fares will rise by between 3% and 8% in May, with peak tickets up 9.5% and season tickets up 4.5%.", {WARN}),
    ],
)
def test_listed_moves_against_their_bound(text: str, expected: set) -> None:
    assert verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # levels reached, not moves
        "Rents may rise by up to 8% next year, with vacancy rates at 4% and 11%.",
        "Tolmar will raise prices by up to 8%: a loaf will cost $2.40 and a pint of milk $1.10.",
        "Tolmar will cut prices by up to 8%, taking its margin to 12% and its share to 15%.",
        # a move the other way in the list: the list is not only the moves the bound covers
        "Mining stocks slid by up to 6%, with Garrow down 3% and Pellick up 9%.",
        # the list sits in another clause or another sentence
        "Tolmar will raise prices by up to 8%, while rivals raised theirs by 9% and 12%.",
        "Tolmar will raise prices by up to 8% next month. Rivals raised theirs by 9% and 12%.",
        # a bound that is no move: a stake
        "Ferrin may buy up to 8% of the company: its funds hold 9% and 12% of rivals.",
        # a move in units with no word for its way: its start is not known
        "Mining stocks slid by up to 6%, with Garrow £1.90 at £15.10 and Pellick 35p at £9.40.",
        # a single item is no list
        "Mining stocks slid by up to 6%, with Garrow down 9%.",
    ],
)
def test_bound_look_alikes_do_not_pair(text: str) -> None:
    assert verdicts(text) == set()
