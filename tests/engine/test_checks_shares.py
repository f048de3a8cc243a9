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
        f"Delta ranks No. 4 in the storage market, winning {delta} share. Acme is first with a 30 percent "
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole of "28 of the 70 wards" is no player's figure: the leader's is the part before it
        ("The Greens won in 28 of the 70 wards, followed by Labour, which won in 23.", {PASS}),
        ("The Greens won in 28 of the 70 wards, followed by Labour, which won in 31.", {WARN}),
        ("Ortiz carried 19 of the 33 counties, followed by Reyes with 11.", {PASS}),
        ("Ortiz carried 19 of the 33 counties, followed by Reyes with 21.", {WARN}),
    ],
)
def test_the_whole_of_a_part_is_not_the_leader(text: str, expected: set) -> None:
    assert outcome(text, "rank_order") == expected


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
        # the loser's side of a result
        ("Sheriff Hollis lost the county primary to Ana Reyes 54.31% to 45.69%.", {PASS}),
        ("Sheriff Hollis lost the county primary to Ana Reyes 64.31% to 45.69%.", {WARN}),
        ("Councillor Dane lost his seat to Mira Holt 51% to 44%, with a third candidate taking the rest.", {PASS}),
        # a fall from one share to another is no race
        ("The party's share of the vote lost ground, slipping from 54% to 49%.", set()),
        # a standing rather than a verb
        ("The latest survey has Roe ahead 48 percent to 31 percent among registered voters.", {PASS}),
        ("The latest survey has Roe ahead 68 percent to 41 percent among registered voters.", {WARN}),
        ("The two are locked in a statistical tie, 41% to 40%, in the Marlow poll.", {PASS}),
        ("Doe trails badly in the north, where she is behind 38% to 52%.", {PASS}),
        # a range of a forecast is no race
        ("Ahead of the vote, analysts expect turnout of 55% to 60%.", set()),
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


# round 2: wholes read across sentences, the make-up of a group, ranks and orders stated apart -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one breakdown of one total, each sentence saying "of total revenues"
        (
            "Streaming made up 52% of total revenues. Vinyl accounted for 18% of total revenues, while downloads "
            "were at 9%.",
            {PASS},
        ),
        (
            "Streaming made up 52% of total revenues. Vinyl accounted for 48% of total revenues, while downloads "
            "were at 9%.",
            {PASS, WARN},
        ),
        # a race's tally, then the write-ins in the next sentence
        (
            "Roe received 612 votes, or 54.2% of the ballots, while Doe received 470 votes, or 41.6%. Write-in "
            "candidates took 4.2% of the ballots.",
            {PASS},
        ),
        (
            "Roe received 612 votes, or 54.2% of the ballots, while Doe received 470 votes, or 41.6%. Write-in "
            "candidates took 6.2% of the ballots.",
            {PASS, WARN},
        ),
        # a player called by what it is stands for the one the sentence before is about
        (
            "Cobalt leads the tablet market with a 31% share. The market share of the Swiss company's nearest "
            "rival, Dynamo, was 24%.",
            {PASS},
        ),
    ],
)
def test_wholes_read_across_sentences(text: str, expected: set) -> None:
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    "text",
    [
        # places beside a product: two ways to cut one total
        "Streaming made up 52% of total revenues. Europe accounted for 61% of total revenues.",
        # one company's own total, twice: whose total is not certain
        "Streaming made up 52% of its total revenue. Vinyl accounted for 58% of its total revenue.",
        # a category inside another
        "Streaming made up 52% of total revenues. Mobile streaming accounted for 58% of total revenues.",
        # one candidate a sentence: a roundup of races reads the same
        "Roe took 54% of the vote. Doe got 52% of the vote.",
    ],
)
def test_wholes_across_sentences_that_stay_uncertain(text: str) -> None:
    assert outcome(text, "shares") == {UNSURE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Respondents included 48.5% men, 12.0% under 30 years old, 55.5% 30–49 years old, 31.5% 50+ years old, "
            "72.4% nurses and 27.6% non-nurses.",
            {PASS},
        ),
        # a band broken: the bands of one scale must fit in 100%
        (
            "Respondents included 48.5% men, 12.0% under 30 years old, 65.5% 30–49 years old, 31.5% 50+ years old, "
            "72.4% nurses and 27.6% non-nurses.",
            {PASS, WARN},
        ),
        # a label and its negation make the whole group
        (
            "Respondents included 48.5% men, 12.0% under 30 years old, 55.5% 30–49 years old, 31.5% 50+ years old, "
            "72.4% nurses and 37.6% non-nurses.",
            {PASS, WARN},
        ),
        # rates within groups, not parts of one group
        ("Burnout was reported by 33.4% of nurses and 81.6% of non-nurses.", set()),
    ],
)
def test_the_make_up_of_one_group(text: str, expected: set) -> None:
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank, and its figure in the next sentence; the leader named with no figure takes the first place
        (
            "Brandt's lead as the most valuable listed company grew again, while second-place Castell and Norvik "
            "fell. Castell's market value was $886 billion and Norvik was valued at $874 billion.",
            {PASS},
        ),
        (
            "Brandt's lead as the most valuable listed company grew again, while second-place Castell and Norvik "
            "fell. Castell's market value was $886 billion and Norvik was valued at $1,136 billion.",
            {WARN},
        ),
        # "lost its title ... to": the rank is the taker's; "the German company" is the loser named before
        (
            "Castell lost its title as the world's biggest automaker to Norvik on the strength of its annual sales. "
            "Last year, the German company sold 10.2 million vehicles compared to the 10.3 million sales recorded "
            "by Norvik.",
            {PASS},
        ),
        (
            "Castell lost its title as the world's biggest automaker to Norvik on the strength of its annual sales. "
            "Last year, the German company sold 13.2 million vehicles compared to the 10.3 million sales recorded "
            "by Norvik.",
            {WARN},
        ),
        # a sentence that opens by putting a player ahead of the one the sentence before is about
        (
            "At the close, Norvik was worth $3.01 trillion and Castell $3.00 trillion. Ahead lies Brandt, with a "
            "value of $3.15 trillion.",
            {PASS},
        ),
        (
            "At the close, Norvik was worth $3.01 trillion and Castell $3.00 trillion. Ahead lies Brandt, with a "
            "value of $2.20 trillion.",
            {WARN},
        ),
        # an overtaking stated without figures, and both figures in the next sentence
        (
            "Cobalt has overtaken Dynamo in tablets. The market share of the Swiss company was 13.1%, while Dynamo "
            "held 11.8%.",
            {PASS},
        ),
        (
            "Cobalt has overtaken Dynamo in tablets. The market share of the Swiss company was 13.1%, while Dynamo "
            "held 15.8%.",
            {WARN},
        ),
    ],
)
def test_ranks_and_orders_stated_apart(text: str, expected: set) -> None:
    assert outcome(text, "rank_order") == expected


