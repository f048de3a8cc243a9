"""Pairings that read wrongly on real news until the structure was read: each row is made-up prose of one shape."""

from __future__ import annotations

import pytest

from factcheck.context import ArticleContext
from factcheck.extraction import extract_claims
from factcheck.relations.changes import sentence_links
from factcheck.relations.prose import LinkKind
from factcheck.runner import check_text
from tests.engine.test_checks_changes import ERROR, PASS, WARN, verdicts


def links(text: str) -> list[tuple[str, str, str]]:
    ctx = ArticleContext(text, extract_claims(text))
    return [(lk.kind, lk.a.quantity.text, lk.b.quantity.text) for found in sentence_links(ctx).values() for lk in found]


def alarms(text: str) -> list[str]:
    return [f"{f.check}: {f.message}" for f in check_text(text).findings if f.severity.value in ("warning", "error")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "A in <year> vs B in <later year>": the years give the order, not the comparison word
        ("Voters cast 41,200 ballots in 2016 vs 38,900 in 2020.", (LinkKind.FROM_TO, "41,200 ballots", "38,900")),
        ("Voters cast 41,200 ballots in 2020 vs 38,900 in 2016.", (LinkKind.TO_FROM, "41,200 ballots", "38,900")),
        # a passive verb between a figure and its start
        (
            "In all, 1,140,000 cars were sold in May, down from 1,190,000 cars in April.",
            (LinkKind.TO_FROM, "1,140,000 cars", "1,190,000 cars"),
        ),
    ],
)
def test_links_read_from_the_words_between(text: str, expected: tuple[str, str, str]) -> None:
    assert expected in links(text)


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        ("In all, 1,140,000 cars were sold in May, down from 1,190,000 cars sold in April.", "direction", {PASS}),
        ("In all, 1,140,000 cars were sold in May, up from 1,190,000 cars sold in April.", "direction", {ERROR}),
    ],
)
def test_passive_moves(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a score is no total of which "the other seven" are a part
        "Ortiz scored 40 points in the Hawks' 98–91 win, his third straight game with at least 40. The other seven "
        "players to do so are all retired.",
        # a group named by its members in brackets is no fourth player
        "Acme holds 31% of the cloud market. Birch holds 19% and Cobalt has 12%. Together, the Big Three (Acme, Birch "
        "and Cobalt) control 72% of the cloud market.",
        "Acme leads with 31% of the cloud market, ahead of Birch at 19% and Cobalt at 12%. Between them, the "
        '"Big Three" hold more than 60% of the cloud market.',
        # a paragraph that names its own scope ranks another list
        "By brand, Toyota kept first place with a 33% share of the market.\nOver in the models chart, the Tarra pickup "
        "takes the lead with a 7.4% share, ahead of the Vela at 5.1%.",
        # a change against a named mark is no move between the next pair
        "Imports sit 12% below the pre-crisis peak. Fuel imports averaged $31.42 in May, up from $31.05 in April.",
        # "year-over-year" compares nothing; earnings per share are no estimate of revenue
        "Brightwater is expected to report earnings of $2.15 per share, a 3.4% rise year-over-year. Analysts forecast "
        "revenue of $55.03 billion.",
        # the next start in a list of starts is no whole; a share said earlier in the paragraph makes a total its own
        "In all, 1,140,000 cars were sold in May, down from 1,190,000 cars sold in April and 1,170,000 cars sold in "
        "May 2023. Northway Motors sold 520,000 cars, a 45.6% share of the market.",
        "Foreign makes took a 52.7% share of the market. Overall sales totaled 618,300 cars, down from 744,900 in "
        "April. For Asian makes, May sales totaled 512,400 cars, a market share of 44.8%.",
        # a ranking whose items each give a move and a level: which one is ranked is not said
        "Morrow Foods registered the biggest rise, Rs 150.5 a share, closing at Rs 5,400, followed by Delta Oils "
        "with a Rs 22.1 rise to Rs 12,950.",
        # a match won is no ranking by the figures beside the names
        "Harbor City 190 for 4 beat Lakeside 175 for 9 by 15 runs.",
        # the comparison belongs to the level the move started from
        "The yen traded at 113.92 per dollar, after weakening yesterday from levels below 123.5.",
        # a sentence that states its own result, unread, is not paired with an earlier figure
        "In May, exports rose 2.4 percent. Output climbed2.4 percent, again beating forecasts for 2.9 percent.",
        # "more than 1m" bounds the figure's own amount
        "In 2019, 128 airports handled more than 1m passengers.",
        # parts of one measure side by side are no figure stated twice
        "Nolan posted $6.1 billion in tablet revenue and $3.2 billion in services revenue. Nolan reported $8.8 "
        "billion in revenue from Europe.",
        # a share-price quote beside a ticker belongs to no measure of the sentence
        "For the quarter, Nolan NLN, -2.41% expects revenue of $40.5 billion to $42.5 billion, compared with the "
        "$41.2 billion analysts had modelled.",
        # "the total housing stock" names a new thing; it does not point back at "four"
        "Prices rose in all four regions. In this market, the total housing stock was 1.45 million units, up 2.6% "
        "from May.",
        # "out of which" after a total: the parts follow, the first part is no total
        "As many as 412 stocks traded, out of which 150 advanced, 201 declined and 61 remained unchanged.",
        "The side made 70 runs – out of which Reyes accounted for 42, while Okafor scored 25.",
        # an overtaking in one quarter against the whole year's figures after "still"
        "This is the first time Volta outsold Kestrel in a quarter. For the whole of 2024, Kestrel still sold more, "
        "standing at 1.91 million units, while Volta sold 1.62 million units.",
        # rejected ballots are no part of the valid votes
        "Total valid votes cast are 8,204,117 against 131,402 rejected ballots representing 1.58% of votes.",
        # "over the past year" is a time; a rise "by at least 100,000 units" is no part of the market
        "Rival Orla was the only one to ship fewer devices over the past year among the top 5 smartphone makers.",
        "Orla shipped 4 million devices, a 26% share of the market. Pell boosted its shipments by at least 100,000 "
        "units over the past year and kept its 3% share of the market.",
        # a record stated for one index, with no name of its own, against another index in another paragraph
        "The broad index rose on Monday. The index is still 2% lower than its all-time high of 61,420 points, "
        "reached in May 2021.\n\nThe Top 20 index gained 0.5% to 48,100 points.\n\nThe Mining index is at 93,150 "
        "points, a little under the 52-week high of 93,410 points.",
        # "back" says the move came off a recent high; the figure compared is from further back
        "The index hit a 52-week high in March. It dropped back to 40 210 points on May 9, compared to 40 020 "
        "points on January 2.",
        # a signed percentage in brackets is the move of the level before it, not a restatement of it
        "Germany and France were the second and third largest sources of tourist arrivals at 410,220 (+2.31%) and "
        "388,105 (+8.60%), respectively.",
        # "from a year earlier" after the new level is the move's baseline; the level is no earlier figure
        "Tablet shipments fall 4% to 81.5 million\n\nTablet shipments fell 4 percent to 81.5 million units during "
        "the second quarter from a year earlier, according to the tracker.",
        # "The number of ..." names its own thing: it points back at no earlier figure
        "The number of foreign visitors arriving during May was 3.12 lakhs. The number of foreign visitors who came "
        "through the main airports during the first five months of 2019 was around 18 lakh visitors with a growth "
        "of 9.5 per cent over the same period previous year.",
        # a month's surplus is the gap between the month's flows, not the year's
        "Kestrel's trade from January to April 2019 rose to NZ$610.2 billion, a 3.9 per cent year-on-year "
        "increase.\n\nExports rose by 5.1 per cent y-o-y to NZ$322.4 billion, while imports grew 2.3 per cent y-o-y "
        "to NZ$287.8 billion.\n\nThe trade surplus also jumped 28.1 per cent y-o-y to NZ$34.6 billion.\n\nExports "
        "in April 2019 totalled NZ$81.3 billion, a 2.2 per cent y-o-y growth, while imports rose by 0.4 per cent "
        "y-o-y to NZ$74.6 billion.\n\nDuring the month, trade surplus was recorded at NZ$6.7 billion, a 12 per cent "
        "y-o-y increase.",
        # the date after a figure belongs to the next clause's figure
        "According to the finance ministry, actual budget revenues for the fourth quarter of 2023 were 120.5bn "
        "riyals, and expenditures for the same period were about 130.2bn riyals. Non-oil revenues for 2023 reached "
        "approximately 160.3bn riyals, marking an 9 per cent increase from the previous year.",
        # two series' ends, each with its own move, are no path from one to the other
        "On the truck side, sales dropped to 702 (-11.4%) for medium trucks, to 463 units (-12.8%) and to 1 170 "
        "(-9.6%) for extra heavy trucks.",
        # a sector's move, with other sectors' moves after it, is no move of the total stated next
        "Fuel stations saw the highest year-on-year rise in sales, rising 8.4 per cent. Pharmacies saw the "
        "second-highest rise in sales, rising 7.1 per cent compared to the same period last year. In contrast, "
        "furniture stores declined by 6.2 per cent compared to July 2016.\n\nThe total retail sales value in July "
        "2017 was estimated at S$3.7 billion, up from S$3.6 billion in July 2016.",
        # a share of firms is no result set against the estimate; a clause "with ... shrinking" has its own figure
        "Some 71 per cent of steel makers missed first quarter profit expectations with profits falling "
        "year-on-year about 39 per cent, the data showed.",
        # the month's gap is not the gap between the year-to-date flows, and a 2015 high is no baseline for growth
        # measured from 2018
        "The deficit was down 28 percent to $612 billion in the first 10 months of the fiscal year, after a "
        "September shortfall of $121 billion, the ministry said. The decline came as receipts rose 11.0 percent to "
        "$2.21 trillion from the same period in 2018 while outlays were down 2.9 percent at $2.83 trillion. The "
        "deficit has narrowed from the 2015 full-year high of $1.2 trillion.",
        # two sessions' moves in one sentence
        "Kestrel shares added $5.12 to $71.40 in after-hours trading after climbing 4% in the regular session.",
        # a rate before the word has its own verb
        "Burglaries jumped by 6% and thefts from cars rose by a third, the figures showed.",
        # a sector's record of the same quarter is below the company's figure: a part, not a contradiction
        "Kestrel Electronics posted 3.91 trillion won in operating profit for the third quarter. The operating "
        "profit in the chip sector also hit a record of 2.07 trillion won in July-September.",
        # "down from" after an estimate is a start, not another estimate
        "Retail sales jumped 21.4 percent on year in May, exceeding expectations for a gain of 18.0 percent. "
        "Industrial output rose an annual 17.1 percent, beating forecasts for 16.5 percent and down from 23.0 "
        "percent a month earlier.",
        # shares of two different wholes imply no one total
        "In all, 9,210,400 valid votes were cast, representing 71% of the total registered voters. "
        "Rejected ballots stood at 182,300, representing 1.979 per cent of the total votes.",
        # "This includes" points at a part, not at the level before
        "Traffic at Kestrel Air grew 7pc in June to 11.6 million customers.\n\nThis includes Alder traffic for "
        "last month, where passenger numbers rose 14pc year-on-year to 480,000 people.",
        # a count that did something is not what the comparison compares
        "Of the 912,400 pupils who sat the exam, 640,150 scored below 250 out of 500 marks.",
        # each change of the first figure has its own start
        "The bureau forecast wheat output at 18 million tonnes, down about 3% from its June forecast of 18.5 "
        "million tonnes, down 21% from 22.8 million tonnes in 2021-22 and 4% below the five-year average of 18.7 "
        "million tonnes.",
        # an average has no parts
        "Matches drew an average television audience of 812,300, including the season high, the 1.64 million who "
        "watched the final day.",
        # another clause's subject is no level of this move
        "Solar accounted for the largest share of new capacity, with an estimated 6,100 MW coming online (28 "
        "percent of all new capacity), while wind capacity grew by 1,120 MW (4.9 percent), officials said.",
        # a pair past "while" is another measure's
        "Alder Bank's gross earnings rose 21.16 percent y/y to N84.6 billion from N69.8 billion while the net "
        "income printed a 30.1 percent y/y growth to N9.1 billion from N7.0 billion.",
        # like-for-like growth is no growth of total sales
        "Like-for-like food sales dropped by 4% in the year, with overall like-for-like sales down 4.8%. Total "
        "sales slipped to £6.1bn from £6.2bn.",
        # a figure run straight into "more than" is the excess over the target, not the total
        "Islamabad: As spending is much higher than income, the deficit is likely to be Rs812 billion more than the "
        "target in the current financial year.\nAccording to the report, the government has set a financial deficit "
        "target of 4,210 billion rupees.",
        # the length of a ranking list is no total of the figures listed
        "The remaining top 10 brands are made up of Alvo (1,671 units), Brask (1,333) and Corra (1,213).",
    ],
)
def test_no_alarm_on_pairings_the_words_do_not_make(text: str) -> None:
    assert alarms(text) == []


