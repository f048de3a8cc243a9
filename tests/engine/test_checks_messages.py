"""Findings are read by reviewers: computed figures are printed the way the article prints its own.

A change of a figure printed "$47.0 billion" is "-$6.6 billion", not -6,600,000,000; a sum of pence is
"15.47p", not 0.1547; an Indian amount stays in crore and lakh; a sum of figures printed in full digits
stays in full digits. Each row is a made-up sentence and the text its finding's message must hold.
"""

from __future__ import annotations

import pytest

from factcheck.extraction import extract_claims
from factcheck.figures import show_value
from factcheck.runner import check_text


def messages(text: str, check: str) -> list[str]:
    return [" ".join(f.message.split()) for f in check_text(text).findings if f.check == check]


def claim(text: str, surface: str):
    found = [c for c in extract_claims(text) if c.quantity.text.strip() == surface]
    assert found, [c.quantity.text for c in extract_claims(text)]
    return found[0]


@pytest.mark.parametrize(
    ("article", "surface", "value", "shown"),
    [
        ("Tarnwick Foods made $4.2 billion.", "$4.2 billion", -1.5e9, "-$1.5 billion"),
        ("Tarnwick Foods made $4.2 billion.", "$4.2 billion", 2.5e12, "$2.5 trillion"),
        ("Tarnwick Foods made £3.1bn.", "£3.1bn", 2.04e9, "£2.04bn"),
        ("Tarnwick Foods made £3.1bn.", "£3.1bn", 4.5e8, "£450m"),
        ("Tarnwick Foods made £31m.", "£31m", 1.25e6, "£1.25m"),
        ("Tarnwick shares rose 14p.", "14p", 0.2275, "22.75p"),
        ("Tarnwick shares rose 14p to 313p.", "313p", -0.12, "-12p"),
        ("Tarnwick paid 21 cents a share.", "21 cents a share", 0.84, "84 cents"),
        ("Tarnwick earned Rs 412 crore.", "Rs 412 crore", 5.1e9, "Rs 510 crore"),
        ("Tarnwick earned Rs 412 crore.", "Rs 412 crore", 6.5e5, "Rs 6.5 lakh"),
        ("Tarnwick earned RMB7.2 trillion.", "RMB7.2 trillion", 8.31e11, "RMB831 billion"),
        ("Tarnwick spent 2.8 billion dollars.", "2.8 billion dollars", 3.1e9, "3.1 billion dollars"),
        ("Tarnwick spent more than $6m.", "$6m", 7.25e6, "$7.25m"),
        ("Tarnwick sold 4.4m units.", "4.4m units", 1.2e9, "1.2bn"),
        ("Tarnwick sold 1,204,311 units.", "1,204,311 units", 3_100_200.0, "3.1 million"),  # a quotient
        ("Tarnwick's margin was 12.5 percent.", "12.5 percent", 14.25, "14.25%"),
    ],
)
def test_a_computed_figure_is_printed_like_the_article(article: str, surface: str, value: float, shown: str) -> None:
    assert show_value(value, claim(article, surface)) == shown


def test_a_sum_of_full_digit_figures_stays_in_full_digits() -> None:
    like = claim("Tarnwick sold 1,204,311 units.", "1,204,311 units")
    assert show_value(3_100_200.0, like, exact=True) == "3,100,200"


def test_a_metre_figure_is_not_read_as_millions() -> None:
    like = claim("Tarnwick's new track is 400m long.", "400m")
    assert "million" not in show_value(800.0, like)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        (
            "Orlin Corp's revenue fell $1.6 billion to $38.4 billion from $40.0 billion.",
            "absolute_change",
            "is a change of -$1.6 billion; the article says -$1.6 billion",
        ),
        (
            "Orlin Corp's debt fell £0.4bn to £2.1bn from £2.5bn.",
            "absolute_change",
            "is a change of -£400m; the article says -£400m",
        ),
        (
            "Shares in Orlin rose 12p to 308p from 296p, valuing it at £1.2bn.",
            "absolute_change",
            "is a change of +12p; the article says +12p",
        ),
        (
            "Orlin's staff grew by 2,350 to 14,410 from 12,060.",
            "absolute_change",
            "is a change of +2,350; the article says +2,350",
        ),
        (
            "Orlin's interim dividend of 6.25p and final dividend of 9.5p made a total of 15.75p.",
            "part_whole",
            "= 15.75p",
        ),
    ],
)
def test_messages_print_figures_as_the_article_does(text: str, check: str, expected: str) -> None:
    found = messages(text, check)
    assert any(expected in m for m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Orlin Corp's revenue fell $1.6 billion to $38.4 billion from $40.0 billion.",
        "Orlin's interim dividend of 6.25p and final dividend of 9.5p made a total of 15.75p.",
        "Orlin's staff grew by 2,350 to 14,410 from 12,060.",
    ],
)
def test_no_internal_figures_in_messages(text: str) -> None:
    for finding in check_text(text).findings:
        assert "None" not in finding.message and "000,000" not in finding.message, finding.message
        assert "Kind." not in finding.message and "0.1575" not in finding.message, finding.message
