"""A gain in market value is a gain, not a start: "added $X to its value, which now stands at $Y".

Every paragraph here is made up. The stated gain and today's value stand in one sentence; the share prices
then and now stand apart. The gain must never be read as the value at the start ("$X -> $Y").
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.conftest import REPO

PASS = ("pass", "info")
WARN = ("fail", "warning")
QUIET = ("indeterminate", "info")

EXAMPLE = REPO / "examples" / "alibaba-ai-investment.md"


def findings(text: str) -> list:
    return check_text(text, only=["market_value"]).findings


def _now_article(gain: int, verb: str = "now stands at", whose: str = "Orbis") -> str:
    return (
        f"The rally has added more than ${gain} billion to Orbis's market value in 2025, and its market "
        f"capitalization {verb} $300 billion. Orbis shares trade at $150 per share. At the start of 2025 {whose} "
        "shares traded at $90 per share."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # at $90 against $150 the value was 300 x 90 / 150 = $180 billion: a gain of about $120 billion
        (_now_article(100), {PASS}),
        (_now_article(150), {WARN}),
        # "now"/"currently" in the gain's own sentence: today's value, though it reads the sentence's period
        (_now_article(100, "currently stands at"), {PASS}),
        # the start price names no company: it could be another's, so the break stays quiet
        (_now_article(150, whose="the"), {QUIET}),
        # no "now": a value dated like the gain may be the average or the start of that year; nothing is paired
        (_now_article(150, "was"), set()),
    ],
)
def test_a_value_said_to_stand_now_is_todays_value(text: str, expected: set[tuple[str, str]]) -> None:
    assert {(f.status.value, f.severity.value) for f in findings(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected", "said", "not_said"),
    [
        (
            "Orbis's market value gained $100 billion to $342 billion this year. Orbis shares rose 41% this year.",
            PASS,
            "gained $100 billion to $342 billion, from about $242 billion",
            "$100 billion -> $342 billion",
        ),
        (
            "Orbis added $100 billion to $342 billion in market value on Tuesday, as its shares rose 41%.",
            PASS,
            "from about $242 billion",
            "$100 billion ->",
        ),
        (
            "Orbis's market value fell by $5 billion to $120 billion on Tuesday. Orbis shares fell 4% on Tuesday.",
            PASS,
            "lost $5 billion to $120 billion, from about $125 billion",
            "$5 billion ->",
        ),
        # the same gain against a price move it cannot fit: the message still starts from $242 billion
        (
            "Orbis's market value gained $100 billion to $342 billion this year. Orbis shares rose 4% this year.",
            WARN,
            "from about $242 billion, +41.3%",
            "$100 billion -> $342 billion",
        ),
    ],
)
def test_a_gain_to_a_level_is_read_as_a_gain(text: str, expected: tuple[str, str], said: str, not_said: str) -> None:
    (finding,) = findings(text)
    assert (finding.status.value, finding.severity.value) == expected
    assert said in finding.message
    assert not_said not in finding.message


def test_example_article_keeps_one_warning_and_its_market_value_pass() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    report = check_text(text)
    loud = [f for f in report.findings if f.severity.value in ("warning", "error")]
    assert [(f.check, f.severity.value) for f in loud] == [("growth_prior", "warning")]
    assert "+61%" in loud[0].message and "$85 per share" in loud[0].message
    (value,) = [f for f in report.findings if f.check == "market_value"]
    assert (value.status.value, value.severity.value) == PASS
    # $342 billion x 85 / 144: the start follows from the prices, never from the $100 billion gain
    assert "201.9 billion" in value.message
    assert "$100 billion -> $342 billion" not in value.message
    assert {(f.check, f.status.value) for f in report.findings} >= {("shares", "pass"), ("rank_order", "pass")}
