"""growth_vs_prior: a growth rate against a prior figure stated elsewhere, with the right basis."""

from __future__ import annotations

import pytest

from tests.engine.claim_factory import outcome, quick, up

PASS = ("pass", "info")
WARN = ("fail", "warning")


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (  # prior in the next sentence
            "Profit rose 20 percent to $60 million. It had reported $50 million a year ago.",
            [
                ("20 percent", 20, "percent", {"change": up()}),
                ("$60 million", 60e6, "money"),
                ("$50 million", 50e6, "money"),
            ],
            {PASS},
        ),
        (
            "Profit rose 40 percent to $60 million. It had reported $50 million a year ago.",
            [
                ("40 percent", 40, "percent", {"change": up()}),
                ("$60 million", 60e6, "money"),
                ("$50 million", 50e6, "money"),
            ],
            {WARN},
        ),
        (  # a bare lead figure against the pair stated after it
            "Profit grew 10 percent. Net income was $110 million, up from $100 million.",
            [
                ("10 percent", 10, "percent", {"change": up()}),
                ("$110 million", 110e6, "money"),
                ("$100 million", 100e6, "money"),
            ],
            {PASS},
        ),
        (  # year-on-year growth is not measured against last quarter's figure
            "Income rose 23 percent year-on-year to $5,518. On a quarter-on-quarter basis it increased "
            "12 percent from $4,941 in the previous quarter.",
            [
                ("23 percent", 23, "percent", {"change": up()}),
                ("$5,518", 5518, "money"),
                ("12 percent", 12, "percent", {"change": up()}),
                ("$4,941", 4941, "money"),
            ],
            {PASS},
        ),
    ],
)
def test_growth_vs_prior(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "growth_vs_prior") == expected
