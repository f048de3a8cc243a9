"""A distinctive figure told again, value for value, in another sentence about the same thing.

The pairing rests on the value, so a copy that was changed does not pair (and no warning can come of it); moves of
one size in other series, halves of a whole, a forecast against a result and the sides of a poll's pair stay
unpaired.
"""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relations.same_figures_repeated import find
from tests.engine.test_checks_changes import PASS, figure_pairs, verdicts


def _pairs(text: str) -> set[tuple[str, str]]:
    return figure_pairs(find, text)


def _verdicts(text: str) -> set[tuple[str, str]]:
    return verdicts(text, "same_figure", pairing="gives the value")


_JOBLESS = (
    "The jobless rate in Harwick fell 0.2 percentage point to {a} in May, the lowest since 2019, the labour office "
    "said. Over the year the jobless rate has fallen from 5.6 percent to {b}."
)
_DECK = (
    "Orvane grabs 41% of a $86B chip market\n"
    "Orvane, Tessel and Brio together hold {a} of the market.\n\n"
    "With Orvane, Tessel and Brio pulling ahead of smaller rivals, the three now take {b} of what companies spend "
    "on chips, the research firm Calder Data said."
)
_GUIDANCE = (
    "Kelmar raised its sales growth guidance for the year to 9-11 per cent from {a}, the company said. "
    "Orders picked up in May. Chief executive Ana Ruiz said Kelmar was raising its guidance from {b} because "
    "demand had returned."
)
_WAGES = (
    "Corvey wages rise {a} as jobs market tightens\n\n"
    "Wages in Corvey were up a greater-than-expected {b} in the three months to June, the statistics office said."
)
_OFFER = (
    "The Rs 482-crore maiden issue of Tamsin Foods drew strong demand on its last day. "
    "Tamsin had set a price band of Rs 310-326 a share. "
    "Bids for the {a} maiden issue came to 38.4 times the shares on offer."
)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # a level told again as the end of the year's move
        (_JOBLESS.format(a="4.7 percent", b="4.7 percent"), ("4.7 percent", "4.7 percent")),
        # a deck's share told again in the body, in other words
        (_DECK.format(a="71%", b="71%"), ("71%", "71%")),
        # a guidance range told twice as the start of its rise
        (_GUIDANCE.format(a="6.5-8.5 per cent", b="6.5-8.5 per cent"), ("6.5-8.5 per cent", "6.5-8.5 per cent")),
        # a headline's rise told again as a level with "a greater-than-expected"
        (_WAGES.format(a="2.7%", b="2.7 per cent"), ("2.7%", "2.7 per cent")),
        # an offer's size, hyphenated once
        (_OFFER.format(a="Rs 482-crore"), ("Rs 482-crore", "Rs 482-crore")),
    ],
)
def test_a_figure_told_again_pairs_and_passes(text: str, pair: tuple[str, str]) -> None:
    assert pair in _pairs(text)
    assert _verdicts(text) == {PASS}


@pytest.mark.parametrize(
    "text",
    [
        # a copy that was changed: the value no longer pairs it
        _JOBLESS.format(a="4.7 percent", b="4.9 percent"),
        _DECK.format(a="71%", b="73%"),
        _GUIDANCE.format(a="6.5-8.5 per cent", b="6.5-9 per cent"),
        _WAGES.format(a="2.7%", b="2.9 per cent"),
        _OFFER.format(a="Rs 428-crore"),
    ],
)
def test_a_changed_copy_does_not_pair(text: str) -> None:
    assert _pairs(text) == set()


@pytest.mark.parametrize(
    "text",
    [
        # moves of one size in two series
        "Tarvia's economy expanded 3.5 percent in the quarter, the statistics office said. "
        "Exports shrank 3.5 percent as demand in Europe cooled.",
        # halves of a whole in parallel lines
        "Sales at Norvik's stores in the north rose 4.6% in May. Sales at its stores in the south rose 4.6% as well.",
        # two named players with the same count
        "Norvik shipped 12.4 million phones in the quarter. Brandt shipped 12.4 million phones too.",
        # a forecast against the result
        "Economists had expected Dalby's retail sales to grow 1.7% in March. Retail sales in Dalby grew 1.7% in "
        "March, the office said.",
        # a rise against a fall
        "Retail sales in Dalby fell 1.8% in July. Retail sales in Dalby, excluding fuel, advanced 1.8% in August.",
        # the sides of two polls' pairs
        "A Halden poll puts Roe ahead of Doe 46 percent to 41 percent. In a match-up with Ames, Roe leads Ames "
        "46 percent to 40 percent.",
        # round marks that recur
        "Over 50 per cent of the seats went to the coalition. Half the races were won with over 50 per cent of "
        "the vote.",
    ],
)
def test_look_alikes_do_not_pair(text: str) -> None:
    assert _pairs(text) == set()


def test_a_figure_told_three_times_gives_every_copy_its_first_telling() -> None:
    text = (
        "Economic growth in Marlow reached 6.8 percent in the second quarter, official data showed. "
        "On a yearly basis, growth in the second quarter was 6.8 percent, up from 5.9 percent. "
        "Farm output rose. Overall the statistics office put growth at 6.8 percent for the quarter."
    )
    ctx = ArticleContext(text=text, claims=list(extract_claims(text)))
    copies = [c.id for c in ctx.claims if c.quantity.text == "6.8 percent"]
    pairs = {(r.members[0].claim, r.members[1].claim) for r in find(ctx)}
    assert pairs == {(copies[0], copies[1]), (copies[0], copies[2]), (copies[1], copies[2])}
