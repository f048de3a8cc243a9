"""Target 1: the seed article, end to end (extraction + every check)."""

from __future__ import annotations

import importlib

import pytest

from factcheck.finding import Severity, Status
from tests.conftest import SEED_ARTICLE


@pytest.fixture
def report():
    if not SEED_ARTICLE.exists():
        pytest.skip(f"seed article not found at {SEED_ARTICLE} (../shared/ is absent)")
    try:
        extraction = importlib.import_module("factcheck.extraction")
    except ImportError as exc:
        pytest.skip(f"factcheck.extraction is not importable yet: {exc}")
    if not hasattr(extraction, "extract_claims"):
        pytest.skip("factcheck.extraction has no extract_claims yet")
    from factcheck.runner import check_text

    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return text, check_text(text)


def _covers(text: str, spans: list[tuple[int, int]], needle: str) -> bool:
    """Some occurrence of ``needle`` overlaps one of ``spans``."""
    starts = [i for i in range(len(text)) if text.startswith(needle, i)]
    return any(s < i + len(needle) and e > i for i in starts for s, e in spans)


def test_the_61_percent_is_flagged_with_its_three_figures(report) -> None:
    text, result = report
    flagged = [f for f in result.problems() if all(_covers(text, f.spans, n) for n in ("61 percent", "$144", "$85"))]
    assert flagged, [f.message for f in result.problems()]
    assert "69.4%" in flagged[0].message and "$89.44" in flagged[0].message
    assert flagged[0].pairing and "start of 2025" in flagged[0].pairing


def test_no_other_warning_or_error(report) -> None:
    text, result = report
    others = [f for f in result.problems() if not _covers(text, f.spans, "61 percent")]
    assert others == [], [(f.check, f.message) for f in others]


@pytest.mark.parametrize(
    ("check", "needles"),
    [
        ("shares", ("30 percent", "21 percent", "12 percent")),  # the market-share sum
        ("rank_order", ("No. 4",)),  # the rank order
        ("market_value", ("$100 billion", "$342 billion")),  # market value gain
        ("word_range", ("double digits", "13 percent")),
        ("time_window", ("three-year high", "since late 2021")),
    ],
)
def test_recorded_passes(report, check: str, needles: tuple[str, ...]) -> None:
    text, result = report
    passes = [f for f in result.findings if f.check == check and f.status == Status.PASS]
    assert any(all(_covers(text, f.spans, n) for n in needles) for f in passes), [f.message for f in passes]
    assert all(f.severity == Severity.INFO for f in passes)
