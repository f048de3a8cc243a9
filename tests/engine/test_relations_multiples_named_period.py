"""A multiple against a figure named only by its period: "twice the pace recorded in the first quarter", with the
figures in the next sentences. Every sentence is made up.

Consistent pairs pass, a broken ratio warns, and look-alikes (no figure of the named period, two candidates, a
different measure, a base in the word's own period) must not pair.
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Velmora's economy sped up in the third quarter, growing at twice the pace recorded in the second "
            "quarter. Velmora's gross domestic product grew at a 3.2 percent annual rate, the statistics office said. "
            "In the second quarter, Velmora's gross domestic product grew 1.6 percent.",
            {PASS},
        ),
        (
            "Velmora's economy sped up in the third quarter, growing at twice the pace recorded in the second "
            "quarter. Velmora's gross domestic product grew at a 2.2 percent annual rate, the statistics office said. "
            "In the second quarter, Velmora's gross domestic product grew 1.6 percent.",
            {WARN},
        ),
        (
            "Velmora's economy sped up in the third quarter, expanding at more than twice the rate seen earlier "
            "this year. Velmora's gross domestic product grew at a 3.5 percent annual rate. In the first quarter, "
            "Velmora's gross domestic product grew 1.4 percent.",
            {PASS},
        ),
        (
            "Velmora's economy sped up in the third quarter, expanding at more than twice the rate seen earlier "
            "this year. Velmora's gross domestic product grew at a 2.5 percent annual rate. In the first quarter, "
            "Velmora's gross domestic product grew 1.4 percent.",
            {WARN},
        ),
        (
            "Retail sales at Dunmere rose in August at half the rate seen in July. Dunmere's retail sales rose 0.4% "
            "in August. Dunmere's retail sales had risen 0.8% in July.",
            {PASS},
        ),
    ],
)
def test_a_multiple_against_the_figure_of_a_named_period(text: str, expected: set) -> None:
    assert verdicts(text, "multiple") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no figure dated to the named period
        "Velmora's economy grew at twice the pace recorded in the first quarter. Velmora's gross domestic product "
        "grew at a 2.2 percent annual rate. Exports rose 1.6 percent.",
        # two figures earlier in the year: "earlier this year" names neither
        "Velmora's economy grew in the third quarter at twice the rate seen earlier this year. Its gross "
        "domestic product grew 3.1 percent. It grew 1.1 percent in the first quarter and 1.9 percent in the second "
        "quarter.",
        # the figures are of other measures than each other
        "Velmora's economy grew at twice the pace recorded in the second quarter. Consumer spending rose 2.2 "
        "percent. In the second quarter, exports rose 1.6 percent.",
    ],
)
def test_named_period_look_alikes_do_not_warn(text: str) -> None:
    assert ("fail", "warning") not in verdicts(text, "multiple")
