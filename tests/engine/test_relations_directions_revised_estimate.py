"""A reading revised against its first estimate; a forecast said the other way from the one it replaced."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN


def _verdicts(text: str, marker: str = "the first estimate") -> list[tuple[str, str]]:
    report = check_text(text)
    ours = {r.id for r in report.relations if marker in r.reason}
    return sorted(
        (f.status.value, f.severity.value) for f in report.findings if f.check == "direction" and f.relation in ours
    )


def _pairs(text: str, marker: str = "the first estimate") -> int:
    return sum(1 for r in check_text(text).relations if marker in r.reason)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veloria's statistics office had put its first estimate of April exports at 8.4 million tonnes. April "
            "exports were revised down to 8.1 million tonnes.",
            [PASS],
        ),
        (
            "April exports from Veloria were revised up to 8.9 million tonnes, from an initially reported 8.4 million "
            "tonnes.",
            [PASS],
        ),
        (
            "The preliminary reading of Veloria's April export volume was 8.4 million tonnes. Veloria's April export "
            "volume was revised higher to 8.6 million tonnes.",
            [PASS],
        ),
        # against the words: a cut that ends above the first estimate
        (
            "Veloria's statistics office had put its first estimate of April exports at 8.4 million tonnes. April "
            "exports were revised down to 8.7 million tonnes.",
            [("fail", "error")],
        ),
        # the subject of neither figure is named: found, but open
        (
            "Officials' initial estimate put the May shortfall at $41.2 billion. That figure has now been revised down "
            "to $42.6 billion.",
            [QUIET],
        ),
    ],
)
def test_a_revision_against_the_first_estimate(text: str, expected: list) -> None:
    assert _verdicts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a forecast is no earlier reading of the figure
        "Economists' consensus estimate of April exports was 8.4 million tonnes. April exports were revised down to "
        "8.7 million tonnes.",
        # the first estimate of another month
        "The first estimate of March exports was 8.4 million tonnes. April exports were revised down to 8.7 million "
        "tonnes.",
        # "the previous reading" may be the month before's
        "Veloria's April export volume was revised down to 8.1 million tonnes. The previous reading was 8.4 million "
        "tonnes.",
        # no way said for the revision
        "The first estimate of April exports was 8.4 million tonnes. April exports were revised to 8.7 million tonnes.",
        # two first estimates: which one was revised is not said
        "The first estimates put April exports at 8.4 million tonnes and imports at 8.6 million tonnes. April exports "
        "were revised down to 8.7 million tonnes.",
    ],
)
def test_look_alikes_of_a_revision_do_not_pair(text: str) -> None:
    assert _pairs(text) == 0


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        ("Borvan's debt is now projected to drop to 61% of output, having earlier been expected to climb to 66%.", 1),
        (
            "Output is forecast to shrink to 3.1 million units. It had earlier been expected to grow to 3.4 million "
            "units.",
            1,
        ),
        ("Unemployment is now seen to climb to 5.2%, after it was originally expected to ease to about 4.6%.", 1),
        # the same way both times: nothing orders the two
        ("Borvan's debt is now projected to climb to 61% of output, having earlier been expected to climb to 66%.", 0),
        # an actual against a forecast
        ("Borvan's debt climbed to 61% of output, having earlier been expected to drop to 56%.", 0),
    ],
)
def test_a_forecast_against_the_one_it_replaced(text: str, pairs: int) -> None:
    marker = "the forecast it replaced"
    assert _pairs(text, marker) == pairs
    assert WARN not in _verdicts(text, marker)


def test_a_forecast_the_wrong_side_of_the_one_it_replaced_stays_open() -> None:
    # the two forecasts may start from different levels: never certain
    text = "Borvan's debt is now projected to drop to 71% of output, having earlier been expected to climb to 66%."
    assert _verdicts(text, "the forecast it replaced") == [QUIET]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Harlan Foods on Monday sweetened its offer to $52 a share for Penwick Dairy. Harlan Foods had earlier "
            "offered $48 a share.",
            [PASS],
        ),
        (
            "Penwick Dairy accepted Harlan Foods' increased offer of $3.1 billion. Harlan Foods' initial bid of "
            "$2.7 billion was rejected in May.",
            [PASS],
        ),
        (
            "Harlan Foods' original offer of $2.7 billion was rejected. Harlan Foods now has a higher offer of "
            "$3.0 billion on the table.",
            [PASS],
        ),
        # against the words: a raised offer below the earlier one
        (
            "Harlan Foods on Monday sweetened its offer to $46 a share for Penwick Dairy. Harlan Foods had earlier "
            "offered $48 a share.",
            [("fail", "error")],
        ),
    ],
)
def test_a_raised_offer_against_the_earlier_one(text: str, expected: list) -> None:
    assert _verdicts(text, "the earlier one") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a per-share price against a total
        "Harlan Foods raised its offer to $52 a share. Harlan Foods had earlier offered $2.7 billion.",
        # two earlier offers of different sizes: which one was raised is not said
        "Harlan raised its offer to $52 a share. Its first offer of $44 a share and a second offer of $48 a share "
        "were both rejected.",
        # no earlier offer, only the target's share price
        "Harlan raised its offer to $52 a share. Penwick shares closed at $49.80 on Friday.",
        # a new offer with no way said
        "Harlan made a fresh offer of $52 a share. It had earlier offered $48 a share.",
    ],
)
def test_look_alikes_of_a_raised_offer_do_not_pair(text: str) -> None:
    assert _pairs(text, "the earlier one") == 0


def test_a_raised_offer_of_another_bidder_stays_open() -> None:
    text = (
        "Harlan Foods on Monday raised its offer to $52 a share for Penwick Dairy. Rival bidder Osterley Group had "
        "earlier offered $55 a share."
    )
    assert WARN not in _verdicts(text, "the earlier one")
