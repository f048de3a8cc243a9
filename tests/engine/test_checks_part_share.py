"""part_share: a part, its whole and its share; shares of one market imply one size. End to end on made-up text."""

from __future__ import annotations

import pytest

from factcheck.runner import check_text

PASS = ("pass", "info")
WARN = ("fail", "warning")
UNSURE = ("indeterminate", "info")


def outcome(text: str) -> set[tuple[str, str]]:
    report = check_text(text, only=["part_share"])
    return {(f.status.value, f.severity.value) for f in report.findings}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause gives all three
        ("In the vote, 132 (57 per cent) out of 233 members backed the plan.", {PASS}),
        ("In the vote, 132 (75 per cent) out of 233 members backed the plan.", {WARN}),
        # a spelled count with its share in brackets right after it
        ("Of the 40 branches, five (12.5 per cent) were closed last year.", {PASS}),
        ("Of the 40 branches, five (15 per cent) were closed last year.", {WARN}),
        # a rank of players is no count of a part
        ("The top five (12%) of the 30 firms grew fastest.", set()),
        ("The bakery chain will lay off 45 of its 300 workers, or 15%, the company said.", {PASS}),
        ("The bakery chain will lay off 45 of its 300 workers, or 25%, the company said.", {WARN}),
        ("Out of 900 patients enrolled, 630 (70.0%) finished the trial.", {PASS}),
        ("Out of 900 patients enrolled, 630 (60.0%) finished the trial.", {WARN}),
        # the whole stated apart, the only figure marked as one
        ("Norvia, which employs about 4,100 people, will cut 336 jobs, or about 8 percent of its workforce.", {PASS}),
        ("Norvia, which employs about 4,100 people, will cut 336 jobs, or about 18 percent of its workforce.", {WARN}),
        (
            "The whole market shipped 50 million tablets in the quarter. Kestrel shipped 12.5 million tablets in the "
            "quarter, taking 25% of the market.",
            {PASS},
        ),
        # the whole called by the word that names the share's market
        (
            "Some 3.1 million domestic passengers flew in May, the regulator said. Acme Air flew 1.2 million "
            "passengers and held a 38.7 percent share of the domestic market.",
            {PASS},
        ),
        (
            "Some 3.1 million domestic passengers flew in May, the regulator said. Acme Air flew 1.2 million "
            "passengers and held a 48.7 percent share of the domestic market.",
            {WARN},
        ),
        # ... but not a player's own figure called so
        (
            "Borealis Air flew 3.1 million domestic passengers in May. Acme Air flew 1.2 million passengers and "
            "held a 48.7 percent share of the domestic market.",
            set(),
        ),
        # a cut stated as a share of the whole that follows it
        ("Norvia cut 336 employees, or about 8 percent of its 4,100 workers.", {PASS}),
        ("Norvia cut 336 employees, or about 18 percent of its 4,100 workers.", {WARN}),
        # a price move restated in percent is not a share, nor is a high stated before it a whole
        ("Gulf crude added 74 cents, or 1.3%, to settle at $57.60.", set()),
        ("After touching a peak of 9,412.5, the index settled up 92.4 points, or 0.99 per cent, at 9,400.1.", set()),
    ],
)
def test_part_of_a_whole(text: str, expected: set) -> None:
    assert outcome(text) == expected


def test_two_possible_wholes_leave_the_share_uncertain() -> None:
    text = (
        "Norvia employs 4,100 people in total and its rival employs 2,000 people in total. "
        "Norvia will cut 336 jobs, or about 18 percent of its workforce."
    )
    assert outcome(text) == {UNSURE}


@pytest.mark.parametrize(("beta", "expected"), [("30 million", {PASS}), ("60 million", {WARN})])
def test_shares_of_one_market_imply_one_market_size(beta: str, expected: set) -> None:
    text = (
        f"Acme shipped 40 million units, taking 20% of the market. Beta shipped {beta} units, taking 15% of the market."
    )
    assert outcome(text) == expected