def test_a_cut_stated_as_a_share_is_no_move_from_the_headcount() -> None:
    text = "Norvia, which employs 4,100 people, will cut 336 jobs, or about 8 percent of its staff."
    kinds = sorted(r.kind.value for r in check_text(text).relations)
    assert kinds == ["part_share"]


@pytest.mark.parametrize(
    ("text", "check", "expected"),
    [
        # a pace word says where a growth rate went; the growth verb does not
        (
            "Output grew at a slower pace of 1.2 percent in the autumn from 1.4 percent in the summer.",
            "direction",
            {PASS},
        ),
        (
            "Output grew at a slower pace of 1.6 percent in the autumn from 1.4 percent in the summer.",
            "direction",
            {ERROR},
        ),
        # "out of which" with a last part that names the rest: the list is the whole
        (
            "As many as 412 stocks traded, out of which 150 advanced, 201 declined and 61 remained unchanged.",
            "part_whole",
            {PASS},
        ),
        (
            "As many as 412 stocks traded, out of which 150 advanced, 221 declined and 61 remained unchanged.",
            "part_whole",
            {WARN},
        ),
    ],
)
def test_structures_real_news_uses(text: str, check: str, expected: set) -> None:
    assert verdicts(text, check) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the start's sentence names the measure the earlier count is of: one series
        ("Orvel delivered 64,000 cars in the quarter. Deliveries were up from 51,000 cars in the spring.", {PASS}),
        ("Orvel delivered 64,000 cars in the quarter. Deliveries were up from 71,000 cars in the spring.", {ERROR}),
        # two counts of cars, of two measures: production set against a deliveries record
        (
            "Orvel beat its 2019 record of 64,000 delivered cars. Production was also up from 71,000 cars "
            "last quarter.",
            {("indeterminate", "info")},
        ),
    ],
)
def test_a_count_carried_from_the_sentence_before(text: str, expected: set) -> None:
    assert verdicts(text, "direction") == expected


def test_a_difference_in_points_said_in_per_cent_is_a_wording_slip_not_an_alarm() -> None:
    text = "The pass rate was 64.52 per cent, 1.31 per cent higher than the 63.21 per cent of last year."
    report = check_text(text, only=["percent_change"])
    assert [f.status.value for f in report.findings] == ["indeterminate"]
    assert "1.31 percentage points" in report.findings[0].message
