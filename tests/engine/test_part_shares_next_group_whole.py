"""The next player's "N (P%)" takes the whole stated in the sentence before only when its own sentence states no
whole of its own (in any wording: "had 2,750 residents", "home to", "with 3,900 drivers", "there were") and the
earlier whole is not the first player's own total ("Kessel employs 5,400 drivers", "the drivers at Kessel").
A market named apart from its players is still shared, and a wrong share of it is still caught."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text


def outcome(text: str) -> set[tuple[str, str]]:
    return {(f.status.value, f.severity.value) for f in check_text(text).findings if f.check == "part_share"}


PASS = {("pass", "info")}
PASS_AND_WARN = {("pass", "info"), ("fail", "warning")}


@pytest.mark.parametrize(
    "text",
    [
        # the second group's whole told as a level in its own sentence, in several wordings
        "Of 3112 residents in the northern villages, 2210 (71%) qualified for the scheme and 1380 (44%) joined in "
        "the first week. The southern villages had 2750 residents; 1650 (60%) qualified there and 990 (36%) joined "
        "later.",
        "Of 3,112 residents in the northern villages, 2,210 (71%) qualified for the scheme. The southern villages, "
        "home to 2,750 residents, saw 1,650 (60%) qualify.",
        "Of 3,112 residents in the northern villages, 2,210 (71%) qualified for the scheme. There were 2,750 "
        "residents in the south, and 1,650 (60%) qualified.",
        "Out of 8,200 nurses in the Brisk trust, 5,740 (70%) backed the walkout. Harlow trust counts 6,100 nurses, "
        "and 3,050 (50%) voted yes.",
    ],
)
def test_second_group_with_a_whole_of_its_own(text: str) -> None:
    assert outcome(text) == PASS


@pytest.mark.parametrize(
    "text",
    [
        # the earlier whole is the first employer's own staff: the next employer's share is of its own staff
        "Of the 5,400 drivers at Kessel Freight, 1,188 (22%) joined the strike on Monday. At Ormond, 702 (18%) "
        "walked out, up from 650 last year.",
        "Kessel Freight employs 5,400 drivers, and 1,188 (22%) joined the strike on Monday. Ormond saw 702, or 18%, "
        "walk out.",
        "Of Kessel's 5,400 drivers, 1,188 (22%) struck on Monday. Ormond saw 702, or 18%, walk out.",
    ],
)
def test_first_players_own_total_is_not_shared(text: str) -> None:
    assert ("fail", "warning") not in outcome(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orla sold 180 million handsets in 2023, giving it a 15 percent share of a market of about 1.2 billion "
         "phones. Venn shipped 300 million, or 19 percent.", PASS_AND_WARN),
        ("Orla sold 180 million handsets in 2023, giving it a 15 percent share of a market of about 1.2 billion "
         "phones. Venn shipped 228 million, or 19 percent.", PASS),
        # the market told first, the player named past a comma: still a shared market
        ("In a market of 1.2 billion phones, Orla sold 180 million (15%). Venn shipped 300 million, or 19 percent.",
         PASS_AND_WARN),
        # a prior figure beside the next player's is no whole of its own
        ("Orla sold 180 million handsets in 2023, giving it a 15 percent share of a market of about 1.2 billion "
         "phones. Venn shipped 300 million, or 19 percent, against 280 million a year before.", PASS_AND_WARN),
    ],
)  # fmt: skip
def test_market_still_shared(text: str, expected: set) -> None:
    assert outcome(text) == expected
