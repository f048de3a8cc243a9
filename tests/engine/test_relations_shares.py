"""Finding shares of one whole and stated ranks: which relations, with which members, and how certain.

Every text here is made up. A relation is described by its kind, the printed figures of its members by role,
and whether its pairing is certain.
"""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relation import Relation, RelationKind
from factcheck.relations import ranks, ranks_apart, ranks_orders, shares


def found(text: str, finder) -> list[Relation]:
    ctx = ArticleContext(text=text, claims=extract_claims(text))
    return list(finder(ctx))


def described(text: str, relation: Relation) -> tuple[str, tuple[tuple[str, str], ...], bool]:
    ctx_claims = {c.id: c for c in extract_claims(text)}
    members = tuple((m.role, ctx_claims[m.claim].quantity.text) for m in relation.members)
    return relation.kind.value, members, relation.evidence.certain


def share_relations(text: str) -> set[tuple[str, tuple[tuple[str, str], ...], bool]]:
    return {described(text, r) for r in found(text, shares.find)}


def rank_relations(text: str) -> set[tuple[str, tuple[tuple[str, str], ...], bool]]:
    return {described(text, r) for finder in (ranks.find, ranks_orders.find) for r in found(text, finder)}


def members(*figures: str, role: str = "share") -> tuple[tuple[str, str], ...]:
    return tuple((role, f) for f in figures)


# shares ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sentence lists the players of one market: a structure, certain
        (
            "Acme Cloud has 40% of the market, followed by Borealis at 25% and Cobalt at 10%.",
            {("shares", members("40%", "25%", "10%"), True)},
        ),
        # one vote split in one sentence
        (
            "Jane Roe won 52% of the vote, while John Doe took 46%.",
            {("shares", members("52%", "46%"), True)},
        ),
        # the answers to one poll question, also as a slash pair
        (
            "In the survey, 48% of residents approve of the mayor while 45% disapprove.",
            {("shares", members("48%", "45%"), True)},
        ),
        (
            "The mayor's approval/disapproval stood at 41/52 in the autumn survey.",
            {("shares", members("41", "52"), True)},
        ),
        # named players in neighbouring sentences of one market: inferred, certain
        (
            "Acme Cloud leads the market with a 31% share. Borealis is second with 24% of the market. "
            "Cobalt Systems has a 12% market share.",
            {("shares", members("31%", "24%", "12%"), True)},
        ),
        # a word for the whole market between the figure and "share"
        (
            "Acme Cloud took a 31% share of the overall market, while Borealis took a 24% overall market share.",
            {("shares", members("31%", "24%"), True)},
        ),
    ],
)
def test_shares_of_one_whole(text: str, expected: set) -> None:
    assert share_relations(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # different wholes: all phones and smartphones
        "Acme held 21% of the mobile phone market, while its share of smartphones was 32%.",
        # a narrow market against the whole one
        "Voltra holds 55% of the electric-car market, while Dynamo has 50% of the total car market.",
        # a segment is a smaller whole than the market
        "Acme's share of the premium segment was 70%, and Borealis had 40% of the overall market.",
        # growth rates listed beside a share are not shares
        "Acme's shipments grew 30%, Borealis's 12%, and Cobalt holds a 21% share of the market.",
        # the whole market against a segment of it, the word for the whole before "share"
        "Voltra holds a 55% share of the electric-car market and Dynamo a 50% overall market share.",
        # a combined share is not one more player
        "Acme, Borealis and Cobalt together hold 70% of the market.",
        # a forecast is another whole than today's split
        "Acme will hold 30% of the market by 2030, while Borealis currently has 75% of the market.",
        # a share of a ratio's base that nobody splits
        "The deficit reached 4.5% of GDP, while debt stood at 91% of GDP.",
        # a threshold, not a share anyone holds
        "Some 300 winners polled a vote share of 50 per cent or more, while 200 won with under 50 per cent.",
        # one producer's own output against the world's total
        "The outage cut 3.1 million barrels a day, 45% of the total global oil supply. Within a week, 75% of "
        "the oil giant's production had been restored.",
        # "shares of the company" is its stock; the figures are premiums over an offer price
        "Before the listing, shares of the lender were changing hands at 31 percent grey market premium. On "
        "Friday, shares of the lender were quoted at a 29.5 percent grey market premium.",
        # two companies' own breakdowns
        "Some 40% of Koru's sales came from Europe. About 35% of Vela's sales came from Asia.",
    ],
)
def test_no_shares_of_one_whole(text: str) -> None:
    assert share_relations(text) == set()


def test_holders_named_before_market_share_split_one_market() -> None:
    text = "Koru's market share rose to 40%. Vela's market share was 35% and Tamsin held 30%."
    assert share_relations(text) != set()


