"""part_share: a market share told for an earlier period, and a company's growth read past a nearer sentence.

"Volumes were down from the same quarter a year before, when it shipped 5 million for a 40% share": that pair is a
share of last year's market, so it is not set against this quarter's pairs to imply one market
size. And a share move whose company growth is read two sentences back, past a sentence that states another level
of the same measure in words read as no move ("sales shriveled by 30% to $1.6 billion"), may have taken a rival's
growth: the pairing stays indeterminate and says so. A falling verb news copy uses ("dwindled by 12%") is read as
a move.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts

_NOW = "Norvik shipped 6.2 million e-readers in the quarter, a 31.0 percent market share. "
_EARLIER = (
    "Norvik's volumes were down from the same quarter a year before, when it shipped 7.75 million for a 35.0 "
    "percent share. "
)
_RIVAL = "Pallas took second place with 3.1 million e-readers shipped in the quarter for {} percent market share."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the year-ago pair in a "when" clause after the period compared with: another market, left out
        (_NOW + _EARLIER + _RIVAL.format("15.5"), {PASS}),
        (
            _NOW + "Norvik's volumes rose against the spring a year ago, which saw 4.1 million sold for a 35.0 "
            "percent share. " + _RIVAL.format("15.5"),
            {PASS},
        ),
        # this quarter's pairs still imply one market and must agree
        (_NOW + _EARLIER + _RIVAL.format("19.5"), {WARN}),
        (_NOW + _RIVAL.format("19.5"), {WARN}),
    ],
)
def test_an_earlier_periods_share_implies_another_market(text: str, expected: set) -> None:
    found = {v for v in verdicts(text, "part_share")}
    assert found == expected


_SKIPPED = (
    "In the April-June quarter the American firm had pump sales of $2.4 billion, down 4% on-quarter. The Danish "
    "firm's pump sales shriveled by 30% to $1.6 billion. The Danish firm's market share went to 20%, against 26.9% "
    "before. Globally, sales of pumps eased 20% to $8 billion."
)
_OWN = "Vestry's pump revenue fell 30% from the winter quarter to $1.6 billion. "
_MARKET = "Global pump revenue fell 20% in the spring quarter to $6.5 billion."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence between with no level of the measure: the growth two sentences back is still the company's
        (_OWN + "Analysts expected a steeper drop. Vestry's market share fell to 20% from 26.9%. " + _MARKET, WARN),
        (_OWN + "Analysts expected a steeper drop. Vestry's market share fell to 23.5% from 26.9%. " + _MARKET, PASS),
    ],
)
def test_a_growth_two_sentences_back(text: str, expected: tuple[str, str]) -> None:
    found = {
        (f.status.value, f.severity.value)
        for f in check_text(text).findings
        if f.check == "part_share" and "moved by the company's" in f.message
    }
    assert found == {expected}


def test_a_level_between_makes_the_growth_doubtful() -> None:
    findings = [
        f for f in check_text(_SKIPPED).findings if f.check == "part_share" and "moved by the company's" in f.message
    ]
    assert findings and all((f.status.value, f.severity.value) == QUIET for f in findings)
    assert any("stated between" in f.message for f in findings)


@pytest.mark.parametrize("verb", ["dwindled by", "dwindled"])
def test_dwindled_is_a_fall(verb: str) -> None:
    text = f"Harlow's bookings {verb} 12% to $5 billion."
    (change,) = [c for c in extract_claims(text) if c.change is not None]
    assert change.quantity.value == 12 and change.change is not None and change.change.direction == -1
