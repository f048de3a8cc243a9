"""Table-driven tests: sentence in, quantities out (value, unit, kind, hedge, bounds)."""

from __future__ import annotations

import math

import pytest

from factcheck.extraction import extract_quantities
from factcheck.quantity import Hedge, QuantityKind
from factcheck.units import ureg

K = QuantityKind

# (text, surface, value, unit, kind)
MONEY = [
    ("It plans to invest $53 billion.", "$53 billion", 53e9, "USD", K.MONEY),
    ("Revenue was US$4.3bn last year.", "US$4.3bn", 4.3e9, "USD", K.MONEY),
    ("The fund raised €29.7 million.", "€29.7 million", 29.7e6, "EUR", K.MONEY),
    ("Net income was RMB 280,154 million.", "RMB 280,154 million", 280154e6, "CNY", K.MONEY),
    ("A ticket costs ¥3,000.", "¥3,000", 3000, "JPY", K.MONEY),
    ("The house sold for £1.2m.", "£1.2m", 1.2e6, "GBP", K.MONEY),
    ("Sales reached 12 billion yuan.", "12 billion yuan", 12e9, "CNY", K.MONEY),
    ("The grant is 40 million euros.", "40 million euros", 40e6, "EUR", K.MONEY),
    ("The budget is Rs 1,062 crore.", "Rs 1,062 crore", 1062e7, "INR", K.MONEY),
    ("Spending hit ₹2 lakh crore.", "₹2 lakh crore", 2e12, "INR", K.MONEY),
    ("It cost ₹500.", "₹500", 500, "INR", K.MONEY),
    ("The deal was worth $90B.", "$90B", 90e9, "USD", K.MONEY),
    ("Oil rose 19 cents.", "19 cents", 0.19, "USD", K.MONEY),
    ("He paid 300 dollars.", "300 dollars", 300, "USD", K.MONEY),
    ("Shares traded at $144 per share.", "$144 per share", 144, "USD / share", K.PER_UNIT),
    ("The stock closed at $85 a share.", "$85 a share", 85, "USD / share", K.PER_UNIT),
    ("Revenue was $3 per user.", "$3 per user", 3, "USD / user", K.PER_UNIT),
    ("Crude was at US $58.24 per barrel.", "US $58.24 per barrel", 58.24, "USD / barrel", K.PER_UNIT),
    ("Mobile money revenue reached KSh 41.3 billion.", "KSh 41.3 billion", 41.3e9, "KES", K.MONEY),
    ("The levy raised Ksh2.5 billion.", "Ksh2.5 billion", 2.5e9, "KES", K.MONEY),
    ("Cocoa earnings rose to GH₵ 6.2 billion.", "GH₵ 6.2 billion", 6.2e9, "GHS", K.MONEY),
    ("The grant is 300 million cedis.", "300 million cedis", 300e6, "GHS", K.MONEY),
    ("The brewer's profit climbed to N21.4bn.", "N21.4bn", 21.4e9, "NGN", K.MONEY),
    ("Turnover was N512,300 on the day.", "N512,300", 512300, "NGN", K.MONEY),
]
PERCENT = [
    ("Shares rose 61 percent.", "61 percent", 61, "percent", K.PERCENT),
    ("Shares rose 61%.", "61%", 61, "percent", K.PERCENT),
    ("Inflation was 2.5 per cent.", "2.5 per cent", 2.5, "percent", K.PERCENT),
    ("The margin rose 2 percentage points.", "2 percentage points", 2, "percentage_point", K.PERCENTAGE_POINT),
    ("Rates rose 25 basis points.", "25 basis points", 0.25, "percentage_point", K.PERCENTAGE_POINT),
]
COUNTS = [
    ("Alibaba has 194,000 employees worldwide.", "194,000 employees", 194000, "employees", K.COUNT),
    ("There are 90,000 derivative models.", "90,000 derivative models", 90000, "models", K.COUNT),
    ("We hired three engineers.", "three engineers", 3, "engineers", K.COUNT),
    ("They sold a dozen cars.", "a dozen cars", 12, "cars", K.COUNT),
    ("The app has 1.2 million users.", "1.2 million users", 1.2e6, "users", K.COUNT),
    ("The population is 1.2 million.", "1.2 million", 1.2e6, "dimensionless", K.NUMBER),
    ("Twenty-five people came.", "Twenty-five people", 25, "people", K.COUNT),
]
RANKS = [
    ("Alibaba ranks No. 4 in cloud.", "No. 4", 4, "rank", K.RANK),
    ("It is the fourth largest cloud company.", "fourth largest", 4, "rank", K.RANK),
    ("AWS is in first place.", "first place", 1, "rank", K.RANK),
    ("It is the third-largest bank.", "third-largest", 3, "rank", K.RANK),
    ("She finished 2nd.", "2nd", 2, "rank", K.RANK),
]
MULTIPLES = [
    ("Profit doubled.", "doubled", 2, "dimensionless", K.MULTIPLE),
    ("Sales grew three times.", "three times", 3, "dimensionless", K.MULTIPLE),
    ("The budget was halved.", "halved", 0.5, "dimensionless", K.MULTIPLE),
    ("Output rose 3x.", "3x", 3, "dimensionless", K.MULTIPLE),
    ("A third of voters agreed.", "A third", 1 / 3, "dimensionless", K.FRACTION),
    ("More than half of users left.", "half", 0.5, "dimensionless", K.FRACTION),
    ("Two-thirds of firms cut jobs.", "Two-thirds", 2 / 3, "dimensionless", K.FRACTION),
]
DURATIONS = [
    ("The plan runs three years.", "three years", 3, "year", K.DURATION),
    ("It took one month.", "one month", 1, "month", K.DURATION),
    ("The stock hit a three-year high.", "three-year", 3, "year", K.DURATION),
    ("A 30-year-old man.", "30-year-old", 30, "year", K.DURATION),
]
DIMENSIONS = [
    ("It has a range of 287 miles.", "287 miles", 287, "mile", K.DIMENSION),
    ("It weighs 5 kg.", "5 kg", 5, "kilogram", K.DIMENSION),
    ("It was 30°C outside.", "30°C", 30, "degree_Celsius", K.DIMENSION),
    ("It delivers 310 pound-feet of torque from 2,400 rpm.", "310 pound-feet", 310, "pound_force_foot", K.DIMENSION),
    ("The plant makes 2 GW.", "2 GW", 2, "gigawatt", K.DIMENSION),
]
NUMBER_WORDS = [
    ("Three firms bid.", "Three firms", 3, "firms", K.COUNT),
    ("The total was 1,062.", "1,062", 1062, "dimensionless", K.NUMBER),
    ("About two billion people use it.", "two billion people", 2e9, "people", K.COUNT),
]

