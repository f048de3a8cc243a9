"""How extraction reads the figures relation finders trip on: table-driven, made-up sentences."""

from __future__ import annotations

import pytest

from factcheck.claim import ChangeKind, Claim, Metric, TimeKind
from factcheck.extraction import extract_claims, extract_quantities
from factcheck.extraction.sentences import split_sentences
from factcheck.quantity import Hedge, QuantityKind

K = QuantityKind


def claim(text: str, surface: str) -> Claim:
    hits = [c for c in extract_claims(text) if c.quantity.text == surface]
    assert hits, f"{surface!r} not in {[c.quantity.text for c in extract_claims(text)]}"
    return hits[0]


def surfaces(text: str) -> list[str]:
    return [q.text for q in extract_quantities(text)]


# 1. Line breaks -----------------------------------------------------------------------------------------------

# text, the sentences expected
LINES = [
    ("Output climbed from\n300 bales in\n1985 to\n410 bales in\n2015.", 1),
    ("The October\nfigure showed a slowdown.", 1),
    ("Exports slipped from a revised\n6.1 per cent in the prior\nquarter.", 1),
    ("Turnover: $8m\nMargin: $2m", 2),  # a list of labelled lines stays a list
    ("Quarterly Review\nSales rose at every branch.", 2),  # a heading
    ("Top sellers\n1. Widgets\n2. Gadgets", 3),  # list items after a heading
    ("Lamps sold well\n\nsome shops closed.", 2),  # a blank line ends the paragraph
    ("Pumps fell to\n$4m.", 1),
    ("Kettles hit a record\n14:05 GMT, 3 May", 2),  # a dateline is no figure that reads on
]


@pytest.mark.parametrize(("text", "count"), LINES)
def test_a_line_break_ends_a_sentence_only_where_the_line_does(text: str, count: int) -> None:
    sentences = split_sentences(text)
    assert len(sentences) == count, [s.text for s in sentences]


def test_a_from_to_pair_across_lines_is_linked() -> None:
    text = "Output climbed from\n300 bales in\n1985 to\n410 bales in\n2015."
    start, end = claim(text, "300 bales"), claim(text, "410 bales")
    assert start.related.get("to") == end.id and end.related.get("from") == start.id
    assert start.period is not None and start.period.year == 1985
    assert end.period is not None and end.period.year == 2015
    assert "\n" in start.text  # surfaces stay as printed


# 2. Names with numbers ----------------------------------------------------------------------------------------

NAMES = [
    ("The S&P 500 gained 0.4% on Friday.", ["0.4%"]),
    ("Russell 2000 shares slid 1.3%.", ["1.3%"]),
    ("Stoxx 600 lenders lost 2%.", ["2%"]),
    ("Euro Stoxx 50 futures were flat and the CAC 40 fell 0.2%.", ["0.2%"]),
    ("The Nikkei 225 and the FTSE 100 both rose 1%.", ["1%"]),
    ("Nifty 50 stocks rose 3% while Sensex 30 names fell 1%.", ["3%", "1%"]),
    ("Half of Fortune 500 firms now use the tool.", ["Half"]),
    ("Boeing 737 Max deliveries resumed in May.", []),
    ("It delivered 40 Model 3 cars.", ["40"]),
    ("Go First cancelled 12 flights.", ["12 flights"]),
    ("First Republic lost 4%.", ["4%"]),
]


@pytest.mark.parametrize(("text", "expected"), NAMES)
def test_numbers_in_names_are_no_quantities(text: str, expected: list[str]) -> None:
    assert surfaces(text) == expected


def test_a_grouped_figure_after_a_name_is_a_figure() -> None:
    assert "190,000" in surfaces("In Spain 40,000 kits were sold and in Italy 190,000 were fitted.")


def test_an_index_name_is_no_year() -> None:
    assert claim("The Russell 2000 fell 2.2% on the day.", "2.2%").period is None


# 3. Changes ---------------------------------------------------------------------------------------------------

