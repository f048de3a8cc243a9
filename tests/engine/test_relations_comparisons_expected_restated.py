"""A figure called higher or lower than expected, restated a few sentences on, with the estimate after the
restatement."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET


def _verdicts(text: str) -> list[tuple[str, str]]:
    report = check_text(text)
    ours = {r.id for r in report.relations if "after the figure is restated" in r.reason}
    return sorted(
        (f.status.value, f.severity.value) for f in report.findings if f.check == "comparison" and f.relation in ours
    )


LEAD = "Pay in Orvell rose a higher-than-expected 3.1 per cent in the year to June. Unemployment held at 4.2 per cent. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Regular pay was up by 3.1 per cent. Economists had expected growth of 2.8 per cent.", [PASS, PASS]),
        (
            LEAD + "The jobless count fell by 12,000. Regular pay was up by 3.1 per cent, the fastest in two years. "
            "Analysts had forecast 2.9 per cent.",
            [PASS, PASS],
        ),
        # against the words: the pairing rests on a repeated figure only, so it stays open
        (LEAD + "Regular pay was up by 3.1 per cent. Economists had expected growth of 3.3 per cent.", [QUIET, QUIET]),
    ],
)
def test_the_estimate_after_the_restated_figure(text: str, expected: list) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # not restated: another figure
        LEAD + "Regular pay was up by 2.9 per cent. Economists had expected growth of 2.8 per cent.",
        # restated twice: which one the estimate follows is not clear
        LEAD + "Pay was up 3.1 per cent in the private sector and 3.1 per cent in the public sector. "
        "Economists had expected growth of 2.8 per cent.",
        # the estimate comes too late after the restatement
        LEAD
        + "Regular pay was up by 3.1 per cent. Bonuses fell. Hours were flat. Economists had expected 2.8 per cent.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _verdicts(text) == []