# Scraped and regional copy: (text, surface, value, unit, kind)
REGIONAL = [
    ("The package was worth up to PS2.7m.", "PS2.7m", 2.7e6, "GBP", K.MONEY),
    ("They paid HK$216,925 (PS21,700) in all.", "PS21,700", 21700, "GBP", K.MONEY),
    ("Guidance is $US160 million.", "$US160 million", 160e6, "USD", K.MONEY),
    ("The deal is worth $A5 billion.", "$A5 billion", 5e9, "AUD", K.MONEY),
    ("It makes 300 PS of power.", "300 PS", 300, "metric_horsepower", K.DIMENSION),
    ("It makes 450 Nm of torque.", "450 Nm", 450, "newton_meter", K.DIMENSION),
    ("It makes 450Nm of torque.", "450Nm", 450, "newton_meter", K.DIMENSION),
    ("Chips are made at 5nm.", "5nm", 5, "nanometer", K.DIMENSION),
    ("It ships with a 5 W charger.", "5 W", 5, "watt", K.DIMENSION),
    ("Mix 5 drams of water.", "5 drams", 5, "dram", K.DIMENSION),
    ("A current of 5 amps flows.", "5 amps", 5, "ampere", K.DIMENSION),
    ("Strength is 61.4 MPa.", "61.4 MPa", 61.4, "megapascal", K.DIMENSION),
]