@pytest.mark.parametrize(
    "text",
    [
        # ranked by value, figures of revenue
        "Norvik is the world's most valuable chipmaker. Norvik reported revenue of $90 billion, while Castell "
        "posted $120 billion.",
        # a rank dated to other years
        "Castell had been the biggest truckmaker by sales since 2015. Castell sold 9.8 million vehicles, "
        "while Norvik sold 10.3 million.",
        # overtaken by value, then cars sold
        "Norvik overtook Castell as the most valuable carmaker. Norvik sold 500,000 cars, while Castell sold "
        "10 million.",
        # an overtaking dated to another year
        "Norvik overtook Castell in 2015. Norvik sold 500,000 cars, while Castell sold 10 million.",
    ],
)
def test_ranks_apart_of_another_measure_or_time_are_not_paired(text: str) -> None:
    assert outcome(text, "rank_order") == set()


def test_a_rank_apart_by_an_unnamed_measure_is_not_flagged() -> None:
    text = "Norvik is the second-largest automaker. Norvik sold 9.1 million cars, while Castell sold 9.9 million."
    assert outcome(text, "rank_order") <= {UNSURE, PASS}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one figure that several named players hold each counts once for each of them
        ("Xenon and Lumo each hold 30% of the tablet market, while Pell has 25%.", {PASS}),
        ("Xenon and Lumo each hold 40% of the tablet market, while Pell has 25%.", {WARN}),
        (
            "Xenon has 50% of the cloud market and Lumo 30%. Other companies with a market share of 2% include "
            "Pell, Quill, Rook and Sable.",
            {PASS},
        ),
        (
            "Xenon has 50% of the cloud market and Lumo 40%. Other companies with a market share of 5% include "
            "Pell, Quill, Rook and Sable.",
            {PASS, WARN},
        ),
    ],
)
def test_a_figure_held_by_several_players(text: str, expected: set) -> None:
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Roe won the seat with 52,345 votes to 49,876 for Doe, a margin of 2,469.", {PASS}),
        # the stated margin is not the difference of the counts
        ("Roe won the seat with 52,345 votes to 49,876 for Doe, a margin of 3,469.", {WARN}),
        # the winner with fewer votes than the loser
        ("Roe won the seat with 52,345 votes to 59,876 for Doe.", {WARN}),
        ("Roe defeated Doe by 2,469 votes, 52,345 to 49,876.", {PASS}),
        ("Roe won with 5,210 votes, while Doe received 4,980 and Poe got 1,200.", {PASS}),
        ("Roe won with 5,210 votes, while Doe received 5,980 and Poe got 1,200.", {WARN}),
        # another race's count in the same sentence, or two winners: two races
        ("Roe won with 5,210 votes, while in Ward 2 Doe received 5,980 votes.", set()),
        ("Roe won District 1 with 5,210 votes, and Doe won District 2 with 5,980 votes.", set()),
        # the total cast is no candidate's count
        ("Roe won 2,100 of the 5,000 votes cast, while Doe received 1,900.", {PASS}),
    ],
)
def test_vote_counts_against_the_result(text: str, expected: set) -> None:
    assert outcome(text, "rank_order") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rivals' figures in brackets after their names, behind whom the ranked player is
        ("Pell ranked third with 14% of the market, behind Quill (22%) and Rook (18%).", {PASS}),
        ("Pell ranked third with 24% of the market, behind Quill (22%) and Rook (18%).", {WARN}),
        # a rival's own figure in a relative clause after its name is the rival's
        (
            "Quill shipped 60 million phones, making it the second-largest vendor behind Rook, which shipped "
            "65 million.",
            {PASS},
        ),
        (
            "Quill shipped 60 million phones, making it the second-largest vendor behind Rook, which shipped "
            "55 million.",
            {PASS, WARN},
        ),
        # ranked by what the rank phrase does not say: the revenue figures are not what "largest carrier" is by
        (
            "Analysts said Quill, the largest carrier, would report revenue of $12 billion, compared with $15 billion "
            "for Rook.",
            set(),
        ),
    ],
)
def test_rivals_named_beside_a_rank(text: str, expected: set) -> None:
    assert outcome(text, "rank_order") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the race for mayor, Roe took 52% of the vote, Doe 45% and others 3%.", {PASS}),
        ("In the race for mayor, Roe took 52% of the vote, Doe 45% and others 13%.", {WARN}),
        (
            "Her approval stood at 47 percent among likely voters, while 49 percent of likely "
            "voters disapproved of her.",
            {PASS},
        ),
        (
            "Her approval stood at 57 percent among likely voters, while 49 percent of likely "
            "voters disapproved of her.",
            {WARN},
        ),
    ],
)
def test_the_rest_and_the_answers_named_in_one_sentence(text: str, expected: set) -> None:
    assert outcome(text, "shares") == expected


