"""A headline dated to one month or quarter against a body figure dated to another: two periods, not one figure.

Monthly and quarterly releases lead on the latest period in the headline and may open the body on the one before;
neither gives the year, so the dates cannot be set apart as dated periods are, and the pairing stays uncertain.
All text is made up (invented places, firms and figures).
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import run_checks
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected", "said"),
    [
        # one month named on both sides: the headline's figure told in the body, a slip still caught
        ("Tollmere Retail Sales Climb 1.9% in June\nShoppers in Tollmere spent more on clothing. Retail sales rose "
         "1.9% in June, the trade ministry said on Monday.", {PASS}, ""),
        ("Tollmere Retail Sales Climb 2.9% in June\nShoppers in Tollmere spent more on clothing. Retail sales rose "
         "1.9% in June, the trade ministry said on Monday.", {WARN}, ""),
        ("Quellby Exports Drop 4.2% in Third Quarter\nShippers in Quellby blamed a strong currency. Exports fell "
         "5.2% in the third quarter, the customs office said.", {WARN}, ""),
        # look-alikes: the body's move is of another month or quarter
        ("Tollmere Retail Sales Climb 2.9% in June\nShoppers in Tollmere spent more on clothing. Retail sales rose "
         "1.9% in April, the trade ministry said on Monday.", {QUIET}, "April"),
        ("Quellby Exports Drop 4.2% in Third Quarter\nShippers in Quellby blamed a strong currency. Exports fell "
         "5.2% in the second quarter, the customs office said.", {QUIET}, "second quarter"),
        ("Corland Car Sales Rise 6.5% in October\nDealers in Corland cut prices to clear stock. Car sales rose 4.1% "
         "to 18,350 in September from 17,630 in August, the dealers' group said.", {QUIET}, "September"),
    ],
)  # fmt: skip
def test_a_headline_month_and_a_body_month(text: str, expected: set, said: str) -> None:
    assert verdicts(text, "same_figure", "headline") == expected
    if said:
        report = run_checks(text, extract_claims(text))
        messages = [f.message for f in report.findings if f.check == "same_figure"]
        assert any("different periods" in m and said in m for m in messages), messages
