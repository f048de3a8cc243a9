"""A roundup of items, each under a heading of its own and told in one template that names no subject: "Palto
lifts dividend 6% / ... With the stock at $77, the payout of $2.40 gives a return of 3.1%. / Brenner Gas lifts
dividend 4% / ... With the stock at $30, the payout of $1.52 gives a return of 5.0%." A heading between the two
tellings that names a subject the text had not named before starts another item: the pairing stays indeterminate.
A retelling with no new subject between (a closing summary, a key-points line) still pairs."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN
from tests.engine.test_relations_same_figures_echoed import _verdicts

_ROUNDUP = (
    "Palto Mills lifts dividend by 6%\n\n"
    "Palto Mills will lift its quarterly payout by 6 percent to 60 cents a share. The next payment is due on "
    "March 3 to holders on the register on February 14. With the stock at $77.40, the yearly payout of $2.40 "
    "gives holders a return of {a} on their money, the board noted.\n\n"
    "{heading}\n\n"
    "The board of Brenner Gas approved a 4 percent increase to 38 cents a share, payable in April. With the stock "
    "at $30.40, the yearly payout of $1.52 gives holders a return of {b} on their money, the board noted."
)


@pytest.mark.parametrize(
    ("heading", "alarm"),
    [
        # a heading naming a new subject between the two tellings: another item, no alarm
        ("Brenner Gas lifts dividend by 4%", False),
        ("Also raising payouts: Brenner Gas", False),
        # a heading naming what was already named: still read as a retelling, and the changed figure warns
        ("More on Palto Mills", True),
        ("Palto Mills dividend", True),
    ],
)
def test_a_heading_with_a_new_subject_starts_another_item(heading: str, alarm: bool) -> None:
    assert (WARN in _verdicts(_ROUNDUP.format(a="3.1%", b="5.0%", heading=heading))) is alarm
    assert _verdicts(_ROUNDUP.format(a="3.1%", b="5.0%", heading=heading)) <= {QUIET, WARN}
    assert PASS in _verdicts(_ROUNDUP.format(a="3.1%", b="3.1%", heading=heading))
