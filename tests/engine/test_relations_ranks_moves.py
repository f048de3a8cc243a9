"""The biggest move among several ("the top loser", "the fastest-growing segment", "led the way"), end to end on
made-up sentences: the ranked move must be the largest of the moves that way beside it; superlatives over time, of
one player's own history, ordinals and moves of another span do not pair; peers the words do not list stay
uncertain."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text
from tests.engine.test_checks_changes import PASS, QUIET, WARN, verdicts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the extreme with its move, the rest listed after "while"
        ("Brewers were the top losers, sliding 4.1%, while distillers and bottlers fell 3.0% and 2.2%.", {PASS}),
        ("Brewers were the top losers, sliding 2.1%, while distillers and bottlers fell 3.0% and 2.2%.", {WARN}),
        # a rise: the segment growing fastest, the others after "while"
        ("Vans were the fastest-growing segment, up 14.2%, while estates rose 3.1% and coupes rose 0.9%.", {PASS}),
        ("Vans were the fastest-growing segment, up 14.2%, while estates rose 3.1% and coupes rose 19.9%.", {WARN}),
        # "led the way", its way read from the figure's own noun; the rest after "followed by"
        (
            "Rail freight led the way with an 18.4% rise, followed by road haulage, up 11.0%, and barges, up 9.7%.",
            {PASS},
        ),
        (
            "Rail freight led the way with an 18.4% rise, followed by road haulage, up 21.0%, and barges, up 9.7%.",
            {WARN},
        ),
        # the figure before ", the biggest ...", a rise beside it is no rival for a drop
        ("Cobalt fell 6.1%, the biggest decline, while nickel lost 2.4% and tin gained 7.5%.", {PASS}),
        ("Cobalt fell 1.1%, the biggest decline, while nickel lost 2.4% and tin gained 7.5%.", {WARN}),
        # the biggest beneficiary of a rise, the others after "while"
        (
            "The biggest beneficiary was the ferry route, where bookings grew 19%, while coach bookings rose 7%.",
            {PASS},
        ),
        (
            "The biggest beneficiary was the ferry route, where bookings grew 19%, while coach bookings rose 27%.",
            {WARN},
        ),
        # "the most" of a move, "grew the most", "fell the most", "led all regions"
        ("Pellam saw the most year-on-year growth, 12.4 percent, while Norvik grew 7.5 percent.", {PASS}),
        ("Pellam saw the most year-on-year growth, 12.4 percent, while Norvik grew 17.5 percent.", {WARN}),
        ("The Skye crossing grew the most, by 19%, while the Mull route grew 4% and the Arran route 2%.", {PASS}),
        ("The Skye crossing grew the most, by 19%, while the Mull route grew 24% and the Arran route 2%.", {WARN}),
        ("Copper fell the most, down 4.2%, while zinc slipped 1.1%.", {PASS}),
        ("Copper fell the most, down 4.2%, while zinc slipped 5.1%.", {WARN}),
        (
            "Pacific carriers led all regions with traffic growth of 9.8 per cent, while European airlines posted "
            "3.1 per cent growth.",
            {PASS},
        ),
        (
            "Pacific carriers led all regions with traffic growth of 9.8 per cent, while European airlines posted "
            "13.1 per cent growth.",
            {WARN},
        ),
        # a second figure of the ranked player's own clause is not a rival
        (
            "The harbour region led the way with a 12.6% rise in demand, as well as a 14.9% rise in capacity, "
            "while the inland region grew 8.2%.",
            {PASS},
        ),
    ],
)
def test_the_biggest_move_against_the_moves_listed(text: str, expected: set) -> None:
    assert verdicts(text, "rank_order") == expected


@pytest.mark.parametrize(
    "text",
    [
        # rivals in the next sentences: the words do not say they are of the set ranked
        "Vans were the fastest-growing segment, up 4.2%. Estates rose 6.1% in the month.",
        "Orvik Mining was hardest hit, down 3.3%. The wider index fell 4.0% on the day.",
        # the superlative names a set the other move may lie outside
        "Halvex was the biggest gainer among lenders, up 3.2%, while the broader index rose 4.1%.",
    ],
)
def test_rivals_the_words_do_not_list_stay_uncertain(text: str) -> None:
    assert verdicts(text, "rank_order") <= {QUIET}
    relations = [r for r in check_text(text).relations if "biggest of the moves" in r.reason]
    assert relations and all(not r.evidence.certain for r in relations)


@pytest.mark.parametrize(
    "text",
    [
        # a superlative over time, not over the figures beside it
        "Shares of Lorvane fell 7.2%, the biggest drop since 2019, while rival Quenta slid 9.0%.",
        "Exports posted the sharpest rise in five years, up 6.5%, while imports climbed 8.8%.",
        # "the most" over time, and "the most of" a move
        "Lorvane shares rose the most in five years, up 6.2%, while Quenta gained 8.0%.",
        "Exports made up the most of the increase, 4.1%, while imports rose 5.5%.",
        # one player's own extreme, an ordinal and "one of the biggest"
        "It was Lorvane's biggest gain, up 3.0%, while Quenta rose 5.2%.",
        "Quenta posted the second-biggest gain, up 3.0%, while Lorvane rose 5.2%.",
        "Quenta posted one of the biggest gains, up 3.0%, while Lorvane rose 5.2%.",
        # the other move is of another span of time
        "Tin was the top gainer, up 2.1% on the day, while zinc is up 8.4% so far this year.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert not [r for r in check_text(text).relations if "biggest of the moves" in r.reason]


def _peers(text: str) -> int:
    relations = [r for r in check_text(text).relations if "biggest of the moves" in r.reason]
    return max((len(r.claims("peer")) for r in relations), default=0)


@pytest.mark.parametrize(
    ("text", "peers"),
    [
        # a list of bracketed moves that one verb after the list governs, in the sentence after the extreme
        (
            "Harbour towns led the gains with a 7.4% rise. Lakeside (3.1%), Upland (2.6%) and Moorend (1.9%) "
            "also grew.",
            3,
        ),
        (
            "Copper posted the biggest drop, down 5.2%. Zinc (1.3%) and lead (2.8%) both saw modest declines on the "
            "day.",
            2,
        ),
        ("Halvor led the way, up 9.0%. Brisk (4.4%), Tamsel (2.2%), and Orrin (1.7%) also all saw solid growth.", 3),
        # the bracketed figures are shares, not moves: no verb of a move after the list
        ("Harbour towns led the gains with a 7.4% rise. Lakeside (31%) and Upland (26%) make up the rest.", 0),
        # the verb goes the other way: no rival of a gain
        ("Harbour towns led the gains with a 7.4% rise. Lakeside (3.1%) and Upland (2.6%) fell.", 0),
    ],
)
def test_a_bracketed_list_after_the_extreme_gives_peers(text: str, peers: int) -> None:
    assert _peers(text) == peers
    # peers from another sentence: the set ranked is not stated
    assert verdicts(text, "rank_order") <= {QUIET, PASS}
