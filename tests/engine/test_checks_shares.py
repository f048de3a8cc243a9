"""shares: shares of one whole fit in 100%, full lists sum to 100%, ranks match and are possible."""

from __future__ import annotations

import pytest

from tests.engine.claim_factory import outcome, quick

PASS = ("pass", "info")
WARN = ("fail", "warning")


def share(surface: str, value: float, who: str) -> tuple:
    return (surface, value, "percent", {"subject": who, "metric": "market_share"})


@pytest.mark.parametrize(
    ("text", "specs", "expected"),
    [
        (
            "Acme has 40 percent share, Beta 35 percent share and Gamma 20 percent share.",
            [share("40 percent", 40, "Acme"), share("35 percent", 35, "Beta"), share("20 percent", 20, "Gamma")],
            {PASS},
        ),
        (
            "Acme has 60 percent share, Beta 35 percent share and Gamma 20 percent share.",
            [share("60 percent", 60, "Acme"), share("35 percent", 35, "Beta"), share("20 percent", 20, "Gamma")],
            {WARN},
        ),
        # an exhaustive list ("Others") must reach about 100
        (
            "Traffic by system:\nAlpha — 50 percent\nBeta — 30 percent\nOthers — 10 percent\n",
            [("50 percent", 50, "percent"), ("30 percent", 30, "percent"), ("10 percent", 10, "percent")],
            {WARN},
        ),
        (
            "Traffic by system:\nAlpha — 60 percent\nBeta — 30 percent\nOthers — 10 percent\n",
            [("60 percent", 60, "percent"), ("30 percent", 30, "percent"), ("10 percent", 10, "percent")],
            {PASS},
        ),
        # ranks: "second place" with a share below another unranked share
        (
            "Acme is the leader with 40 percent share. Beta is in second place with 15 percent share. "
            "Gamma has 25 percent share.",
            [share("40 percent", 40, "Acme"), share("15 percent", 15, "Beta"), share("25 percent", 25, "Gamma")],
            {PASS, WARN},
        ),
        # No. 4 after 30, 21, 12 with 4: 33 left for the rest, each at most 4: plausible
        (
            "Delta ranks No. 4 with 4 percent share. Acme leads with 30 percent share, Beta 21 percent share "
            "and Gamma 12 percent share.",
            [
                ("No. 4", 4, "rank", {"unit": "", "subject": "Delta", "metric": "rank"}),
                share("4 percent", 4, "Delta"),
                share("30 percent", 30, "Acme"),
                share("21 percent", 21, "Beta"),
                share("12 percent", 12, "Gamma"),
            ],
            {PASS},
        ),
    ],
)
def test_shares(text: str, specs: list, expected: set) -> None:
    assert outcome(quick(text, *specs), "shares") == expected


def test_growth_rates_are_not_shares() -> None:
    art = quick(
        "Acme has 60 percent share after 50 percent year over year growth.",
        share("60 percent", 60, "Acme"),
        ("50 percent", 50, "percent", {"metric": "market_share"}),
    )
    assert outcome(art, "shares") == set()