def test_regions_are_different_wholes() -> None:
    text = "In Norway, Acme leads with 35% market share. In Sweden, Borealis holds a 70% market share."
    assert share_relations(text) == set()


def test_years_are_different_wholes() -> None:
    text = "Acme held 20% of the market in 2022. Borealis held 30% of the market in 2023."
    assert share_relations(text) == set()


def test_combined_share_is_left_out_of_the_players() -> None:
    text = (
        "Acme, Borealis and Cobalt together hold 70% of the market. Acme has 30% of the market, "
        "Borealis 25% and Cobalt 15%."
    )
    assert share_relations(text) == {("shares", members("30%", "25%", "15%"), True)}


@pytest.mark.parametrize(
    "text",
    [
        # categories of a breakdown may be cut along other lines from one sentence to the next
        "Diesel cars took a 20% share of the market. Petrol cars accounted for 55% of the market.",
        # shares of revenue in different sentences: segments, regions, products
        "The cloud unit accounted for 40% of revenue. Europe made up 70% of revenue.",
        # vote shares in different sentences may be of different races
        "Jane Roe won 52% of the vote. In the council race, John Doe took 61% of the vote.",
    ],
)
def test_shares_stated_apart_stay_uncertain(text: str) -> None:
    relations = share_relations(text)
    assert relations, "the shares should still be put together"
    assert all(not certain for _, _, certain in relations)


def test_a_list_that_names_the_rest_is_exhaustive() -> None:
    text = "Visits by browser:\nAlpha — 61 percent\nBeta — 27 percent\nOthers — 12 percent\n"
    relations = found(text, shares.find)
    assert len(relations) == 1
    assert relations[0].params["exhaustive"] is True
    assert relations[0].evidence.certain


# ranks --------------------------------------------------------------------------------------


def test_stated_rank_with_its_share_and_the_rivals_of_its_whole() -> None:
    text = (
        "Delta ranks No. 4 in the storage market, winning 4 percent share. Acme is first with a 30 percent "
        "share of the storage market, followed by Borealis at 21 percent share then Cobalt at 12 percent share."
    )
    relations = rank_relations(text)
    assert (
        "rank_order",
        (("ranked", "4 percent"), ("peer", "30 percent"), ("peer", "21 percent"), ("peer", "12 percent")),
        True,
    ) in relations
    assert ("rank_order", members("30 percent", "21 percent", "12 percent", role="item"), True) in relations


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acme sold 1.2 million cars through June, with Borealis close behind at 1.1 million.",
            ("rank_order", members("1.2 million cars", "1.1 million", role="item"), True),
        ),
        (
            "Cobalt came in third place with 17% of the market after Borealis's 22%.",
            ("rank_order", members("22%", "17%", role="item"), True),
        ),
        (
            "Acme leads with 35% market share, ahead of Borealis at 25%.",
            ("rank_order", members("35%", "25%", role="item"), True),
        ),
    ],
)
def test_orders_stated_between_two_figures(text: str, expected: tuple) -> None:
    assert expected in rank_relations(text)


@pytest.mark.parametrize(
    "text",
    [
        # an ordinal that counts time is no standing
        "Acme posted its second straight quarterly gain, taking 12% of the market.",
        # a figure after "ahead of" that measures something else
        "Revenue was $10 billion, ahead of Friday's $12 billion bond sale.",
        # "a market leader" is one of the leaders, not the first
        "Acme is a market leader with 30% of the tablet market.",
    ],
)
def test_no_rank(text: str) -> None:
    assert rank_relations(text) == set()


def test_a_rank_bound_to_another_players_figure_is_not_paired() -> None:
    # "which held fourth" is Dynamo's rank; the 9 percent before it is Cobalt's.
    text = "Cobalt's market share rose to 9 percent, near a tie with Dynamo, which held fourth."
    assert rank_relations(text) == set()


def test_rank_with_levels_takes_rivals_from_its_own_sentence_only() -> None:
    text = (
        "Worldwide, 1.5 million electric vans were sold last year. Second in the rankings was Norland, where "
        "115,000 vans were sold, followed by Estria, where 68,000 were sold."
    )
    relations = [r for r in found(text, ranks.find) if r.claim("ranked")]
    assert len(relations) == 1
    assert [m.role for m in relations[0].members] == ["ranked", "peer"]
    assert relations[0].kind == RelationKind.RANK_ORDER


