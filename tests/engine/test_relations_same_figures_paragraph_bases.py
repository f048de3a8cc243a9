"""A release's sentence told again under a paragraph that opens on another basis is not one figure told twice.

Statistical releases give the headline basis first and then the same sentence, word for word, for a second basis
("Unadjusted figures ...", "... not seasonally adjusted", "in constant prices", "excluding fuel"). Told under
another basis, a differing figure stays indeterminate and the finding names the basis; a plain restatement that
differs, or one told on the same basis, is still caught. All text is made up (invented places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import run_checks
from tests.engine.test_checks_changes import QUIET, WARN, verdicts

_SALES = (
    "Orvania retail sales edge up in June\n\n"
    "{first}Retail sales in Orvania rose 1.8 percent in June from a year earlier, the Orvania Statistics Office said "
    "on Tuesday. Clothing and household goods led the gain, while spending on fuel was flat.\n\n"
    "{opening} Retail sales in Orvania rose {second} percent in June from a year earlier."
)
_OUTPUT = (
    "Kestrel Bay output steadies\n\n"
    "Industrial output in Kestrel Bay grew 2.2 percent in the third quarter from a year earlier, the statistics "
    "agency said on Friday. Mining and utilities did best.\n\n"
    "{opening} Industrial output in Kestrel Bay grew 2.9 percent in the third quarter from a year earlier."
)
_SAME_BASIS = "Seasonally adjusted figures from the Orvania Statistics Office showed a modest gain on Tuesday. "


@pytest.mark.parametrize(
    ("text", "expected", "basis"),
    [
        # another basis where the second paragraph opens: two figures
        (_SALES.format(first="", opening="Unadjusted figures told a stronger story.", second="4.3"), {QUIET},
         "unadjusted"),
        (_SALES.format(first="", opening="The office also gave figures that are not seasonally adjusted.",
                       second="4.3"), {QUIET}, "not seasonally adjusted"),
        (_SALES.format(first="", opening="Measured in constant prices, the gain was smaller.", second="0.6"),
         {QUIET}, "constant prices"),
        (_SALES.format(first="", opening="The office also published a series excluding fuel.", second="2.6"),
         {QUIET}, "excluding fuel"),
        (_OUTPUT.format(opening="On a calendar adjusted basis, the picture was much the same."), {QUIET},
         "calendar adjusted"),
        # a plain restatement, or one on the basis the first paragraph opened on: one figure, a slip is caught
        (_SALES.format(first="", opening="Officials called the result encouraging.", second="4.3"), {WARN}, ""),
        (_OUTPUT.format(opening="Miners had a strong quarter."), {WARN}, ""),
        (_SALES.format(first=_SAME_BASIS, opening="Seasonally adjusted figures also showed food sales flat.",
                       second="2.8"), {WARN}, ""),
    ],
)  # fmt: skip
def test_a_sentence_told_again_on_another_basis(text: str, expected: set, basis: str) -> None:
    assert verdicts(text, "same_figure") == expected
    if basis:
        messages = [f.message for f in run_checks(text, extract_claims(text)).findings if f.check == "same_figure"]
        assert any(f"(“{basis}”)" in m for m in messages), messages