ALL = MONEY + PERCENT + COUNTS + RANKS + MULTIPLES + DURATIONS + DIMENSIONS + NUMBER_WORDS + REGIONAL


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), ALL, ids=[row[0] for row in ALL])
def test_quantity_table(text: str, surface: str, value: float, unit: str, kind: QuantityKind) -> None:
    found = [q for q in extract_quantities(text) if q.text == surface]
    assert found, f"{surface!r} not found in {[q.text for q in extract_quantities(text)]}"
    quantity = found[0]
    assert text[quantity.span[0] : quantity.span[1]] == surface
    assert math.isclose(quantity.value, value, rel_tol=1e-9)
    assert quantity.unit == unit
    assert quantity.kind is kind
    if kind is not K.COUNT:
        ureg.parse_units(quantity.unit)  # every non-count unit is in the project registry


# (text, surface, hedge, lower, upper)
HEDGES = [
    ("Revenue was $4.3 billion.", "$4.3 billion", Hedge.EXACT, 4.25e9, 4.35e9),
    ("It trades at around $144 per share.", "$144 per share", Hedge.APPROXIMATE, 144 - 3.6, 144 + 3.6),
    ("It has about 4 percent share.", "4 percent", Hedge.APPROXIMATE, 3.5, 4.5),
    ("It gained over $100 billion.", "$100 billion", Hedge.OVER, 100e9, None),
    ("It has more than 90,000 models.", "90,000 models", Hedge.OVER, 90000, None),
    ("It has under 50 staff.", "50 staff", Hedge.UNDER, None, 50),
    ("It cost less than $5.", "$5", Hedge.UNDER, None, 5),
    ("Nearly 200 people came.", "200 people", Hedge.NEARLY, 190, 200),
    ("It was just shy of $1 billion.", "$1 billion", Hedge.NEARLY, 0.95e9, 1e9),
    ("At least 12 people died.", "12 people", Hedge.AT_LEAST, 11.5, None),
    ("Up to 30 percent of jobs.", "30 percent", Hedge.UP_TO, None, 30.5),
    ("Some 5,000 troops.", "5,000 troops", Hedge.APPROXIMATE, 4875, 5125),
    ("It fell 8 percent or so.", "8 percent", Hedge.APPROXIMATE, 7.5, 8.5),
]


@pytest.mark.parametrize(("text", "surface", "hedge", "lower", "upper"), HEDGES, ids=[h[0] for h in HEDGES])
def test_hedges_and_rounding(text: str, surface: str, hedge: Hedge, lower: float | None, upper: float | None) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text == surface)
    assert quantity.hedge is hedge
    for got, want in ((quantity.lower, lower), (quantity.upper, upper)):
        if want is None:
            assert got is None
        else:
            assert got is not None and math.isclose(got, want, rel_tol=1e-9)


def test_rounding_is_half_the_last_printed_digit() -> None:
    (quantity,) = extract_quantities("Revenue was $4.3 billion.")
    assert math.isclose(quantity.rounding, 0.05e9)


MAGNITUDES = [
    ("Growth returned to double digits.", "double digits", 10, 99.99),
    ("Sales saw double-digit growth.", "double-digit", 10, 99.99),
    ("AI revenue had triple-digit growth.", "triple-digit", 100, 999.99),
]


@pytest.mark.parametrize(("text", "surface", "lower", "upper"), MAGNITUDES)
def test_magnitude_words(text: str, surface: str, lower: float, upper: float) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text == surface)
    assert quantity.kind is K.MAGNITUDE
    assert (quantity.lower, quantity.upper) == (lower, upper)
    assert quantity.unit == "percent"


