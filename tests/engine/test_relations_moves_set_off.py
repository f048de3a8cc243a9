"""Two figures tied by a move or a comparison in words with other material between them: a session's close against
the bigger move it made earlier ("paring earlier losses of"), a growth rate against the earlier rate in brackets or
after a dash with a degree word ("(down from 5.9% in June)", "— slightly up from"), a growth rate set beside a bare
earlier rate with "as compared to", and cents per share after a total converted in brackets. Every sentence
is made up."""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.runner import check_text


def verdicts(text: str, checks: tuple[str, ...]) -> list[tuple[str, str, str]]:
    return [(f.check, f.status.value, f.severity.value) for f in check_text(text).findings if f.check in checks]


CMP_PASS = ("comparison", "pass", "info")
CMP_WARN = ("comparison", "fail", "warning")
CMP_NONE = ("comparison", "indeterminate", "info")
DIR_PASS = ("direction", "pass", "info")
DIR_FAIL = ("direction", "fail", "error")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb that gives back part of the earlier move, its noun, then the larger figure
        ("The gauge settled 38.6 points down, paring a deeper early loss of 80 points.", [CMP_PASS]),
        ("The gauge settled 38.6 points down, paring a deeper early loss of 30 points.", [CMP_WARN]),
        ("The stock closed up 2.1%, trimming an intraday gain of as much as 4.6%.", [CMP_PASS]),
        ("The stock closed up 5.1%, trimming an intraday gain of as much as 4.6%.", [CMP_WARN]),
        ("Tin ended 52 points higher, narrowing its earlier gains of up to 95 points.", [CMP_PASS]),
        # "after sliding as much as ... earlier": the session's extreme, told after the close
        ("Shares finished 1.4% lower after sliding as much as 3.2% earlier in the session.", [CMP_PASS]),
        ("Shares finished 4.4% lower after sliding as much as 3.2% earlier in the session.", [CMP_WARN]),
        ("Copper settled 0.8% higher, having been up as much as 2.5% at one point.", [CMP_PASS]),
    ],
)  # fmt: skip
def test_a_close_is_smaller_than_the_move_it_pared(text: str, expected: list) -> None:
    assert verdicts(text, ("comparison",)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the day turned round: the sizes are not compared
        "The gauge rose 1.2%, erasing earlier losses of 2.3%.",
        "The gauge rose 1.2%, paring earlier losses of 2.3%.",
        "Copper settled 0.8% higher after falling as much as 2.5% earlier.",
        # another session, or no extreme named
        "Shares finished 1.4% lower after sliding as much as 3.2% the day before.",
        "Shares finished 1.4% lower after sliding 3.2% earlier in the week.",
        # points against percent
        "The gauge settled 38.6 points down, paring a deeper early loss of 2%.",
    ],
)  # fmt: skip
def test_no_pared_move_without_one_session_and_one_way(text: str) -> None:
    assert verdicts(text, ("comparison",)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier rate in brackets after a growth rate
        ("Gas use grew 6.2% over twelve months (down from 6.8% a month before).", [DIR_PASS]),
        ("Gas use grew 6.2% over twelve months (up from 6.8% a month before).", [DIR_FAIL]),
        ("Rail fares climbed 3.1% across the twelve months to July (up from 2.9% in June), it said.", [DIR_PASS]),
        # a dash, then a degree word before the direction
        ("Ferry fares climbed 2.3 percent — slightly up from January's 2.1 percent pace.", [DIR_PASS]),
        ("Ferry fares climbed 2.3 percent — slightly down from January's 2.1 percent pace.", [DIR_FAIL]),
        ("Cinema prices rose 4.4% over the year – marginally down from 4.6% a month before.", [DIR_PASS]),
    ],
)  # fmt: skip
def test_a_rate_against_the_earlier_rate_set_off(text: str, expected: list) -> None:
    assert verdicts(text, ("direction",)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kiln output grew 3.4 per cent in the spring, compared with 2.8 per cent in the winter.",
        "Retail volumes grew 4.1 percent across the half-year as compared to an expansion of 2.7 per cent before.",
        "Farm income expanded 6.1 per cent in spring, as compared to last year's 2.2 per cent.",
    ],
)  # fmt: skip
def test_a_growth_rate_beside_a_bare_earlier_rate_is_paired_with_no_order(text: str) -> None:
    assert verdicts(text, ("comparison",)) == [CMP_NONE]


@pytest.mark.parametrize(
    "text",
    [
        # a share of something, not a rate of growth
        "Exports rose 7.5 per cent, compared with 41 per cent of imports.",
    ],
)  # fmt: skip
def test_a_share_after_the_cue_is_no_earlier_rate(text: str) -> None:
    assert verdicts(text, ("comparison",)) == []


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        ("A year ago the group earned $377m (€318m), equal to 29 cents per share.", "USD"),
        ("The insurer's profit was €512m ($581m) in total, or 38 cents per share.", "EUR"),
    ],
)  # fmt: skip
def test_per_share_figures_keep_the_currency_of_the_total_not_its_conversion(text: str, currency: str) -> None:
    units = {c.quantity.unit for c in extract_claims(text) if "share" in (c.quantity.unit or "")}
    assert units == {f"{currency} / share"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as against" with no comma before it sets the level before against the one after; a word of direction
        # earlier in the clause only may give the order, so a contrary order stays indeterminate
        ("The council approved a sharply increased road budget worth Rs 23,140 crore this year as against last "
         "year's Rs 18,820 crore.", [CMP_PASS]),
        ("The council approved a sharply increased road budget worth Rs 13,140 crore this year as against last "
         "year's Rs 18,820 crore.", [CMP_NONE]),
        ("Cane crushing was 4,210 tonnes as against 3,980 tonnes last season.", [CMP_NONE]),
    ],
)  # fmt: skip
def test_as_against_without_a_comma(text: str, expected: list) -> None:
    assert verdicts(text, ("comparison",)) == expected