# text, surface, direction, kind
CHANGES = [
    ("Its market value sank on Tuesday by about $40bn.", "$40bn", -1, ChangeKind.ABSOLUTE),
    ("Shares of Acme slid 6% to $12.10, a loss of about $3bn in market value.", "$3bn", -1, ChangeKind.ABSOLUTE),
    ("Shares of Acme jumped 5% to $40, a gain of $2bn.", "$2bn", 1, ChangeKind.ABSOLUTE),
    ("The Dow suffered a 3.5 point drop.", "3.5", -1, ChangeKind.ABSOLUTE),
    ("Acme sold 25 percent more kettles than a year earlier.", "25 percent", 1, ChangeKind.RELATIVE),
    ("Acme sold 8% fewer kettles than in 2021.", "8%", -1, ChangeKind.RELATIVE),
    ("Costs rose 3%, but sales grew twice as fast, 6.2%.", "6.2%", 1, ChangeKind.RELATIVE),
    ("Jobs rose to 2.4 million (+120,000) in June.", "120,000", 1, ChangeKind.ABSOLUTE),
    ("Retail (-8,000) was the weakest sector.", "-8,000", -1, ChangeKind.ABSOLUTE),
]


@pytest.mark.parametrize(("text", "surface", "direction", "kind"), CHANGES)
def test_changes_said_in_other_words(text: str, surface: str, direction: int, kind: ChangeKind) -> None:
    change = claim(text, surface).change
    assert change is not None and change.direction == direction and change.kind is kind


# text, surface: no change
NOT_CHANGES = [
    ("Acme shed one-third of its staff in the spring.", "one-third"),  # a part of the whole that was shed
    ("Acme posted revenue of $9bn, a loss of $1bn.", "$1bn"),  # no price moved before it
    ("Sales rose in the towns hit by 4 storms.", "4 storms"),  # "by" names an agent
    ("Inflation is more than double the 1.5% target.", "double"),  # a comparison, not a move
]


@pytest.mark.parametrize(("text", "surface"), NOT_CHANGES)
def test_figures_that_are_no_changes(text: str, surface: str) -> None:
    assert claim(text, surface).change is None


def test_a_loss_of_value_after_a_price_fall_is_the_market_value() -> None:
    loss = claim("Shares of Acme slid 6% to $12.10, a loss of about $3bn in market value.", "$3bn")
    assert loss.metric is Metric.MARKET_VALUE_CHANGE and loss.measure == "market value"
    assert "of" not in loss.related  # the $12.10 price is no level of a $3bn move


def test_points_of_a_rate_after_a_point_rise_are_percentage_points() -> None:
    text = "Bookings led to a 3.2 point rise in the occupancy rate - the share of rooms let - to 81%."
    points = claim(text, "3.2")
    assert points.quantity.kind is K.PERCENTAGE_POINT
    assert points.change is not None and points.change.kind is ChangeKind.POINTS


# 4. Ranges that are not ranges --------------------------------------------------------------------------------


def test_two_sides_of_a_contest_are_two_figures() -> None:
    assert surfaces("Lee leads Park 52% to 41% in the latest poll.") == ["52%", "41%"]
    assert surfaces("Lee beat Park 3,410 votes to 2,990, a 420-vote margin.") == [
        "3,410 votes",
        "2,990",
        "420-vote",
    ]
    second = claim("Lee beat Park 3,410 votes to 2,990, a 420-vote margin.", "2,990")
    assert second.quantity.unit == "votes"
    assert claim("Lee beat Park 3,410 votes to 2,990, a 420-vote margin.", "420-vote").quantity.value == 420
    assert surfaces("The visitors won 4-1 on Saturday.") == []


# text, surface, lower end, upper end
RANGES = [
    ("Profit is expected to rise 4 to 6 percent next year.", "4 to 6 percent", 4, 6),
    ("Dealers see 2 to 3 percent growth. Rivals see 5 to 7 percent growth.", "5 to 7 percent", 5, 7),
]


@pytest.mark.parametrize(("text", "surface", "lo", "hi"), RANGES)
def test_forecast_ranges_stay_ranges(text: str, surface: str, lo: float, hi: float) -> None:
    quantity = claim(text, surface).quantity
    assert quantity.is_range and quantity.ends == (lo, hi)


# 5. "over" and a duration -------------------------------------------------------------------------------------

# text, surface, hedge
OVER = [
    ("Rents climbed over four decades.", "four decades", Hedge.EXACT),  # during
    ("Over three years, the fund doubled.", "three years", Hedge.EXACT),
    ("Rents hit their lowest level in over four decades.", "four decades", Hedge.OVER),
    ("She has led the firm for over 20 years.", "20 years", Hedge.OVER),
    ("Residents over 70 years old get a discount.", "70 years old", Hedge.OVER),
]


