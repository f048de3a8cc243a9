"""A forecast raised or cut, with its new figure and the one it replaced said in the sentences after."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET


def _verdicts(text: str) -> list[tuple[str, str]]:
    report = check_text(text)
    ours = {r.id for r in report.relations if "the one it replaced" in r.reason}
    return sorted(
        (f.status.value, f.severity.value) for f in report.findings if f.check == "direction" and f.relation in ours
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kestrel Motors on Tuesday raised its full-year profit forecast. The company now expects net profit of "
            "$2.4 billion for the year. It had previously forecast $2.1 billion.",
            [PASS],
        ),
        (
            "Brannock cut its sales guidance. It now sees revenue of $410 million, down from its previous forecast "
            "of $455 million.",
            [PASS],
        ),
        (
            "The agency lowered its growth outlook for Tessaly. It now projects output of 41,000 tonnes, and had "
            "earlier expected 44,500 tonnes.",
            [PASS],
        ),
        # against the words: nothing names the measure of both, so it stays open
        (
            "Kestrel Motors on Tuesday raised its full-year profit forecast. The company now expects net profit of "
            "$1.9 billion for the year. It had previously forecast $2.1 billion.",
            [QUIET],
        ),
    ],
)
def test_a_revised_forecast_against_the_one_it_replaced(text: str, expected: list) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the revision is of something else than a forecast
        "Kestrel Motors raised its dividend. The company now expects net profit of $2.4 billion. It had previously "
        "forecast $2.1 billion.",
        # two new figures: which the old one is set against is not clear
        "Kestrel raised its forecasts. It now expects revenue of $9.2 billion and now sees profit of $2.4 billion. It "
        "had previously forecast $2.1 billion.",
        # a per-share figure against a total
        "Kestrel raised its forecast. It now expects earnings of $2.40 a share. It had previously forecast $2.1 "
        "billion in profit.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _verdicts(text) == []
