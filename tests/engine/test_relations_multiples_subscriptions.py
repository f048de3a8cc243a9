"""How many times a share offer was subscribed, against the shares bid for and the shares on offer. Every sentence
is made up.

Consistent multiples pass, a broken one warns when the pairing is certain, and look-alikes (a portion's multiple, a
forecast, another offer's multiple, two multiples of the whole offer, counts that are not bids and offer) must not
warn.
"""

from __future__ import annotations

import pytest

from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # all three in one clause
        (
            "Retail bidders subscribed 4.20 times, with 8,40,000 shares bid for against 2,00,000 shares on offer.",
            {PASS},
        ),
        (
            "Retail bidders subscribed 4.80 times, with 8,40,000 shares bid for against 2,00,000 shares on offer.",
            {WARN},
        ),
        (
            "The Larkfield Foods issue was subscribed 12.5 times, drawing bids for 25.10 crore shares "
            "against 2.01 crore shares on offer.",
            {PASS},
        ),
        (
            "The Larkfield Foods issue was subscribed 15.5 times, drawing bids for 25.10 crore shares "
            "against 2.01 crore shares on offer.",
            {WARN},
        ),
        # the multiple first, the counts in a later sentence
        (
            "The Brenmoor Cables offer closed on Friday after being oversubscribed 3.4 times. Investors bid for "
            "6.8 million shares, compared with the 2 million shares on offer.",
            {PASS},
        ),
        (
            "The Brenmoor Cables offer closed on Friday after being oversubscribed 3.4 times. Investors bid for "
            "9.8 million shares, compared with the 2 million shares on offer.",
            {WARN},
        ),
        (
            "The Ostrava Mills IPO was subscribed more than 40 times on the last day. The issue received bids "
            "for 84.5 crore shares against an offer size of 2.05 crore shares.",
            {PASS},
        ),
        # totals printed bare, the words before them calling them shares
        (
            "By noon the Kestrel Homes IPO had a subscription rate of 1.75 times. In all, shares "
            "offered stood at 1,20,00,000, while shares bid for stood at 2,10,00,000.",
            {PASS},
        ),
    ],
)
def test_a_subscription_multiple_against_its_counts(text: str, expected: set) -> None:
    assert verdicts(text, "multiple") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a portion's multiple is not the whole offer's
        "The qualified institutional buyers' portion was subscribed 9.5 times. The issue received bids for "
        "12 crore shares against 4 crore shares on offer.",
        # a forecast multiple
        "Dealers said the Brenmoor Cables offer was expected to be subscribed 6 times. Investors bid for 6.8 "
        "million shares, compared with the 2 million shares on offer.",
        # another offer's multiple from an earlier year
        "In 2021 the Tallis Power IPO was subscribed 8 times. The Brenmoor Cables issue received bids for 6.8 "
        "million shares, compared with the 2 million shares on offer.",
        # counts that are not bids against an offer
        "The Larkfield Foods issue was subscribed 12.5 times. The promoters hold 25 crore shares and sold "
        "2 crore shares last year.",
    ],
)
def test_subscription_look_alikes_do_not_warn(text: str) -> None:
    assert ("fail", "warning") not in verdicts(text, "multiple")


def test_two_multiples_of_the_whole_offer_leave_the_pairing_uncertain() -> None:
    text = (
        "The Brenmoor Cables offer was subscribed 1.2 times on the first day. By the close it was subscribed "
        "3.4 times. Investors bid for 9.8 million shares, compared with the 2 million shares on offer."
    )
    assert verdicts(text, "multiple") == {QUIET}


_ROWS = (
    "Subscription by category for the Kestrel Homes issue:\n"
    "– Institutional bidders: subscribed 1.50 times, with 30,00,000 shares bid for against 20,00,000 shares "
    "on offer.\n"
    "– Retail bidders: subscribed 2.00 times, with {retail_bids} shares bid for against 40,00,000 shares on offer.\n"
    "In all, shares offered stood at 60,00,000, while shares bid for stood at 1,10,00,000."
)


def _part_whole(text: str) -> set[tuple[str, str]]:
    return verdicts(text, "part_whole")


@pytest.mark.parametrize(("retail_bids", "expected"), [("80,00,000", {PASS}), ("90,00,000", {PASS, WARN})])
def test_portion_rows_are_some_of_the_whole_offer(retail_bids: str, expected: set) -> None:
    # 90,00,000 retail bids also break the retail multiple and put the portions' bids over the total
    assert _part_whole(_ROWS.format(retail_bids=retail_bids)) == expected


def test_one_portion_row_alone_is_not_set_against_the_total() -> None:
    text = (
        "– Retail bidders: subscribed 2.00 times, with 80,00,000 shares bid for against 40,00,000 shares on offer.\n"
        "In all, shares offered stood at 60,00,000, while shares bid for stood at 1,10,00,000."
    )
    assert _part_whole(text) == set()