RANGES = [
    ("It was $252 million to $287 million.", "$252 million to $287 million", 252e6, 287e6, "USD"),
    ("Growth of between 3 and 4 percent.", "3 and 4 percent", 3, 4, "percent"),
    ("Rates of 3-4% are likely.", "3-4%", 3, 4, "percent"),
    ("A range of 252 to 287 miles.", "252 to 287 miles", 252, 287, "mile"),
    ("It will cost 3 to 4 million dollars.", "3 to 4 million dollars", 3e6, 4e6, "USD"),
]


@pytest.mark.parametrize(("text", "surface", "lo", "hi", "unit"), RANGES, ids=[r[0] for r in RANGES])
def test_ranges(text: str, surface: str, lo: float, hi: float, unit: str) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text == surface)
    assert quantity.is_range
    assert quantity.unit == unit
    assert quantity.lower is not None and quantity.upper is not None
    assert quantity.lower <= lo <= quantity.upper and quantity.lower <= hi <= quantity.upper
    # Each end keeps the rounding of its printed figure.
    assert math.isclose(quantity.lower, lo - quantity.rounding) and math.isclose(quantity.upper, hi + quantity.rounding)


NOT_QUANTITIES = [
    ("Prices rose at the start of 2025.", "2025"),
    ("They invested billions in 2023.", "2023"),
    ("As of Jan. 31, it was done.", "31"),
    ("Results for Q4 2024 were strong.", "4"),
    ("It beat DeepSeek's V3 model.", "3"),
    ("It is one of the companies.", "one"),  # a pronoun; "one of the largest" is a figure (issue 16)
    ("It grew in fourth-quarter 2024.", "fourth"),
    # two numbers side by side are not one spaced number
    ("In 2019 150 people came.", "2019 150"),
    ("Call 555 123 4567 today.", "555 123"),
    ("Nurses wore N95 masks.", "95"),
    # digits glued to a word that is no unit make a name
    ("Kello and 9mobile lost users.", "9"),
    ("A 4wheel drive was parked.", "4"),
]


@pytest.mark.parametrize(("text", "digits"), NOT_QUANTITIES)
def test_dates_and_names_are_not_quantities(text: str, digits: str) -> None:
    assert all(digits not in q.text for q in extract_quantities(text)), extract_quantities(text)


def test_spans_and_text_agree_on_unicode() -> None:
    text = "Über 😀 Alibaba’s revenue — $4.3 billion — rose 13 percent."
    for quantity in extract_quantities(text):
        assert text[quantity.span[0] : quantity.span[1]] == quantity.text


def test_currencies_are_distinct_dimensions() -> None:
    assert ureg.parse_units("USD").dimensionality != ureg.parse_units("EUR").dimensionality
    assert ureg.parse_units("percentage_point").dimensionality != ureg.parse_units("percent").dimensionality


