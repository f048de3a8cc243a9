"""A headline figure the lead already tells, as a plan or set against a time: "Quorlan lifts payout by 8.5%" over
"Quorlan will lift its dividend by 8.5 percent ... That comes after a 12.4 percent increase in 2023". The plan is
left out of the pairing (a headline's result and a lead's plan may differ by design), but it is still the
headline's figure: the next figure of that kind is another one, so the headline is not paired with it."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN
from tests.engine.test_relations_same_figures_headline import _verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lead tells the headline's figure as a plan: the next one is another figure
        ("Quorlan lifts payout by 8.5%\n\nQuorlan Foods will lift its quarterly dividend by 8.5 percent next year. "
         "That comes after a 12.4 percent increase in 2023, the sixth rise in a row.", set()),
        ("Dunmere fares up 6%\n\nDunmere Transit will raise fares by 6 percent in May, the board said. Fares rose "
         "3 percent last spring, and 11 percent the year before.", set()),
        ("Brellick factory output rises 0.6% in May\n\nFactory output in Brellick will rise 0.6% in May, the "
         "planning office expects. Output rose 0.9% in April.", set()),
        # no plan telling the headline's figure: the first figure of the kind is still read against it
        ("Brellick factory output rises 0.6% in May\n\nFactory output in Brellick rose 0.9% in May, the planning "
         "office said on Friday.", {WARN}),
        ("Brellick factory output rises 0.6% in May\n\nFactory output in Brellick rose 0.6% in May, the planning "
         "office said on Friday.", {PASS}),
    ],
)  # fmt: skip
def test_a_figure_the_lead_already_told_is_not_paired_again(text: str, expected: set) -> None:
    assert _verdicts(text) - {QUIET} == expected
