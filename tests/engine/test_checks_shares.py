"""shares and rank_order: shares of one whole fit in 100%, stated ranks and orders match the figures.

End to end on made-up text: a consistent paragraph passes, a one-number break is flagged, and a break in a
pairing that is not certain stays indeterminate at info level. A few arithmetic edge cases run on hand-made
claims.
"""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.claim_factory import outcome as claim_outcome
from tests.engine.claim_factory import quick

PASS = ("pass", "info")
WARN = ("fail", "warning")
ERROR = ("fail", "error")
UNSURE = ("indeterminate", "info")


def outcome(text: str, check: str) -> set[tuple[str, str]]:
    report = check_text(text, only=[check])
    return {(f.status.value, f.severity.value) for f in report.findings}


# shares ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme Cloud has 40% of the market, followed by Borealis at 25% and Cobalt at 10%.", {PASS}),
        ("Acme Cloud has 70% of the market, followed by Borealis at 25% and Cobalt at 10%.", {WARN}),
        # a vote split in one sentence
        ("Jane Roe won 52% of the vote, while John Doe took 46%.", {PASS}),
        ("Jane Roe won 52% of the vote, while John Doe took 56%.", {WARN}),
        # a sum no rounding can explain is gross
        ("Jane Roe won 92% of the vote, while John Doe took 76%.", {ERROR}),
        # the answers to one poll question
        ("In the survey, 48% of residents approve of the mayor while 45% disapprove.", {PASS}),
        ("In the survey, 58% of residents approve of the mayor while 45% disapprove.", {WARN}),
        ("The mayor's approval/disapproval stood at 41/52 in the autumn survey.", {PASS}),
        ("The mayor's approval/disapproval stood at 41/62 in the autumn survey.", {WARN}),
        # players named in neighbouring sentences of one market
        (
            "Acme Cloud leads the market with a 31% share. Borealis is second with 24% of the market. "
            "Cobalt Systems has a 12% market share.",
            {PASS},
        ),
        (
            "Acme Cloud leads the market with a 31% share. Borealis is second with 24% of the market. "
            "Cobalt Systems has a 52% market share.",
            {WARN},
        ),
    ],
)
def test_shares_fit_in_one_whole(text: str, expected: set) -> None:
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    ("others", "expected"),
    [("12 percent", {PASS}), ("32 percent", {WARN})],
)
def test_a_list_with_the_rest_reaches_100(others: str, expected: set) -> None:
    text = f"Visits by browser:\nAlpha — 61 percent\nBeta — 27 percent\nOthers — {others}\n"
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    "text",
    [
        # categories stated apart: the breakdown may change from one sentence to the next
        "Diesel cars took a 40% share of the market. Petrol cars accounted for 75% of the market.",
        # revenue shares stated apart may cut the total along different lines
        "The cloud unit accounted for 40% of revenue. Europe made up 70% of revenue.",
        # vote shares stated apart may be of different races
        "Jane Roe won 52% of the vote. In the council race, John Doe took 61% of the vote.",
    ],
)
def test_an_uncertain_whole_is_not_flagged(text: str) -> None:
    assert outcome(text, "shares") == {UNSURE}


@pytest.mark.parametrize(
    "text",
    [
        "Acme held 21% of the mobile phone market, while its share of smartphones was 92%.",
        "In Norway, Acme leads with 65% market share. In Sweden, Borealis holds a 70% market share.",
        "Acme held 60% of the market in 2022. Borealis held 50% of the market in 2023.",
        "Acme's shipments grew 90%, Borealis's 42%, and Cobalt holds a 21% share of the market.",
        "Acme will hold 30% of the market by 2030, while Borealis currently has 75% of the market.",
    ],
)
def test_different_wholes_are_not_summed(text: str) -> None:
    assert outcome(text, "shares") == set()


@pytest.mark.parametrize(
    ("streaming", "expected"),
    [
        ("one third", {PASS}),  # a share in words is loose: 33% with 34% and 29% still fits
        ("a half", {WARN}),
    ],
)
def test_a_share_in_words(streaming: str, expected: set) -> None:
    value = {"one third": 1 / 3, "a half": 0.5}[streaming]
    art = quick(
        f"Streaming made up {streaming} of the total, downloads 34% of the total and discs 29% of the total.",
        (streaming, value, "fraction"),
        ("34%", 34, "percent"),
        ("29%", 29, "percent"),
    )
    assert claim_outcome(art, "shares") == expected