_ORWIN = (
    "Orwin ranked second among e-bike makers through June with 24,000 sales, giving it an 8% share of the segment. "
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that opens on an earlier period gives last year's market: no size to compare
        (_ORWIN + "In the year-earlier period, Dask sold only 1,500 e-bikes for a 0.7% share.", set()),
        (_ORWIN + "A year earlier, Dask had 1,500 sales, a 0.7% share.", set()),
        # a sentence of the same period still implies one size
        (_ORWIN + "Dask was third with 15,000 sales for a 5% share.", {PASS}),
        (_ORWIN + "Dask was third with 15,000 sales for a 9% share.", {WARN}),
    ],
)
def test_a_share_dated_earlier_by_its_sentence_is_another_market(text: str, expected: set) -> None:
    assert outcome(text) == expected


# a share moves by its own growth over the market's -------------------------------------------------

_SHARE_MOVE = (
    "Tallis said its headset shipments rose 30 percent in the quarter from a year earlier. Its market share rose "
    "from 10.0% to {share} over the same period. The overall market grew 20% in the quarter, the research firm said."
)


@pytest.mark.parametrize(("share", "expected"), [("10.8%", {PASS}), ("13.9%", {WARN})])
def test_share_moves_with_own_growth_over_the_market(share: str, expected: set) -> None:
    assert outcome(_SHARE_MOVE.format(share=share)) == expected


def test_two_market_rates_leave_the_share_move_uncertain() -> None:
    text = _SHARE_MOVE.format(share="13.9%") + " The global market for earbuds grew 5% in the quarter."
    assert outcome(text) == {UNSURE}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the share's sentence holds its own rate in words the finder does not read as a move ("lifted output 40%"):
        # a rate from another sentence is no sure own growth
        (
            "The overall market grew 2% in 2023. Brackley's shipments rose 14% in 2023. Brackley lifted output "
            "40% to 9 million units, raising its market share to 30% from 20%.",
            {UNSURE},
        ),
        # the own rate read in the share's sentence, or the sentence before with no other rate: still checked
        (
            "Overall industry sales grew 3% in 2023. Brackley's sales rose 9% in 2023. Brackley added 35% more "
            "vans to reach 2 million, which took its market share to 19% from 14%.",
            {PASS},
        ),
        (
            "The overall market grew 2% last year. Brackley's shipments rose 12% to 40 million units, and its "
            "market share climbed to 24% from 20%.",
            {WARN},
        ),
        (
            "Brackley's shipments rose 12% to 40 million units. Its market share climbed to 30% from 20%, while "
            "the overall market grew 2%.",
            {WARN},
        ),
    ],
)
def test_a_rate_unread_in_the_share_sentence_leaves_the_own_growth_unsure(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("pemba", "expected"), [("14.5 percent", {PASS}), ("20.0 percent", {WARN})])
def test_two_companies_imply_one_market_growth(pemba: str, expected: set) -> None:
    text = (
        "Orlo shipped 12.0 million phones, up from 10.0 million a year earlier, and its market share rose from "
        f"10.0 percent to 10.9 percent. Pemba shipped 16.0 million phones, up from 8.0 million, and its market share "
        f"rose from 8.0 percent to {pemba}."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # shares told as "grew to" / "also grew, from ... to": each share's own level is no growth of its company
        "According to a tracker, Kelvo's share of regional search advertising grew to 12.4% in 2023, up from 9.1% "
        "a year before. Umbra, the leader, saw its portion slip to 31.0% from 33.2%. Nesta's share also grew, "
        "from 18.5% to 20.3%.",
        "Brightbox's share of parcel lockers grew to 22% in 2024, up from 17%, and Porto also gained share, "
        "from 40% to 44%.",
    ],
)
def test_a_share_level_is_not_its_company_growth(text: str) -> None:
    assert outcome(text) == set()