# More constructions met in news text: (text, surface, value, unit, kind)
MORE = [
    ("Profit was Rs936.25 crore.", "Rs936.25 crore", 936.25e7, "INR", K.MONEY),
    ("The outlay is Rs.3,40,215 crore.", "Rs.3,40,215 crore", 340215e7, "INR", K.MONEY),
    ("Dues stood at Rs.812 crore.", "Rs.812 crore", 812e7, "INR", K.MONEY),
    ("The Owls had 38 second-half points.", "38 second-half points", 38, "points", K.COUNT),
    ("They hold 4 second-round picks.", "4 second-round picks", 4, "picks", K.COUNT),
    ("The run took 38 seconds.", "38 seconds", 38, "second", K.DURATION),
    ("It was a 77-70 win for the Owls.", "77", 77, "points", K.COUNT),
    ("The Owls led 30-28 at halftime.", "30", 30, "points", K.COUNT),
    ("The Owls outscored Lyle 41-33 in the second half.", "41", 41, "points", K.COUNT),
    ("Sales of Y5.3 billion.", "Y5.3 billion", 5.3e9, "JPY", K.MONEY),
    ("Losses of 30 MUSD were reported.", "30 MUSD", 30e6, "USD", K.MONEY),
    ("They lost 75 USD million.", "75 USD million", 75e6, "USD", K.MONEY),
    ("It only cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, "USD", K.MONEY),
    ("It costs half a million euros.", "half a million euros", 5e5, "EUR", K.MONEY),
    ("Shares closed at RM23.50.", "RM23.50", 23.5, "MYR", K.MONEY),
    ("It cost 250 million dutch guilders.", "250 million dutch guilders", 250e6, "NLG", K.MONEY),
    ("Revenue grew sixfold.", "sixfold", 6, "dimensionless", K.MULTIPLE),
    ("It is 10 1/2 miles long.", "10 1/2 miles", 10.5, "mile", K.DIMENSION),
    ("Add ½ teaspoon of salt.", "½ teaspoon", 0.5, "teaspoon", K.DIMENSION),
    ("He is 5 feet 2 inches tall.", "5 feet 2 inches", 5 + 2 / 12, "foot", K.DIMENSION),
    ("The temperature is 40 deg celsius.", "40 deg celsius", 40, "degree_Celsius", K.DIMENSION),
    ("Senard, 65, now faces a test.", "65", 65, "year", K.DURATION),
    ("It has 35m of its devices in homes.", "35m", 35e6, "dimensionless", K.NUMBER),
    ("He ran the 100m sprint.", "100m", 100, "meter", K.DIMENSION),
    ("It rose to per cent of twenty-two.", "per cent of twenty-two", 22, "percent", K.PERCENT),
    ("Inflation of minus five percent.", "minus five percent", -5, "percent", K.PERCENT),
    (
        "It can dip to minus-130 degrees Fahrenheit.",
        "minus-130 degrees Fahrenheit",
        -130,
        "degree_Fahrenheit",
        K.DIMENSION,
    ),
    ("Chips of sub-7 nanometer size.", "7 nanometer", 7, "nanometer", K.DIMENSION),
    ("The sun is 1.99×10−30 kilograms.", "1.99×10−30 kilograms", 1.99e-30, "kilogram", K.DIMENSION),
    ("It oscillates at 4e14 Hz.", "4e14 Hz", 4e14, "hertz", K.DIMENSION),
    ("An offer range of between $41 and $47 per share.", "$41 and $47 per share", 44, "USD / share", K.PER_UNIT),
    ("It has an 8- to 16-meter mirror.", "8- to 16-meter", 12, "meter", K.DIMENSION),
    ("It flew at an altitude of 30' when it hit.", "30'", 30, "foot", K.DIMENSION),
    ("Sales climbed to $3.92 billion from $3.41 billion in the prior year.", "$3.41 billion", 3.41e9, "USD", K.MONEY),
    ("Dozens of homes; hundreds of miles of road.", "hundreds of miles", 100, "mile", K.DIMENSION),
    ("A loan of 12,34,567.89 rupees.", "12,34,567.89 rupees", 1234567.89, "INR", K.MONEY),
    # Indian grouping before a comma that ends its clause
    ("The count was 3,40,12,500, and more.", "3,40,12,500", 34012500, "dimensionless", K.NUMBER),
    ("Egg prices averaged 64.2 cents a dozen.", "64.2 cents a dozen", 0.642, "USD / dozen", K.PER_UNIT),
    ("China takes almost 37%of global shipments.", "37%", 37, "percent", K.PERCENT),
    # thousands grouped by spaces, plain or thin
    ("The index closed at 61 420 points.", "61 420 points", 61420, "points", K.COUNT),
    ("About 1\u202f250\u202f000 people voted.", "1\u202f250\u202f000 people", 1250000, "people", K.COUNT),
    # a decimal point with a stray space, before a scale word
    ("Tourists spent a record 12. 4 billion euros last year.", "12. 4 billion euros", 12.4e9, "EUR", K.MONEY),
]


@pytest.mark.parametrize(("text", "surface", "value", "unit", "kind"), MORE, ids=[row[0] for row in MORE])
def test_more_constructions(text: str, surface: str, value: float, unit: str, kind: QuantityKind) -> None:
    test_quantity_table(text, surface, value, unit, kind)


# Vague amounts are ranges of one order of magnitude: (text, surface, lower, upper, unit)
VAGUE = [
    ("Dozens of people were hurt.", "Dozens of people", 12, 120, "people"),
    ("It added tens of thousands of dollars.", "tens of thousands of dollars", 1e4, 1e5, "USD"),
    ("Millions of users left.", "Millions of users", 1e6, 1e7, "users"),
]


@pytest.mark.parametrize(("text", "surface", "lower", "upper", "unit"), VAGUE, ids=[v[0] for v in VAGUE])
def test_vague_amounts(text: str, surface: str, lower: float, upper: float, unit: str) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text == surface)
    assert (quantity.lower, quantity.upper, quantity.unit, quantity.is_range) == (lower, upper, unit, True)