@pytest.mark.parametrize(
    "text",
    [
        # the same player in two counties: two races, not one split
        "Jane Roe got 48% of the vote in Adams County, but she got 61% of the vote in Brown County.",
        # several players with one figure each
        "Acme, Borealis and Cobalt each hold about 30% of the market.",
        # a condition, not a result
        "If no candidate receives more than 50% of the vote, the top two meet in a runoff.",
        # a player named again with another figure starts another whole (another product's market)
        "Norcom has a 35 per cent market share, followed by Estel (28 per cent). "
        "The broadband market share of Norcom was 56 per cent.",
    ],
)
def test_one_player_twice_is_not_a_split(text: str) -> None:
    relations = share_relations(text)
    assert not any("56 per cent" in dict(m).values() and "35 per cent" in dict(m).values() for _, m, _ in relations), (
        relations
    )
    if "Norcom" not in text:
        assert relations == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rival's figure after "compared to"
        ("Roe won 51.1% of the vote compared to Doe's 47.2%.", members("51.1%", "47.2%")),
        # a head-to-head poll
        ("In the new poll, Roe leads Doe 47% to 36% among likely voters.", members("47%", "36%")),
        # a slash pair with its answers after it
        ("The governor began the year with a 45%/47% approval/disapproval rating.", members("45%", "47%")),
    ],
)
def test_pairs_of_one_race(text: str, expected: tuple) -> None:
    assert ("shares", expected, True) in share_relations(text)


def test_a_rank_behind_named_rivals_is_the_subjects() -> None:
    text = "Cobalt remains in third place behind Acme and Borealis with a 9% market share."
    relations = found(text, ranks.find)
    ranked = [r for r in relations if r.claim("ranked")]
    assert ranked and all(r.params["holders"][r.claim("ranked")] == "Cobalt" for r in ranked)


# round 2 ------------------------------------------------------------------------------------------


def test_a_breakdown_of_the_total_across_sentences_is_certain() -> None:
    text = (
        "Streaming made up 52% of total revenues. Vinyl accounted for 18% of total revenues, while downloads "
        "were at 9%."
    )
    assert ("shares", members("52%", "18%", "9%"), True) in share_relations(text)


def test_the_rest_of_the_field_closes_a_race() -> None:
    text = (
        "Roe received 612 votes, or 54.2% of the ballots, while Doe received 470 votes, or 41.6%. Write-in "
        "candidates took 4.2% of the ballots. In the council race, Poe took 61% of the ballots."
    )
    relations = share_relations(text)
    assert ("shares", members("54.2%", "41.6%", "4.2%"), True) in relations
    assert not any("61%" in dict(m).values() for _, m, _ in relations)


def test_a_label_and_its_negation_cover_the_group() -> None:
    text = "The panel comprised 61.5% engineers and 38.5% non-engineers."
    relations = found(text, shares.find)
    assert len(relations) == 1
    assert relations[0].params["exhaustive"] is True
    assert relations[0].evidence.certain


def test_a_player_called_by_what_it_is() -> None:
    text = (
        "Cobalt has overtaken Dynamo in tablets. The market share of the Swiss company was 13.1%, while Dynamo "
        "held 11.8%."
    )
    relation = next(r for r in found(text, shares.find))
    assert sorted(relation.params["holders"].values()) == ["Cobalt", "Dynamo"]


def test_a_rank_with_its_figure_in_the_next_sentence() -> None:
    text = (
        "Brandt's lead as the most valuable listed company grew again, while second-place Castell and Norvik "
        "fell. Castell's market value was $886 billion and Norvik was valued at $874 billion."
    )
    relations = [r for r in found(text, ranks.find) if r.claim("ranked")]
    assert len(relations) == 1
    relation = relations[0]
    assert relation.evidence.certain
    assert relation.params["rank"] == 2
    assert relation.params["above"] == ["Brandt"]


def test_a_rank_apart_by_an_unnamed_measure_is_uncertain() -> None:
    text = "Norvik is the second-largest automaker. Norvik sold 9.1 million cars, while Castell sold 9.9 million."
    relations = [r for r in found(text, ranks.find) if r.claim("ranked")]
    assert relations and not any(r.evidence.certain for r in relations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At the close, Norvik was worth $3.01 trillion and Castell $3.00 trillion. Ahead lies Brandt, with a "
            "value of $3.15 trillion.",
            ("rank_order", members("$3.15 trillion", "$3.01 trillion", role="item"), True),
        ),
        (
            "Cobalt has overtaken Dynamo in tablets. The market share of the Swiss company was 13.1%, while "
            "Dynamo held 11.8%.",
            ("rank_order", members("13.1%", "11.8%", role="item"), True),
        ),
    ],
)
def test_orders_stated_apart_from_their_figures(text: str, expected: tuple) -> None:
    assert expected in {described(text, r) for r in found(text, ranks_apart.find)}