# votes --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Okafor won 1,204 votes for 61.3%, while Lindqvist took 760 votes, or 38.7%.", {PASS}),
        ("Okafor won 1,204 votes for 51.3%, while Lindqvist took 760 votes, or 38.7%.", {WARN}),
        # write-ins named by "accounting for"
        ("Ruiz collected 880 votes for 96%, with 37 votes for write-in names accounting for about 4%.", {PASS}),
        ("Ruiz collected 880 votes for 96%, with 57 votes for write-in names accounting for about 4%.", {WARN}),
        # shares adding up to more than 100 are several races: nothing is paired
        ("Ruiz took 880 votes for 96% in Ward 1 and Chen took 500 votes for 90% in Ward 2.", set()),
        # a winning margin with its share implies the ballots too, beside a tally of the same race
        ("Okafor won with 1,204 votes, or 61.3%, a margin of 444 votes, or 22.6%.", {PASS}),
        ("Okafor won with 1,204 votes, or 61.3%, a margin of 644 votes, or 22.6%.", {WARN}),
        # two winning margins are two races, whatever their shares add up to
        (
            "The tightest contests were Marlow Vale, where Okafor won by just 812 votes (0.6% margin), and "
            "Eastfield, where Lindqvist beat Ruiz by 950 votes (1.1%).",
            set(),
        ),
        # (the bare brackets are read as counts of one noun with their shares, which name no whole: uncertain)
        ("In Brackley, Chen won by 310 votes (2.5%); in Tolland, Ruiz won by a margin of 1,020 votes (4%).", {UNSURE}),
        ("Two seats fell narrowly: 212 votes (0.9% margin) in Hurst and 388 votes (1.4% margin) in Dunmore.", set()),
    ],
)
def test_tallies_of_one_race_imply_one_number_of_ballots(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout was 41%, with 12,300 of the 30,000 registered voters casting ballots.", {PASS}),
        ("Turnout was 51%, with 12,300 of the 30,000 registered voters casting ballots.", {WARN}),
        # two electorates: which one the turnout is of is not known
        (
            "Turnout was 51%. Of the 30,000 registered voters in the city and the 41,000 registered voters in the "
            "county, 12,300 people voted.",
            {UNSURE},
        ),
    ],
)
def test_turnout_is_votes_over_registered_voters(text: str, expected: set) -> None:
    assert outcome(text) == expected


_RESULTS = (
    "The commission said valid votes numbered 2,480,150, with 31,204 ballots rejected.\n"
    "Adaeze Nwosu polled 1,402,388, representing 56.54%. Tomas Brenner secured 1,011,940 votes, representing "
    "40.80%.\nIlse Varga of the Green list received 41,077 votes, representing 1.66%. Kwame Osei polled "
    "24,745 votes, also representing {osei}."
)


@pytest.mark.parametrize(("osei", "expected"), [("1.00%", {PASS}), ("0.50%", {PASS, WARN})])
def test_each_tally_against_the_stated_total_of_valid_votes(osei: str, expected: set) -> None:
    assert outcome(_RESULTS.format(osei=osei)) == expected


def test_tallies_of_several_races_are_not_read_against_one_total() -> None:
    text = (
        "Valid votes in the county numbered 90,000.\nIn Ward 1, Ruiz received 30,000 votes, representing 60%.\n"
        "In Ward 2, Chen received 28,000 votes, representing 70%."
    )
    assert outcome(text) == set()


# hedges and fraction words --------------------------------------------------------------------------


@pytest.mark.parametrize(("share", "expected"), [("31.5 percent", {PASS}), ("47.2 percent", {WARN})])
def test_threshold_part_beside_an_exact_share(share: str, expected: set) -> None:
    text = (
        "Worldwide spending on hosting reached USD 26.3 billion in the quarter. Vantor led with revenue of "
        f"over USD 8.3 billion and a market share of {share}."
    )
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one-third" is read as 30-36.7%, not as exactly 33.3%
        ("Brisco plans to shed one-third of its staff. Brisco will dismiss 55 of its 170 workers.", {PASS}),
        ("Brisco plans to shed one-third of its staff. Brisco will dismiss 75 of its 170 workers.", {WARN}),
        # "that number" points back to the headcount
        (
            "Talmar is cutting 310 jobs. The firm had about 1,300 employees on its payroll in March, and the "
            "layoffs equal nearly a quarter of that figure.",
            {PASS},
        ),
        (
            "Talmar is cutting 410 jobs. The firm had about 1,300 employees on its payroll in March, and the "
            "layoffs equal nearly a quarter of that figure.",
            {WARN},
        ),
        # two counts of cuts nearby: which one is the quarter is not known
        (
            "Talmar is letting go of 250 employees and cutting 90 contractors. The company employed 800 employees "
            "in March, and the layoffs equal nearly a quarter of its workforce.",
            {UNSURE},
        ),
    ],
)
def test_cuts_as_a_share_of_the_workforce_across_sentences(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The flotation sold just under one tenth of the firm for $85 million, giving it a market value of $900 "
            "million.",
            {PASS},
        ),
        (
            "The flotation sold just under one tenth of the firm for $85 million, giving it a market value of $600 "
            "million.",
            {WARN},
        ),
        ("Dorset Capital bought a 20% stake in Quill for $500 million, valuing the company at $2.5 billion.", {PASS}),
        ("Dorset Capital bought a 20% stake in Quill for $500 million, valuing the company at $3.5 billion.", {WARN}),
        # a pre-money valuation is not the whole after the investment
        ("Dorset bought a 20% stake in Quill for $500 million at a pre-money valuation of $3.5 billion.", set()),
    ],
)
def test_stake_price_and_company_value(text: str, expected: set) -> None:
    assert outcome(text) == expected