NOT_MORE = [
    ("The Y2K bug never came.", "2"),
    ("Picked behind Texas in the Big 12.", "12"),
    ("He used the iPhone 11 Pro.", "11"),
    ("At 2-0 down they lost.", "2"),
    ("See https://example.com/a?q=30%25 for more.", "30"),
    ("1200 parts per million.", "million"),
    ("Version 1.5.3 is out.", "1.5"),
    ("It will be paid nov. 6 to holders.", "6"),
    ("Address 192.168.0.1 answered.", "192"),
    ("He bought a PS4 and a PS5.", "4"),
    ("The temple was built between A.D. 1000 and 1260.", "1000"),
    ("The temple was built between A.D. 1000 and 1260.", "1260"),
    ("Rome was sacked in 410 AD by the Visigoths.", "410"),
    ("It was founded in 500 BC by settlers.", "500"),
    ("Hands-on with the iPhone 11 Pro and 11 Pro Max.", "11"),
    ("The S P 500 has gained roughly 9 percent this year.", "500"),
    ("At first the analyst assumed the figures were a glitch.", "first"),
    ("Reusing the same one across accounts is risky.", "one"),
    ("Sales grew 35 per cent this half.", "half"),
    ("Sales grew in the first half of 2024.", "half"),
]


@pytest.mark.parametrize(("text", "digits"), NOT_MORE)
def test_names_scores_and_urls_are_not_quantities(text: str, digits: str) -> None:
    test_dates_and_names_are_not_quantities(text, digits)


def test_glued_f_is_a_temperature_only_in_context() -> None:
    assert all("degree" not in q.unit for q in extract_quantities("The 13F filing was late."))
    (hot,) = extract_quantities("It was 30C today, a hot day.")
    assert hot.unit == "degree_Celsius"


# (text, surface, printed ends, unit)
MORE_RANGES = [
    ("Value will reach 33-35 billion euros.", "33-35 billion euros", (33e9, 35e9), "EUR"),
    ("It takes between seven to 10 years, the firm said.", "seven to 10 years", (7, 10), "year"),
    ("Demand will increase in between seven to 10 years.", "seven to 10 years", (7, 10), "year"),
    ("It polled men aged 18 to 34.", "18 to 34", (18, 34), "year"),
    ("Over the past three or four years, rates fell.", "three or four years", (3, 4), "year"),
    ("Pay is about $920 to $1730 a week.", "$920 to $1730 a week", (920, 1730), "USD / week"),
]


@pytest.mark.parametrize(("text", "surface", "ends", "unit"), MORE_RANGES, ids=[r[0] for r in MORE_RANGES])
def test_more_ranges_keep_their_printed_ends(text: str, surface: str, ends: tuple[float, float], unit: str) -> None:
    quantity = next(q for q in extract_quantities(text) if q.text == surface)
    assert (quantity.is_range, quantity.ends, quantity.unit) == (True, ends, unit)
    assert quantity.value == sum(ends) / 2