@pytest.mark.parametrize(
    ("share", "expected"),
    [("24.6", {("pass", "info")}), ("34.6", {("fail", "warning")})],
)
def test_a_rank_once_held_is_not_the_rank_now(share: str, expected: set) -> None:
    # "which once was the leader" is Tessa's past rank; "second place" is its rank now, and Tessa holds it.
    text = (
        "Orvik was the leader with a share of 31.2 percent. Tessa, which once was the leader, has moved into "
        f"second place with {share} percent."
    )
    report = check_text(text, only=["rank_order"])
    assert {(f.status.value, f.severity.value) for f in report.findings} >= expected
    messages = [f.message for f in report.findings]
    assert not any("has (" in m or (m.startswith("Tessa") and "“the leader”" in m) for m in messages), messages
    assert any("Tessa (" in m for m in messages), messages


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the rank sits in a clause about the segment it ranks in; the share after the clause is the segment's
        (
            "Among fuels, diesel kept a 41% market share. Electric cars, where Norvik ranks as the biggest brand, "
            "accounted for a 17% market share.",
            set(),
        ),
        (
            "Hatchbacks held 38% of the market, while compact SUVs, of which Quill is the biggest seller, had a "
            "market share of 22%.",
            set(),
        ),
        # a rank bound to its player's own figure is still checked
        ("Delta, the largest player in storage, took a 17% market share; Acme had a 41% share.", {WARN}),
    ],
)
def test_a_rank_inside_a_clause_about_the_whole_does_not_take_its_share(text: str, expected: set) -> None:
    assert outcome(text, "rank_order") == expected