@pytest.mark.parametrize(("prior", "expected"), [("4.8%", {PASS}), ("6.8%", {PASS, WARN})])
def test_margin_a_move_starts_from(prior: str, expected: set) -> None:
    text = (
        f"The net margin climbed to 5.5% from {prior} in the year-earlier period. Net income rose to €2.2 million "
        "from €1.5 million, and revenue rose to €40.0 million from €31.3 million."
    )
    assert outcome(text) == expected


_RESTATED = (
    "Corvana Systems said revenue rose to Rs 10,450 crore from Rs 9,980 crore. In dollar terms, its revenue grew "
    "3.1 per cent to $1,250 million. Operating profit came in at $250 million and the operating margin was {margin}."
)


@pytest.mark.parametrize(
    ("margin", "expected"),
    [("20.0 per cent", {PASS}), ("23.0 per cent", {WARN})],
)
def test_margin_against_the_revenue_in_the_profits_currency(margin: str, expected: set) -> None:
    # the same revenue in rupees is no rival to the dollar figure the profit is set against
    assert outcome(_RESTATED.format(margin=margin)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an adjusted or normalized margin is the profit named so; the reported profit beside it is no rival
        (
            "Tessaly Foods said adjusted net income, which leaves out a plant write-down, was $42 million. Sales "
            "came to $600 million. Reported net income was $18 million. The adjusted profit margin was 9.0%.",
            {WARN},
        ),
        (
            "Reported net income at Vireo Labs was ¥310 million on revenue of ¥5.20 billion. Normalised net "
            "income, stripping out a land sale, came to ¥260 million, and the normalised net margin was 8.0%.",
            {WARN},
        ),
        (
            "Reported net income at Vireo Labs was ¥310 million on revenue of ¥5.20 billion. Normalised net "
            "income, stripping out a land sale, came to ¥260 million, and the normalised net margin was 5.0%.",
            {PASS},
        ),
        # a plain net margin beside two net profits: which one is meant, the words do not say
        (
            "Tessaly Foods said adjusted net income was $42 million. Sales came to $600 million. Reported net "
            "income was $18 million. The net margin was 9.0%.",
            {UNSURE},
        ),
    ],
)
def test_a_qualified_margin_takes_the_profit_named_alike(text: str, expected: set) -> None:
    assert outcome(text) == expected


def test_margin_with_two_revenues_in_the_profits_currency_stays_uncertain() -> None:
    text = (
        "Corvana Systems said revenue grew to $1,250 million. Cloud revenue was $400 million. Operating profit came "
        "in at $250 million and the operating margin was 23.0 per cent."
    )
    assert WARN not in outcome(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause opens on its whole, then gives the share with its part in brackets
        ("Of the 48,000 vans sold in Vellmark in June, 12.5% (6,000) were electric.", {PASS}),
        ("Of the 48,000 vans sold in Vellmark in June, 12.5% (7,400) were electric.", {WARN}),
        ("Out of 1,600 nurses polled, 40% (640) planned to leave.", {PASS}),
        ("Out of 1,600 nurses polled, 40% (720) planned to leave.", {WARN}),
        # no whole opening the clause, or another clause between: the bracket is not paired
        ("Turnout climbed to 64% (41,200 voters) in the ward.", set()),
        ("Of the 1,600 nurses, most joined in 2019; 40% (720) planned to leave.", set()),
    ],
)
def test_a_share_then_its_part_in_brackets_after_the_whole(text: str, expected: set) -> None:
    assert outcome(text) == expected