@pytest.mark.parametrize(("text", "surface", "hedge"), OVER)
def test_over_before_a_duration(text: str, surface: str, hedge: Hedge) -> None:
    assert claim(text, surface).quantity.hedge is hedge


# 6. A scale printed once --------------------------------------------------------------------------------------

# text, surface, value
SCALES = [
    ("Turnover was £312m, up from £287.4 a year earlier.", "£287.4", 287.4e6),
    ("Sales were $6.1bn compared with $5.8 in 2021.", "$5.8", 5.8e9),
    ("Costs were $4.2bn against $3.9 a year ago.", "$3.9", 3.9e9),
]


@pytest.mark.parametrize(("text", "surface", "value"), SCALES)
def test_a_bare_figure_set_against_a_scaled_one_takes_its_scale(text: str, surface: str, value: float) -> None:
    assert claim(text, surface).quantity.value == pytest.approx(value)


def test_a_bare_figure_far_from_the_scaled_one_keeps_its_value() -> None:
    assert claim("Turnover was £312m, up from £3.50 a share.", "£3.50 a share").quantity.value == pytest.approx(3.5)


# 7. Periods ---------------------------------------------------------------------------------------------------

# text, surface, the period's text (None: undated)
PERIODS = [
    ("Hiring rose by 52,000 in October after a 37,000 increase in September.", "52,000", "in October"),
    ("Hiring rose by 52,000 in October after a 37,000 increase in September.", "37,000", "in September"),
    ("Revenue rose 6% to $3bn in 2022.", "6%", "in 2022"),
    ("Revenue was $3bn in 2022, up 6%.", "6%", "in 2022"),
    ("In 2022, revenue rose 6% while costs fell 2%.", "2%", "2022"),
    ("Sales climbed from $4m in the first quarter to $6m.", "$6m", None),
    ("The rate eased to 3.9 per cent from 4.1 per cent in the prior month.", "3.9 per cent", None),
    ("Profit was $8m, compared with $6m in 2021.", "$8m", None),
    ("Revenue in the April-June period rose 6%.", "6%", "April-June period"),
    ("The index fell 210.5 points or 0.9 per cent to settle at 23,400.1 on Monday.", "210.5 points", "Monday"),
    ("Payrolls rose by 150,000 in May after a revised 90,000 gain (from 70,000) in April.", "90,000", "in April"),
    ("The dividend is 12.4p (2021: 11.2p) per share.", "11.2p", "2021"),
    ("The dividend is 12.4p (2021: 11.2p) per share.", "12.4p", None),
]


@pytest.mark.parametrize(("text", "surface", "period"), PERIODS)
def test_a_figure_takes_a_date_from_its_own_clause(text: str, surface: str, period: str | None) -> None:
    found = claim(text, surface).period
    assert (found.text if found else None) == period


def test_since_a_month_is_where_a_change_counts_from() -> None:
    rise = claim("Fares have risen 7% since March.", "7%")
    assert rise.period is None
    assert rise.baseline is not None and rise.baseline.kind is TimeKind.SINCE


def test_a_range_of_months_is_one_period() -> None:
    period = claim("Revenue in the January-March quarter of 2023 rose 6%.", "6%").period
    assert period is not None and period.quarter == 1 and period.year == 2023 and period.months == 3


# 8. Subjects, metrics, measures -------------------------------------------------------------------------------


def test_a_small_amount_is_no_market_size_and_keeps_its_subject() -> None:
    earned = claim("Acme said it earned 18 cents in the quarter, as the market for pumps grew.", "18 cents")
    assert earned.metric is Metric.PROFIT and earned.subject == "Acme"


def test_a_counted_sales_noun_counts_units() -> None:
    assert claim("The 4.2 million sales were a record for Acme.", "4.2 million sales").measure == "units"


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        # an index that lost points moved; it made no loss
        ("The Alder index lost 12.05 points, or 0.9%, to 1,350.80.", "1,350.80", "index"),
        ("Acme lost $12 million in the quarter.", "$12 million", "net income"),
        # a growth in the number of sales counts sales
        ("Deals rose in value, with a 14% growth in the number of sales transactions.", "14%", "units"),
    ],
)
def test_the_measure_a_verb_or_a_noun_names(text: str, surface: str, measure: str) -> None:
    assert claim(text, surface).measure == measure