def test_more_than_a_share_counts_from_its_lower_end() -> None:
    art = quick(
        "Acme has more than 60% of the market, while Borealis has 45% of the market.",
        ("more than 60%", 60, "percent", {"hedge": "over"}),
        ("45%", 45, "percent"),
    )
    assert claim_outcome(art, "shares") == {WARN}


# rank_order -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("delta", "expected"),
    [
        ("4 percent", {PASS}),  # No. 4 after 30, 21 and 12: 33 left for the rest
        ("24 percent", {PASS, WARN}),  # above Borealis and Cobalt: No. 4 would need two more players of 24%
    ],
)
def test_stated_rank_against_the_rivals(delta: str, expected: set) -> None:
    text = (
        f"Delta ranks No. 4 in the storage market, winning {delta} share. Acme is in first place with 30 percent "
        "share of the storage market, followed by Borealis at 21 percent share then Cobalt at 12 percent share."
    )
    assert outcome(text, "rank_order") == expected


@pytest.mark.parametrize(
    ("second", "expected"),
    [("12.5%", {PASS}), ("7.5%", {PASS, WARN})],
)
def test_second_largest_in_neighbouring_sentences(second: str, expected: set) -> None:
    text = (
        f"Acme maintained its lead with a market share of 22.3%. Borealis held on to its status as the "
        f"second-largest vendor, claiming {second} of the market. Cobalt claimed 10.5% of the market, and Dynamo "
        "claimed a market share of 8.2%."
    )
    assert outcome(text, "rank_order") == expected


def test_a_rank_that_cannot_fit_in_100_percent() -> None:
    assert outcome("Delta ranks No. 3 in the storage market with a 40% market share.", "rank_order") == {WARN}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme sold 1.2 million cars through June, with Borealis close behind at 1.1 million.", {PASS}),
        ("Acme sold 1.2 million cars through June, with Borealis close behind at 1.6 million.", {WARN}),
        ("Cobalt came in third place with 17% of the market after Borealis's 22%.", {PASS}),
        ("Acme leads with 35% market share, ahead of Borealis at 25%.", {PASS}),
        ("Acme leads with 35% market share, ahead of Borealis at 45%.", {WARN}),
        (
            "Second in the rankings was Norland, where 115,000 vans were sold, followed by Estria, "
            "where 168,000 were sold.",
            {WARN},
        ),
    ],
)
def test_stated_orders(text: str, expected: set) -> None:
    assert expected <= outcome(text, "rank_order")


def test_a_rank_in_an_uncertain_whole_is_not_flagged() -> None:
    # The rivals are categories in neighbouring sentences: the whole they split is not certain.
    text = "Diesel cars held the top spot with a 30% share of the market. Petrol cars took 55% of the market."
    assert outcome(text, "rank_order") == {UNSURE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the new poll, Roe leads Doe 47% to 36% among likely voters.", {PASS}),
        ("In the new poll, Roe leads Doe 57% to 46% among likely voters.", {WARN}),
        ("Roe won 51.1% of the vote compared to Doe's 47.2%.", {PASS}),
        ("Roe won 51.1% of the vote compared to Doe's 57.2%.", {WARN}),
        ("The governor began with a 45%/47% approval/disapproval rating and is now at 39%/55%.", {PASS}),
        ("The governor began with a 45%/47% approval/disapproval rating and is now at 39%/65%.", {PASS, WARN}),
    ],
)
def test_pairs_of_one_race(text: str, expected: set) -> None:
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    ("third", "expected"),
    [("10.77%", {PASS}), ("17.77%", {PASS, WARN})],  # the sum still fits; the ranked order breaks
)
def test_a_ranked_bullet_list(third: str, expected: set) -> None:
    text = (
        "The top three desktop browsers by market share last month:\n"
        "• Arrow 61.1% (4.78% decrease)\n"
        "• Bolt 14.45% (1.6% increase)\n"
        f"• Comet {third} (0.83% increase)\n"
    )
    found = check_text(text, only=["shares", "rank_order"]).findings
    assert {(f.status.value, f.severity.value) for f in found} == expected
