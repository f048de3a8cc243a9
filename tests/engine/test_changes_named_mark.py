"""A percentage placed by its own word against a mark named by a noun of reference ("A, 15% below its ten-year
average of B", "12 percent above the target of B") is reckoned on that mark: the two figures and the percentage are
checked together. Rates set beside a rate, and a move whose verb is not the placing word, are left alone."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "percent_change"}


PASS = {("pass", "info")}
SLIP = {("fail", "warning")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the mark named by a noun, then its figure: checked
        ("Snowpack in the Ardent basin measured 51 cm, 25% below its ten-year average of 68 cm.", PASS),
        ("Snowpack in the Ardent basin measured 51 cm, 15% below its ten-year average of 68 cm.", SLIP),
        ("Tonnage sorted at the Welby depot came to 9,300 tonnes, 24 percent above the annual target of 7,500 "
         "tonnes.", PASS),
        ("Tonnage sorted at the Welby depot came to 9,300 tonnes, 14 percent above the annual target of 7,500 "
         "tonnes.", SLIP),
        ("The Corran river ran at 310 cubic metres a second, 38% higher than the seasonal norm of 225 cubic metres "
         "a second.", PASS),
        # rates set beside a rate: no base read
        ("The vacancy rate was 4.2%, 12% below the regional average of 6.2%.", set()),
        # the move's own verb is not the placing word: the average is no start of it
        ("Bus fares rose 5%, above the long-term average of 3%.", set()),
    ],
)  # fmt: skip
def test_percentage_on_a_named_mark(text, expected):
    assert outcome(text) == expected
