"""A debut's gain over the offer price the article states elsewhere ("opened at $31.20, up 20% from its IPO
price" after "priced its offering at $26"), end to end on made-up sentences: the forms listing stories use,
consistent variants that pass, contradicted ones that warn, and look-alikes that must not pair or stay quiet."""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brava priced its IPO at $26 a share. The stock opened at $31.20 on Friday, up 20% from its IPO price.",
         {PASS}),
        ("Brava priced its IPO at $26 a share. The stock opened at $31.20 on Friday, up 12% from its IPO price.",
         {WARN}),
        # "at a price to the public of", "climbing ... from its pricing"
        ("Kelo announced its IPO of 9,000,000 American depositary shares at a price to the public of "
         "$14.0 per ADS. Kelo started "
         "trading at $18.20 per ADS on Tuesday, climbing 30 percent from its pricing.", {PASS}),
        ("Kelo announced its IPO of 9,000,000 American depositary shares at a price to the public of "
         "$14.0 per ADS. Kelo started "
         "trading at $18.20 per ADS on Tuesday, climbing 24 percent from its pricing.", {WARN}),
        # "were offered at", "above the offer price", a close instead of an open
        ("The 5 million shares were offered at €12 each. They closed their first day at €13.80, 15% above the "
         "offer price.", {PASS}),
        ("The 5 million shares were offered at €12 each. They closed their first day at €13.80, 25% above the "
         "offer price.", {WARN}),
    ],
)  # fmt: skip
def test_a_debut_gain_over_the_stated_offer_price(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two offer prices (a revised one): which the gain is on is not said
        ("Brava priced its IPO at $26. It later cut the offer price to $22. The stock opened at $30, up 36.4% "
         "from its IPO price.", {QUIET}),
        # the offer price of another company's listing
        ("Brava Foods priced its IPO at $26 last year. Rival Tolo opened at $40 on Monday, up 20% from its IPO "
         "price.", {QUIET}),
        # a base of another kind, not the offer price
        ("The IPO price was $19. The stock closed at $24 on Monday, up 3% from the previous close.", set()),
        # no offer price stated: nothing to check
        ("The stock opened at $31.20 on Friday, up 20% from its IPO price.", set()),
        # the change has no price level before it in its clause
        ("Brava priced its IPO at $26. Its shares are now 20% above the offer price.", set()),
    ],
)  # fmt: skip
def test_look_alikes_of_a_debut_gain(text: str, expected: set) -> None:
    assert verdicts(text, "percent_change") == expected