# "from X to Y" after a verb of movement, or falling, is two figures: (text, [(surface, value, unit)])
MOVES = [
    (
        "Growth will slow from 4.8 to 4.7 percent in 2019.",
        [("4.8", 4.8, "percent"), ("4.7 percent", 4.7, "percent")],
    ),
    ("Hextar added 15 sen to RM2.70.", [("15 sen", 0.15, "MYR"), ("RM2.70", 2.7, "MYR")]),
    (
        "Sales should grow from 18.6 to 21-23 billion euros.",
        [("18.6", 18.6e9, "EUR"), ("21-23 billion euros", 22e9, "EUR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MOVES, ids=[m[0] for m in MOVES])
def test_moves_are_two_figures(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = [(q.text, q.value, q.unit) for q in extract_quantities(text)]
    assert [(s, pytest.approx(v), u) for s, v, u in expected] == found


def test_a_fraction_is_still_read_where_it_is_one() -> None:
    assert [q.value for q in extract_quantities("Apple would keep half the subscription revenue.")] == [0.5]


# A year-like number before a counted noun is a count; before other nouns it is a year.
YEARS_OR_COUNTS = [
    ("The firm has 2000 employees.", [("2000 employees", 2000.0, "employees")]),
    ("It sold 1950 cars in May.", [("1950 cars", 1950.0, "cars")]),
    ("He ran 2015 metres.", [("2015 metres", 2015.0, "meter")]),
    ("Its 2019 sales rose 5%.", [("5%", 5.0, "percent")]),
    ("The 1990s were good for 12 firms.", [("12 firms", 12.0, "firms")]),
    ("Female life expectancy in Dundee stands at about 79.", [("79", 79.0, "year")]),
]


@pytest.mark.parametrize(("text", "expected"), YEARS_OR_COUNTS, ids=[y[0] for y in YEARS_OR_COUNTS])
def test_years_counts_and_ages(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(q.text, q.value, q.unit) for q in extract_quantities(text)] == expected


# (text, [(surface, value, unit)])
SCALE_LETTERS_AND_INDIAN = [
    (
        "It carried 4.74m people, up 11.3% compared to 4.26m a year earlier.",
        [("4.74m people", 4.74e6, "people"), ("11.3%", 11.3, "percent"), ("4.26m", 4.26e6, "dimensionless")],
    ),
    ("He ran the 100m in 9.58 seconds.", [("100m", 100.0, "meter"), ("9.58 seconds", 9.58, "second")]),
    ("Profit was Rs936.25 crore in the quarter.", [("Rs936.25 crore", 9.3625e9, "INR")]),
    (
        "Net profit was ₹1,381 crore against ₹1,200 crore.",
        [("₹1,381 crore", 1.381e10, "INR"), ("₹1,200 crore", 1.2e10, "INR")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCALE_LETTERS_AND_INDIAN, ids=[s[0] for s in SCALE_LETTERS_AND_INDIAN])
def test_scale_letters_and_indian_amounts(text: str, expected: list[tuple[str, float, str]]) -> None:
    found = [(q.text, q.value, q.unit) for q in extract_quantities(text)]
    assert found == [(s, pytest.approx(v), u) for s, v, u in expected]


def test_money_after_a_count_at_is_a_price_per_item() -> None:
    text = "The group collected Y6.4 billion by offering 3.2 million shares at Y2,000 in its market debut."
    by_text = {q.text: q for q in extract_quantities(text)}
    assert (by_text["Y2,000"].kind, by_text["Y2,000"].unit) == (K.PER_UNIT, "JPY / share")
    # "for" gives the total paid, not a price each.
    (_cars, total) = extract_quantities("It bought 5 cars for $1 million.")
    assert (total.kind, total.unit) == (K.MONEY, "USD")
