"""exchange_rate: two conversions a thousand, a million or a billion times apart name the scale word left out.

"Sales of AED8.4 billion ($2.29)" beside "AED3.3 billion ($900 million)": the first conversion lacks its "billion";
the finding says so instead of giving a percentage gap. Rates apart by other factors keep the percentage.

All sentences are made up (made-up companies, places and figures).
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def messages(text: str) -> list[str]:
    return [f.message for f in check_text(text).findings if f.check == "exchange_rate" and f.status.value == "fail"]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Lumen Homes sold villas worth AED8.4 billion ($2.29) in May. In April it sold AED3.3 billion "
            "($900 million) of flats.",
            "a billion times apart: one figure seems to lack its “billion”",
        ),
        (
            "The grant is worth €40 million ($44,000). A second grant of €10 million ($11 million) follows in June.",
            "a thousand times apart: one figure seems to lack its “thousand”",
        ),
        # a rate off by another factor: the percentage gap, no scale word
        (
            "The grant is worth €40 million ($44 million). A second grant of €10 million ($15 million) follows "
            "in June.",
            "% apart: one article should convert at one rate",
        ),
    ],
)
def test_the_gap_between_two_rates_is_told(text: str, said: str) -> None:
    found = messages(text)
    assert len(found) == 1 and said in found[0]


def test_consistent_rates_say_nothing_of_scale() -> None:
    text = "The grant is worth €40 million ($44 million). A second grant of €10 million ($11 million) follows in June."
    assert messages(text) == []