@pytest.mark.parametrize(
    ("text", "surface", "measure"),
    [
        # the margin by which one flow exceeds another is their gap: spending over income is a deficit
        ("Spending at Norland's treasury exceeded receipts by $52 billion in the half.", "$52 billion", "deficit"),
        ("Outlays topped revenue by about $9 billion in May, the ministry said.", "$9 billion", "deficit"),
        ("The state posted a $70 billion shortfall a year earlier.", "$70 billion", "deficit"),
        # any other gap is a measure of neither side
        ("Exports exceeded imports by $4 billion in May.", "$4 billion", None),
        ("Acme's revenue topped its rival's by $2 million.", "$2 million", None),
    ],
)
def test_a_margin_between_two_flows_is_their_gap(text: str, surface: str, measure: str | None) -> None:
    assert claim(text, surface).measure == measure


def test_shares_worth_trillions_are_a_market_value() -> None:
    worth = claim("Acme shares closed at $2 trillion on Friday.", "$2 trillion")
    assert worth.metric is Metric.MARKET_CAP and worth.measure == "market value"


def test_a_total_beside_a_per_share_figure_is_no_share_price() -> None:
    total = claim("Net income was $1.4 billion, or 61 cents per share.", "$1.4 billion")
    assert total.metric is not Metric.SHARE_PRICE and total.metric is not Metric.MARKET_CAP


def test_a_result_excluding_items_is_another_measure() -> None:
    text = "Acme posted a loss of $40 million. Excluding items, it earned $5 million."
    assert claim(text, "$40 million").measure == "net income"
    assert claim(text, "$40 million").metric is Metric.PROFIT
    assert claim(text, "$5 million").measure == "adjusted net income"


# 9. Word numbers ----------------------------------------------------------------------------------------------

# text, surface, kind, value, hedge
WORDS = [
    ("The cuts helped Acme almost double its profit.", "double", K.MULTIPLE, 2, Hedge.NEARLY),
    ("Inflation is more than double the 1.5% target.", "double", K.MULTIPLE, 2, Hedge.OVER),
    ("Acme made 1/4 of all kettles sold.", "1/4", K.FRACTION, 0.25, Hedge.EXACT),
    ("It was his 212th goal.", "212th", K.RANK, 212, Hedge.EXACT),
    ("It was the club's 2,431st match.", "2,431st", K.RANK, 2431, Hedge.EXACT),
]


@pytest.mark.parametrize(("text", "surface", "kind", "value", "hedge"), WORDS)
def test_word_numbers(text: str, surface: str, kind: QuantityKind, value: float, hedge: Hedge) -> None:
    quantity = claim(text, surface).quantity
    assert quantity.kind is kind and quantity.value == pytest.approx(value) and quantity.hedge is hedge


def test_an_adjective_double_is_no_multiple() -> None:
    assert surfaces("A double room costs more.") == []


# 10. Nouns ----------------------------------------------------------------------------------------------------

# text, surface, noun
NOUNS = [
    ("It sold 42,000,000 American depositary shares (ADSs).", "42,000,000 American depositary shares",
     "American depositary shares (ADSs)"),
    ("It delivered 300 Model Y cars.", "300 Model Y cars", "Model Y cars"),
    ("It bought 12 Boeing jets.", "12 Boeing jets", "Boeing jets"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "surface", "noun"), NOUNS)
def test_a_name_before_a_counted_noun(text: str, surface: str, noun: str) -> None:
    assert claim(text, surface).quantity.noun == noun


def test_a_name_with_no_counted_noun_is_no_noun() -> None:
    assert claim("Sales reached 1,400 Tuesday.", "1,400").quantity.kind is K.NUMBER


def test_hong_kong_dollars_are_money() -> None:
    quantity = claim("Turnover was 61.2 billion HK dollars.", "61.2 billion HK dollars").quantity
    assert quantity.kind is K.MONEY and quantity.unit == "HKD"


def test_a_british_pc_is_a_percentage() -> None:
    assert claim("Shares jumped 7.5pc in early trade.", "7.5pc").quantity.kind is K.PERCENT
